// A local alias whose value is rooted at another local initialized before
// it: `Adapter = Info->Adapter;` at the top, `Default =
// GetDefaultAdapter(Adapter);` later under an if. The root's own
// initialization is no write that makes the alias stale (no path has
// written the alias yet), so the join after the if keeps one name for the
// caller's lock: the routine drops and takes back its caller's scan lock,
// and says so to its callers (no "maybe acquires", no leak inside). A
// write to the root after the alias is written still ends it.
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY
// RUN: %irqlint --dump-state %s -- %wdk_amd64 | FileCheck %s --check-prefix=STATE

#include <ndis.h>

typedef struct _ADAPTER ADAPTER;
typedef struct _COMMON {
  ADAPTER *Default;
} COMMON;
struct _ADAPTER {
  COMMON *Common;
  NDIS_SPIN_LOCK ScanLock;
  ULONG Channel;
  ADAPTER *Next;
};
typedef struct _SCAN_INFO {
  ADAPTER *Adapter;
  ULONG State;
} SCAN_INFO;
#define GetDefaultAdapter(a) ((a)->Common->Default)

static VOID ScanLock(SCAN_INFO *Info) {
  NdisAcquireSpinLock(&GetDefaultAdapter(Info->Adapter)->ScanLock);
}
static VOID ScanUnlock(SCAN_INFO *Info) {
  NdisReleaseSpinLock(&GetDefaultAdapter(Info->Adapter)->ScanLock);
}
VOID CancelScanTimer(ADAPTER *Adapter);

static NDIS_STATUS TerminateScan(SCAN_INFO *Info, BOOLEAN StopOnChannel) {
  ADAPTER *Adapter = Info->Adapter;
  if (Info->State == 0)
    return NDIS_STATUS_INVALID_STATE;
  if (StopOnChannel) {
    ADAPTER *Default = GetDefaultAdapter(Adapter);
    ADAPTER *Port = Default;
    while (Port) {
      Port->Channel = Default->Channel;
      Port = Port->Next;
    }
  }
  ScanUnlock(Info);
  CancelScanTimer(Adapter);
  ScanLock(Info);
  return NDIS_STATUS_SUCCESS;
}
// SUMMARY-LABEL: summary TerminateScan
// SUMMARY-NEXT: maybe releases Info->Adapter->Common->Default->ScanLock (argument 1) ndis by ScanUnlock
// SUMMARY-NEXT: acquires Info->Adapter->Common->Default->ScanLock (argument 1) ndis
// STATE-LABEL: function TerminateScan
// STATE-NOT: {{[{ ]}}Default->ScanLock
// STATE: function

VOID AbortScan(SCAN_INFO *Info) {
  ScanLock(Info);
  TerminateScan(Info, TRUE);
  ScanUnlock(Info);
}

// The root written after the alias: the lock taken under the path's name
// is the one `Default` reaches, and releasing it through `Default` is
// balanced.
VOID SwitchAdapter(SCAN_INFO *Info, COMMON *Other) {
  ADAPTER *Adapter = Info->Adapter;
  ADAPTER *Default = GetDefaultAdapter(Adapter);
  NdisAcquireSpinLock(&Adapter->Common->Default->ScanLock);
  Adapter->Common = Other;
  NdisReleaseSpinLock(&Default->ScanLock);
}
