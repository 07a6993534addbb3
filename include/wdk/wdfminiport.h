/* The real WDK keeps wdfminiport.h beside wdf.h; irqlint keeps its model in
 * wdf/ (see wdf.h). */
#include "wdf/wdfminiport.h"
