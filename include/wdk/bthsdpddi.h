/* irqlint's model of bthsdpddi.h: the two SDP interfaces a profile driver
 * queries from the Bluetooth stack -- BTHDDI_SDP_NODE_INTERFACE, which
 * builds SDP record trees node by node, and BTHDDI_SDP_PARSE_INTERFACE,
 * which validates SDP streams and converts between streams and trees. Their
 * routines require PASSIVE_LEVEL. Written from the documentation -- not
 * Microsoft's header. */
#ifndef IRQLINT_WDK_BTHSDPDDI_H
#define IRQLINT_WDK_BTHSDPDDI_H

#include "sdpnode.h"

#define BTHDDI_SDP_NODE_INTERFACE_VERSION_FOR_QI (0x0100)
#define BTHDDI_SDP_PARSE_INTERFACE_VERSION_FOR_QI (0x0100)

/* ---- building a tree ---- */
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_TREE_ROOT_NODE (*PCREATENODETREE)(_In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PFREETREE)(_In_ PSDP_TREE_ROOT_NODE Tree);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODENIL)(_In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEBOOLEAN)(_In_ SDP_BOOLEAN bVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUINT8)(_In_ UCHAR ucVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUINT16)(_In_ USHORT usVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUINT32)(_In_ ULONG ulVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUINT64)(_In_ ULONGLONG ullVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUINT128)(_In_ PSDP_ULARGE_INTEGER_16 puli16Val,
                                    _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEINT8)(_In_ CHAR cVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEINT16)(_In_ SHORT sVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEINT32)(_In_ LONG lVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEINT64)(_In_ LONGLONG llVal, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEINT128)(_In_ PSDP_LARGE_INTEGER_16 pul16Val,
                                   _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUUID16)(_In_ USHORT uuid16Val, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUUID32)(_In_ ULONG uuid32Val, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEUUID128)(_In_ const GUID *uuid128Val,
                                    _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODESTRING)(_In_reads_bytes_(StringLength) PCHAR string,
                                   _In_ ULONG StringLength, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEURL)(_In_reads_bytes_(urlLength) PCHAR url,
                                _In_ ULONG urlLength, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODEALTERNATIVE)(_In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    PSDP_NODE (*PCREATENODESEQUENCE)(_In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PADDATTRIBUTETOTREE)(_In_ PSDP_TREE_ROOT_NODE Root,
                                    _In_ USHORT AttribId,
                                    _In_ PSDP_NODE AttribValue, _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PAPPENDNODETOCONTAINERNODE)(_In_ PSDP_NODE Parent,
                                           _In_ PSDP_NODE Node);

typedef struct _BTHDDI_SDP_NODE_INTERFACE {
  INTERFACE Interface;
  PCREATENODETREE SdpCreateNodeTree;
  PFREETREE SdpFreeTree;
  PCREATENODENIL SdpCreateNodeNil;
  PCREATENODEBOOLEAN SdpCreateNodeBoolean;
  PCREATENODEUINT8 SdpCreateNodeUint8;
  PCREATENODEUINT16 SdpCreateNodeUint16;
  PCREATENODEUINT32 SdpCreateNodeUint32;
  PCREATENODEUINT64 SdpCreateNodeUint64;
  PCREATENODEUINT128 SdpCreateNodeUint128;
  PCREATENODEINT8 SdpCreateNodeInt8;
  PCREATENODEINT16 SdpCreateNodeInt16;
  PCREATENODEINT32 SdpCreateNodeInt32;
  PCREATENODEINT64 SdpCreateNodeInt64;
  PCREATENODEINT128 SdpCreateNodeInt128;
  PCREATENODEUUID16 SdpCreateNodeUuid16;
  PCREATENODEUUID32 SdpCreateNodeUuid32;
  PCREATENODEUUID128 SdpCreateNodeUuid128;
  PCREATENODESTRING SdpCreateNodeString;
  PCREATENODEURL SdpCreateNodeUrl;
  PCREATENODEALTERNATIVE SdpCreateNodeAlternative;
  PCREATENODESEQUENCE SdpCreateNodeSequence;
  PADDATTRIBUTETOTREE SdpAddAttributeToTree;
  PAPPENDNODETOCONTAINERNODE SdpAppendNodeToContainerNode;
} BTHDDI_SDP_NODE_INTERFACE, *PBTHDDI_SDP_NODE_INTERFACE;

/* ---- parsing streams ---- */
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PVALIDATESTREAM)(_In_reads_bytes_(Size) PUCHAR Stream,
                                _In_ ULONG Size, _Out_ PULONG_PTR ErrorByte);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PCONVERTSTREAMTOTREE)(_In_reads_bytes_(Size) PUCHAR Stream,
                                     _In_ ULONG Size,
                                     _Out_ PSDP_TREE_ROOT_NODE *Node,
                                     _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PCONVERTTREETOSTREAM)(_In_ PSDP_TREE_ROOT_NODE Root,
                                     _Out_ PUCHAR *Stream, _Out_ PULONG Size,
                                     _In_ ULONG tag);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    VOID (*PBYTESWAPUUID128)(_In_ GUID *pUuidFrom, _Out_ GUID *pUuiidTo);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    VOID (*PBYTESWAPUINT128)(_In_ PSDP_ULARGE_INTEGER_16 pInUint128,
                             _Out_ PSDP_ULARGE_INTEGER_16 pOutUint128);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    ULONGLONG (*PBYTESWAPUINT64)(_In_ ULONGLONG uint64);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    VOID (*PRETRIEVEUUID128)(_In_ PUCHAR Stream, _Out_ GUID *uuid128);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    VOID (*PRETRIEVEUINT128)(_In_ PUCHAR Stream,
                             _Out_ PSDP_ULARGE_INTEGER_16 pUint128);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    VOID (*PRETRIEVEUINT64)(_In_ PUCHAR Stream, _Out_ PULONGLONG pUint16);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PFINDATTRIBUTEINTREE)(_In_ PSDP_TREE_ROOT_NODE Tree,
                                     _In_ USHORT AttribId,
                                     _Out_ PSDP_NODE *Attribute);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS (*PGETNEXTELEMENT)(_In_reads_bytes_(StreamSize) PUCHAR Stream,
                                _In_ ULONG StreamSize,
                                _In_ PUCHAR CurrentElement,
                                _Out_ PUCHAR *NextElement,
                                _Out_ PULONG NextElementSize);

typedef struct _BTHDDI_SDP_PARSE_INTERFACE {
  INTERFACE Interface;
  PVALIDATESTREAM SdpValidateStream;
  PCONVERTSTREAMTOTREE SdpConvertStreamToTree;
  PCONVERTTREETOSTREAM SdpConvertTreeToStream;
  PFREETREE SdpFreeTree;
  PBYTESWAPUUID128 SdpByteSwapUuid128;
  PBYTESWAPUINT128 SdpByteSwapUint128;
  PBYTESWAPUINT64 SdpByteSwapUint64;
  PRETRIEVEUUID128 SdpRetrieveUuid128;
  PRETRIEVEUINT128 SdpRetrieveUint128;
  PRETRIEVEUINT64 SdpRetrieveUint64;
  PFINDATTRIBUTEINTREE SdpFindAttributeInTree;
  PGETNEXTELEMENT SdpGetNextElement;
  PVOID Reserved1;
  PVOID Reserved2;
  PVOID Reserved3;
  PVOID Reserved4;
} BTHDDI_SDP_PARSE_INTERFACE, *PBTHDDI_SDP_PARSE_INTERFACE;

#endif
