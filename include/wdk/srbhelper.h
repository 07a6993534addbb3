/* irqlint's model of srbhelper.h: the inline helpers that read and write a
 * request block whichever form it has -- a classic SCSI_REQUEST_BLOCK or an
 * extended STORAGE_REQUEST_BLOCK (Function == SRB_FUNCTION_STORAGE_REQUEST_
 * BLOCK), whose SCSI fields live in an SRBEX_DATA_SCSI_CDB16/32/VAR item.
 * Written in our own words from the documentation of what each helper
 * returns (learn.microsoft.com "srbhelper.h") -- not Microsoft's code. The
 * helpers take the SRB as a PVOID as the documented ones do. */
#ifndef IRQLINT_WDK_SRBHELPER_H
#define IRQLINT_WDK_SRBHELPER_H

#include "scsi.h"
#include "srb.h"

#ifndef SRBHELPER_ASSERT
#define SRBHELPER_ASSERT(e) ((void)0)
#endif

#define IRQLINT_SRB_IS_EX(Srb)                                                 \
  (((PSCSI_REQUEST_BLOCK)(Srb))->Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK)

/* The extended data item at Index, or NULL past the last one. */
FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByIndex(_In_ PSTORAGE_REQUEST_BLOCK Srb,
                                               _In_ ULONG SrbExDataIndex) {
  if (SrbExDataIndex >= Srb->NumSrbExData ||
      Srb->SrbExDataOffset[SrbExDataIndex] < sizeof(STORAGE_REQUEST_BLOCK) ||
      Srb->SrbExDataOffset[SrbExDataIndex] >= Srb->SrbLength)
    return NULL;
  return (PSRBEX_DATA)((PUCHAR)Srb + Srb->SrbExDataOffset[SrbExDataIndex]);
}

/* The first extended data item of the given type, or NULL. */
FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByType(_In_ PSTORAGE_REQUEST_BLOCK Srb,
                                              _In_ SRBEXDATATYPE Type) {
  ULONG i;
  for (i = 0; i < Srb->NumSrbExData; i++) {
    PSRBEX_DATA data = SrbGetSrbExDataByIndex(Srb, i);
    if (data != NULL && data->Type == Type)
      return data;
  }
  return NULL;
}

/* The item that carries the request's own parameters: the CDB item of an
 * EXECUTE_SCSI request, the WMI, power or PnP item of those functions. */
FORCEINLINE PSRBEX_DATA
SrbGetPrimarySrbExData(_In_ PSTORAGE_REQUEST_BLOCK Srb) {
  ULONG i;
  for (i = 0; i < Srb->NumSrbExData; i++) {
    PSRBEX_DATA data = SrbGetSrbExDataByIndex(Srb, i);
    if (data == NULL)
      continue;
    switch (Srb->SrbFunction) {
    case SRB_FUNCTION_EXECUTE_SCSI:
      if (data->Type == SrbExDataTypeScsiCdb16 ||
          data->Type == SrbExDataTypeScsiCdb32 ||
          data->Type == SrbExDataTypeScsiCdbVar)
        return data;
      break;
    case SRB_FUNCTION_WMI:
      if (data->Type == SrbExDataTypeWmi)
        return data;
      break;
    case SRB_FUNCTION_POWER:
      if (data->Type == SrbExDataTypePower)
        return data;
      break;
    case SRB_FUNCTION_PNP:
      if (data->Type == SrbExDataTypePnP)
        return data;
      break;
    default:
      break;
    }
  }
  return NULL;
}

FORCEINLINE PSTOR_ADDRESS SrbGetAddress(_In_ PSTORAGE_REQUEST_BLOCK Srb) {
  if (Srb->AddressOffset == 0)
    return NULL;
  return (PSTOR_ADDRESS)((PUCHAR)Srb + Srb->AddressOffset);
}

/* ---- The SCSI fields (CDB, status, sense buffer) ---- */

