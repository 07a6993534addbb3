// The bundled headers of the PRM, smart-card and ELAM samples: prminterface.h
// (PRM_INTERFACE, ExGetPrmInterface), smclib.h / winsmcrd.h (the smart card
// library's SMARTCARD_EXTENSION and routines) and ntddk.h's boot-driver
// callbacks. A missing or misdeclared name is a clang error, which fails the
// test. ExGetPrmInterface's IRQL (PASSIVE_LEVEL) is read: calling it under a
// spin lock is a finding.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>
#include <prminterface.h>
#include <smclib.h>

typedef struct _READER_EXTENSION {
  KSPIN_LOCK Lock;
  ULONG Inserted;
} READER_EXTENSION, *PREADER_EXTENSION;

static NTSTATUS ReaderPower(PSMARTCARD_EXTENSION Card) {
  if (Card->MinorIoControlCode == SCARD_POWER_DOWN) {
    Card->ReaderCapabilities.CurrentState = SCARD_PRESENT;
    return STATUS_SUCCESS;
  }
  Card->CardCapabilities.ATR.Length = 2;
  Card->CardCapabilities.ATR.Buffer[0] = 0x3B;
  Card->ReaderCapabilities.CurrentState = SCARD_NEGOTIABLE;
  return SmartcardUpdateCardCapabilities(Card);
}

static NTSTATUS ReaderTransmit(PSMARTCARD_EXTENSION Card) {
  if (Card->CardCapabilities.Protocol.Selected == SCARD_PROTOCOL_T1)
    return SmartcardT1Request(Card);
  return SmartcardT0Request(Card);
}

NTSTATUS ReaderSetup(PSMARTCARD_EXTENSION Card, PREADER_EXTENSION Reader) {
  Card->Version = SMCLIB_VERSION;
  Card->ReaderFunction[RDF_CARD_POWER] = ReaderPower;
  Card->ReaderFunction[RDF_TRANSMIT] = ReaderTransmit;
  Card->ReaderCapabilities.SupportedProtocols =
      SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1;
  Card->ReaderCapabilities.ReaderType = SCARD_READER_TYPE_USB;
  Card->ReaderExtension = Reader;
  KeInitializeSpinLock(&Reader->Lock);
  return SmartcardInitialize(Card);
}

// Looks a PRM handler up while holding the reader's lock.
NTSTATUS ReaderFindHandler(PREADER_EXTENSION Reader, LPGUID Handler,
                           PBOOLEAN Found) {
  PRM_INTERFACE prm;
  NTSTATUS status;
  KIRQL oldIrql;
  KeAcquireSpinLock(&Reader->Lock, &oldIrql);
  status = ExGetPrmInterface(1, &prm);
  KeReleaseSpinLock(&Reader->Lock, oldIrql);
  // CHECK: :[[@LINE-2]]:12: warning: {{.*}}ExGetPrmInterface{{.*}} [irql-too-high]
  if (!NT_SUCCESS(status))
    return status;
  return prm.QueryHandler(Handler, Found);
}

BOOT_DRIVER_CALLBACK_FUNCTION ReaderBootCallback;
VOID ReaderBootCallback(PVOID Context, BDCB_CALLBACK_TYPE Type,
                        PBDCB_IMAGE_INFORMATION Image) {
  UNREFERENCED_PARAMETER(Context);
  if (Type == BdCbInitializeImage &&
      (Image->ImageFlags & BDCB_IMAGEFLAGS_FAILED_CODE_INTEGRITY))
    Image->Classification = BdCbClassificationKnownBadImage;
}
