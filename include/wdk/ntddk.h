/* irqlint's model of ntddk.h, written from the documentation. The routines
 * the reference pages list under ntddk.h that drivers here use are declared
 * with the rest of the kernel API in wdm.h. */
#include "wdm.h"

/* the resource routines' names before the …Lite ones; the WDK's ntddk.h
 * keeps them as aliases */
#define ExInitializeResource ExInitializeResourceLite
#define ExAcquireResourceShared ExAcquireResourceSharedLite
#define ExAcquireResourceExclusive ExAcquireResourceExclusiveLite
#define ExReleaseResourceForThread ExReleaseResourceForThreadLite
#define ExConvertExclusiveToShared ExConvertExclusiveToSharedLite
#define ExDeleteResource ExDeleteResourceLite
#define ExIsResourceAcquiredExclusive ExIsResourceAcquiredExclusiveLite
#define ExIsResourceAcquiredShared ExIsResourceAcquiredSharedLite
#define ExIsResourceAcquired ExIsResourceAcquiredSharedLite

/* ---- added for security (ELAM boot-driver callbacks) ---- */
#ifndef IRQLINT_WDK_NTDDK_BDCB
#define IRQLINT_WDK_NTDDK_BDCB
typedef enum _BDCB_CALLBACK_TYPE {
  BdCbStatusUpdate,
  BdCbInitializeImage
} BDCB_CALLBACK_TYPE,
    *PBDCB_CALLBACK_TYPE;

typedef enum _BDCB_CLASSIFICATION {
  BdCbClassificationUnknownImage,
  BdCbClassificationKnownGoodImage,
  BdCbClassificationKnownBadImage,
  BdCbClassificationKnownBadImageBootCritical,
  BdCbClassificationEnd
} BDCB_CLASSIFICATION,
    *PBDCB_CLASSIFICATION;

typedef enum _BDCB_STATUS_UPDATE_TYPE {
  BdCbStatusPrepareForDependencyLoad,
  BdCbStatusPrepareForDriverLoad,
  BdCbStatusPrepareForUnload
} BDCB_STATUS_UPDATE_TYPE,
    *PBDCB_STATUS_UPDATE_TYPE;

typedef struct _BDCB_STATUS_UPDATE_CONTEXT {
  BDCB_STATUS_UPDATE_TYPE StatusType;
} BDCB_STATUS_UPDATE_CONTEXT, *PBDCB_STATUS_UPDATE_CONTEXT;

#define BDCB_IMAGEFLAGS_FAILED_CODE_INTEGRITY (1UL << 0)

typedef struct _BDCB_IMAGE_INFORMATION {
  BDCB_CLASSIFICATION Classification;
  ULONG ImageFlags;
  UNICODE_STRING ImageName;
  UNICODE_STRING RegistryPath;
  UNICODE_STRING CertificatePublisher;
  UNICODE_STRING CertificateIssuer;
  PVOID ImageHash;
  PVOID CertificateThumbprint;
  ULONG ImageHashAlgorithm;
  ULONG ThumbprintHashAlgorithm;
  ULONG ImageHashLength;
  ULONG CertificateThumbprintLength;
} BDCB_IMAGE_INFORMATION, *PBDCB_IMAGE_INFORMATION;

typedef VOID
BOOT_DRIVER_CALLBACK_FUNCTION(_In_opt_ PVOID CallbackContext,
                              _In_ BDCB_CALLBACK_TYPE Classification,
                              _Inout_ PBDCB_IMAGE_INFORMATION ImageInformation);
typedef BOOT_DRIVER_CALLBACK_FUNCTION *PBOOT_DRIVER_CALLBACK_FUNCTION;

_IRQL_requires_max_(PASSIVE_LEVEL) PVOID IoRegisterBootDriverCallback(
    _In_ PBOOT_DRIVER_CALLBACK_FUNCTION CallbackFunction,
    _In_opt_ PVOID CallbackContext);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    IoUnregisterBootDriverCallback(_In_ PVOID CallbackHandle);
#endif
