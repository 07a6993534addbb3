/* corecrt_wctype.h: the C run-time library's wide-character classification
 * and case mapping, which both <ctype.h> and <wchar.h> declare (irqlint's
 * model, written from the C run-time reference). */
#ifndef IRQLINT_WDK_CORECRT_WCTYPE_H
#define IRQLINT_WDK_CORECRT_WCTYPE_H

#include "corecrt.h"

int iswalpha(wint_t C);
int iswupper(wint_t C);
int iswlower(wint_t C);
int iswdigit(wint_t C);
int iswxdigit(wint_t C);
int iswspace(wint_t C);
int iswpunct(wint_t C);
int iswalnum(wint_t C);
int iswprint(wint_t C);
int iswgraph(wint_t C);
int iswcntrl(wint_t C);
int iswascii(wint_t C);
int iswctype(wint_t C, wctype_t Type);
wint_t towupper(wint_t C);
wint_t towlower(wint_t C);

#endif