/* Reads any of the SCSI fields of the SRB; pointers may be NULL. Returns the
 * CDB, as SrbGetCdb does (storahci assigns the result to a PCDB). */
FORCEINLINE PCDB SrbGetScsiData(_In_ PVOID Srb, _Out_opt_ PUCHAR CdbLength8,
                                _Out_opt_ PULONG CdbLength32,
                                _Out_opt_ PUCHAR ScsiStatus,
                                _Out_opt_ PVOID *SenseInfoBuffer,
                                _Out_opt_ PUCHAR SenseInfoBufferLength) {
  PCDB cdb = NULL;
  if (IRQLINT_SRB_IS_EX(Srb)) {
    PSRBEX_DATA data = SrbGetPrimarySrbExData((PSTORAGE_REQUEST_BLOCK)Srb);
    if (data != NULL && data->Type == SrbExDataTypeScsiCdb16) {
      PSRBEX_DATA_SCSI_CDB16 c = (PSRBEX_DATA_SCSI_CDB16)data;
      cdb = (PCDB)c->Cdb;
      if (CdbLength8)
        *CdbLength8 = c->CdbLength;
      if (CdbLength32)
        *CdbLength32 = c->CdbLength;
      if (ScsiStatus)
        *ScsiStatus = c->ScsiStatus;
      if (SenseInfoBuffer)
        *SenseInfoBuffer = c->SenseInfoBuffer;
      if (SenseInfoBufferLength)
        *SenseInfoBufferLength = c->SenseInfoBufferLength;
    } else if (data != NULL && data->Type == SrbExDataTypeScsiCdb32) {
      PSRBEX_DATA_SCSI_CDB32 c = (PSRBEX_DATA_SCSI_CDB32)data;
      cdb = (PCDB)c->Cdb;
      if (CdbLength8)
        *CdbLength8 = c->CdbLength;
      if (CdbLength32)
        *CdbLength32 = c->CdbLength;
      if (ScsiStatus)
        *ScsiStatus = c->ScsiStatus;
      if (SenseInfoBuffer)
        *SenseInfoBuffer = c->SenseInfoBuffer;
      if (SenseInfoBufferLength)
        *SenseInfoBufferLength = c->SenseInfoBufferLength;
    } else if (data != NULL && data->Type == SrbExDataTypeScsiCdbVar) {
      PSRBEX_DATA_SCSI_CDB_VAR c = (PSRBEX_DATA_SCSI_CDB_VAR)data;
      cdb = (PCDB)c->Cdb;
      if (CdbLength8)
        *CdbLength8 = (UCHAR)c->CdbLength;
      if (CdbLength32)
        *CdbLength32 = c->CdbLength;
      if (ScsiStatus)
        *ScsiStatus = c->ScsiStatus;
      if (SenseInfoBuffer)
        *SenseInfoBuffer = c->SenseInfoBuffer;
      if (SenseInfoBufferLength)
        *SenseInfoBufferLength = c->SenseInfoBufferLength;
    }
  } else {
    PSCSI_REQUEST_BLOCK s = (PSCSI_REQUEST_BLOCK)Srb;
    cdb = (PCDB)s->Cdb;
    if (CdbLength8)
      *CdbLength8 = s->CdbLength;
    if (CdbLength32)
      *CdbLength32 = s->CdbLength;
    if (ScsiStatus)
      *ScsiStatus = s->ScsiStatus;
    if (SenseInfoBuffer)
      *SenseInfoBuffer = s->SenseInfoBuffer;
    if (SenseInfoBufferLength)
      *SenseInfoBufferLength = s->SenseInfoBufferLength;
  }
  return cdb;
}

