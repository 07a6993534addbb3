// A Winsock Kernel client against the bundled wsk.h: registration, the
// provider NPI, a dual-stack listening socket made through the provider's
// dispatch tables with an IRP, and an accept event that hands receive
// callbacks to the new connection. A missing or misdeclared name is a clang
// error, which fails the test; WskRegister's PASSIVE_LEVEL bound is read
// from its declaration.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <wsk.h>

WSK_REGISTRATION Registration;
WSK_PROVIDER_NPI Provider;
KSPIN_LOCK StateLock;
PWSK_SOCKET Listener;

static NTSTATUS WSKAPI ClientEvent(PVOID Context, ULONG Event, PVOID Info,
                                   SIZE_T Length) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Event);
  UNREFERENCED_PARAMETER(Info);
  UNREFERENCED_PARAMETER(Length);
  return STATUS_SUCCESS;
}
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   ClientEvent};

static NTSTATUS WSKAPI OnReceive(PVOID Context, ULONG Flags,
                                 PWSK_DATA_INDICATION Data, SIZE_T Indicated,
                                 SIZE_T *Accepted) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Flags);
  *Accepted = Data != NULL ? Indicated : 0;
  return STATUS_SUCCESS;
}
static const WSK_CLIENT_CONNECTION_DISPATCH ConnectionDispatch = {
    OnReceive, NULL, NULL};

static NTSTATUS WSKAPI OnAccept(PVOID Context, ULONG Flags, PSOCKADDR Local,
                                PSOCKADDR Remote, PWSK_SOCKET Accepted,
                                PVOID *AcceptedContext,
                                const WSK_CLIENT_CONNECTION_DISPATCH **Table) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Flags);
  UNREFERENCED_PARAMETER(Local);
  if (Accepted == NULL || Remote->sa_family != AF_INET6)
    return STATUS_REQUEST_ABORTED;
  *AcceptedContext = Accepted;
  *Table = &ConnectionDispatch;
  return STATUS_SUCCESS;
}
static const WSK_CLIENT_LISTEN_DISPATCH ListenDispatch = {OnAccept, NULL,
                                                          NULL};

static NTSTATUS Wait(PIRP Irp, PKEVENT Event, NTSTATUS Status) {
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
    Status = Irp->IoStatus.Status;
  }
  return Status;
}

NTSTATUS StartListening(PIRP Irp, PKEVENT Event) {
  SOCKADDR_IN6 any = {AF_INET6, 0x5000, 0, IN6ADDR_ANY_INIT};
  WSK_EVENT_CALLBACK_CONTROL control;
  const WSK_PROVIDER_LISTEN_DISPATCH *dispatch;
  ULONG v6only = 0;
  NTSTATUS status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT,
                                          &Provider);
  if (!NT_SUCCESS(status))
    return status;
  control.NpiId = (PNPIID)&NPI_WSK_INTERFACE_ID;
  control.EventMask = WSK_EVENT_ACCEPT;
  status = Provider.Dispatch->WskControlClient(
      Provider.Client, WSK_SET_STATIC_EVENT_CALLBACKS, sizeof(control),
      &control, 0, NULL, NULL, NULL);
  if (NT_SUCCESS(status))
    status = Wait(Irp, Event,
                  Provider.Dispatch->WskSocket(
                      Provider.Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP,
                      WSK_FLAG_LISTEN_SOCKET, NULL, &ListenDispatch, NULL,
                      NULL, NULL, Irp));
  if (NT_SUCCESS(status)) {
    Listener = (PWSK_SOCKET)Irp->IoStatus.Information;
    dispatch = (const WSK_PROVIDER_LISTEN_DISPATCH *)Listener->Dispatch;
    status = Wait(Irp, Event,
                  dispatch->WskControlSocket(Listener, WskSetOption,
                                             IPV6_V6ONLY, IPPROTO_IPV6,
                                             sizeof(v6only), &v6only, 0, NULL,
                                             NULL, Irp));
    if (NT_SUCCESS(status))
      status = Wait(Irp, Event,
                    dispatch->WskBind(Listener, (PSOCKADDR)&any, 0, Irp));
    if (!NT_SUCCESS(status))
      dispatch->WskCloseSocket(Listener, Irp);
  }
  WskReleaseProviderNPI(&Registration);
  return status;
}

// Datagram sockets can send a whole list of buffers in one call; the
// transport list says which protocols WSK offers.
NTSTATUS SendBatch(PWSK_SOCKET Socket, PWSK_BUF_LIST Buffers, PSOCKADDR To,
                   PIRP Irp) {
  const WSK_PROVIDER_DATAGRAM_DISPATCH *dispatch =
      (const WSK_PROVIDER_DATAGRAM_DISPATCH *)Socket->Dispatch;
  return dispatch->WskSendMessages(Socket, Buffers, 0, To, 0, NULL, Irp);
}
BOOLEAN OffersUdp6(const WSK_TRANSPORT *Transports, SIZE_T Count) {
  for (SIZE_T i = 0; i < Count; i++)
    if (Transports[i].AddressFamily == AF_INET6 &&
        Transports[i].SocketType == SOCK_DGRAM &&
        Transports[i].Protocol == IPPROTO_UDP)
      return TRUE;
  return FALSE;
}

// Misuse: registering with WSK while a spin lock is held.
NTSTATUS Register(void) {
  WSK_CLIENT_NPI client = {NULL, &ClientDispatch};
  KIRQL irql;
  NTSTATUS status;
  KeAcquireSpinLock(&StateLock, &irql);
  status = WskRegister(&client, &Registration);
  // CHECK: :[[@LINE-1]]:12: warning: WskRegister requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'StateLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&StateLock, irql);
  return status;
}
