/* irqlint's model of wpprecorder.h: the Inflight Trace Recorder (IFR)
 * interface a WPP-tracing driver uses to create, choose and delete its
 * recorder logs, written from the documentation
 * (learn.microsoft.com/windows-hardware/drivers/ddi/wpprecorder/ and
 * .../devtest/using-wpp-recorder) -- not Microsoft's header. In the WDK
 * these are macros over routines the WPP-generated .tmh provides; here
 * they are declared as the routines the pages show, with their IRQL. */
#ifndef IRQLINT_WDK_WPPRECORDER_H
#define IRQLINT_WDK_WPPRECORDER_H

#include "wdm.h"

/* an opaque handle to a recorder log */
typedef struct _IRQLINT_RECORDER_LOG *RECORDER_LOG;

typedef enum _WPP_RECORDER_TRI_STATE {
  WppRecorderFalse,
  WppRecorderTrue,
  WppRecorderDefault
} WPP_RECORDER_TRI_STATE;

#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16

typedef struct _RECORDER_LOG_CREATE_PARAMS {
  ULONG Size;
  ULONG LogTag;
  ULONG TotalBufferSize;
  ULONG ErrorPartitionSize;
  ULONG_PTR LogIdentifierAppendValue;
  BOOLEAN LogIdentifierAppendValueSet;
  ULONG LogIdentifierSize;
  CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
  WPP_RECORDER_TRI_STATE UseTimeStamp;
  WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

typedef struct _RECORDER_CONFIGURE_PARAMS {
  ULONG Size;
  BOOLEAN CreateDefaultLog;
  WPP_RECORDER_TRI_STATE UseTimeStamp;
  WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

VOID RECORDER_LOG_CREATE_PARAMS_INIT(_Out_ PRECORDER_LOG_CREATE_PARAMS Params,
                                     _In_opt_ PCSTR LogIdentifier);
VOID RECORDER_CONFIGURE_PARAMS_INIT(_Out_ PRECORDER_CONFIGURE_PARAMS Params);

_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    WppRecorderLogCreate(_In_ PRECORDER_LOG_CREATE_PARAMS CreateParams,
                         _Out_ RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(_In_ RECORDER_LOG RecorderLog);
_IRQL_requires_max_(DISPATCH_LEVEL) RECORDER_LOG WppRecorderLogGetDefault(void);
BOOLEAN WppRecorderIsDefaultLogAvailable(void);
VOID WppRecorderLogSetIdentifier(_In_ RECORDER_LOG RecorderLog,
                                 _In_ PCSTR LogIdentifier);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WppRecorderConfigure(_In_ PRECORDER_CONFIGURE_PARAMS ConfigureParams);

#endif