/* Writes the SCSI fields whose pointers are not NULL. */
FORCEINLINE VOID SrbSetScsiData(_In_ PVOID Srb, _In_opt_ PUCHAR CdbLength8,
                                _In_opt_ PULONG CdbLength32,
                                _In_opt_ PUCHAR ScsiStatus,
                                _In_opt_ PVOID *SenseInfoBuffer,
                                _In_opt_ PUCHAR SenseInfoBufferLength) {
  if (IRQLINT_SRB_IS_EX(Srb)) {
    PSRBEX_DATA data = SrbGetPrimarySrbExData((PSTORAGE_REQUEST_BLOCK)Srb);
    if (data != NULL && data->Type == SrbExDataTypeScsiCdb16) {
      PSRBEX_DATA_SCSI_CDB16 c = (PSRBEX_DATA_SCSI_CDB16)data;
      if (CdbLength8)
        c->CdbLength = *CdbLength8;
      if (ScsiStatus)
        c->ScsiStatus = *ScsiStatus;
      if (SenseInfoBuffer)
        c->SenseInfoBuffer = *SenseInfoBuffer;
      if (SenseInfoBufferLength)
        c->SenseInfoBufferLength = *SenseInfoBufferLength;
    } else if (data != NULL && data->Type == SrbExDataTypeScsiCdb32) {
      PSRBEX_DATA_SCSI_CDB32 c = (PSRBEX_DATA_SCSI_CDB32)data;
      if (CdbLength8)
        c->CdbLength = *CdbLength8;
      if (ScsiStatus)
        c->ScsiStatus = *ScsiStatus;
      if (SenseInfoBuffer)
        c->SenseInfoBuffer = *SenseInfoBuffer;
      if (SenseInfoBufferLength)
        c->SenseInfoBufferLength = *SenseInfoBufferLength;
    } else if (data != NULL && data->Type == SrbExDataTypeScsiCdbVar) {
      PSRBEX_DATA_SCSI_CDB_VAR c = (PSRBEX_DATA_SCSI_CDB_VAR)data;
      if (CdbLength32)
        c->CdbLength = *CdbLength32;
      if (ScsiStatus)
        c->ScsiStatus = *ScsiStatus;
      if (SenseInfoBuffer)
        c->SenseInfoBuffer = *SenseInfoBuffer;
      if (SenseInfoBufferLength)
        c->SenseInfoBufferLength = *SenseInfoBufferLength;
    }
  } else {
    PSCSI_REQUEST_BLOCK s = (PSCSI_REQUEST_BLOCK)Srb;
    if (CdbLength8)
      s->CdbLength = *CdbLength8;
    if (ScsiStatus)
      s->ScsiStatus = *ScsiStatus;
    if (SenseInfoBuffer)
      s->SenseInfoBuffer = *SenseInfoBuffer;
    if (SenseInfoBufferLength)
      s->SenseInfoBufferLength = *SenseInfoBufferLength;
  }
}

/* The CDB of the request, or NULL if it has none. */
FORCEINLINE PCDB SrbGetCdb(_In_ PVOID Srb) {
  if (IRQLINT_SRB_IS_EX(Srb)) {
    PSRBEX_DATA data = SrbGetPrimarySrbExData((PSTORAGE_REQUEST_BLOCK)Srb);
    if (data == NULL)
      return NULL;
    if (data->Type == SrbExDataTypeScsiCdb16)
      return (PCDB)((PSRBEX_DATA_SCSI_CDB16)data)->Cdb;
    if (data->Type == SrbExDataTypeScsiCdb32)
      return (PCDB)((PSRBEX_DATA_SCSI_CDB32)data)->Cdb;
    if (data->Type == SrbExDataTypeScsiCdbVar)
      return (PCDB)((PSRBEX_DATA_SCSI_CDB_VAR)data)->Cdb;
    return NULL;
  }
  return (PCDB)((PSCSI_REQUEST_BLOCK)Srb)->Cdb;
}

FORCEINLINE UCHAR SrbGetCdbLength(_In_ PVOID Srb) {
  UCHAR length = 0;
  SrbGetScsiData(Srb, &length, NULL, NULL, NULL, NULL);
  return length;
}

