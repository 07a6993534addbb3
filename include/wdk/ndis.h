/* irqlint's model of the public NDIS 6 API (ndis.h), written from the
 * documentation -- not Microsoft's header. The pieces live in ndis/ and in
 * ntddndis.h; the NDISxx / NDISxx_MINIPORT defines a driver is built with
 * select the NDIS_SUPPORT_NDISxx feature macros (ndis/version.h). The
 * spin-lock routines are macros over the Ke routines on &(l)->SpinLock, as
 * in the real header, unless IRQLINT_WDK_FUNCTION_SHAPES is defined. */
#ifndef IRQLINT_WDK_NDIS_H
#define IRQLINT_WDK_NDIS_H

#include "ndis/core.h"
#include "ndis/filter.h"
#include "ndis/miniport.h"
#include "ndis/nbl.h"
#include "ndis/protocol.h"
#include "ndis/request.h"
#include "ndis/switch.h"
#include "ndis/version.h"
#include "ntddndis.h"
#include "wdm.h"

#endif
