/* irqlint's model of bthsdpdef.h: the SDP data element types, the 128-bit
 * integers and the query structures (UUIDs, attribute ranges) that SDP
 * requests use. Written from the documentation and the Bluetooth
 * specification -- not Microsoft's header. */
#ifndef IRQLINT_WDK_BTHSDPDEF_H
#define IRQLINT_WDK_BTHSDPDEF_H

typedef struct _SDP_LARGE_INTEGER_16 {
  ULONGLONG LowPart;
  LONGLONG HighPart;
} SDP_LARGE_INTEGER_16, *PSDP_LARGE_INTEGER_16, *LPSDP_LARGE_INTEGER_16;

typedef struct _SDP_ULARGE_INTEGER_16 {
  ULONGLONG LowPart;
  ULONGLONG HighPart;
} SDP_ULARGE_INTEGER_16, *PSDP_ULARGE_INTEGER_16, *LPSDP_ULARGE_INTEGER_16;

typedef enum _NodeContainerType {
  NodeContainerTypeSequence,
  NodeContainerTypeAlternative
} NodeContainerType;

typedef USHORT SDP_ERROR, *PSDP_ERROR;

/* data element types (the type descriptor of an SDP data element) */
typedef enum _SDP_TYPE {
  SDP_TYPE_NIL = 0x00,
  SDP_TYPE_UINT = 0x01,
  SDP_TYPE_INT = 0x02,
  SDP_TYPE_UUID = 0x03,
  SDP_TYPE_STRING = 0x04,
  SDP_TYPE_BOOLEAN = 0x05,
  SDP_TYPE_SEQUENCE = 0x06,
  SDP_TYPE_ALTERNATIVE = 0x07,
  SDP_TYPE_URL = 0x08,
  SDP_TYPE_CONTAINER = 0x20
} SDP_TYPE;

/* type and size together */
typedef enum _SDP_SPECIFICTYPE {
  SDP_ST_NONE = 0x0000,
  SDP_ST_UINT8 = 0x0010,
  SDP_ST_UINT16 = 0x0110,
  SDP_ST_UINT32 = 0x0210,
  SDP_ST_UINT64 = 0x0310,
  SDP_ST_UINT128 = 0x0410,
  SDP_ST_INT8 = 0x0020,
  SDP_ST_INT16 = 0x0120,
  SDP_ST_INT32 = 0x0220,
  SDP_ST_INT64 = 0x0320,
  SDP_ST_INT128 = 0x0420,
  SDP_ST_UUID16 = 0x0130,
  SDP_ST_UUID32 = 0x0230,
  SDP_ST_UUID128 = 0x0430
} SDP_SPECIFICTYPE;

typedef struct _SdpAttributeRange {
  USHORT minAttribute;
  USHORT maxAttribute;
} SdpAttributeRange;

typedef union SdpQueryUuidUnion {
  GUID uuid128;
  ULONG uuid32;
  USHORT uuid16;
} SdpQueryUuidUnion;

typedef struct _SdpQueryUuid {
  SdpQueryUuidUnion u;
  USHORT uuidType;
} SdpQueryUuid;

#define MAX_UUIDS_IN_QUERY (12)
#define SDP_SERVICE_SEARCH_REQUEST (1)
#define SDP_SERVICE_ATTRIBUTE_REQUEST (2)
#define SDP_SERVICE_SEARCH_ATTRIBUTE_REQUEST (3)

#endif
