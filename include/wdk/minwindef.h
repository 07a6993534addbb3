/* irqlint's model of minwindef.h, the SDK's header of the basic Windows
 * types, written from the documentation -- not Microsoft's header. Kernel
 * drivers include it for MAX_PATH and the Win32 names of the base types;
 * those wdm.h already declares (BOOL, BYTE, DWORD, UINT ...) come from
 * there, the rest are declared here. The windowing types (WPARAM, HWND ...)
 * are left out: kernel code has no use for them. */
#ifndef IRQLINT_WDK_MINWINDEF_H
#define IRQLINT_WDK_MINWINDEF_H

#include "wdm.h"

/* the longest path the Win32 file APIs take, terminating NUL included */
#define MAX_PATH 260

typedef float FLOAT, *PFLOAT;
typedef BOOL *PBOOL, *LPBOOL;
typedef BYTE *LPBYTE;
typedef INT *LPINT;
typedef USHORT *LPWORD;
typedef LONG *LPLONG;
typedef DWORD *LPDWORD;
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef WORD ATOM;

#define MAKEWORD(a, b)                                                         \
  ((WORD)(((BYTE)(((DWORD_PTR)(a)) & 0xff)) |                                  \
          ((WORD)((BYTE)(((DWORD_PTR)(b)) & 0xff))) << 8))
#define MAKELONG(a, b)                                                         \
  ((LONG)(((WORD)(((DWORD_PTR)(a)) & 0xffff)) |                                \
          ((DWORD)((WORD)(((DWORD_PTR)(b)) & 0xffff))) << 16))
#define LOWORD(l) ((WORD)(((DWORD_PTR)(l)) & 0xffff))
#define HIWORD(l) ((WORD)((((DWORD_PTR)(l)) >> 16) & 0xffff))
#define LOBYTE(w) ((BYTE)(((DWORD_PTR)(w)) & 0xff))
#define HIBYTE(w) ((BYTE)((((DWORD_PTR)(w)) >> 8) & 0xff))

#endif