FORCEINLINE VOID SrbSetCdbLength(_In_ PVOID Srb, _In_ UCHAR CdbLength) {
  ULONG length32 = CdbLength;
  SrbSetScsiData(Srb, &CdbLength, &length32, NULL, NULL, NULL);
}

FORCEINLINE UCHAR SrbGetScsiStatus(_In_ PVOID Srb) {
  UCHAR status = 0;
  SrbGetScsiData(Srb, NULL, NULL, &status, NULL, NULL);
  return status;
}

FORCEINLINE VOID SrbSetScsiStatus(_In_ PVOID Srb, _In_ UCHAR ScsiStatus) {
  SrbSetScsiData(Srb, NULL, NULL, &ScsiStatus, NULL, NULL);
}

FORCEINLINE PVOID SrbGetSenseInfoBuffer(_In_ PVOID Srb) {
  PVOID buffer = NULL;
  SrbGetScsiData(Srb, NULL, NULL, NULL, &buffer, NULL);
  return buffer;
}

FORCEINLINE VOID SrbSetSenseInfoBuffer(_In_ PVOID Srb,
                                       _In_opt_ PVOID SenseInfoBuffer) {
  SrbSetScsiData(Srb, NULL, NULL, NULL, &SenseInfoBuffer, NULL);
}

FORCEINLINE UCHAR SrbGetSenseInfoBufferLength(_In_ PVOID Srb) {
  UCHAR length = 0;
  SrbGetScsiData(Srb, NULL, NULL, NULL, NULL, &length);
  return length;
}

FORCEINLINE VOID SrbSetSenseInfoBufferLength(_In_ PVOID Srb,
                                             _In_ UCHAR SenseInfoBufferLength) {
  SrbSetScsiData(Srb, NULL, NULL, NULL, NULL, &SenseInfoBufferLength);
}

/* ---- Fields both forms have, at different places ---- */
#define IRQLINT_SRB_FIELD(Srb, Field)                                          \
  (IRQLINT_SRB_IS_EX(Srb) ? ((PSTORAGE_REQUEST_BLOCK)(Srb))->Field             \
                          : ((PSCSI_REQUEST_BLOCK)(Srb))->Field)

FORCEINLINE ULONG SrbGetSrbLength(_In_ PVOID Srb) {
  return IRQLINT_SRB_IS_EX(Srb) ? ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength
                                : ((PSCSI_REQUEST_BLOCK)Srb)->Length;
}

FORCEINLINE ULONG SrbGetSrbFunction(_In_ PVOID Srb) {
  return IRQLINT_SRB_IS_EX(Srb) ? ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFunction
                                : ((PSCSI_REQUEST_BLOCK)Srb)->Function;
}

FORCEINLINE UCHAR SrbGetSrbStatus(_In_ PVOID Srb) {
  return ((PSCSI_REQUEST_BLOCK)Srb)->SrbStatus;
}

FORCEINLINE VOID SrbSetSrbStatus(_In_ PVOID Srb, _In_ UCHAR Status) {
  ((PSCSI_REQUEST_BLOCK)Srb)->SrbStatus = Status;
}

FORCEINLINE ULONG SrbGetSrbFlags(_In_ PVOID Srb) {
  return IRQLINT_SRB_FIELD(Srb, SrbFlags);
}

FORCEINLINE VOID SrbAssignSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
}

/* ORs the flags in. */
FORCEINLINE VOID SrbSetSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags) {
  SrbAssignSrbFlags(Srb, SrbGetSrbFlags(Srb) | Flags);
}

FORCEINLINE VOID SrbClearSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags) {
  SrbAssignSrbFlags(Srb, SrbGetSrbFlags(Srb) & ~Flags);
}

