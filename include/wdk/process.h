/* process.h of the C run-time library (irqlint's model, written from the C
 * run-time reference -- not Microsoft's header). Kernel-mode drivers take
 * one routine from it: __security_init_cookie, which a driver whose entry
 * point bypasses the run-time's start-up calls to set up the /GS buffer
 * overrun cookie before any protected function runs. */
#ifndef IRQLINT_WDK_PROCESS_H
#define IRQLINT_WDK_PROCESS_H

void __security_init_cookie(void);

#endif /* IRQLINT_WDK_PROCESS_H */
