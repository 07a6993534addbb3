// `&&` and `||` with a constant left side, as a debug-test macro compiled
// to a constant leaves them (`#define DEBUGTEST(P) (TRUE)` in Release):
// `(TRUE) && TryAcquire(…)` is the try's own truth, so the local holding
// it still tells where the resource is held; `(FALSE) && X` and `(TRUE) ||
// X` are constants and X is not evaluated.
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s --check-prefix=CFG

#include <ntifs.h>

#define DEBUGTEST(Percent) (TRUE)
#define NEVER(Percent) (FALSE)

BOOLEAN TryAcquireNode(PERESOURCE Resource, BOOLEAN Wait) {
  return ExAcquireResourceExclusiveLite(Resource, Wait);
}
ULONG Probe(VOID);

NTSTATUS ReadNode(PERESOURCE Resource) {
  BOOLEAN Success = DEBUGTEST(90) && TryAcquireNode(Resource, FALSE);
  if (!Success)
    return STATUS_CANT_WAIT;
  ExReleaseResourceLite(Resource);
  return STATUS_SUCCESS;
}
// CFG-LABEL: function ReadNode
// CFG: e0: Success = call TryAcquireNode(Resource, 0)
// CFG-NEXT: e1: assign Success = <result of e0>

VOID Constants(PULONG Out) {
  Out[0] = NEVER(1) && Probe();
  Out[1] = DEBUGTEST(1) || Probe();
}
// CFG-LABEL: function Constants
// CFG: e0: assign *Out = 0
// CFG-NEXT: e1: assign Out[1] = 1