FORCEINLINE ULONG SrbGetDataTransferLength(_In_ PVOID Srb) {
  return IRQLINT_SRB_FIELD(Srb, DataTransferLength);
}

FORCEINLINE VOID SrbSetDataTransferLength(_In_ PVOID Srb,
                                          _In_ ULONG DataTransferLength) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
}

FORCEINLINE PVOID SrbGetDataBuffer(_In_ PVOID Srb) {
  return IRQLINT_SRB_FIELD(Srb, DataBuffer);
}

FORCEINLINE VOID SrbSetDataBuffer(_In_ PVOID Srb, _In_opt_ PVOID DataBuffer) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
}

FORCEINLINE ULONG SrbGetTimeOutValue(_In_ PVOID Srb) {
  return IRQLINT_SRB_FIELD(Srb, TimeOutValue);
}

FORCEINLINE VOID SrbSetTimeOutValue(_In_ PVOID Srb, _In_ ULONG TimeOutValue) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
}

FORCEINLINE PVOID SrbGetOriginalRequest(_In_ PVOID Srb) {
  return IRQLINT_SRB_FIELD(Srb, OriginalRequest);
}

FORCEINLINE VOID SrbSetOriginalRequest(_In_ PVOID Srb,
                                       _In_opt_ PVOID OriginalRequest) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
}

FORCEINLINE PVOID SrbGetNextSrb(_In_ PVOID Srb) {
  return IRQLINT_SRB_IS_EX(Srb) ? (PVOID)((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb
                                : (PVOID)((PSCSI_REQUEST_BLOCK)Srb)->NextSrb;
}

FORCEINLINE VOID SrbSetNextSrb(_In_ PVOID Srb, _In_opt_ PVOID NextSrb) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb = (PSTORAGE_REQUEST_BLOCK)NextSrb;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb = (PSCSI_REQUEST_BLOCK)NextSrb;
}

/* The miniport's per-request context: SrbExtension of a classic SRB. */
FORCEINLINE PVOID SrbGetMiniportContext(_In_ PVOID Srb) {
  return IRQLINT_SRB_IS_EX(Srb) ? ((PSTORAGE_REQUEST_BLOCK)Srb)->MiniportContext
                                : ((PSCSI_REQUEST_BLOCK)Srb)->SrbExtension;
}

FORCEINLINE ULONG SrbGetSystemStatus(_In_ PVOID Srb) {
  return IRQLINT_SRB_IS_EX(Srb) ? ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus
                                : ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus;
}

FORCEINLINE VOID SrbSetSystemStatus(_In_ PVOID Srb, _In_ ULONG Status) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus = Status;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus = Status;
}

/* Queue tag and action: RequestTag / RequestAttribute of an extended SRB. */
FORCEINLINE ULONG SrbGetQueueTag(_In_ PVOID Srb) {
  return IRQLINT_SRB_IS_EX(Srb) ? ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag
                                : ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag;
}

FORCEINLINE VOID SrbSetQueueTag(_In_ PVOID Srb, _In_ ULONG QueueTag) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag = QueueTag;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag = (UCHAR)QueueTag;
}
#define SrbGetRequestTag SrbGetQueueTag
#define SrbSetRequestTag SrbSetQueueTag

