// SAL as the WDK's headers write it on lock routines, for routines the API
// model does not know (a driver's own, or one a real header declares):
// annotations on parameters (`_Acquires_lock_(*_Curr_)`), `_When_` over a
// parameter decided by the call's constant argument (Wait != 0), `_When_`
// over the return value (a try-acquire), `_Global_critical_region_` as the
// critical region KeEnterCriticalRegion enters. A lock an annotation names
// is of the kind its declared type says (an ERESOURCE is an executive
// resource, a KSPIN_LOCK a spin lock: pageable code under it is reported).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

_Requires_lock_held_(_Global_critical_region_) _Requires_lock_not_held_(*Resource)
_When_(Wait!=0, _Acquires_exclusive_lock_(*Resource)) _IRQL_requires_max_(APC_LEVEL)
BOOLEAN MyAcquireExclusive(_Inout_ PERESOURCE Resource, _In_ _Literal_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL) _Requires_lock_held_(_Global_critical_region_)
BOOLEAN MyAcquireShared(_Inout_ _Requires_lock_not_held_(*_Curr_) _When_(return!=0, _Acquires_shared_lock_(*_Curr_)) PERESOURCE Resource, _In_ BOOLEAN Wait);
_Requires_lock_held_(_Global_critical_region_) _Requires_lock_held_(*Resource) _Releases_lock_(*Resource)
VOID MyRelease(_Inout_ PERESOURCE Resource);
VOID MyLockParam(_Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_) PKSPIN_LOCK Lock, PKIRQL Irql);
VOID MyUnlockParam(_Requires_lock_held_(*_Curr_) _Releases_lock_(*_Curr_) PKSPIN_LOCK Lock, KIRQL Irql);
// A condition over two parameters, and one that cannot be decided.
_When_(Wait!=0 && Exclusive, _Acquires_exclusive_lock_(*Resource))
VOID MyAcquireMaybe(PERESOURCE Resource, BOOLEAN Wait, BOOLEAN Exclusive);
_When_(Timeout->QuadPart!=0, _Acquires_lock_(*Resource))
VOID MyAcquireTimed(PERESOURCE Resource, PLARGE_INTEGER Timeout);

typedef struct _VCB {
  ERESOURCE TreeLock;
  ULONG Count;
  KSPIN_LOCK Lock;
} VCB, *PVCB;

// Balanced: Wait TRUE acquires, a failed try holds nothing, Wait FALSE on
// an unconditional-looking call acquires nothing, parameter annotations
// pair.
NTSTATUS Query(PVCB Vcb) {
  ULONG count;
  KIRQL irql;
  KeEnterCriticalRegion();
  MyAcquireExclusive(&Vcb->TreeLock, TRUE);
  count = Vcb->Count;
  MyRelease(&Vcb->TreeLock);
  if (!MyAcquireShared(&Vcb->TreeLock, FALSE)) {
    KeLeaveCriticalRegion();
    return STATUS_UNSUCCESSFUL;
  }
  count |= Vcb->Count;
  MyRelease(&Vcb->TreeLock);
  MyAcquireMaybe(&Vcb->TreeLock, TRUE, FALSE);
  MyAcquireTimed(&Vcb->TreeLock, NULL);
  KeLeaveCriticalRegion();
  MyLockParam(&Vcb->Lock, &irql);
  MyUnlockParam(&Vcb->Lock, irql);
  return (NTSTATUS)count;
}

NTSTATUS Leaky(PVCB Vcb) {
  KeEnterCriticalRegion();
  MyAcquireExclusive(&Vcb->TreeLock, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Vcb->TreeLock' is acquired by MyAcquireExclusive but not released on every path out of 'Leaky' [lock-not-released]
  if (Vcb->Count) {
    KeLeaveCriticalRegion();
    return STATUS_UNSUCCESSFUL;
  }
  MyRelease(&Vcb->TreeLock);
  KeLeaveCriticalRegion();
  return STATUS_SUCCESS;
}

NTSTATUS LeakyBoth(PVCB Vcb) {
  MyAcquireMaybe(&Vcb->TreeLock, TRUE, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Vcb->TreeLock' is acquired by MyAcquireMaybe but not released on every path out of 'LeakyBoth' [lock-not-released]
  if (Vcb->Count)
    return STATUS_UNSUCCESSFUL;
  MyRelease(&Vcb->TreeLock);
  return STATUS_SUCCESS;
}

NTSTATUS LeakyParam(PVCB Vcb) {
  KIRQL irql;
  MyLockParam(&Vcb->Lock, &irql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Vcb->Lock' is acquired by MyLockParam but not released on every path out of 'LeakyParam' [lock-not-released]
  if (Vcb->Count)
    return STATUS_UNSUCCESSFUL;
  MyUnlockParam(&Vcb->Lock, irql);
  return STATUS_SUCCESS;
}

ULONG LookupPaged(PVCB Vcb);
#pragma alloc_text(PAGE, LookupPaged)
ULONG LookupPaged(PVCB Vcb) {
  PAGED_CODE();
  return Vcb->Count;
}

// Pageable code under the resource is fine, under the spin lock it is not.
ULONG CountUnderLocks(PVCB Vcb) {
  ULONG count;
  KIRQL irql;
  KeEnterCriticalRegion();
  MyAcquireExclusive(&Vcb->TreeLock, TRUE);
  count = LookupPaged(Vcb);
  MyRelease(&Vcb->TreeLock);
  KeLeaveCriticalRegion();
  MyLockParam(&Vcb->Lock, &irql);
  count += LookupPaged(Vcb);
  // CHECK: :[[@LINE-1]]:12: warning: 'LookupPaged' is pageable and is called while 'Vcb->Lock' is held [paged-code-under-lock]
  MyUnlockParam(&Vcb->Lock, irql);
  return count;
}
