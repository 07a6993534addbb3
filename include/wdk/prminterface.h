/* irqlint's model of prminterface.h, the kernel's interface to Platform
 * Runtime Mechanism (PRM) handlers: ExGetPrmInterface fills a PRM_INTERFACE
 * with the routines that lock and unlock a PRM module and query and invoke
 * a handler. Written from the documentation (learn.microsoft.com
 * "prminterface.h") -- not Microsoft's header. The IRQL bounds are the
 * reference pages' (ExGetPrmInterface PASSIVE_LEVEL, an invoke any IRQL up
 * to HIGH_LEVEL). */
#ifndef IRQLINT_WDK_PRMINTERFACE_H
#define IRQLINT_WDK_PRMINTERFACE_H

typedef NTSTATUS PRM_LOCK_MODULE(_In_ LPGUID HandlerGuid);
typedef PRM_LOCK_MODULE *PPRM_LOCK_MODULE;
typedef NTSTATUS PRM_UNLOCK_MODULE(_In_ LPGUID HandlerGuid);
typedef PRM_UNLOCK_MODULE *PPRM_UNLOCK_MODULE;
typedef NTSTATUS PRM_QUERY_HANDLER(_In_ LPGUID HandlerGuid,
                                   _Out_ PBOOLEAN HandlerFound);
typedef PRM_QUERY_HANDLER *PPRM_QUERY_HANDLER;
typedef _IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    PRM_INVOKE_HANDLER(_In_ LPGUID HandlerGuid, _In_ PVOID ParameterBuffer,
                       _In_ ULONG Reserved, _Out_ PULONG64 EfiStatus);
typedef PRM_INVOKE_HANDLER *PPRM_INVOKE_HANDLER;

typedef struct _PRM_INTERFACE {
  ULONG Version;
  PPRM_UNLOCK_MODULE UnlockModule;
  PPRM_LOCK_MODULE LockModule;
  PPRM_INVOKE_HANDLER InvokeHandler;
  PPRM_QUERY_HANDLER QueryHandler;
} PRM_INTERFACE, *PPRM_INTERFACE;

_IRQL_requires_(PASSIVE_LEVEL) NTSTATUS
    ExGetPrmInterface(_In_ ULONG Version, _Out_ PPRM_INTERFACE InterfaceOut);

#endif /* IRQLINT_WDK_PRMINTERFACE_H */
