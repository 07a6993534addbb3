/* ctype.h of the C run-time library the WDK ships (irqlint's model, written
 * from the C run-time reference): character classification and case
 * mapping, narrow and (through corecrt_wctype.h) wide. */
#ifndef IRQLINT_WDK_CTYPE_H
#define IRQLINT_WDK_CTYPE_H

#include "corecrt.h"
#include "corecrt_wctype.h"

int isalpha(int C);
int isupper(int C);
int islower(int C);
int isdigit(int C);
int isxdigit(int C);
int isspace(int C);
int ispunct(int C);
int isalnum(int C);
int isprint(int C);
int isgraph(int C);
int iscntrl(int C);
int toupper(int C);
int tolower(int C);
int _toupper(int C);
int _tolower(int C);
int __isascii(int C);
int __toascii(int C);
#define isascii __isascii
#define toascii __toascii

#endif
