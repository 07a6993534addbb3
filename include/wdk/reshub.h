/* irqlint's model of reshub.h: the resource hub -- the path a driver opens
 * to reach a GPIO or SPB connection named by a CmResourceTypeConnection
 * resource, the serial bus connection descriptor, and the connection
 * properties query. Written from the documentation -- not Microsoft's
 * header. The path helpers exist when the includer defines
 * RESHUB_USE_HELPER_ROUTINES. */
#ifndef IRQLINT_WDK_RESHUB_H
#define IRQLINT_WDK_RESHUB_H

#define RESOURCE_HUB_DEVICE_NAME L"\\Device\\RESOURCE_HUB"
#define RESOURCE_HUB_DEVICE_NAME_LENGTH                                        \
  (sizeof(RESOURCE_HUB_DEVICE_NAME) / sizeof(WCHAR) - 1)
/* the device name, a separator and the 64-bit connection id in hex */
#define RESOURCE_HUB_PATH_CHARS                                                \
  (RESOURCE_HUB_DEVICE_NAME_LENGTH + 1 + sizeof(LARGE_INTEGER) * 2)
#define RESOURCE_HUB_PATH_SIZE (RESOURCE_HUB_PATH_CHARS * sizeof(WCHAR))

#ifdef RESHUB_USE_HELPER_ROUTINES
#include "ntstrsafe.h"
/* writes the resource hub path of connection (IdLowPart, IdHighPart) into
 * the UNICODE_STRING pString */
#define RESOURCE_HUB_CREATE_PATH_FROM_ID(pString, IdLowPart, IdHighPart)       \
  RtlUnicodeStringPrintf((pString), L"%s\\%0*I64x", RESOURCE_HUB_DEVICE_NAME,  \
                         (unsigned int)(sizeof(LARGE_INTEGER) * 2),            \
                         (ULONGLONG)(IdLowPart) |                              \
                             ((ULONGLONG)(IdHighPart) << 32))
#endif

#include "pshpack1.h"
/* the common head of an ACPI serial bus connection descriptor */
typedef struct _PNP_SERIAL_BUS_DESCRIPTOR {
  UCHAR Tag;
  USHORT Length;
  UCHAR RevisionId;
  UCHAR ResourceSourceIndex;
  UCHAR SerialBusType;
  UCHAR GeneralFlags;
  USHORT TypeSpecificFlags;
  UCHAR TypeSpecificRevisionId;
  USHORT TypeDataLength;
} PNP_SERIAL_BUS_DESCRIPTOR, *PPNP_SERIAL_BUS_DESCRIPTOR;
#include "poppack.h"

#define I2C_SERIAL_BUS_TYPE 0x01
#define SPI_SERIAL_BUS_TYPE 0x02
#define UART_SERIAL_BUS_TYPE 0x03

/* IOCTL_INTERNAL_RH_QUERY_CONNECTION_PROPERTIES */
typedef struct _RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER {
  ULONG_PTR Version;
  ULONG_PTR PropertiesLength;
  UCHAR ConnectionProperties[ANYSIZE_ARRAY];
} RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER,
    *PRH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER;

#endif
