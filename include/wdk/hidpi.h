/* irqlint's model of hidpi.h: the HID parser's view of a collection
 * (preparsed data, capabilities, report types) and the HidP_* routines that
 * read and build reports from it. Written from the documentation -- not
 * Microsoft's header. */
#ifndef IRQLINT_WDK_HIDPI_H
#define IRQLINT_WDK_HIDPI_H

#include "hidusage.h"

typedef struct _HIDP_PREPARSED_DATA *PHIDP_PREPARSED_DATA;

typedef enum _HIDP_REPORT_TYPE {
  HidP_Input,
  HidP_Output,
  HidP_Feature
} HIDP_REPORT_TYPE;

typedef struct _USAGE_AND_PAGE {
  USAGE Usage;
  USAGE UsagePage;
} USAGE_AND_PAGE, *PUSAGE_AND_PAGE;

typedef struct _HIDP_CAPS {
  USAGE Usage;
  USAGE UsagePage;
  USHORT InputReportByteLength;
  USHORT OutputReportByteLength;
  USHORT FeatureReportByteLength;
  USHORT Reserved[17];
  USHORT NumberLinkCollectionNodes;
  USHORT NumberInputButtonCaps;
  USHORT NumberInputValueCaps;
  USHORT NumberInputDataIndices;
  USHORT NumberOutputButtonCaps;
  USHORT NumberOutputValueCaps;
  USHORT NumberOutputDataIndices;
  USHORT NumberFeatureButtonCaps;
  USHORT NumberFeatureValueCaps;
  USHORT NumberFeatureDataIndices;
} HIDP_CAPS, *PHIDP_CAPS;

typedef struct _HIDP_DATA {
  USHORT DataIndex;
  USHORT Reserved;
  union {
    ULONG RawValue;
    BOOLEAN On;
  };
} HIDP_DATA, *PHIDP_DATA;

/* the parser's status values: severity, facility 0x11, code */
#define FACILITY_HID_ERROR_CODE 0x11
#define HIDP_ERROR_CODES(SEV, CODE)                                            \
  ((NTSTATUS)(((SEV) << 28) | (FACILITY_HID_ERROR_CODE << 16) | (CODE)))
#define HIDP_STATUS_SUCCESS (HIDP_ERROR_CODES(0x0, 0))
#define HIDP_STATUS_NULL (HIDP_ERROR_CODES(0x8, 1))
#define HIDP_STATUS_INVALID_PREPARSED_DATA (HIDP_ERROR_CODES(0xC, 1))
#define HIDP_STATUS_INVALID_REPORT_TYPE (HIDP_ERROR_CODES(0xC, 2))
#define HIDP_STATUS_INVALID_REPORT_LENGTH (HIDP_ERROR_CODES(0xC, 3))
#define HIDP_STATUS_USAGE_NOT_FOUND (HIDP_ERROR_CODES(0xC, 4))
#define HIDP_STATUS_VALUE_OUT_OF_RANGE (HIDP_ERROR_CODES(0xC, 5))
#define HIDP_STATUS_BAD_LOG_PHY_VALUES (HIDP_ERROR_CODES(0xC, 6))
#define HIDP_STATUS_BUFFER_TOO_SMALL (HIDP_ERROR_CODES(0xC, 7))
#define HIDP_STATUS_INTERNAL_ERROR (HIDP_ERROR_CODES(0xC, 8))
#define HIDP_STATUS_INCOMPATIBLE_REPORT_ID (HIDP_ERROR_CODES(0xC, 0xA))
#define HIDP_STATUS_REPORT_DOES_NOT_EXIST (HIDP_ERROR_CODES(0xC, 0x10))
#define HIDP_STATUS_NOT_IMPLEMENTED (HIDP_ERROR_CODES(0xC, 0x20))

