/* irqlint's model of evntprov.h: the event descriptors of the ETW provider
 * API (EVENT_DESCRIPTOR, EVENT_DATA_DESCRIPTOR, EVENT_FILTER_DESCRIPTOR) and
 * the inline routines that fill them in, written from the documentation --
 * not Microsoft's header. The kernel-mode routines that take them
 * (EtwRegister, EtwWrite, ...) are wdm.h's. */
#ifndef IRQLINT_WDK_EVNTPROV_H
#define IRQLINT_WDK_EVNTPROV_H

#include "wdm.h"

/* What identifies an event of a manifest-based provider. */
typedef struct _EVENT_DESCRIPTOR {
  USHORT Id;
  UCHAR Version;
  UCHAR Channel;
  UCHAR Level;
  UCHAR Opcode;
  USHORT Task;
  ULONGLONG Keyword;
} EVENT_DESCRIPTOR, *PEVENT_DESCRIPTOR;
typedef const EVENT_DESCRIPTOR *PCEVENT_DESCRIPTOR;

/* One block of an event's payload. */
typedef struct _EVENT_DATA_DESCRIPTOR {
  ULONGLONG Ptr;
  ULONG Size;
  union {
    ULONG Reserved;
    struct {
      UCHAR Type;
      UCHAR Reserved1;
      USHORT Reserved2;
    };
  };
} EVENT_DATA_DESCRIPTOR, *PEVENT_DATA_DESCRIPTOR;

/* Filter data a session passes to a provider's enable callback. */
typedef struct _EVENT_FILTER_DESCRIPTOR {
  ULONGLONG Ptr;
  ULONG Size;
  ULONG Type;
} EVENT_FILTER_DESCRIPTOR, *PEVENT_FILTER_DESCRIPTOR;

FORCEINLINE VOID EventDescCreate(_Out_ PEVENT_DESCRIPTOR EventDescriptor,
                                 _In_ USHORT Id, _In_ UCHAR Version,
                                 _In_ UCHAR Channel, _In_ UCHAR Level,
                                 _In_ USHORT Task, _In_ UCHAR Opcode,
                                 _In_ ULONGLONG Keyword) {
  EventDescriptor->Id = Id;
  EventDescriptor->Version = Version;
  EventDescriptor->Channel = Channel;
  EventDescriptor->Level = Level;
  EventDescriptor->Task = Task;
  EventDescriptor->Opcode = Opcode;
  EventDescriptor->Keyword = Keyword;
}

FORCEINLINE VOID EventDataDescCreate(_Out_ PEVENT_DATA_DESCRIPTOR Descriptor,
                                     _In_ const VOID *DataPtr,
                                     _In_ ULONG DataSize) {
  Descriptor->Ptr = (ULONGLONG)(ULONG_PTR)DataPtr;
  Descriptor->Size = DataSize;
  Descriptor->Reserved = 0;
}

#endif /* IRQLINT_WDK_EVNTPROV_H */
