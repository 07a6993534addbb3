/* A driver header whose name the sources spell in other cases. */
#pragma once
typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  ULONG Count;
} ADAPTER, *PADAPTER;
