/* irqlint's model of wlan/1.0/TLVGeneratorParser.hpp, the routines of the
 * WDI TLV generator/parser library (TLVGeneratorParser.lib): the generic
 * Parse / FreeParsed pair, and per message the strongly typed
 * ParseWdiXxx, CleanupParsedWdiXxx and GenerateWdiXxx routines with
 * FreeGenerated. Written from the documentation (learn.microsoft.com
 * "TLV parser interface overview", "TLV generator interface overview",
 * "TLV versioning") -- not Microsoft's header.
 *
 * The parsed structure each routine takes is one of the generated types of
 * wditypes.hpp; the pages give the routine names by a rule (Parse, Generate
 * or CleanupParsed + the message's name) but not every structure's name,
 * so this model passes it as a pointer to void. The routines cover the
 * messages the samples use; the library has one set per WDI message. */
#ifndef IRQLINT_WDK_TLVGENERATORPARSER_HPP
#define IRQLINT_WDK_TLVGENERATORPARSER_HPP

#include "../../dot11wdi.h"
#include "../../wditypes.hpp"

/* Passed to every Parse and Generate routine: the peer's WDI version picks
 * the TLV grammar; AllocationContext reaches the driver's allocator. */
typedef struct _TLV_CONTEXT {
  ULONG_PTR AllocationContext;
  ULONG PeerVersion;
} TLV_CONTEXT, *PTLV_CONTEXT;
typedef const TLV_CONTEXT *PCTLV_CONTEXT;

/* Callee allocation: the message ID picks the structure. */
NDIS_STATUS Parse(_In_ ULONG BufferLength,
                  _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
                  _In_ ULONG MessageId, _In_ PCTLV_CONTEXT Context,
                  _Outptr_ void **ppParsedOutput);
void FreeParsed(_In_ ULONG MessageId, _In_ void *pParsedOutput);
/* Frees a byte stream a GenerateWdiXxx routine allocated. */
void FreeGenerated(_In_ UINT8 *pOutput);

/* Caller allocation, one set per message. */
void CleanupParsedWdiAbortTask(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiAbortTask(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
NDIS_STATUS GenerateWdiGetAdapterCapabilities(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
void CleanupParsedWdiGetAutoPowerSave(_Inout_ void *pParsedOutput);
NDIS_STATUS GenerateWdiGetAutoPowerSave(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS ParseWdiGetAutoPowerSave(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiGetBssEntryList(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiGetBssEntryList(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiGetNextActionFrameDialogToken(_Inout_ void *pParsedOutput);
NDIS_STATUS GenerateWdiGetNextActionFrameDialogToken(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS ParseWdiGetNextActionFrameDialogToken(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiGetReceiveCoalescingMatchCount(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiGetReceiveCoalescingMatchCount(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
NDIS_STATUS GenerateWdiGetStatistics(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationActionFrameReceived(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationApAssociationRequestReceived(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationAssociationResult(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationBssEntryList(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationCreatePortComplete(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationDisassociation(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationFtAssocParamsNeeded(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationLinkStateChange(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationNloDiscovery(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationP2pActionFrameReceived(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationP2pGroupOperatingChannel(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationP2pSendRequestActionFrameComplete(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationP2pSendResponseActionFrameComplete(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationRadioStatus(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationRoamingNeeded(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationSendApAssociationResponseComplete(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationTkipMicFailure(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
NDIS_STATUS GenerateWdiIndicationWakeReasonFromIhv(_In_ void const *pInput,
    _In_ ULONG ReservedHeaderLength, _In_ PCTLV_CONTEXT Context,
    _Out_ ULONG *pOutputLength, _Outptr_ UINT8 **ppOutput);
void CleanupParsedWdiSetAdapterConfiguration(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetAdapterConfiguration(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetAddCipherKeys(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetAddCipherKeys(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetAddPmProtocolOffload(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetAddPmProtocolOffload(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetAddWolPattern(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetAddWolPattern(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetAdvertisementInformation(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetAdvertisementInformation(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetConnectionQuality(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetConnectionQuality(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetDefaultKeyId(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetDefaultKeyId(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetDeleteCipherKeys(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetDeleteCipherKeys(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetFastBssTransitionParameters(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetFastBssTransitionParameters(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetMulticastList(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetMulticastList(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetNetworkListOffload(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetNetworkListOffload(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetP2pListenState(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetP2pListenState(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetP2pWpsEnabled(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetP2pWpsEnabled(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetPowerState(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetPowerState(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetPrivacyExemptionList(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetPrivacyExemptionList(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetReceiveCoalescing(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetReceiveCoalescing(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetReceivePacketFilter(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetReceivePacketFilter(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetRemovePmProtocolOffload(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetRemovePmProtocolOffload(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiSetRemoveWolPattern(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiSetRemoveWolPattern(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskChangeOperationMode(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskChangeOperationMode(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskConnect(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskConnect(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskCreatePort(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskCreatePort(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskDeletePort(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskDeletePort(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskDisconnect(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskDisconnect(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskDot11Reset(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskDot11Reset(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskP2pDiscover(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskP2pDiscover(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskP2pSendRequestActionFrame(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskP2pSendRequestActionFrame(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskP2pSendResponseActionFrame(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskP2pSendResponseActionFrame(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskRoam(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskRoam(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskScan(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskScan(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskSendApAssociationResponse(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskSendApAssociationResponse(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskSendRequestActionFrame(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskSendRequestActionFrame(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskSendResponseActionFrame(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskSendResponseActionFrame(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskSetRadioState(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskSetRadioState(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);
void CleanupParsedWdiTaskStartAp(_Inout_ void *pParsedOutput);
NDIS_STATUS ParseWdiTaskStartAp(_In_ ULONG BufferLength,
    _In_reads_bytes_(BufferLength) UINT8 const *pBuffer,
    _In_ PCTLV_CONTEXT Context, _Out_ void *pParsedOutput);

#endif
