/* irqlint's model of hidpddi.h: the HID parser's kernel-mode interface that
 * turns a report descriptor into collection descriptions. Written from the
 * documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_HIDPDDI_H
#define IRQLINT_WDK_HIDPDDI_H

#include "hidpi.h"

/* a raw report descriptor, as the device returns it */
typedef UCHAR HIDP_REPORT_DESCRIPTOR, *PHIDP_REPORT_DESCRIPTOR;

typedef struct _HIDP_COLLECTION_DESC {
  USAGE UsagePage;
  USAGE Usage;
  UCHAR CollectionNumber;
  UCHAR Reserved[15];
  USHORT InputLength;
  USHORT OutputLength;
  USHORT FeatureLength;
  USHORT PreparsedDataLength;
  PHIDP_PREPARSED_DATA PreparsedData;
} HIDP_COLLECTION_DESC, *PHIDP_COLLECTION_DESC;

typedef struct _HIDP_REPORT_IDS {
  UCHAR ReportID;
  UCHAR CollectionNumber;
  USHORT InputLength;
  USHORT OutputLength;
  USHORT FeatureLength;
} HIDP_REPORT_IDS, *PHIDP_REPORT_IDS;

typedef struct _HIDP_GETCOLDESC_DBG {
  ULONG BreakOffset;
  ULONG ErrorCode;
  ULONG Args[6];
} HIDP_GETCOLDESC_DBG, *PHIDP_GETCOLDESC_DBG;

typedef struct _HIDP_DEVICE_DESC {
  PHIDP_COLLECTION_DESC CollectionDesc;
  ULONG CollectionDescLength;
  PHIDP_REPORT_IDS ReportIDs;
  ULONG ReportIDsLength;
  HIDP_GETCOLDESC_DBG Dbg;
} HIDP_DEVICE_DESC, *PHIDP_DEVICE_DESC;

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
HidP_GetCollectionDescription(_In_reads_bytes_(DescLength)
                                  PHIDP_REPORT_DESCRIPTOR ReportDesc,
                              _In_ ULONG DescLength, _In_ POOL_TYPE PoolType,
                              _Out_ PHIDP_DEVICE_DESC DeviceDescription);
VOID HidP_FreeCollectionDescription(_In_ PHIDP_DEVICE_DESC DeviceDescription);

#endif
