/* irqlint's model of the filter manager's kernel header (fltKernel.h),
 * written from the documentation -- not Microsoft's header. It covers only
 * the filter manager's wrappers of executive resources and push locks; the
 * minifilter registration and callback API (PFLT_FILTER, FLT_CALLBACK_DATA
 * ...) is not modeled. Like the real header it includes ntifs.h. */
#ifndef IRQLINT_WDK_FLTKERNEL_H
#define IRQLINT_WDK_FLTKERNEL_H

#include "ntifs.h"

#ifndef FLTAPI
#define FLTAPI NTAPI
#endif

/* Wrappers of ExAcquireResource…Lite / ExReleaseResourceLite that enter and
 * leave the critical region themselves. The WDK annotates the shared
 * acquire with plain _Acquires_lock_. */
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltAcquireResourceExclusive(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                    _Acquires_lock_(*_Curr_)
                                        PERESOURCE Resource);
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltAcquireResourceShared(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                 _Acquires_lock_(*_Curr_) PERESOURCE Resource);
_Releases_lock_(_Global_critical_region_)
    _IRQL_requires_max_(DISPATCH_LEVEL) VOID FLTAPI
    FltReleaseResource(_Inout_ _Requires_lock_held_(*_Curr_)
                           _Releases_lock_(*_Curr_) PERESOURCE Resource);

/* Push locks, entering and leaving the critical region themselves. */
#define FLT_PUSH_LOCK_ENABLE_AUTO_BOOST 0x1 /* deprecated */
#define FLT_PUSH_LOCK_DISABLE_AUTO_BOOST 0x2
#define FLT_PUSH_LOCK_VALID_FLAGS 0x3

_IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltInitializePushLock(_Out_ PEX_PUSH_LOCK PushLock);
_IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltDeletePushLock(_In_ PEX_PUSH_LOCK PushLock);
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltAcquirePushLockExclusive(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                    _Acquires_lock_(*_Curr_)
                                        PEX_PUSH_LOCK PushLock);
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltAcquirePushLockShared(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                 _Acquires_lock_(*_Curr_)
                                     PEX_PUSH_LOCK PushLock);
_Releases_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltReleasePushLock(_Inout_ _Requires_lock_held_(*_Curr_)
                           _Releases_lock_(*_Curr_) PEX_PUSH_LOCK PushLock);

/* The …Ex forms take FLT_PUSH_LOCK_… flags (Windows 8.1 and later; the
 * WDK leaves them out when FLT_MGR_LEGACY_PUSH_LOCKS is defined). */
#if !defined(FLT_MGR_LEGACY_PUSH_LOCKS)
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltAcquirePushLockExclusiveEx(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                      _Acquires_lock_(*_Curr_)
                                          PEX_PUSH_LOCK PushLock,
                                  _In_ ULONG Flags);
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltAcquirePushLockSharedEx(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                   _Acquires_lock_(*_Curr_)
                                       PEX_PUSH_LOCK PushLock,
                               _In_ ULONG Flags);
_Releases_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltReleasePushLockEx(_Inout_ _Requires_lock_held_(*_Curr_)
                             _Releases_lock_(*_Curr_) PEX_PUSH_LOCK PushLock,
                         _In_ ULONG Flags);

/* The WDK redirects the plain forms to the …Ex ones (unless
 * FLT_SKIP_PUSH_LOCK_REDIRECTION is defined); with function shapes the
 * plain forms stay the functions declared above. */
#if defined(IRQLINT_WDK_MACRO_SHAPES) &&                                       \
    !defined(FLT_SKIP_PUSH_LOCK_REDIRECTION)
#define FltAcquirePushLockExclusive(Lock) FltAcquirePushLockExclusiveEx(Lock, 0)
#define FltAcquirePushLockShared(Lock) FltAcquirePushLockSharedEx(Lock, 0)
#define FltReleasePushLock(Lock) FltReleasePushLockEx(Lock, 0)
#endif
#endif

#endif
