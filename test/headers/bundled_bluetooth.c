// A Bluetooth L2CAP profile driver written against the bundled Bluetooth
// headers (bthdef.h, bthguid.h, bthioctl.h, bthddi.h, bthsdpddi.h,
// sdpnode.h): it queries the profile driver interface, registers a server
// with an indication callback, opens an enhanced channel, sends an ACL
// transfer and builds an SDP record with the node interface. A missing or
// misdeclared name is a clang error, which fails the test. The stack calls
// the indication callback at DISPATCH_LEVEL or below; the driver says so on
// its definition (irqlint reads no SAL from the pointer type a callback is
// stored in, nor on calls through the interfaces' function pointers).
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>
#include <initguid.h>
#include <bthdef.h>
#include <bthguid.h>
#include <bthioctl.h>
#include <sdpnode.h>
#include <bthddi.h>
#include <bthsdpddi.h>
#include <bthsdpdef.h>

typedef struct _ECHO_CONTEXT {
  BTH_PROFILE_DRIVER_INTERFACE Profile;
  BTHDDI_SDP_NODE_INTERFACE Nodes;
  L2CAP_SERVER_HANDLE Server;
  L2CAP_CHANNEL_HANDLE Channel;
  BTH_ADDR Peer;
  KSPIN_LOCK Lock;
  FAST_MUTEX Setup;
  ULONG Connections;
} ECHO_CONTEXT, *PECHO_CONTEXT;

// Under the spin lock the IRQL is DISPATCH_LEVEL: too high for the fast
// mutex.
_IRQL_requires_max_(DISPATCH_LEVEL) VOID EchoIndication(
    PVOID Context, INDICATION_CODE Indication,
    PINDICATION_PARAMETERS Parameters) {
  PECHO_CONTEXT echo = (PECHO_CONTEXT)Context;
  KIRQL old;
  switch (Indication) {
  case IndicationRemoteConnect:
    KeAcquireSpinLock(&echo->Lock, &old);
    echo->Peer = Parameters->BtAddress;
    echo->Connections++;
    KeReleaseSpinLock(&echo->Lock, old);
    break;
  case IndicationRemoteDisconnect:
    KeAcquireSpinLock(&echo->Lock, &old);
    ExAcquireFastMutex(&echo->Setup);
    // CHECK: :[[@LINE-1]]:5: warning: ExAcquireFastMutex requires IRQL <= APC_LEVEL{{.*}}, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
    // CHECK-NEXT: note: 'echo->Lock' acquired here by KeAcquireSpinLock
    if (Parameters->Parameters.Disconnect.CloseNow)
      echo->Channel = NULL;
    ExReleaseFastMutex(&echo->Setup);
    KeReleaseSpinLock(&echo->Lock, old);
    break;
  default:
    break;
  }
}

NTSTATUS EchoRegisterServer(PECHO_CONTEXT echo, PBRB Brb) {
  struct _BRB_L2CA_REGISTER_SERVER *server = &Brb->BrbL2caRegisterServer;
  echo->Profile.BthReuseBrb(Brb, BRB_L2CA_REGISTER_SERVER);
  server->BtAddress = BTH_ADDR_NULL;
  server->PSM = 0;
  server->IndicationCallback = EchoIndication;
  server->IndicationCallbackContext = echo;
  server->IndicationFlags = 0;
  server->ReferenceObject = NULL;
  return STATUS_SUCCESS;
}

PBRB EchoOpenChannel(PECHO_CONTEXT echo, USHORT Psm) {
  PBRB brb = echo->Profile.BthAllocateBrb(BRB_L2CA_OPEN_ENHANCED_CHANNEL,
                                          'ohcE');
  struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL *open;
  if (brb == NULL)
    return NULL;
  open = &brb->BrbL2caOpenEnhancedChannel;
  open->BtAddress = echo->Peer;
  open->Psm = Psm;
  open->ChannelFlags = CF_ROLE_EITHER;
  open->ConfigOut.Flags = CFG_MTU | CFG_ENHANCED;
  open->ConfigOut.Mtu.Min = L2CAP_MIN_MTU;
  open->ConfigOut.Mtu.Preferred = L2CAP_DEFAULT_MTU;
  open->ConfigOut.Mtu.Max = L2CAP_DEFAULT_MTU;
  open->ConfigOut.ModeConfig.Flags = CM_RETRANSMISSION_AND_FLOW;
  open->ConfigOut.ModeConfig.RetransmissionAndFlow.TxWindowSize =
      L2CAP_RAF_DEFAULT_TX_WINDOW_SIZE;
  open->ConfigIn.Flags = CFG_MTU;
  open->ConfigIn.Mtu = open->ConfigOut.Mtu;
  open->CallbackFlags = CALLBACK_DISCONNECT;
  open->IncomingQueueDepth = 16;
  return brb;
}

VOID EchoSend(PECHO_CONTEXT echo, PBRB Brb, PVOID Data, ULONG Length) {
  struct _BRB_L2CA_ACL_TRANSFER *acl = &Brb->BrbL2caAclTransfer;
  echo->Profile.BthReuseBrb(Brb, BRB_L2CA_ACL_TRANSFER);
  acl->BtAddress = echo->Peer;
  acl->ChannelHandle = echo->Channel;
  acl->TransferFlags = ACL_TRANSFER_DIRECTION_OUT;
  acl->Buffer = Data;
  acl->BufferSize = Length;
  acl->BufferMDL = NULL;
}

PSDP_TREE_ROOT_NODE EchoRecord(PECHO_CONTEXT echo, const GUID *Service) {
  PSDP_TREE_ROOT_NODE tree = echo->Nodes.SdpCreateNodeTree('ohcE');
  PSDP_NODE list;
  if (tree == NULL)
    return NULL;
  list = echo->Nodes.SdpCreateNodeSequence('ohcE');
  if (list != NULL) {
    echo->Nodes.SdpAppendNodeToContainerNode(
        list, echo->Nodes.SdpCreateNodeUuid128(Service, 'ohcE'));
    echo->Nodes.SdpAddAttributeToTree(tree, SDP_ATTRIB_CLASS_ID_LIST, list,
                                      'ohcE');
  }
  return tree;
}

VOID EchoDescribeRequest(PBTH_SDP_CONNECT Connect, HANDLE_SDP *Handle,
                         PBTH_SDP_STREAM_RESPONSE Response) {
  Connect->requestTimeout = SDP_REQUEST_TO_DEFAULT;
  *Handle = Connect->hConnection;
  if (Response->requiredSize > Response->responseSize)
    *Handle = HANDLE_SDP_NULL;
}
