/* irqlint's model of fwpmtypes.h (the Windows Filtering Platform's
 * management objects: sessions, providers, provider contexts, sublayers,
 * callouts and filters, as a driver adds them through fwpmk.h), written
 * from the documentation -- not Microsoft's header. The IPsec and IKE
 * policy members of FWPM_PROVIDER_CONTEXTn are not modeled; a provider
 * context carries its data as dataBuffer or classifyOptions here. */
#ifndef IRQLINT_WDK_FWPMTYPES_H
#define IRQLINT_WDK_FWPMTYPES_H

#include "fwptypes.h"

typedef struct FWPM_DISPLAY_DATA0_ {
  wchar_t *name;
  wchar_t *description;
} FWPM_DISPLAY_DATA0;

typedef enum FWPM_SERVICE_STATE_ {
  FWPM_SERVICE_STOPPED,
  FWPM_SERVICE_START_PENDING,
  FWPM_SERVICE_STOP_PENDING,
  FWPM_SERVICE_RUNNING,
  FWPM_SERVICE_STATE_MAX
} FWPM_SERVICE_STATE;

#define FWPM_SESSION_FLAG_DYNAMIC (0x00000001)
#define FWPM_SESSION_FLAG_RESERVED (0x10000000)

typedef struct FWPM_SESSION0_ {
  GUID sessionKey;
  FWPM_DISPLAY_DATA0 displayData;
  UINT32 flags;
  UINT32 txnWaitTimeoutInMSec;
  DWORD processId;
  struct _SID *sid;
  wchar_t *username;
  BOOL kernelMode;
} FWPM_SESSION0;

#define FWPM_PROVIDER_FLAG_PERSISTENT (0x00000001)
#define FWPM_PROVIDER_FLAG_DISABLED (0x00000010)

typedef struct FWPM_PROVIDER0_ {
  GUID providerKey;
  FWPM_DISPLAY_DATA0 displayData;
  UINT32 flags;
  FWP_BYTE_BLOB providerData;
  wchar_t *serviceName;
} FWPM_PROVIDER0;

typedef enum FWPM_PROVIDER_CONTEXT_TYPE_ {
  FWPM_IPSEC_KEYING_CONTEXT,
  FWPM_IPSEC_IKE_QM_TRANSPORT_CONTEXT,
  FWPM_IPSEC_IKE_QM_TUNNEL_CONTEXT,
  FWPM_IPSEC_AUTHIP_QM_TRANSPORT_CONTEXT,
  FWPM_IPSEC_AUTHIP_QM_TUNNEL_CONTEXT,
  FWPM_IPSEC_IKE_MM_CONTEXT,
  FWPM_IPSEC_AUTHIP_MM_CONTEXT,
  FWPM_CLASSIFY_OPTIONS_CONTEXT,
  FWPM_GENERAL_CONTEXT,
  FWPM_IPSEC_IKEV2_QM_TUNNEL_CONTEXT,
  FWPM_IPSEC_IKEV2_MM_CONTEXT,
  FWPM_IPSEC_DOSP_CONTEXT,
  FWPM_IPSEC_IKEV2_QM_TRANSPORT_CONTEXT,
  FWPM_PROVIDER_CONTEXT_TYPE_MAX
} FWPM_PROVIDER_CONTEXT_TYPE;

typedef struct FWPM_CLASSIFY_OPTION0_ {
  UINT32 type; /* FWP_CLASSIFY_OPTION_TYPE */
  FWP_VALUE0 value;
} FWPM_CLASSIFY_OPTION0;
typedef struct FWPM_CLASSIFY_OPTIONS0_ {
  UINT32 numOptions;
  FWPM_CLASSIFY_OPTION0 *options;
} FWPM_CLASSIFY_OPTIONS0;

#define FWPM_PROVIDER_CONTEXT_FLAG_PERSISTENT (0x00000001)
#define FWPM_PROVIDER_CONTEXT_FLAG_DOWNLEVEL (0x00000002)

