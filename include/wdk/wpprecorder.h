/* wpprecorder.h: the Inflight Trace Recorder (IFR) interface WPP-traced
 * drivers use to keep trace messages in memory logs (irqlint's model,
 * written from the documentation). The trace calls themselves come from the
 * WPP preprocessor's configuration, which irqlint handles separately. */
#ifndef IRQLINT_WDK_WPPRECORDER_H
#define IRQLINT_WDK_WPPRECORDER_H

#include "wdm.h"

/* a recorder log: the default one, or one WppRecorderLogCreate made */
typedef struct RECORDER_LOG__ *RECORDER_LOG;
#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16
#define RECORDER_LOG_DEFAULT_BUFFER_SIZE 1024

typedef enum _WPP_RECORDER_TRI_STATE {
  WppRecorderFalse = 0,
  WppRecorderTrue = 1,
  WppRecorderDefault = 2
} WPP_RECORDER_TRI_STATE;

typedef struct _RECORDER_CONFIGURE_PARAMS {
  ULONG Size;
  BOOLEAN CreateDefaultLog;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;
FORCEINLINE VOID
RECORDER_CONFIGURE_PARAMS_INIT(_Out_ PRECORDER_CONFIGURE_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(*Params));
  Params->Size = sizeof(*Params);
  Params->CreateDefaultLog = TRUE;
}

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
FORCEINLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(
    _Out_ PRECORDER_LOG_CREATE_PARAMS Params, _In_opt_ PCSTR LogIdentifier) {
  RtlZeroMemory(Params, sizeof(*Params));
  Params->Size = sizeof(*Params);
  Params->TotalBufferSize = RECORDER_LOG_DEFAULT_BUFFER_SIZE;
  Params->LogIdentifierSize = RECORDER_LOG_IDENTIFIER_MAX_CHARS;
  Params->UseTimeStamp = WppRecorderDefault;
  Params->PreciseTimeStamp = WppRecorderDefault;
  if (LogIdentifier != NULL) {
    ULONG i;
    for (i = 0; i + 1 < RECORDER_LOG_IDENTIFIER_MAX_CHARS && LogIdentifier[i];
         i++)
      Params->LogIdentifier[i] = LogIdentifier[i];
  }
}

VOID WppRecorderConfigure(_In_ PRECORDER_CONFIGURE_PARAMS ConfigureParams);
RECORDER_LOG WppRecorderLogGetDefault(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    WppRecorderLogCreate(_In_ PRECORDER_LOG_CREATE_PARAMS CreateParams,
                         _Out_ RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(_In_ RECORDER_LOG RecorderLog);
NTSTATUS WppRecorderLogSetIdentifier(_In_ RECORDER_LOG RecorderLog,
                                     _In_ PSTR LogIdentifier);
NTSTATUS WppRecorderDumpLiveDriverData(_Out_ PVOID *OutBuffer,
                                       _Out_ PULONG OutBufferLength,
                                       _Out_ PVOID *OutTmfGuid);

#endif
