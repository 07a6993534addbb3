// Trace functions of every origin the project gives, in lock code.
#include <ntddk.h>

#include "tracer.h"
#ifdef EVENT_TRACING
#include "tracer.tmh"
#endif

#if TRACER_TMH_DEFINE != 7
#error the .tmh's -D is not there
#endif

KSPIN_LOCK TracerLock;
RECORDER_LOG TracerRecorder; /* the recorder's header comes with the .tmh */
UCHAR TracerBuffer[16];

VOID TracerFill(ULONG Count) {
  KIRQL old;
  KeAcquireSpinLock(&TracerLock, &old);
  TracerLog(TRACE_LEVEL_VERBOSE, TRC_DATA, "fill %u", Count);
  TracerDump((TRACE_LEVEL_VERBOSE, TRC_DATA, "buffer %p", TracerBuffer));
  TracerNote(TRC_DATA, "note");
  if (Count > sizeof TracerBuffer) {
    TracerOnce(TRC_DATA, "too many: %u", Count);
    return;
  }
  DoTraceMessage(TRC_START, "done");
  KeReleaseSpinLock(&TracerLock, old);
}
