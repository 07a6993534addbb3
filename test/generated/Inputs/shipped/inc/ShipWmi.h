// The project's own copy of its WMI header, kept as it is.
#define SHIP_OWN_HEADER 1
typedef struct _ShipCounters {
  ULONG Sent;
  ULONG Dropped;
} ShipCounters;
