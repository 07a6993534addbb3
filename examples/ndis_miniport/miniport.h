/* The bundled example driver: a small NDIS 6 miniport shaped like a real
 * one (adapter with spin locks, send and receive paths, a DPC, an ISR, an
 * initialize/halt pair). It is mostly correct code; the deliberate bugs are
 * marked BUG(<rule-id>) where they are, and listed in README.md. */
#ifndef EXAMPLE_MINIPORT_H
#define EXAMPLE_MINIPORT_H

#include <ndis.h>

#define EXAMPLE_TAG 'pmxE'
#define MAX_SENDS 64

typedef struct _SEND_ENTRY {
  LIST_ENTRY Link;
  PNET_BUFFER_LIST Nbl;
} SEND_ENTRY, *PSEND_ENTRY;

typedef struct _ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE InterruptHandle;
  NDIS_SPIN_LOCK SendLock; /* protects SendQueue, SendsPending */
  NDIS_SPIN_LOCK RecvLock; /* protects RecvQueue */
  KSPIN_LOCK StatsLock;    /* protects the counters */
  KSPIN_LOCK RingLock;     /* in-stack queued: the receive ring */
  LIST_ENTRY SendQueue;
  LIST_ENTRY RecvQueue;
  ULONG SendsPending;
  ULONG RxPackets;
  ULONG TxErrors;
  ULONG InterruptStatus;
  BOOLEAN Resetting;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE MpInitializeEx;
MINIPORT_HALT MpHaltEx;
MINIPORT_SEND_NET_BUFFER_LISTS MpSendNetBufferLists;
MINIPORT_RETURN_NET_BUFFER_LISTS MpReturnNetBufferLists;
MINIPORT_ISR MpInterrupt;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

VOID RecvIndicate(PADAPTER Adapter);
VOID HwTransmit(PADAPTER Adapter, PNET_BUFFER_LIST Nbl);
ULONG HwReadInterruptStatus(PADAPTER Adapter);
NDIS_STATUS HwReset(PADAPTER Adapter);

#endif