_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_GetCaps(_In_ PHIDP_PREPARSED_DATA PreparsedData,
                 _Out_ PHIDP_CAPS Capabilities);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_InitializeReportForID(_In_ HIDP_REPORT_TYPE ReportType,
                               _In_ UCHAR ReportID,
                               _In_ PHIDP_PREPARSED_DATA PreparsedData,
                               _Out_writes_bytes_(ReportLength) PCHAR Report,
                               _In_ ULONG ReportLength);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_SetUsages(_In_ HIDP_REPORT_TYPE ReportType, _In_ USAGE UsagePage,
                   _In_opt_ USHORT LinkCollection,
                   _Inout_updates_to_(*UsageLength, *UsageLength)
                       PUSAGE UsageList,
                   _Inout_ PULONG UsageLength,
                   _In_ PHIDP_PREPARSED_DATA PreparsedData,
                   _In_reads_bytes_(ReportLength) PCHAR Report,
                   _In_ ULONG ReportLength);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_UnsetUsages(_In_ HIDP_REPORT_TYPE ReportType, _In_ USAGE UsagePage,
                     _In_opt_ USHORT LinkCollection,
                     _Inout_updates_to_(*UsageLength, *UsageLength)
                         PUSAGE UsageList,
                     _Inout_ PULONG UsageLength,
                     _In_ PHIDP_PREPARSED_DATA PreparsedData,
                     _In_reads_bytes_(ReportLength) PCHAR Report,
                     _In_ ULONG ReportLength);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_GetUsages(_In_ HIDP_REPORT_TYPE ReportType, _In_ USAGE UsagePage,
                   _In_opt_ USHORT LinkCollection,
                   _Out_writes_to_(*UsageLength, *UsageLength) PUSAGE UsageList,
                   _Inout_ PULONG UsageLength,
                   _In_ PHIDP_PREPARSED_DATA PreparsedData,
                   _Out_writes_bytes_(ReportLength) PCHAR Report,
                   _In_ ULONG ReportLength);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_SetUsageValue(_In_ HIDP_REPORT_TYPE ReportType, _In_ USAGE UsagePage,
                       _In_opt_ USHORT LinkCollection, _In_ USAGE Usage,
                       _In_ ULONG UsageValue,
                       _In_ PHIDP_PREPARSED_DATA PreparsedData,
                       _Inout_updates_bytes_(ReportLength) PCHAR Report,
                       _In_ ULONG ReportLength);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_GetUsageValue(_In_ HIDP_REPORT_TYPE ReportType, _In_ USAGE UsagePage,
                       _In_opt_ USHORT LinkCollection, _In_ USAGE Usage,
                       _Out_ PULONG UsageValue,
                       _In_ PHIDP_PREPARSED_DATA PreparsedData,
                       _In_reads_bytes_(ReportLength) PCHAR Report,
                       _In_ ULONG ReportLength);
_IRQL_requires_max_(PASSIVE_LEVEL) ULONG
    HidP_MaxUsageListLength(_In_ HIDP_REPORT_TYPE ReportType,
                            _In_opt_ USAGE UsagePage,
                            _In_ PHIDP_PREPARSED_DATA PreparsedData);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_ NTSTATUS
    HidP_GetData(_In_ HIDP_REPORT_TYPE ReportType,
                 _Out_writes_to_(*DataLength, *DataLength) PHIDP_DATA DataList,
                 _Inout_ PULONG DataLength,
                 _In_ PHIDP_PREPARSED_DATA PreparsedData,
                 _Out_writes_bytes_(ReportLength) PCHAR Report,
                 _In_ ULONG ReportLength);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSTATUS HidP_SetData(
    _In_ HIDP_REPORT_TYPE ReportType,
    _Inout_updates_to_(*DataLength, *DataLength) PHIDP_DATA DataList,
    _Inout_ PULONG DataLength, _In_ PHIDP_PREPARSED_DATA PreparsedData,
    _In_reads_bytes_(ReportLength) PCHAR Report, _In_ ULONG ReportLength);

#endif
