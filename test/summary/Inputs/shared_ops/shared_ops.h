/* An operations table other drivers fill too: declared outside the
 * directory of the program that uses it. */
#include <wdm.h>

typedef VOID SHARED_OPERATION(PVOID Context);

typedef struct _SHARED_OPS {
  SHARED_OPERATION *Start;
} SHARED_OPS, *PSHARED_OPS;
