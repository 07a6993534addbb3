/* Fills a shared operations table with its own routine and calls through
 * tables it is given: those may be another driver's. */
#include "../shared_ops/shared_ops.h"

typedef struct _LOCAL_OPS {
  SHARED_OPERATION *Stop;
} LOCAL_OPS;

static KSPIN_LOCK Lock;

static VOID StartHere(PVOID Context) {
  KIRQL old;
  UNREFERENCED_PARAMETER(Context);
  KeAcquireSpinLock(&Lock, &old);
  KeReleaseSpinLock(&Lock, old);
}

static SHARED_OPS OwnOps = {StartHere};
static LOCAL_OPS OwnLocalOps = {StartHere};

VOID CallShared(PSHARED_OPS Ops, PVOID Context) { Ops->Start(Context); }

VOID CallLocal(LOCAL_OPS *Ops, PVOID Context) { Ops->Stop(Context); }
