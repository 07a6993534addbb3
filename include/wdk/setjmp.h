/* setjmp.h of the C run-time library the WDK ships (irqlint's model,
 * written from the C run-time reference). On x64 the jump buffer holds
 * sixteen 16-byte slots; on x86 sixteen ints. */
#ifndef IRQLINT_WDK_SETJMP_H
#define IRQLINT_WDK_SETJMP_H

#if defined(_WIN64) || defined(_M_X64) || defined(_M_ARM64)
typedef struct __declspec(align(16)) _SETJMP_FLOAT128 {
  unsigned long long Part[2];
} SETJMP_FLOAT128;
#define _JBLEN 16
typedef SETJMP_FLOAT128 _JBTYPE;
#else
#define _JBLEN 16
typedef int _JBTYPE;
#endif
typedef _JBTYPE jmp_buf[_JBLEN];

int _setjmp(jmp_buf Buffer);
#define setjmp _setjmp
__declspec(noreturn) void longjmp(jmp_buf Buffer, int Value);

#endif
