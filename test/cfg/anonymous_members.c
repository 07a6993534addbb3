// A member of an anonymous union or struct reached through a typedef'd
// pointer cast (NDIS code does `((PNDIS_MINIPORT_BLOCK)h)->EthDB`): the
// struct it belongs to comes from the pointer's canonical type. This used
// to crash (a typedef'd pointer has no pointee type of its own).
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s --check-prefix=FIND %check_not

#include <ndis.h>

struct _BLOCK {
  union {
    PNDIS_SPIN_LOCK LockPointer;
    PVOID Generic;
  };
  ULONG Count;
};
typedef struct _BLOCK *PBLOCK;
void Use(PVOID p);

void Member(PVOID h) { Use(((PBLOCK)h)->Generic); }
// CHECK-LABEL: function Member
// CHECK: call Use(h->Generic)

void Leak(PVOID h, int fail) {
  NdisAcquireSpinLock(((PBLOCK)h)->LockPointer);
  // FIND: :[[@LINE-1]]:3: warning: '*(h->LockPointer)' is acquired by NdisAcquireSpinLock but not released on every path out of 'Leak' [lock-not-released]
  if (fail)
    return;
  // FIND-NEXT: :[[@LINE-1]]:5: note: returns here
  NdisReleaseSpinLock(((PBLOCK)h)->LockPointer);
}
