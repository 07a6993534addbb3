/* irqlint's model of mpiodisk.h: the data blocks of the WMI classes MPIO
 * publishes for each multipath disk and expects a DSM to implement -- the
 * load balance policy of a LUN and its paths (DSM_Load_Balance_Policy[_V2],
 * MPIO_DSM_Path[_V2]), the policies a DSM supports, its unique id, and the
 * DSM_LB_Operations methods that set a policy.
 *
 * Written from the documentation (learn.microsoft.com "mpiodisk.h"
 * structure pages and the WMI class pages, which give the policies' values),
 * not Microsoft's header. The WMI tools generate the real header from MPIO's
 * MOF; the class GUIDs here are this model's own values, as no page gives
 * them. Uses the basic types of the header before it (dsm.h). */
#ifndef IRQLINT_WDK_MPIODISK_H
#define IRQLINT_WDK_MPIODISK_H

/* ---- Paths and policies ---- */
typedef struct _MPIO_DSM_Path {
  ULONGLONG DsmPathId;
  ULONGLONG Reserved;
  ULONG PathWeight;
  ULONG PrimaryPath;
} MPIO_DSM_Path, *PMPIO_DSM_Path;

typedef struct _MPIO_DSM_Path_V2 {
  ULONGLONG DsmPathId;
  ULONGLONG Reserved;
  ULONG PathWeight;
  ULONG PrimaryPath;
  ULONG OptimizedPath;
  ULONG PreferredPath;
  ULONG FailedPath;
  ULONG TargetPortGroup_State;
  ULONG ALUASupport;
  UCHAR SymmetricLUA;
  UCHAR TargetPortGroup_Preferred;
  USHORT TargetPortGroup_Identifier;
  ULONG TargetPort_Identifier;
  ULONG Reserved32;
  ULONGLONG Reserved64;
} MPIO_DSM_Path_V2, *PMPIO_DSM_Path_V2;

/* DSM_Load_Balance_Policy[_V2].LoadBalancePolicy. */
#define DSM_LB_FAILOVER 1
#define DSM_LB_ROUND_ROBIN 2
#define DSM_LB_ROUND_ROBIN_WITH_SUBSET 3
#define DSM_LB_DYN_LEAST_QUEUE_DEPTH 4
#define DSM_LB_WEIGHTED_PATHS 5
#define DSM_LB_LEAST_BLOCKS 6
#define DSM_LB_VENDOR_SPECIFIC 7

typedef struct _DSM_Load_Balance_Policy {
  ULONG Version;
  ULONG LoadBalancePolicy;
  ULONG DSMPathCount;
  ULONG Reserved;
  MPIO_DSM_Path DSM_Paths[1];
} DSM_Load_Balance_Policy, *PDSM_Load_Balance_Policy;

typedef struct _DSM_Load_Balance_Policy_V2 {
  ULONG Version;
  ULONG LoadBalancePolicy;
  ULONG DSMPathCount;
  ULONG Reserved;
  MPIO_DSM_Path_V2 DSM_Paths[1];
} DSM_Load_Balance_Policy_V2, *PDSM_Load_Balance_Policy_V2;

/* ---- The WMI data blocks a DSM serves ---- */
#define DSM_QuerySupportedLBPoliciesGuid                                       \
  {0x3e4d5a1b, 0x7c01, 0x4c2e, {0x9a, 0x10, 0x51, 0x44, 0x53, 0x4d, 0x00, 0x01}}
#define DSM_QuerySupportedLBPolicies_V2Guid                                    \
  {0x3e4d5a1b, 0x7c01, 0x4c2e, {0x9a, 0x10, 0x51, 0x44, 0x53, 0x4d, 0x00, 0x02}}
#define DSM_QueryLBPolicyGuid                                                  \
  {0x3e4d5a1b, 0x7c01, 0x4c2e, {0x9a, 0x10, 0x51, 0x44, 0x53, 0x4d, 0x00, 0x03}}
#define DSM_QueryLBPolicy_V2Guid                                               \
  {0x3e4d5a1b, 0x7c01, 0x4c2e, {0x9a, 0x10, 0x51, 0x44, 0x53, 0x4d, 0x00, 0x04}}
#define DSM_QueryUniqueIdGuid                                                  \
  {0x3e4d5a1b, 0x7c01, 0x4c2e, {0x9a, 0x10, 0x51, 0x44, 0x53, 0x4d, 0x00, 0x05}}
#define DSM_LB_OperationsGuid                                                  \
  {0x3e4d5a1b, 0x7c01, 0x4c2e, {0x9a, 0x10, 0x51, 0x44, 0x53, 0x4d, 0x00, 0x06}}

typedef struct _DSM_QuerySupportedLBPolicies {
  ULONG SupportedLBPoliciesCount;
  ULONG Reserved;
  DSM_Load_Balance_Policy Supported_LB_Policies[1];
} DSM_QuerySupportedLBPolicies, *PDSM_QuerySupportedLBPolicies;

typedef struct _DSM_QuerySupportedLBPolicies_V2 {
  ULONG SupportedLBPoliciesCount;
  ULONG Reserved;
  DSM_Load_Balance_Policy_V2 Supported_LB_Policies[1];
} DSM_QuerySupportedLBPolicies_V2, *PDSM_QuerySupportedLBPolicies_V2;

typedef struct _DSM_QueryLBPolicy {
  DSM_Load_Balance_Policy LoadBalancePolicy;
} DSM_QueryLBPolicy, *PDSM_QueryLBPolicy;

typedef struct _DSM_QueryLBPolicy_V2 {
  DSM_Load_Balance_Policy_V2 LoadBalancePolicy;
} DSM_QueryLBPolicy_V2, *PDSM_QueryLBPolicy_V2;

typedef struct _DSM_QueryUniqueId {
  ULONGLONG DsmUniqueId;
} DSM_QueryUniqueId, *PDSM_QueryUniqueId;

/* ---- DSM_LB_Operations: the methods that set a policy ---- */
#define DsmSetLoadBalancePolicy 1
#define DsmSetLoadBalancePolicyALUA 2

typedef struct _DsmSetLoadBalancePolicy_IN {
  DSM_Load_Balance_Policy LoadBalancePolicy;
} DsmSetLoadBalancePolicy_IN, *PDsmSetLoadBalancePolicy_IN;

typedef struct _DsmSetLoadBalancePolicy_OUT {
  ULONG Status;
} DsmSetLoadBalancePolicy_OUT, *PDsmSetLoadBalancePolicy_OUT;

typedef struct _DsmSetLoadBalancePolicyALUA_IN {
  DSM_Load_Balance_Policy_V2 LoadBalancePolicy;
} DsmSetLoadBalancePolicyALUA_IN, *PDsmSetLoadBalancePolicyALUA_IN;

typedef struct _DsmSetLoadBalancePolicyALUA_OUT {
  ULONG Status;
} DsmSetLoadBalancePolicyALUA_OUT, *PDsmSetLoadBalancePolicyALUA_OUT;

#endif /* IRQLINT_WDK_MPIODISK_H */
