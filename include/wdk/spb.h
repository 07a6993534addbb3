/* irqlint's model of spb.h: what a peripheral driver sends to a simple
 * peripheral bus (I2C, SPI) controller -- the IOCTL_SPB_* controls and the
 * transfer lists of an IOCTL_SPB_EXECUTE_SEQUENCE, with their inline
 * initializers. Written from the documentation -- not Microsoft's header.
 * The function numbers of the controls are this model's own; the analysis
 * never reads them. */
#ifndef IRQLINT_WDK_SPB_H
#define IRQLINT_WDK_SPB_H

#ifndef FILE_DEVICE_SPB
#define FILE_DEVICE_SPB 0x00008001
#endif

#define SPB_CTL_(id)                                                           \
  CTL_CODE(FILE_DEVICE_SPB, (id), METHOD_NEITHER, FILE_ANY_ACCESS)
typedef enum SpbIoctl {
  IOCTL_SPB_LOCK_CONTROLLER = SPB_CTL_(0x100),
  IOCTL_SPB_UNLOCK_CONTROLLER = SPB_CTL_(0x101),
  IOCTL_SPB_EXECUTE_SEQUENCE = SPB_CTL_(0x102),
  IOCTL_SPB_LOCK_CONNECTION = SPB_CTL_(0x103),
  IOCTL_SPB_UNLOCK_CONNECTION = SPB_CTL_(0x104),
  IOCTL_SPB_FULL_DUPLEX = SPB_CTL_(0x105),
  IOCTL_SPB_MULTI_SPI_TRANSFER = SPB_CTL_(0x106)
} SpbIoctl;

typedef enum SPB_TRANSFER_DIRECTION {
  SpbTransferDirectionNone,
  SpbTransferDirectionFromDevice,
  SpbTransferDirectionToDevice,
  SpbTransferDirectionMax
} SPB_TRANSFER_DIRECTION;

typedef enum SPB_TRANSFER_BUFFER_FORMAT {
  SpbTransferBufferFormatInvalid,
  SpbTransferBufferFormatSimple,
  SpbTransferBufferFormatList,
  SpbTransferBufferFormatSimpleNonPaged,
  SpbTransferBufferFormatMdl,
  SpbTransferBufferFormatMax
} SPB_TRANSFER_BUFFER_FORMAT;

typedef struct SPB_TRANSFER_BUFFER_LIST_ENTRY {
  PVOID Buffer;
  ULONG BufferCb;
} SPB_TRANSFER_BUFFER_LIST_ENTRY, *PSPB_TRANSFER_BUFFER_LIST_ENTRY;

typedef struct SPB_TRANSFER_BUFFER {
  SPB_TRANSFER_BUFFER_FORMAT Format;
  union {
    SPB_TRANSFER_BUFFER_LIST_ENTRY Simple;
    struct {
      SPB_TRANSFER_BUFFER_LIST_ENTRY *List;
      ULONG ListCe;
    } BufferList;
    PMDL Mdl;
  };
} SPB_TRANSFER_BUFFER, *PSPB_TRANSFER_BUFFER;

typedef struct SPB_TRANSFER_LIST_ENTRY {
  SPB_TRANSFER_DIRECTION Direction;
  ULONG DelayInUs;
  SPB_TRANSFER_BUFFER Buffer;
} SPB_TRANSFER_LIST_ENTRY, *PSPB_TRANSFER_LIST_ENTRY;

typedef struct SPB_TRANSFER_LIST {
  ULONG Size;
  ULONG Reserved;
  ULONG TransferCount;
  SPB_TRANSFER_LIST_ENTRY Transfers[ANYSIZE_ARRAY];
} SPB_TRANSFER_LIST, *PSPB_TRANSFER_LIST;

/* a transfer list with room for _count_ entries, for a local variable */
#define SPB_TRANSFER_LIST_AND_ENTRIES(count)                                   \
  struct {                                                                     \
    SPB_TRANSFER_LIST List;                                                    \
    SPB_TRANSFER_LIST_ENTRY ExtraTransfers[(count) - 1];                       \
  }

FORCEINLINE VOID SPB_TRANSFER_LIST_INIT(_Out_ SPB_TRANSFER_LIST *TransferList,
                                        _In_ ULONG TransferCount) {
  ULONG bytes = (ULONG)(sizeof(SPB_TRANSFER_LIST) +
                        sizeof(SPB_TRANSFER_LIST_ENTRY) * (TransferCount - 1));
  RtlZeroMemory(TransferList, bytes);
  TransferList->Size = sizeof(SPB_TRANSFER_LIST);
  TransferList->TransferCount = TransferCount;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(
    _In_ SPB_TRANSFER_DIRECTION Direction, _In_ ULONG DelayInUs,
    _In_ PVOID Buffer, _In_ ULONG BufferCb) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatSimple;
  entry.Buffer.Simple.Buffer = Buffer;
  entry.Buffer.Simple.BufferCb = BufferCb;
  return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_NON_PAGED(
    _In_ SPB_TRANSFER_DIRECTION Direction, _In_ ULONG DelayInUs,
    _In_ PVOID Buffer, _In_ ULONG BufferCb) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatSimpleNonPaged;
  entry.Buffer.Simple.Buffer = Buffer;
  entry.Buffer.Simple.BufferCb = BufferCb;
  return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY
SPB_TRANSFER_LIST_ENTRY_INIT_MDL(_In_ SPB_TRANSFER_DIRECTION Direction,
                                 _In_ ULONG DelayInUs, _In_ PMDL Mdl) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatMdl;
  entry.Buffer.Mdl = Mdl;
  return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_BUFFER_LIST(
    _In_ SPB_TRANSFER_DIRECTION Direction, _In_ ULONG DelayInUs,
    _In_ SPB_TRANSFER_BUFFER_LIST_ENTRY *BufferList, _In_ ULONG BufferListCe) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatList;
  entry.Buffer.BufferList.List = BufferList;
  entry.Buffer.BufferList.ListCe = BufferListCe;
  return entry;
}

#endif
