// Structure members and values as their documentation gives them: the NDIS
// hardware-assist attributes start with the header-data split attributes,
// the SCSI operator-request qualifiers are distinct (a switch over them
// compiles), and the operational-change notification names its event
// OperationalEvent. An NDIS lock routine's SAL is still read.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <ndis.h>
#include <scsi.h>

typedef struct _NIC {
  NDIS_SPIN_LOCK Lock;
  NDIS_HD_SPLIT_ATTRIBUTES Split;
  ULONG Events;
} NIC, *PNIC;

VOID FillAssist(PNIC Nic, PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES A) {
  Nic->Split.HDSplitFlags = 0;
  A->HDSplitAttributes = &Nic->Split;
}

ULONG OperatorRequest(UCHAR Qualifier) {
  switch (Qualifier) {
  case SCSI_SENSEQ_STATE_CHANGE_INPUT:
    return 1;
  case SCSI_SENSEQ_MEDIUM_REMOVAL:
    return 2;
  case SCSI_SENSEQ_WRITE_PROTECT_ENABLE:
    return 3;
  case SCSI_SENSEQ_WRITE_PROTECT_DISABLE:
    return 4;
  }
  return 0;
}

VOID CountOperational(PNIC Nic, PNOTIFICATION_OPERATIONAL_STATUS Status) {
  NdisAcquireSpinLock(&Nic->Lock);
  if (Status->OperationalEvent != 0)
    Nic->Events++;
  NdisDprAcquireSpinLock(&Nic->Lock);
  // CHECK: documented_members.c:[[@LINE-1]]:3: warning: {{.*}}[lock-double-acquire]
  NdisReleaseSpinLock(&Nic->Lock);
}
