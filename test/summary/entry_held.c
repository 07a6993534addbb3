// The locks every caller holds on entry: a function called only from
// functions of the program runs under the lock classes all its calls hold,
// its callers' own entry sets included (less what a caller let go of
// before the call), exclusive where every call holds them exclusively.
// A function with no caller, or whose address is taken (a callback), holds
// nothing on entry; recursion keeps what enters the cycle. --dump-summary
// shows the set ("held on entry by every caller") and what each function
// holds where it calls another ("calls F holding ...").
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s

#include <ntifs.h>

typedef struct _VOLUME {
  ERESOURCE Gate;
  ERESOURCE Aux;
  KSPIN_LOCK Stats;
  ULONG Count;
  struct _NODE *Root;
  void (*Notify)(struct _VOLUME *Vol);
} VOLUME, *PVOLUME;

typedef struct _NODE {
  struct _NODE *Child;
} NODE, *PNODE;

// CHECK-LABEL: summary Leaf
// CHECK: held on entry by every caller: VOLUME.Gate (exclusive)
static void Leaf(PVOLUME Vol) {
  KIRQL Old;
  KeAcquireSpinLock(&Vol->Stats, &Old);
  Vol->Count++;
  KeReleaseSpinLock(&Vol->Stats, Old);
}

// Holds Aux at one call of Leaf only, so nothing at every call: Leaf gets
// what Middle's callers hold.
// CHECK-LABEL: summary Middle
// CHECK-NOT: calls Leaf holding
// CHECK: held on entry by every caller: VOLUME.Gate (exclusive)
static void Middle(PVOLUME Vol, BOOLEAN Deep) {
  if (Deep)
    Leaf(Vol);
  ExAcquireResourceExclusiveLite(&Vol->Aux, TRUE);
  Leaf(Vol);
  ExReleaseResourceLite(&Vol->Aux);
}

// Held shared by one caller, exclusively by the other: shared.
// CHECK-LABEL: summary SharedSome
// CHECK: held on entry by every caller: VOLUME.Gate (shared)
static void SharedSome(PVOLUME Vol) { Vol->Count--; }

// One caller holds the gate, the other does not: nothing.
// CHECK-LABEL: summary NotAlways
// CHECK-NOT: held on entry
// CHECK-LABEL: summary AfterRelease
// CHECK-NOT: held on entry
static void NotAlways(PVOLUME Vol) { Vol->Count = 0; }

// Its only caller lets the gate go first.
static void AfterRelease(PVOLUME Vol) { Vol->Count = 1; }

// Called with the gate held, and lets it go before calling AfterRelease.
// CHECK-LABEL: summary Dropper
// CHECK: held on entry by every caller: VOLUME.Gate (exclusive)
static void Dropper(PVOLUME Vol) {
  ExReleaseResourceLite(&Vol->Gate);
  AfterRelease(Vol);
}

// Also stored as a callback: whoever calls it through the pointer may hold
// nothing.
// CHECK-LABEL: summary Callback
// CHECK-NOT: held on entry
// CHECK-LABEL: summary Walk
// CHECK: held on entry by every caller: VOLUME.Gate (exclusive)
static void Callback(PVOLUME Vol) { Vol->Count += 2; }

// Recursive: what enters the cycle stays.
static void Walk(PVOLUME Vol, PNODE Node) {
  if (Node->Child)
    Walk(Vol, Node->Child);
  Vol->Count++;
}

// CHECK-LABEL: summary Outer
// CHECK-NOT: held on entry
// CHECK: calls Middle holding VOLUME.Gate (exclusive)
// CHECK-LABEL: summary Other
// CHECK: calls Middle holding VOLUME.Gate (exclusive), VOLUME.Aux (shared)
// CHECK-LABEL: summary Reader
// CHECK: calls SharedSome holding VOLUME.Gate (shared)
void Outer(PVOLUME Vol) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Gate, TRUE);
  Middle(Vol, TRUE);
  SharedSome(Vol);
  NotAlways(Vol);
  Callback(Vol);
  Walk(Vol, Vol->Root);
  ExReleaseResourceLite(&Vol->Gate);
  KeLeaveCriticalRegion();
}

void Other(PVOLUME Vol) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Gate, TRUE);
  ExAcquireResourceSharedLite(&Vol->Aux, TRUE);
  Middle(Vol, FALSE);
  ExReleaseResourceLite(&Vol->Aux);
  Dropper(Vol);
  KeLeaveCriticalRegion();
}

void Reader(PVOLUME Vol) {
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Vol->Gate, TRUE);
  SharedSome(Vol);
  ExReleaseResourceLite(&Vol->Gate);
  NotAlways(Vol);
  KeLeaveCriticalRegion();
}

void Register(PVOLUME Vol) { Vol->Notify = Callback; }
