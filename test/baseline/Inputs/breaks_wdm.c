// A define that breaks the bundled wdm.h: clang errors located in it.
#define NTSTATUS int *
#include <wdm.h>
void Unload(void) {}
