/* irqlint's model of BthXDDI.h: the Bluetooth extensible transport DDI
 * between the Bluetooth stack and a transport (UART, SDIO ...) driver --
 * the IOCTL_BTHX_* controls, the HCI packet a read or write carries, and
 * the transport's version and capabilities. Written from the documentation
 * -- not Microsoft's header. The reference pages give no function numbers
 * for the controls; the ones here are this model's own (the analysis never
 * reads them). */
#ifndef IRQLINT_WDK_BTHXDDI_H
#define IRQLINT_WDK_BTHXDDI_H

#ifndef FILE_DEVICE_BLUETOOTH
#define FILE_DEVICE_BLUETOOTH 0x00000041
#endif

#define BTHX_CTL_(id, access)                                                  \
  CTL_CODE(FILE_DEVICE_BLUETOOTH, (id), METHOD_BUFFERED, (access))
/* IRQL <= PASSIVE_LEVEL */
#define IOCTL_BTHX_GET_VERSION BTHX_CTL_(0x400, FILE_ANY_ACCESS)
#define IOCTL_BTHX_SET_VERSION BTHX_CTL_(0x401, FILE_ANY_ACCESS)
/* IRQL <= DISPATCH_LEVEL */
#define IOCTL_BTHX_QUERY_CAPABILITIES BTHX_CTL_(0x402, FILE_ANY_ACCESS)
#define IOCTL_BTHX_WRITE_HCI BTHX_CTL_(0x403, FILE_ANY_ACCESS)
/* IRQL <= PASSIVE_LEVEL */
#define IOCTL_BTHX_READ_HCI BTHX_CTL_(0x404, FILE_ANY_ACCESS)

#define BTHX_DDI_VERSION_1 0x00000001

/* the H4 packet indicators of the HCI transport */
typedef enum _BTHX_HCI_PACKET_TYPE {
  HciPacketCommand = 0x01,
  HciPacketAclData = 0x02,
  HciPacketEvent = 0x04
} BTHX_HCI_PACKET_TYPE;

typedef enum _BTHX_SCO_SUPPORT {
  ScoSupportNone = 0,
  ScoSupportHCI,
  ScoSupportHCIBypass
} BTHX_SCO_SUPPORT;

#include "pshpack1.h"
typedef struct _BTHX_HCI_READ_WRITE_CONTEXT {
  ULONG DataLen;
  UCHAR Type;
  UCHAR Data[1];
} BTHX_HCI_READ_WRITE_CONTEXT, *PBTHX_HCI_READ_WRITE_CONTEXT;
#include "poppack.h"

typedef struct _BTHX_VERSION {
  ULONG Version;
} BTHX_VERSION, *PBTHX_VERSION;

typedef struct _BTHX_CAPABILITIES {
  ULONG MaxAclTransferInSize;
  BTHX_SCO_SUPPORT ScoSupport;
  ULONG MaxScoChannels;
  BOOLEAN IsDeviceIdleCapable;
  BOOLEAN IsDeviceWakeCapable;
} BTHX_CAPABILITIES, *PBTHX_CAPABILITIES;

/* ---- added for hmisc (programs outside the other areas) ---- */
/* The DDI version a transport driver reports for IOCTL_BTHX_GET_VERSION:
 * the header defines it (selectany, so each unit may) as version 1. */
DECLSPEC_SELECTANY BTHX_VERSION Microsoft_BTHX_DDI_Version = {
    BTHX_DDI_VERSION_1};
/* ---- end: added for hmisc ---- */

#endif