FORCEINLINE UCHAR SrbGetQueueAction(_In_ PVOID Srb) {
  return IRQLINT_SRB_IS_EX(Srb)
             ? (UCHAR)((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute
             : ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction;
}

FORCEINLINE VOID SrbSetQueueAction(_In_ PVOID Srb, _In_ UCHAR QueueAction) {
  if (IRQLINT_SRB_IS_EX(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute = QueueAction;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction = QueueAction;
}
#define SrbGetRequestAttribute SrbGetQueueAction
#define SrbSetRequestAttribute SrbSetQueueAction

FORCEINLINE ULONG SrbGetQueueSortKey(_In_ PVOID Srb) {
  if (IRQLINT_SRB_IS_EX(Srb)) {
    PSRBEX_DATA_IO_INFO info = (PSRBEX_DATA_IO_INFO)SrbGetSrbExDataByType(
        (PSTORAGE_REQUEST_BLOCK)Srb, SrbExDataTypeIoInfo);
    return info != NULL ? info->Key : 0;
  }
  return ((PSCSI_REQUEST_BLOCK)Srb)->QueueSortKey;
}

FORCEINLINE VOID SrbSetQueueSortKey(_In_ PVOID Srb, _In_ ULONG QueueSortKey) {
  if (!IRQLINT_SRB_IS_EX(Srb))
    ((PSCSI_REQUEST_BLOCK)Srb)->QueueSortKey = QueueSortKey;
}

/* ---- The address (path, target, LUN) ---- */
FORCEINLINE VOID SrbGetPathTargetLun(_In_ PVOID Srb, _Out_opt_ PUCHAR PathId,
                                     _Out_opt_ PUCHAR TargetId,
                                     _Out_opt_ PUCHAR Lun) {
  if (IRQLINT_SRB_IS_EX(Srb)) {
    PSTOR_ADDRESS address = SrbGetAddress((PSTORAGE_REQUEST_BLOCK)Srb);
    if (address != NULL && address->Type == STORAGE_ADDRESS_TYPE_BTL8) {
      PSTOR_ADDR_BTL8 btl = (PSTOR_ADDR_BTL8)address;
      if (PathId)
        *PathId = btl->Path;
      if (TargetId)
        *TargetId = btl->Target;
      if (Lun)
        *Lun = btl->Lun;
    }
  } else {
    PSCSI_REQUEST_BLOCK s = (PSCSI_REQUEST_BLOCK)Srb;
    if (PathId)
      *PathId = s->PathId;
    if (TargetId)
      *TargetId = s->TargetId;
    if (Lun)
      *Lun = s->Lun;
  }
}

FORCEINLINE UCHAR SrbGetPathId(_In_ PVOID Srb) {
  UCHAR id = 0;
  SrbGetPathTargetLun(Srb, &id, NULL, NULL);
  return id;
}

FORCEINLINE UCHAR SrbGetTargetId(_In_ PVOID Srb) {
  UCHAR id = 0;
  SrbGetPathTargetLun(Srb, NULL, &id, NULL);
  return id;
}

FORCEINLINE UCHAR SrbGetLun(_In_ PVOID Srb) {
  UCHAR lun = 0;
  SrbGetPathTargetLun(Srb, NULL, NULL, &lun);
  return lun;
}

/* ---- Whole blocks ---- */
FORCEINLINE VOID SrbZeroSrb(_In_ PVOID Srb) {
  ULONG length = SrbGetSrbLength(Srb);
  if (IRQLINT_SRB_IS_EX(Srb)) {
    UCHAR function = ((PSTORAGE_REQUEST_BLOCK)Srb)->Function;
    USHORT header = ((PSTORAGE_REQUEST_BLOCK)Srb)->Length;
    RtlZeroMemory(Srb, length);
    ((PSTORAGE_REQUEST_BLOCK)Srb)->Function = function;
    ((PSTORAGE_REQUEST_BLOCK)Srb)->Length = header;
    ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength = length;
  } else {
    RtlZeroMemory(Srb, length);
  }
}

/* Copies SourceSrb into Srb if it fits in Length bytes. */
FORCEINLINE NTSTATUS SrbCopySrb(_In_ PVOID Srb, _In_ ULONG Length,
                                _In_ PVOID SourceSrb) {
  ULONG need = SrbGetSrbLength(SourceSrb);
  if (Length < need)
    return STATUS_BUFFER_OVERFLOW;
  RtlCopyMemory(Srb, SourceSrb, need);
  return STATUS_SUCCESS;
}

#endif /* IRQLINT_WDK_SRBHELPER_H */
