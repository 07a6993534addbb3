/* malloc.h of the C run-time library the WDK ships (irqlint's model,
 * written from the C run-time reference): stack allocation (_alloca, a
 * compiler intrinsic) and the heap routines. */
#ifndef IRQLINT_WDK_MALLOC_H
#define IRQLINT_WDK_MALLOC_H

#include "corecrt.h"

void *_alloca(size_t Size);
#define alloca _alloca
void *malloc(size_t Size);
void *calloc(size_t Count, size_t Size);
void *realloc(void *Block, size_t Size);
void free(void *Block);
size_t _msize(void *Block);
void *_aligned_malloc(size_t Size, size_t Alignment);
void _aligned_free(void *Block);
#define _ALLOCA_S_THRESHOLD 1024

#endif
