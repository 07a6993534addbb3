// A drop-and-retake helper given another name for the lock its caller
// holds: the caller takes the default adapter's TX lock through its own
// port (`Port->Common->Default->TxLock`) and calls a helper with the
// target port, which drops and takes back
// `Target->Common->Default->TxLock` (both ports share one default
// adapter). The helper needs its caller to hold the lock it takes back,
// and the caller holds exactly one lock of that class: the release and
// the retake are of that lock, so the caller's release afterwards is in
// order and nothing is left held. With two locks of the class held, or
// none, the call is read under its own names as before.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ndis.h>

typedef struct _PORT PORT;
typedef struct _COMMON {
  PORT *Default;
} COMMON;
struct _PORT {
  COMMON *Common;
  NDIS_SPIN_LOCK TxLock;
  LIST_ENTRY Queued;
};

VOID CompleteQueued(PORT *Port);

// Drops the TX lock its caller holds around the completions.
VOID ReleaseQueued(PORT *Target) {
  NdisReleaseSpinLock(&Target->Common->Default->TxLock);
  CompleteQueued(Target);
  NdisAcquireSpinLock(&Target->Common->Default->TxLock);
}

VOID DeletePort(PORT *Port, PORT *Target) {
  NdisAcquireSpinLock(&Port->Common->Default->TxLock);
  ReleaseQueued(Target);
  NdisReleaseSpinLock(&Port->Common->Default->TxLock);
}
// Its own lock, dropped and taken back by the helper: no effect for its
// callers (the release is no sign that they hold the target's lock).
// SUMMARY-LABEL: summary DeletePort
// SUMMARY-NEXT: requires irql <= DISPATCH by NdisAcquireSpinLock

// Two TX locks held: which one the helper drops is not known, so its
// names are taken as written; the lock it takes back is then held out of
// order with the caller's.
VOID MovePort(PORT *Port, PORT *Other, PORT *Target) {
  NdisAcquireSpinLock(&Port->TxLock);
  NdisAcquireSpinLock(&Other->TxLock);
  ReleaseQueued(Target);
  NdisReleaseSpinLock(&Other->TxLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Other->TxLock' is released by NdisReleaseSpinLock while 'Target->Common->Default->TxLock', acquired after it, is still held
  NdisReleaseSpinLock(&Port->TxLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Port->TxLock' is released by NdisReleaseSpinLock while 'Target->Common->Default->TxLock', acquired after it, is still held
}
