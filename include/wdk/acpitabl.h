/* acpitabl.h: the layout of ACPI tables (irqlint's model, written from the
 * ACPI specification): the header every description table starts with. */
#ifndef IRQLINT_WDK_ACPITABL_H
#define IRQLINT_WDK_ACPITABL_H

#include "wdm.h"

#include "pshpack1.h"
typedef struct _DESCRIPTION_HEADER {
  ULONG Signature;
  ULONG Length;
  UCHAR Revision;
  UCHAR Checksum;
  CHAR OEMID[6];
  CHAR OEMTableID[8];
  ULONG OEMRevision;
  CHAR CreatorID[4];
  ULONG CreatorRev;
} DESCRIPTION_HEADER, *PDESCRIPTION_HEADER;
#include "poppack.h"

#endif
