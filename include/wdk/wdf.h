/* irqlint's model of the public KMDF API (wdf.h), written from the
 * documentation -- not Microsoft's header. In the real headers the Wdf*
 * methods are inline functions calling through the framework's function
 * table; here they are plain prototypes with the documented signatures,
 * which is what irqlint needs to see the calls. The WDF_*_INIT helpers are
 * inline functions, as they are in the real headers. The declarations are
 * split by object like the WDK's own headers (include/wdk/wdf/). */
#ifndef IRQLINT_WDK_WDF_H
#define IRQLINT_WDK_WDF_H

#include "wdm.h"

#include "wdf/wdftypes.h"

#include "wdf/wdfobject.h"

#include "wdf/wdfroletypes.h"

#include "wdf/wdfsync.h"

#include "wdf/wdfinterrupt.h"

#include "wdf/wdfdriver.h"

#include "wdf/wdfdevice.h"

#include "wdf/wdfchildlist.h"

#include "wdf/wdffdo.h"

#include "wdf/wdfpdo.h"

#include "wdf/wdfcontrol.h"

#include "wdf/wdfqueryinterface.h"

#include "wdf/wdfio.h"

#include "wdf/wdfiotarget.h"

#include "wdf/wdfmisc.h"

#include "wdf/wdfassert.h"

#endif
