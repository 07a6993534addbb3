// NDIS wake-up patterns (ntddndis.h: NDIS_PM_PACKET_PATTERN and the flags
// of OID_PNP_ENABLE_WAKE_UP), intsafe.h next to ntintsafe.h as the samples
// include them, and ntstrsafe.h's va_list functions with va_start and
// va_end from no <stdarg.h> of the driver's own, used as the reference
// pages show: a missing or misdeclared name is a clang error, which fails
// the test. The findings prove the file was analyzed past its includes.
// RUN: not %irqlint %s -- %wdk_amd64 -DNDIS_MINIPORT_DRIVER -DNDIS630 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 -DNDIS_MINIPORT_DRIVER -DNDIS630 | FileCheck %s %check_not

#include <ndis.h>
#include <intsafe.h>
#include <ntintsafe.h>
#include <ntstrsafe.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  ULONG WakeUpFlags;
  ULONG PatternCount;
  UCHAR Masks[8][16];
  UCHAR Patterns[8][128];
} ADAPTER, *PADAPTER;

// OID_PNP_ADD_WAKE_UP_PATTERN: the mask follows the structure, the pattern
// is PatternOffset bytes from the buffer's start. The sizes are checked with
// the safe integer functions of both headers.
NDIS_STATUS AddWakeUpPattern(PADAPTER Adapter, PVOID Buffer, ULONG Length) {
  PNDIS_PM_PACKET_PATTERN pattern = (PNDIS_PM_PACKET_PATTERN)Buffer;
  ULONG maskEnd, patternEnd;
  size_t maskBits;
  if (Length < sizeof(NDIS_PM_PACKET_PATTERN) ||
      FAILED(ULongAdd(sizeof(NDIS_PM_PACKET_PATTERN), pattern->MaskSize,
                      &maskEnd)) ||
      !NT_SUCCESS(RtlULongAdd(pattern->PatternOffset, pattern->PatternSize,
                              &patternEnd)) ||
      maskEnd > Length || patternEnd > Length)
    return NDIS_STATUS_INVALID_LENGTH;
  if (pattern->MaskSize > sizeof(Adapter->Masks[0]) ||
      pattern->PatternSize > sizeof(Adapter->Patterns[0]) ||
      SizeTMult(pattern->MaskSize, 8, &maskBits) != S_OK ||
      maskBits < pattern->PatternSize)
    return NDIS_STATUS_NOT_SUPPORTED;
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'AddWakeUpPattern' [lock-not-released]
  if (Adapter->PatternCount == 8)
    return NDIS_STATUS_RESOURCES;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Adapter->Lock' held
  NdisMoveMemory(Adapter->Masks[Adapter->PatternCount], pattern + 1,
                 pattern->MaskSize);
  NdisMoveMemory(Adapter->Patterns[Adapter->PatternCount],
                 (PUCHAR)Buffer + pattern->PatternOffset,
                 pattern->PatternSize);
  Adapter->PatternCount++;
  NdisReleaseSpinLock(&Adapter->Lock);
  return NDIS_STATUS_SUCCESS;
}

// OID_PNP_ENABLE_WAKE_UP: a ULONG of NDIS_PNP_WAKE_UP_* flags.
NDIS_STATUS EnableWakeUp(PADAPTER Adapter, PVOID Buffer, ULONGLONG Length) {
  ULONG length, flags;
  if (ULongLongToULong(Length, &length) != S_OK || length < sizeof(ULONG))
    return NDIS_STATUS_INVALID_LENGTH;
  flags = *(PULONG)Buffer;
  if (flags & ~(ULONG)(NDIS_PNP_WAKE_UP_MAGIC_PACKET |
                       NDIS_PNP_WAKE_UP_PATTERN_MATCH |
                       NDIS_PNP_WAKE_UP_LINK_CHANGE))
    return NDIS_STATUS_NOT_SUPPORTED;
  Adapter->WakeUpFlags = flags;
  return NDIS_STATUS_SUCCESS;
}

// The documented values: six ULONGs, and an overflow is a failure HRESULT.
_Static_assert(sizeof(NDIS_PM_PACKET_PATTERN) == 6 * sizeof(ULONG),
               "NDIS_PM_PACKET_PATTERN layout");
_Static_assert(FAILED(INTSAFE_E_ARITHMETIC_OVERFLOW) && SUCCEEDED(S_OK),
               "HRESULT tests");

// A debug-print helper: va_start and va_end come with ntstrsafe.h.
VOID TracePrint(PADAPTER Adapter, PCSTR Format, ...) {
  va_list args;
  CHAR buffer[128];
  va_start(args, Format);
  NdisAcquireSpinLock(&Adapter->Lock);
  if (NT_SUCCESS(RtlStringCbVPrintfA(buffer, sizeof(buffer), Format, args)))
    // CHECK: :[[@LINE-1]]:7: warning: RtlStringCbVPrintfA requires IRQL <= PASSIVE_LEVEL {{.*}}[irql-too-high]
    DbgPrint("%s", buffer);
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK: :[[@LINE-1]]:3: warning:{{.*}}[lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-6]]:3: note: 'Adapter->Lock' acquired here
  NdisReleaseSpinLock(&Adapter->Lock);
  va_end(args);
}
