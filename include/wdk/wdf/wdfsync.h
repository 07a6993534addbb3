/* irqlint's model of KMDF synchronization (wdfsync.h): object locks, spin
 * locks and wait locks. Written from the documentation -- not Microsoft's
 * header. The methods carry the SAL of the real header's inline wrappers;
 * the locks are handles, so the annotations name _Curr_ itself. */
#ifndef IRQLINT_WDK_WDFSYNC_H
#define IRQLINT_WDK_WDFSYNC_H

/* The object's synchronization lock: a spin lock (returning at
 * DISPATCH_LEVEL) or, for a passive execution level, a fast mutex in a
 * critical region; the header annotates neither. */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfObjectAcquireLock(_In_ _Requires_lock_not_held_(_Curr_)
                             _Acquires_lock_(_Curr_) WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfObjectReleaseLock(_In_ _Requires_lock_held_(_Curr_)
                             _Releases_lock_(_Curr_) WDFOBJECT Object);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfSpinLockCreate(PWDF_OBJECT_ATTRIBUTES SpinLockAttributes,
                           WDFSPINLOCK *SpinLock);
/* the IRQL is saved in the lock object */
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) VOID
    WdfSpinLockAcquire(_In_ _Requires_lock_not_held_(_Curr_)
                           _Acquires_lock_(_Curr_)
                               _IRQL_saves_ WDFSPINLOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_min_(DISPATCH_LEVEL) VOID
    WdfSpinLockRelease(_In_ _Requires_lock_held_(_Curr_) _Releases_lock_(_Curr_)
                           _IRQL_restores_ WDFSPINLOCK SpinLock);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWaitLockCreate(PWDF_OBJECT_ATTRIBUTES LockAttributes,
                           WDFWAITLOCK *Lock);
/* With a NULL Timeout it waits and acquires; with one it may time out
 * (STATUS_TIMEOUT) without the lock. A zero Timeout is a poll the header
 * allows at DISPATCH_LEVEL (the documentation: below DISPATCH_LEVEL). */
_When_(Timeout == NULL, _IRQL_requires_max_(PASSIVE_LEVEL))
    _When_(Timeout != NULL && *Timeout == 0,
           _IRQL_requires_max_(DISPATCH_LEVEL))
        _When_(Timeout != NULL && *Timeout != 0,
               _IRQL_requires_max_(PASSIVE_LEVEL))
            _Always_(_When_(Timeout == NULL, _Acquires_lock_(Lock)))
                _When_(Timeout != NULL && return == STATUS_SUCCESS,
                       _Acquires_lock_(Lock))
                    _When_(Timeout != NULL, _Must_inspect_result_) NTSTATUS
    WdfWaitLockAcquire(_In_ _Requires_lock_not_held_(_Curr_) WDFWAITLOCK Lock,
                       _In_opt_ PLONGLONG Timeout);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfWaitLockRelease(_In_ _Requires_lock_held_(_Curr_) _Releases_lock_(_Curr_)
                           WDFWAITLOCK Lock);

#endif
