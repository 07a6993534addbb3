/* irqlint's model of KMDF objects (wdfobject.h): object attributes, context
 * types and their accessors, deletion and references. Written from the
 * documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_WDFOBJECT_H
#define IRQLINT_WDK_WDFOBJECT_H

typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;
typedef VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;

typedef enum _WDF_EXECUTION_LEVEL {
  WdfExecutionLevelInvalid = 0x00,
  WdfExecutionLevelInheritFromParent,
  WdfExecutionLevelPassive,
  WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;
typedef enum _WDF_SYNCHRONIZATION_SCOPE {
  WdfSynchronizationScopeInvalid = 0x00,
  WdfSynchronizationScopeInheritFromParent,
  WdfSynchronizationScopeDevice,
  WdfSynchronizationScopeQueue,
  WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO WDF_OBJECT_CONTEXT_TYPE_INFO,
    *PWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef const WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (*PFN_GET_UNIQUE_CONTEXT_TYPE)(void);
struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
  ULONG Size;
  PCHAR ContextName;
  size_t ContextSize;
  PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
  PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
};

typedef struct _WDF_OBJECT_ATTRIBUTES {
  ULONG Size;
  PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
  PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
  WDF_EXECUTION_LEVEL ExecutionLevel;
  WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
  WDFOBJECT ParentObject;
  size_t ContextSizeOverride;
  PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

FORCEINLINE VOID WDF_OBJECT_ATTRIBUTES_INIT(PWDF_OBJECT_ATTRIBUTES Attributes) {
  RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
  Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
  Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
  Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
}

/* Context types. WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, Get) declares T's
 * type information and generates the accessor `T *Get(WDFOBJECT)`. */
#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_##_contexttype##_TYPE_INFO
#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_POINTER_TYPE_##_contexttype
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype)                                \
  (WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype).UniqueType)
#define WDF_DECLARE_TYPE_AND_GLOBALS(_contexttype, _UniqueType,                \
                                     _GetUniqueType)                           \
  typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype);              \
  static const WDF_OBJECT_CONTEXT_TYPE_INFO WDF_TYPE_NAME_TO_TYPE_INFO(        \
      _contexttype) = {sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), #_contexttype,    \
                       sizeof(_contexttype), _UniqueType, _GetUniqueType}
#define WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)           \
  FORCEINLINE WDF_TYPE_NAME_POINTER_TYPE(_contexttype)                         \
      _castingfunction(WDFOBJECT Handle) {                                     \
    return (WDF_TYPE_NAME_POINTER_TYPE(_contexttype))                          \
        WdfObjectGetTypedContextWorker(                                        \
            Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype));                  \
  }
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)     \
  WDF_DECLARE_TYPE_AND_GLOBALS(                                                \
      _contexttype, &WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype), NULL);          \
  WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)
#define WDF_DECLARE_CONTEXT_TYPE(_contexttype)                                 \
  WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_##_contexttype)
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(_contexttype,                \
                                                  _castingfunction)            \
  WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)      \
  ((_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype))
#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype)     \
  (WDF_OBJECT_ATTRIBUTES_INIT(_attributes),                                    \
   WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype))

_IRQL_requires_max_(HIGH_LEVEL) PVOID
    WdfObjectGetTypedContextWorker(WDFOBJECT Handle,
                                   PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
#define WdfObjectGetTypedContext(handle, type)                                 \
  ((WDF_TYPE_NAME_POINTER_TYPE(type))WdfObjectGetTypedContextWorker(           \
      (WDFOBJECT)handle, WDF_GET_CONTEXT_TYPE_INFO(type)))
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfObjectAllocateContext(WDFOBJECT Handle,
                                  PWDF_OBJECT_ATTRIBUTES ContextAttributes,
                                  PVOID *Context);
_IRQL_requires_max_(HIGH_LEVEL) WDFOBJECT
    WdfObjectContextGetObject(PVOID ContextPointer);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfObjectDelete(WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfObjectReferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line,
                             PCHAR File);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfObjectDereferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line,
                               PCHAR File);
#define WdfObjectReference(Handle)                                             \
  WdfObjectReferenceActual(Handle, NULL, __LINE__, __FILE__)
#define WdfObjectReferenceWithTag(Handle, Tag)                                 \
  WdfObjectReferenceActual(Handle, Tag, __LINE__, __FILE__)
#define WdfObjectDereference(Handle)                                           \
  WdfObjectDereferenceActual(Handle, NULL, __LINE__, __FILE__)
#define WdfObjectDereferenceWithTag(Handle, Tag)                               \
  WdfObjectDereferenceActual(Handle, Tag, __LINE__, __FILE__)

#endif