/* The four versions differ only in the IPsec policy members left out. */
#define IRQLINT_FWPM_PROVIDER_CONTEXT(n)                                       \
  typedef struct FWPM_PROVIDER_CONTEXT##n##_ {                                 \
    GUID providerContextKey;                                                   \
    FWPM_DISPLAY_DATA0 displayData;                                            \
    UINT32 flags;                                                              \
    GUID *providerKey;                                                         \
    FWP_BYTE_BLOB providerData;                                                \
    FWPM_PROVIDER_CONTEXT_TYPE type;                                           \
    union {                                                                    \
      FWPM_CLASSIFY_OPTIONS0 *classifyOptions;                                 \
      FWP_BYTE_BLOB *dataBuffer;                                               \
    };                                                                         \
    UINT64 providerContextId;                                                  \
  } FWPM_PROVIDER_CONTEXT##n
IRQLINT_FWPM_PROVIDER_CONTEXT(0);
IRQLINT_FWPM_PROVIDER_CONTEXT(1);
IRQLINT_FWPM_PROVIDER_CONTEXT(2);
IRQLINT_FWPM_PROVIDER_CONTEXT(3);

#define FWPM_SUBLAYER_FLAG_PERSISTENT (0x00000001)

typedef struct FWPM_SUBLAYER0_ {
  GUID subLayerKey;
  FWPM_DISPLAY_DATA0 displayData;
  UINT32 flags;
  GUID *providerKey;
  FWP_BYTE_BLOB providerData;
  UINT16 weight;
} FWPM_SUBLAYER0;

#define FWPM_CALLOUT_FLAG_PERSISTENT (0x00010000)
#define FWPM_CALLOUT_FLAG_USES_PROVIDER_CONTEXT (0x00020000)
#define FWPM_CALLOUT_FLAG_REGISTERED (0x00040000)

typedef struct FWPM_CALLOUT0_ {
  GUID calloutKey;
  FWPM_DISPLAY_DATA0 displayData;
  UINT32 flags;
  GUID *providerKey;
  FWP_BYTE_BLOB providerData;
  GUID applicableLayer;
  UINT32 calloutId;
} FWPM_CALLOUT0;

typedef struct FWPM_ACTION0_ {
  FWP_ACTION_TYPE type;
  union {
    GUID filterType;
    GUID calloutKey;
    UINT8 bitmapIndex;
  };
} FWPM_ACTION0;

typedef struct FWPM_FILTER_CONDITION0_ {
  GUID fieldKey;
  FWP_MATCH_TYPE matchType;
  FWP_CONDITION_VALUE0 conditionValue;
} FWPM_FILTER_CONDITION0;

#define FWPM_FILTER_FLAG_NONE (0x00000000)
#define FWPM_FILTER_FLAG_PERSISTENT (0x00000001)
#define FWPM_FILTER_FLAG_BOOTTIME (0x00000002)
#define FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT (0x00000004)
#define FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT (0x00000008)
#define FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED (0x00000010)
#define FWPM_FILTER_FLAG_DISABLED (0x00000020)
#define FWPM_FILTER_FLAG_INDEXED (0x00000040)
#define FWPM_FILTER_FLAG_HAS_SECURITY_REALM_PROVIDER_CONTEXT (0x00000080)
#define FWPM_FILTER_FLAG_SYSTEMOS_ONLY (0x00000100)
#define FWPM_FILTER_FLAG_GAMEOS_ONLY (0x00000200)
#define FWPM_FILTER_FLAG_SILENT_MODE (0x00000400)
#define FWPM_FILTER_FLAG_IPSEC_NO_ACQUIRE_INITIATE (0x00000800)

typedef struct FWPM_FILTER0_ {
  GUID filterKey;
  FWPM_DISPLAY_DATA0 displayData;
  UINT32 flags;
  GUID *providerKey;
  FWP_BYTE_BLOB providerData;
  GUID layerKey;
  GUID subLayerKey;
  FWP_VALUE0 weight;
  UINT32 numFilterConditions;
  FWPM_FILTER_CONDITION0 *filterCondition;
  FWPM_ACTION0 action;
  union {
    UINT64 rawContext;
    GUID providerContextKey;
  };
  GUID *reserved;
  UINT64 filterId;
  FWP_VALUE0 effectiveWeight;
} FWPM_FILTER0;

/* The change notifications a driver can subscribe to. */
typedef enum FWPM_CHANGE_TYPE_ {
  FWPM_CHANGE_ADD = 1,
  FWPM_CHANGE_DELETE,
  FWPM_CHANGE_TYPE_MAX
} FWPM_CHANGE_TYPE;

#endif
