/* irqlint's model of the SAL annotations drivers write (sal.h and
 * driverspecs.h). They expand to nothing here; irqlint reads them from the
 * tokens in front of a declaration, so their spelling is what matters. */
#ifndef IRQLINT_WDK_SAL_H
#define IRQLINT_WDK_SAL_H

#define _In_
#define _In_opt_
#define _Out_
#define _Out_opt_
#define _Inout_
#define _Inout_opt_
#define _Must_inspect_result_
#define _Use_decl_annotations_
#define _Success_(expr)
#define _When_(expr, annos)
#define _Function_class_(name)
#define _IRQL_requires_(irql)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_min_(irql)
#define _IRQL_raises_(irql)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(kind, param)
#define _IRQL_restores_global_(kind, param)
#define _IRQL_requires_same_
#define _Requires_lock_held_(lock)
#define _Requires_lock_not_held_(lock)
#define _Acquires_lock_(lock)
#define _Releases_lock_(lock)
#define _Acquires_exclusive_lock_(lock)
#define _Acquires_shared_lock_(lock)
#define __drv_requiresIRQL(irql)
#define __drv_maxIRQL(irql)
#define __drv_minIRQL(irql)
#define __drv_raisesIRQL(irql)
#define __drv_savesIRQL
#define __drv_restoresIRQL

#endif
