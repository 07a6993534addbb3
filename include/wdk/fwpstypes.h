/* irqlint's model of fwpstypes.h (the Windows Filtering Platform's run-time
 * filtering types a callout sees: the incoming values of a classification,
 * the filter that matched, and the classify output with its rights and
 * flags), written from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_FWPSTYPES_H
#define IRQLINT_WDK_FWPSTYPES_H

#include "fwpmtypes.h"
#include "fwptypes.h"

typedef struct FWPS_INCOMING_VALUE0_ {
  FWP_VALUE0 value;
} FWPS_INCOMING_VALUE0;

typedef struct FWPS_INCOMING_VALUES0_ {
  UINT16 layerId;
  UINT32 valueCount;
  FWPS_INCOMING_VALUE0 *incomingValue; /* indexed by FWPS_FIELD_<layer>_* */
} FWPS_INCOMING_VALUES0;

typedef struct FWPS_ACTION0_ {
  FWP_ACTION_TYPE type;
  UINT32 calloutId;
} FWPS_ACTION0;

typedef struct FWPS_FILTER_CONDITION0_ {
  UINT16 fieldId;
  UINT16 reserved;
  FWP_MATCH_TYPE matchType;
  FWP_CONDITION_VALUE0 conditionValue;
} FWPS_FILTER_CONDITION0;

#define FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT (0x00000001)
#define FWPS_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED (0x00000002)
#define FWPS_FILTER_FLAG_OR_CONDITIONS (0x00000004)
#define FWPS_FILTER_FLAG_HAS_SECURITY_REALM_PROVIDER_CONTEXT (0x00000008)
#define FWPS_FILTER_FLAG_SILENT_MODE (0x00000010)
#define FWPS_FILTER_FLAG_IPSEC_NO_ACQUIRE_INITIATE (0x00000020)

/* The filter a callout's classifyFn / notifyFn receives; version n points
 * at a version n provider context. */
#define IRQLINT_FWPS_FILTER(n)                                                 \
  typedef struct FWPS_FILTER##n##_ {                                           \
    UINT64 filterId;                                                           \
    FWP_VALUE0 weight;                                                         \
    UINT16 subLayerWeight;                                                     \
    UINT16 flags;                                                              \
    UINT32 numFilterConditions;                                                \
    FWPS_FILTER_CONDITION0 *filterCondition;                                   \
    FWPS_ACTION0 action;                                                       \
    UINT64 context;                                                            \
    FWPM_PROVIDER_CONTEXT##n *providerContext;                                 \
  } FWPS_FILTER##n
IRQLINT_FWPS_FILTER(0);
IRQLINT_FWPS_FILTER(1);
IRQLINT_FWPS_FILTER(2);
IRQLINT_FWPS_FILTER(3);

/* Bits of FWPS_CLASSIFY_OUT0.rights and .flags. */
#define FWPS_RIGHT_ACTION_WRITE (0x00000001)
#define FWPS_CLASSIFY_OUT_FLAG_ABSORB (0x00000001)
#define FWPS_CLASSIFY_OUT_FLAG_BUFFER_LIMIT_REACHED (0x00000002)
#define FWPS_CLASSIFY_OUT_FLAG_NO_MORE_DATA (0x00000004)
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_CHECK (0x00000008)
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_POSSIBLE (0x00000010)

typedef struct FWPS_CLASSIFY_OUT0_ {
  FWP_ACTION_TYPE actionType;
  UINT64 outContext;
  UINT64 filterId;
  UINT32 rights;
  UINT32 flags;
  UINT32 reserved;
} FWPS_CLASSIFY_OUT0;

#endif
