// NDIS miniport power management, NDIS ports and the legacy 802.11 OID data
// of the bundled ntddndis.h / ndis.h, used as their reference pages show:
// OID_PM_PARAMETERS, wake-on-LAN bitmap patterns, ARP and RSN rekey
// protocol offloads, wake reasons, NdisMAllocatePort / NdisMFreePort, and a
// BSSID list walk. A missing or misdeclared name is a clang error, which
// fails the test; NdisMAllocatePort's PASSIVE_LEVEL requirement is read
// from its declaration.
// RUN: not %irqlint %s -- %wdk_amd64 -DNDIS_MINIPORT_DRIVER -DNDIS630_MINIPORT | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 -DNDIS_MINIPORT_DRIVER -DNDIS630_MINIPORT | FileCheck %s %check_not

#include <ndis.h>

typedef struct _WLAN_ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_SPIN_LOCK Lock;
  NDIS_PM_PARAMETERS Pm;
  ULONG WakeFlags;
  UCHAR ArpHost[4];
  UCHAR Kck[DOT11_RSN_KCK_LENGTH];
  NDIS_PORT_NUMBER ExtraPort;
  NDIS_802_11_SSID Ssid;
} WLAN_ADAPTER, *PWLAN_ADAPTER;

NDIS_STATUS SetPmParameters(PWLAN_ADAPTER Adapter, PVOID Buffer, ULONG Length) {
  PNDIS_PM_PARAMETERS pm = (PNDIS_PM_PARAMETERS)Buffer;
  if (Length < NDIS_SIZEOF_NDIS_PM_PARAMETERS_REVISION_1)
    return NDIS_STATUS_INVALID_LENGTH;
  Adapter->Pm = *pm;
  if (pm->EnabledWoLPacketPatterns & NDIS_PM_WOL_MAGIC_PACKET_ENABLED)
    Adapter->WakeFlags |= NDIS_PM_WOL_MAGIC_PACKET_SUPPORTED;
  if (pm->MediaSpecificWakeUpEvents & NDIS_WLAN_WAKE_ON_NLO_DISCOVERY_ENABLED)
    Adapter->WakeFlags |= NDIS_WLAN_WAKE_ON_NLO_DISCOVERY_SUPPORTED;
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS AddWolPattern(PWLAN_ADAPTER Adapter, PNDIS_PM_WOL_PATTERN Pattern) {
  UNREFERENCED_PARAMETER(Adapter);
  switch (Pattern->WoLPacketType) {
  case NdisPMWoLPacketBitmapPattern:
    if (Pattern->WoLPattern.WoLBitMapPattern.MaskSize * 8 <
        Pattern->WoLPattern.WoLBitMapPattern.PatternSize)
      return NDIS_STATUS_INVALID_DATA;
    return NDIS_STATUS_SUCCESS;
  case NdisPMWoLPacketIPv4TcpSyn:
    return Pattern->WoLPattern.IPv4TcpSynParameters.TCPDestPortNumber != 0
               ? NDIS_STATUS_SUCCESS
               : NDIS_STATUS_INVALID_DATA;
  default:
    return NDIS_STATUS_NOT_SUPPORTED;
  }
}

NDIS_STATUS AddOffload(PWLAN_ADAPTER Adapter, PNDIS_PM_PROTOCOL_OFFLOAD Offload) {
  if (Offload->ProtocolOffloadType == NdisPMProtocolOffloadIdIPv4ARP) {
    NdisMoveMemory(Adapter->ArpHost,
                   Offload->ProtocolOffloadParameters.IPv4ARPParameters
                       .HostIPv4Address,
                   sizeof(Adapter->ArpHost));
    return NDIS_STATUS_SUCCESS;
  }
  if (Offload->ProtocolOffloadType == NdisPMProtocolOffload80211RSNRekey) {
    NdisMoveMemory(Adapter->Kck,
                   Offload->ProtocolOffloadParameters.Dot11RSNRekeyParameters.KCK,
                   sizeof(Adapter->Kck));
    return NDIS_STATUS_SUCCESS;
  }
  return NDIS_STATUS_NOT_SUPPORTED;
}

void FillWakeReason(PNDIS_PM_WAKE_REASON Reason) {
  NdisZeroMemory(Reason, sizeof(*Reason));
  Reason->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Reason->Header.Revision = NDIS_PM_WAKE_REASON_REVISION_1;
  Reason->Header.Size = NDIS_SIZEOF_PM_WAKE_REASON_REVISION_1;
  Reason->WakeReason = NdisWakeReasonWlanAPAssociationLost;
}

// The legacy scan result list: entries are Length bytes apart.
ULONG CountOpenNetworks(PNDIS_802_11_BSSID_LIST_EX List) {
  PNDIS_WLAN_BSSID_EX entry = List->Bssid;
  ULONG open = 0;
  for (ULONG i = 0; i < List->NumberOfItems; i++) {
    if (entry->Privacy == 0 &&
        entry->InfrastructureMode == Ndis802_11Infrastructure &&
        entry->Ssid.SsidLength <= NDIS_802_11_LENGTH_SSID)
      open++;
    entry = (PNDIS_WLAN_BSSID_EX)((PUCHAR)entry + entry->Length);
  }
  return open;
}

NDIS_STATUS AddPort(PWLAN_ADAPTER Adapter) {
  NDIS_PORT_CHARACTERISTICS port;
  NDIS_STATUS status;
  NdisZeroMemory(&port, sizeof(port));
  port.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  port.Header.Revision = NDIS_PORT_CHARACTERISTICS_REVISION_1;
  port.Header.Size = NDIS_SIZEOF_PORT_CHARACTERISTICS_REVISION_1;
  port.Type = NdisPortTypeUndefined;
  port.Flags = NDIS_PORT_CHAR_USE_DEFAULT_AUTH_SETTINGS;
  port.MediaConnectState = MediaConnectStateUnknown;
  status = NdisMAllocatePort(Adapter->Handle, &port);
  if (status == NDIS_STATUS_SUCCESS)
    Adapter->ExtraPort = port.PortNumber;
  return status;
}

// Misuse: the port is freed under the adapter's spin lock.
void RemovePort(PWLAN_ADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisMFreePort(Adapter->Handle, Adapter->ExtraPort);
  // CHECK: :[[@LINE-1]]:3: warning: NdisMFreePort requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  Adapter->ExtraPort = NDIS_DEFAULT_PORT_NUMBER;
  NdisReleaseSpinLock(&Adapter->Lock);
}
