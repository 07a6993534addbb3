/* excpt.h: structured exception handling as the WDK's C headers spell it
 * for drivers (irqlint's model, written from the documentation of
 * try-except and try-finally statements). In C, the WDK maps the plain
 * words to the Microsoft keywords, so file systems write
 * `try { … } finally { … }` and `try_return`'s `leave`; the filter
 * expression's helpers are clang's MSVC builtins. */
#pragma once

#ifndef __cplusplus
#define try __try
#define except __except
#define finally __finally
#define leave __leave
#endif

#define GetExceptionCode _exception_code
#define exception_code _exception_code
#define GetExceptionInformation (struct _EXCEPTION_POINTERS *)_exception_info
#define exception_info (struct _EXCEPTION_POINTERS *)_exception_info
#define AbnormalTermination _abnormal_termination
#define abnormal_termination _abnormal_termination

#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION (-1)
