/* irqlint's model of wdfroletypes.h (KMDF 1.9 and later): the object
 * type-specific names for a driver's EvtCleanupCallback and
 * EvtDestroyCallback. Each has the signature of EVT_WDF_OBJECT_CONTEXT_CLEANUP
 * or EVT_WDF_OBJECT_CONTEXT_DESTROY, so a routine declared with one is stored
 * in WDF_OBJECT_ATTRIBUTES as is; the name tells tools which object it serves
 * and so the IRQL the framework calls it at (PASSIVE_LEVEL for device and
 * queue objects, <= DISPATCH_LEVEL for file objects). Written from the
 * documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_WDFROLETYPES_H
#define IRQLINT_WDK_WDFROLETYPES_H

typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_WDF_DEVICE_CONTEXT_CLEANUP(WDFOBJECT Object);
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_WDF_DEVICE_CONTEXT_DESTROY(WDFOBJECT Object);
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_WDF_IO_QUEUE_CONTEXT_CLEANUP_CALLBACK(WDFOBJECT Object);
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK(WDFOBJECT Object);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK(WDFOBJECT Object);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK(WDFOBJECT Object);

#endif
