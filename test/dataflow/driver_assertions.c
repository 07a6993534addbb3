// A driver's own assertion macro (named as drivers name them: RT_ASSERT,
// DBG_ASSERT, …) is an assertion: the calls its body spells are its failure
// branch, which does not continue. A free build that defines it to nothing
// leaves no trace in the compiled code; given a false constant there
// (`else { RT_ASSERT(FALSE, ("error condition")); }`) it still says the
// path never gets there.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ndis.h>

#define RT_ASSERT(_Exp, Fmt)
void DriverAssertFailed(const char *Text);
#define DBG_ASSERT(e)                                                          \
  if (!(e))                                                                    \
  DriverAssertFailed(#e)
#define RT_TRACE(_Level, Fmt)

typedef struct _DEVICE {
  NDIS_SPIN_LOCK IrpSpinLock;
  ULONG PendingCount;
} DEVICE, *PDEVICE;

void Submit(PDEVICE Device);

void WriteAsync(PDEVICE Device) {
  NdisAcquireSpinLock(&Device->IrpSpinLock);
  if (Device->PendingCount == 0) {
    Device->PendingCount++;
    NdisReleaseSpinLock(&Device->IrpSpinLock);
    Submit(Device);
  } else {
    RT_ASSERT(FALSE, ("pending count out of range %u\n", Device->PendingCount));
  }
}

void WriteChecked(PDEVICE Device) {
  NdisAcquireSpinLock(&Device->IrpSpinLock);
  if (Device->PendingCount == 0) {
    Device->PendingCount++;
    NdisReleaseSpinLock(&Device->IrpSpinLock);
    Submit(Device);
    return;
  }
  DBG_ASSERT(Device->PendingCount == 0);
}

// A condition that is not a false constant asserts nothing the analysis
// can use when the macro is empty: the path continues, holding the lock.
void WriteCondition(PDEVICE Device) {
  NdisAcquireSpinLock(&Device->IrpSpinLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Device->IrpSpinLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'WriteCondition' [lock-not-released]
  if (Device->PendingCount == 0) {
    NdisReleaseSpinLock(&Device->IrpSpinLock);
    return;
  }
  RT_ASSERT(Device->PendingCount == 1, ("unexpected\n"));
}

// A trace macro is no assertion, even given FALSE.
void WriteTraced(PDEVICE Device) {
  NdisAcquireSpinLock(&Device->IrpSpinLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Device->IrpSpinLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'WriteTraced' [lock-not-released]
  if (Device->PendingCount == 0) {
    NdisReleaseSpinLock(&Device->IrpSpinLock);
    return;
  }
  RT_TRACE(FALSE, ("unexpected\n"));
}
