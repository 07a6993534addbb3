/* irqlint's model of the public NDIS 6 API (ndis.h), written from the
 * documentation -- not Microsoft's header. The pieces live in ndis/ and in
 * ntddndis.h; the NDISxx / NDISxx_MINIPORT defines a driver is built with
 * select the NDIS_SUPPORT_NDISxx feature macros (ndis/version.h). The
 * spin-lock routines are macros over the Ke routines on &(l)->SpinLock, as
 * in the real header, unless IRQLINT_WDK_FUNCTION_SHAPES is defined. */
#ifndef IRQLINT_WDK_NDIS_H
#define IRQLINT_WDK_NDIS_H

#include "ndis/core.h"
#include "ndis/filter.h"
#include "ndis/miniport.h"
#include "ndis/nbl.h"
#include "ndis/protocol.h"
#include "ndis/request.h"
#include "ndis/switch.h"
#include "ndis/version.h"
#include "ntddndis.h"
#include "wdm.h"

/* ---- added for hwdi ---- */
/* The Native 802.11 types: the real ndis.h includes windot11.h. */
#include "windot11.h"
/* The NDIS 5 miniport timer a driver embeds in its context and arms with
 * NdisMSetTimer; NDIS 6 drivers use timer objects instead. */
typedef struct _NDIS_MINIPORT_TIMER {
  KTIMER Timer;
  KDPC Dpc;
  PNDIS_TIMER_FUNCTION MiniportTimerFunction;
  PVOID MiniportTimerContext;
  PVOID Miniport;
  struct _NDIS_MINIPORT_TIMER *NextTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;
VOID NdisMInitializeTimer(PNDIS_MINIPORT_TIMER Timer,
                          NDIS_HANDLE MiniportAdapterHandle,
                          PNDIS_TIMER_FUNCTION TimerFunction,
                          PVOID FunctionContext);
VOID NdisMSetTimer(PNDIS_MINIPORT_TIMER Timer, UINT MillisecondsToDelay);
VOID NdisMSetPeriodicTimer(PNDIS_MINIPORT_TIMER Timer, UINT MillisecondsPeriod);
VOID NdisMCancelTimer(PNDIS_MINIPORT_TIMER Timer, PBOOLEAN TimerCancelled);

/* How many NBLs a miniport may indicate from one receive DPC (NDIS 6.40;
 * MiniportWdiRxThrottle and the WDI RX indication take it). */
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
  ULONG MaxNblsToIndicate;
  ULONG MoreNblsPending : 1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;

#endif
