// clang's own headers (<stdarg.h>, <stddef.h>, <stdbool.h>) resolve in every
// driver mode: irqlint names clang's resource directory itself, because
// libclang reached through a symlinked library path (Debian) looks for them
// in the wrong place. Drivers include <stdarg.h> for their debug-print
// helpers. The finding proves the file was analyzed past its includes.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- --driver-mode=cl /TC | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- --target=i686-pc-windows-msvc | FileCheck %s %check_not
// A compile command that names its own resource directory keeps it:
// RUN: %irqlint --show-compile-errors %s -- -resource-dir %t.nonexistent | FileCheck %s --check-prefix=OWN

#include <stdarg.h>
// OWN: :[[@LINE-1]]:10: error: 'stdarg.h' file not found [clang-diagnostic-error]
#include <stdbool.h>
#include <stddef.h>
#include <ntddk.h>

KSPIN_LOCK TraceLock;

static void TracePrint(const char *format, ...) {
  va_list args;
  KIRQL old_irql;
  va_start(args, format);
  KeAcquireSpinLock(&TraceLock, &old_irql);
  KeAcquireSpinLockAtDpcLevel(&TraceLock);
  // CHECK: :[[@LINE-1]]:3: warning:{{.*}}[lock-double-acquire]
  vDbgPrintEx(0, 0, format, args);
  KeReleaseSpinLock(&TraceLock, old_irql);
  va_end(args);
}

size_t TraceLength(bool twice) { return twice ? 2 * offsetof(KDPC, DeferredContext) : 0; }
