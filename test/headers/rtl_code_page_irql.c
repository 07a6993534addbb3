// The code page translation routines (RtlOemToUnicodeN, RtlUnicodeToOemN,
// RtlUpcaseUnicodeToOemN, RtlMultiByteToUnicodeN, RtlUnicodeToMultiByteN)
// are documented "IRQL < DISPATCH_LEVEL": a file system calls them holding
// a fast mutex (APC_LEVEL), which is allowed; under a spin lock they are
// too high.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _NAMES {
  FAST_MUTEX Mutex;
  KSPIN_LOCK Lock;
  WCHAR Wide[32];
  CHAR Narrow[32];
} NAMES, *PNAMES;

VOID TranslateUnderMutex(PNAMES Names) {
  ULONG bytes;
  ExAcquireFastMutex(&Names->Mutex);
  RtlOemToUnicodeN(Names->Wide, sizeof(Names->Wide), &bytes, Names->Narrow,
                   sizeof(Names->Narrow));
  RtlUnicodeToOemN(Names->Narrow, sizeof(Names->Narrow), &bytes, Names->Wide,
                   sizeof(Names->Wide));
  RtlUpcaseUnicodeToOemN(Names->Narrow, sizeof(Names->Narrow), &bytes,
                         Names->Wide, sizeof(Names->Wide));
  RtlMultiByteToUnicodeN(Names->Wide, sizeof(Names->Wide), &bytes,
                         Names->Narrow, sizeof(Names->Narrow));
  RtlUnicodeToMultiByteN(Names->Narrow, sizeof(Names->Narrow), &bytes,
                         Names->Wide, sizeof(Names->Wide));
  ExReleaseFastMutex(&Names->Mutex);
}

VOID TranslateUnderSpinLock(PNAMES Names) {
  KIRQL irql;
  ULONG bytes;
  KeAcquireSpinLock(&Names->Lock, &irql);
  RtlOemToUnicodeN(Names->Wide, sizeof(Names->Wide), &bytes, Names->Narrow,
                   sizeof(Names->Narrow));
  // CHECK: rtl_code_page_irql.c:[[@LINE-2]]:3: warning: RtlOemToUnicodeN requires IRQL <= APC_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  KeReleaseSpinLock(&Names->Lock, irql);
}
