/* The real WDK keeps wdftimer.h beside wdf.h, and a driver may include it
 * after wdf.h; irqlint declares the timer objects in wdf.h itself
 * (wdf/wdfmisc.h). */
#include "wdf.h"
