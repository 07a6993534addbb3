// A Wi-Fi miniport fragment in the shape of a WDI driver on an SDIO card,
// written against the bundled windef.h, windot11.h (through ndis.h),
// dot11wdi.h, wditypes.hpp, wlan\1.0\TLVGeneratorParser.hpp, ntddsd.h and
// TraceLoggingProvider.h: Native 802.11 SSIDs, cipher/auth pairs and a
// Wi-Fi Direct GO negotiation request, a WDI message header and a TLV parse
// into an incomplete parameter type, frame metadata of the data path, an
// SD bus CMD52 read, a TraceLogging event, and the WDI registration. A
// missing or misdeclared name is a clang error, which fails the test.
// NdisAcquireSpinLock's SAL (it raises to DISPATCH_LEVEL) is read from the
// bundled ndis.h: SdBusSubmitRequest under the lock is too high an IRQL.
// RUN: not %irqlint %s -- %wdk_amd64 -DNDIS_MINIPORT_DRIVER -DNDIS650_MINIPORT | FileCheck %s %check_not

#include <ndis.h>
#include <windef.h>
#include <dot11wdi.h>
#include <wditypes.hpp>
#include <wlan\1.0\TLVGeneratorParser.hpp>
#include <ntddsd.h>
#include <TraceLoggingProvider.h>

TRACELOGGING_DEFINE_PROVIDER(g_WifiTrace, "Sample.Wifi",
                             (0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0x9, 0xa,
                              0xb));

typedef struct _SD_WIFI {
  NDIS_SPIN_LOCK Lock;
  SDBUS_INTERFACE_STANDARD Bus;
  DOT11_SSID DesiredSsid;
  DOT11_MAC_ADDRESS Bssid;
  DOT11_AUTH_CIPHER_PAIR Pairs[2];
  NDIS_MINIPORT_TIMER LegacyTimer;
  WDI_PORT_ID Port;
  TLV_CONTEXT Tlv;
  DWORD Flags;
} SD_WIFI, *PSD_WIFI;

BOOLEAN SsidMatches(PSD_WIFI Wifi, const DOT11_SSID *Ssid) {
  if (Ssid->uSSIDLength > DOT11_SSID_MAX_LENGTH)
    return FALSE;
  return Ssid->uSSIDLength == Wifi->DesiredSsid.uSSIDLength &&
         NdisEqualMemory(Ssid->ucSSID, Wifi->DesiredSsid.ucSSID,
                         Ssid->uSSIDLength);
}

VOID FillPairs(PSD_WIFI Wifi, PDOT11_AUTH_CIPHER_PAIR_LIST List) {
  Wifi->Pairs[0].AuthAlgoId = DOT11_AUTH_ALGO_RSNA_PSK;
  Wifi->Pairs[0].CipherAlgoId = DOT11_CIPHER_ALGO_CCMP;
  Wifi->Pairs[1].AuthAlgoId = DOT11_AUTH_ALGO_80211_OPEN;
  Wifi->Pairs[1].CipherAlgoId = DOT11_CIPHER_ALGO_NONE;
  List->Header.Revision = DOT11_AUTH_CIPHER_PAIR_LIST_REVISION_1;
  List->uNumOfEntries = 2;
  NdisMoveMemory(List->AuthCipherPairs, Wifi->Pairs, sizeof(Wifi->Pairs));
}

ULONG GoIntent(const DOT11_SEND_GO_NEGOTIATION_REQUEST_PARAMETERS *Req,
               DOT11_PHY_TYPE Phy) {
  ULONG score = Req->GroupOwnerIntent.Intent;
  if (Phy == dot11_phy_type_vht || Phy == dot11_phy_type_ht)
    score += Req->MinimumConfigTimeout.GOTimeout;
  return score + LOBYTE(Req->uIEsLength);
}

VOID DescribeErpPhy(PDOT11_PHY_ATTRIBUTES Phy) {
  Phy->PhyType = dot11_phy_type_erp;
  Phy->ERPAttributes.bShortPreambleOptionImplemented = TRUE;
  Phy->ERPAttributes.bShortSlotTimeOptionImplemented = TRUE;
  Phy->uNumDataRateMappingEntries = 0;
}

