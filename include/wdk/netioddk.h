/* irqlint's model of netioddk.h (the Network Module Registrar's basic
 * types: network programming interface identifiers), written from the
 * documentation -- not Microsoft's header. Only the NPI identifier types
 * that wsk.h and the WFP headers use are modeled, not the NMR
 * registration routines. It includes netiodef.h, as the real header
 * does. */
#ifndef IRQLINT_WDK_NETIODDK_H
#define IRQLINT_WDK_NETIODDK_H

#include "netiodef.h"
#include "wdm.h"

typedef GUID NPIID, *PNPIID;
typedef const NPIID *PCNPIID;

#endif
