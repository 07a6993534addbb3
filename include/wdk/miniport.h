/* irqlint's model of miniport.h, the base header of SCSI, Storport and
 * other miniports, written from the documentation -- not Microsoft's
 * header. The real header defines its own copies of the kernel's basic
 * types (because a miniport must not include wdm.h); this model takes them
 * from our wdm.h, so a miniport also sees routines it may not call, which
 * changes nothing for the analysis. */
#ifndef IRQLINT_WDK_MINIPORT_H
#define IRQLINT_WDK_MINIPORT_H

#include "devioctl.h"
#include "wdm.h"

#endif /* IRQLINT_WDK_MINIPORT_H */
