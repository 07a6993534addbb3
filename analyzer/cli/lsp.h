/* The language server (`irqlint --lsp`, lsp.c). */
#ifndef IRQLINT_LSP_H
#define IRQLINT_LSP_H

#include "cli.h"

#include <stdio.h>

/* Serves LSP over `in`/`out` until `exit`; returns the process status (0
 * after shutdown + exit, 1 otherwise). `base` gives the command line's
 * rule and header options. */
int lsp_serve(const options *base, FILE *in, FILE *out);

#endif
