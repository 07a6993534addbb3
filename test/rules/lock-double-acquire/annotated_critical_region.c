// Push-lock wrappers annotated `_Acquires_lock_(_Global_critical_region_)`
// (a VPN driver's MuAcquirePushLockShared: KeEnterCriticalRegion, then the
// push lock): the critical region nests, so taking a second push lock
// while holding the first enters it again, as KeEnterCriticalRegion
// does. The annotated lock is of the kind the model gives the system's
// critical region. Taking the same push lock twice is still reported.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

_Acquires_lock_(_Global_critical_region_)
_IRQL_requires_max_(APC_LEVEL)
static __inline VOID
AcquirePushLockShared(_Inout_ _Requires_lock_not_held_(*_Curr_)
                          _Acquires_shared_lock_(*_Curr_) PEX_PUSH_LOCK PushLock) {
  KeEnterCriticalRegion();
  ExAcquirePushLockShared(PushLock);
}

_Releases_lock_(_Global_critical_region_)
_IRQL_requires_max_(APC_LEVEL)
static __inline VOID
ReleasePushLockShared(_Inout_ _Requires_shared_lock_held_(*_Curr_)
                          _Releases_shared_lock_(*_Curr_) PEX_PUSH_LOCK PushLock) {
  ExReleasePushLockShared(PushLock);
  KeLeaveCriticalRegion();
}

typedef struct _PEER {
  EX_PUSH_LOCK Handshake;
  EX_PUSH_LOCK Keys;
  ULONG Sent;
} PEER, *PPEER;

VOID ReadPeer(PPEER Peer) {
  AcquirePushLockShared(&Peer->Handshake);
  AcquirePushLockShared(&Peer->Keys);
  Peer->Sent++;
  ReleasePushLockShared(&Peer->Keys);
  ReleasePushLockShared(&Peer->Handshake);
}

VOID ReadPeerTwice(PPEER Peer) {
  AcquirePushLockShared(&Peer->Handshake);
  AcquirePushLockShared(&Peer->Handshake);
  // CHECK: :[[@LINE-1]]:3: warning: 'Peer->Handshake' is held, but AcquirePushLockShared requires it not held (_Requires_lock_not_held_) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Peer->Handshake' acquired here
  ReleasePushLockShared(&Peer->Handshake);
}
