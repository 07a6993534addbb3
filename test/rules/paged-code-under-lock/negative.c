// paged-code-under-lock, negative cases: pageable functions called at
// PASSIVE_LEVEL with no lock held, and functions that are not pageable:
// after `#pragma code_seg()` or a pop, in the INIT section, or named by a
// pragma the preprocessor skipped.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void InitOnly(PADAPTER Adapter);
void Skipped(PADAPTER Adapter);
#pragma alloc_text(INIT, InitOnly)
#if 0
#pragma alloc_text(PAGE, Skipped)
#endif

void InitOnly(PADAPTER Adapter) { Adapter->Count = 0; }
void Skipped(PADAPTER Adapter) { Adapter->Count = 0; }

void Paged(PADAPTER Adapter) {
  PAGED_CODE();
  Adapter->Count++;
}

#pragma code_seg(push, "PAGE")
void PagedToo(PADAPTER Adapter) { Adapter->Count++; }
#pragma code_seg(pop)
void AfterPop(PADAPTER Adapter) { Adapter->Count++; }

#pragma code_seg("PAGE")
void PagedThree(PADAPTER Adapter) { Adapter->Count++; }
#pragma code_seg()
void AfterReset(PADAPTER Adapter) { Adapter->Count++; }

// PAGED_CODE() later in the body does not make the function pageable.
void CheckedLater(PADAPTER Adapter) {
  Adapter->Count++;
  PAGED_CODE();
}

_IRQL_requires_(PASSIVE_LEVEL)
void Caller(PADAPTER Adapter) {
  Paged(Adapter);
  PagedToo(Adapter);
  PagedThree(Adapter);
  NdisAcquireSpinLock(&Adapter->Lock);
  InitOnly(Adapter);
  Skipped(Adapter);
  AfterPop(Adapter);
  AfterReset(Adapter);
  CheckedLater(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
  Paged(Adapter);
}
