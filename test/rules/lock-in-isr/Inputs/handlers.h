/* The handler table shared by handlers_isr.c and handlers_init.c. */
#include <wdm.h>

typedef VOID EVENT_HANDLER(PVOID Context);

typedef struct _HANDLER_TABLE {
  ULONG Version;
  EVENT_HANDLER *OnInterrupt;
} HANDLER_TABLE, *PHANDLER_TABLE;

extern PHANDLER_TABLE g_Table;