NDIS_STATUS HandleConnect(PSD_WIFI Wifi, PWDI_MESSAGE_HEADER Header,
                          ULONG Length) {
  WDI_TASK_CONNECT_PARAMETERS *parsed = NULL;
  NDIS_STATUS status;
  if (Length < sizeof(WDI_MESSAGE_HEADER))
    return NDIS_STATUS_INVALID_LENGTH;
  Wifi->Port = Header->PortId;
  Wifi->Tlv.PeerVersion = WDI_VERSION_LATEST;
  status = Parse(Length - sizeof(WDI_MESSAGE_HEADER), (UINT8 *)(Header + 1),
                 OID_WDI_TASK_CONNECT, &Wifi->Tlv, (void **)&parsed);
  if (status == NDIS_STATUS_SUCCESS)
    FreeParsed(OID_WDI_TASK_CONNECT, parsed);
  return status;
}

VOID MarkRxFrame(PWDI_FRAME_METADATA Meta, PNET_BUFFER_LIST Nbl) {
  Meta->pNBL = Nbl;
  Meta->u.rxMetaData.PayloadType = WDI_FRAME_MSDU;
}

NTSTATUS ReadRegister(PSD_WIFI Wifi, ULONG Address, PUCHAR Value) {
  SDBUS_REQUEST_PACKET packet;
  SD_RW_DIRECT_ARGUMENT arg;
  const SDCMD_DESCRIPTOR readByte = {SDCMD_IO_RW_DIRECT, SDCC_STANDARD,
                                     SDTD_READ, SDTT_CMD_ONLY, SDRT_5};
  NTSTATUS status;
  RtlZeroMemory(&packet, sizeof(packet));
  arg.u.AsULONG = 0;
  arg.u.bits.Address = Address;
  arg.u.bits.Function = 1;
  packet.RequestFunction = SDRF_DEVICE_COMMAND;
  packet.Parameters.DeviceCommand.CmdDesc = readByte;
  packet.Parameters.DeviceCommand.Argument = arg.u.AsULONG;
  status = SdBusSubmitRequest(Wifi->Bus.Context, &packet);
  if (NT_SUCCESS(status))
    *Value = packet.ResponseData.AsUCHAR[0];
  TraceLoggingWrite(g_WifiTrace, "RegisterRead",
                    TraceLoggingLevel(TRACE_LEVEL_VERBOSE),
                    TraceLoggingHexUInt32(Address, "Address"),
                    TraceLoggingNTStatus(status, "Status"));
  return status;
}

// The bug: the SD bus request waits for the card, which needs IRQL below
// DISPATCH_LEVEL, but the NDIS spin lock has raised the IRQL to it.
NTSTATUS PollUnderLock(PSD_WIFI Wifi, PUCHAR Value) {
  NTSTATUS status;
  NdisAcquireSpinLock(&Wifi->Lock);
  status = ReadRegister(Wifi, 0x10, Value);
  // CHECK: :[[@LINE-1]]:12: warning: ReadRegister requires IRQL <= APC_LEVEL{{.*}}DISPATCH_LEVEL{{.*}}[irql-too-high]
  NdisReleaseSpinLock(&Wifi->Lock);
  return status;
}

MINIPORT_WDI_ALLOCATE_ADAPTER WifiAllocateAdapter;
NDIS_STATUS WifiAllocateAdapter(NDIS_HANDLE NdisMiniportHandle,
                                NDIS_HANDLE MiniportDriverContext,
                                PNDIS_MINIPORT_INIT_PARAMETERS InitParameters,
                                PNDIS_WDI_INIT_PARAMETERS WdiParameters,
                                PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES
                                    Registration) {
  UNREFERENCED_PARAMETER(NdisMiniportHandle);
  UNREFERENCED_PARAMETER(Registration);
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  return WdiParameters->WdiVersion >= WDI_VERSION_MIN_SUPPORTED
             ? NDIS_STATUS_SUCCESS
             : NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS RegisterWifi(PDRIVER_OBJECT Driver, PUNICODE_STRING Path,
                         PNDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars,
                         PNDIS_HANDLE Handle) {
  NDIS_MINIPORT_DRIVER_WDI_CHARACTERISTICS wdi;
  NdisZeroMemory(&wdi, sizeof(wdi));
  wdi.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_WDI_CHARACTERISTICS;
  wdi.Header.Revision = NDIS_MINIPORT_DRIVER_WDI_CHARACTERISTICS_REVISION_1;
  wdi.Header.Size = NDIS_SIZEOF_MINIPORT_WDI_CHARACTERISTICS_REVISION_1;
  wdi.WdiVersion = WDI_VERSION_LATEST;
  wdi.AllocateAdapterHandler = WifiAllocateAdapter;
  TraceLoggingRegister(g_WifiTrace);
  return NdisMRegisterWdiMiniportDriver(Driver, Path, NULL, Chars, &wdi,
                                        Handle);
}
