/* irqlint's model of storduid.h, the storage device unique identifier
 * (DUID) a disk class driver returns for StorageDeviceUniqueIdProperty: a
 * header with offsets to the device's identifiers, its STORAGE_DEVICE_
 * DESCRIPTOR and its layout signature. Written from the documentation
 * (learn.microsoft.com "storduid.h") -- not Microsoft's header. */
#ifndef IRQLINT_WDK_STORDUID_H
#define IRQLINT_WDK_STORDUID_H

typedef enum _DUID_MATCH_STATUS {
  DuidExactMatch = 0,
  DuidSubIdMatch,
  DuidNoMatch,
  DuidErrorGeneral = 100,
  DuidErrorMissingDuid,
  DuidErrorVersionMismatch,
  DuidErrorInvalidDuid,
  DuidErrorInvalidDeviceIdDescSize,
  DuidErrorInvalidDeviceDescSize,
  DuidErrorInvalidLayoutSigSize,
  DuidErrorInvalidLayoutSigVersion,
  DuidErrorMaximum
} DUID_MATCH_STATUS;

#define DUID_VERSION_1 1
#define DUID_HARDWARE_IDS_ONLY 0
#define DUID_INCLUDE_SOFTWARE_IDS 1
#define DUID_MATCH_ERROR(_duid_status) ((_duid_status) >= DuidErrorGeneral)
#define DUID_MATCH_SUCCESS(_duid_status) ((_duid_status) < DuidErrorGeneral)

typedef struct _STORAGE_DEVICE_UNIQUE_IDENTIFIER {
  ULONG Version;
  ULONG Size;
  ULONG StorageDeviceIdOffset;
  ULONG StorageDeviceOffset;
  ULONG DriveLayoutSignatureOffset;
} STORAGE_DEVICE_UNIQUE_IDENTIFIER, *PSTORAGE_DEVICE_UNIQUE_IDENTIFIER;

typedef struct _STORAGE_DEVICE_LAYOUT_SIGNATURE {
  ULONG Version;
  ULONG Size;
  BOOLEAN Mbr;
  union {
    ULONG MbrSignature;
    GUID GptDiskId;
  } DeviceSpecific;
} STORAGE_DEVICE_LAYOUT_SIGNATURE, *PSTORAGE_DEVICE_LAYOUT_SIGNATURE;

#endif /* IRQLINT_WDK_STORDUID_H */
