/* irqlint's model of windef.h as a kernel-mode build sees it: the Windows
 * base types of minwindef.h that are not already kernel types, and the
 * byte/word helper macros. Written from the documentation
 * (learn.microsoft.com "Windows Data Types", "LOWORD", "MAKEWORD") -- not
 * Microsoft's header. The window-manager types (HWND, RECT, POINT) are left
 * out: no kernel driver uses them. */
#ifndef IRQLINT_WDK_WINDEF_H
#define IRQLINT_WDK_WINDEF_H

#include "wdm.h"

#ifndef WINAPI
#define WINAPI __stdcall
#endif
#ifndef CALLBACK
#define CALLBACK __stdcall
#endif
#ifndef APIENTRY
#define APIENTRY WINAPI
#endif

typedef float FLOAT, *PFLOAT;
typedef BOOL *PBOOL, *LPBOOL;
typedef BYTE *LPBYTE;
typedef int *LPINT;
typedef WORD *PWORD, *LPWORD;
typedef long *LPLONG;
typedef DWORD *LPDWORD;
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef unsigned int *LPUINT;
typedef ULONG_PTR *PDWORD_PTR; /* DWORD_PTR itself is wdm.h's */

#ifndef MAKEWORD
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

#endif
