/* irqlint's model of wmidata.h: the identifiers and data blocks of the
 * standard WMI classes that system drivers report through (serial ports
 * MSSerial_*, disk failure prediction MSStorageDriver_*, disk geometry
 * MSDiskDriver_*) and WMI_CHANGER_PROBLEM_DEVICE_ERROR, the one structure
 * the "wmidata.h" reference page lists. Not Microsoft's header.
 *
 * Where the declarations come from: the reference pages name the classes and
 * WMI_STORAGE_PREDICT_FAILURE_EVENT_GUID (IOCTL_STORAGE_PREDICT_FAILURE), but
 * no page gives the GUID values or the C layouts of the classes' data blocks.
 * So:
 *   - each GUID a driver takes the address of (MSSerial_*_GUID) is declared
 *     without a value; each one a driver writes as an initializer
 *     (WMI_STORAGE_..._GUID, WMI_DISK_GEOMETRY_GUID) expands to
 *     IRQLINT_WMI_GUID_UNKNOWN, a zero GUID of this model's own -- the lock
 *     and IRQL analysis never depends on a GUID's value;
 *   - a data block carries the members of its class that drivers use, with
 *     the types of the class properties (uint32 -> ULONG, boolean ->
 *     BOOLEAN, uint8 -> UCHAR), not a checked byte layout.
 * The serial data blocks themselves (SERIAL_WMI_COMM_DATA, ...) are
 * ntddser.h's. */
#ifndef IRQLINT_WDK_WMIDATA_H
#define IRQLINT_WDK_WMIDATA_H

#include "wdm.h"

/* A GUID initializer whose value no documentation gives (see above). */
#define IRQLINT_WMI_GUID_UNKNOWN {0, 0, 0, {0, 0, 0, 0, 0, 0, 0, 0}}

/* ---- serial ports (root\wmi MSSerial_* classes) ---- */
extern const GUID MSSerial_PortName_GUID;
extern const GUID MSSerial_CommInfo_GUID;
extern const GUID MSSerial_HardwareConfiguration_GUID;
extern const GUID MSSerial_PerformanceInformation_GUID;
extern const GUID MSSerial_CommProperties_GUID;
#define MSSerial_PortNameGuid IRQLINT_WMI_GUID_UNKNOWN
#define MSSerial_CommInfoGuid IRQLINT_WMI_GUID_UNKNOWN
#define MSSerial_HardwareConfigurationGuid IRQLINT_WMI_GUID_UNKNOWN
#define MSSerial_PerformanceInformationGuid IRQLINT_WMI_GUID_UNKNOWN
#define MSSerial_CommPropertiesGuid IRQLINT_WMI_GUID_UNKNOWN

/* ---- disk geometry (MSDiskDriver_Geometry: a DISK_GEOMETRY) ---- */
#define WMI_DISK_GEOMETRY_GUID IRQLINT_WMI_GUID_UNKNOWN
#define MSDiskDriver_GeometryGuid WMI_DISK_GEOMETRY_GUID

/* ---- failure prediction (MSStorageDriver_FailurePredict* classes) ---- */
#define WMI_STORAGE_FAILURE_PREDICT_STATUS_GUID IRQLINT_WMI_GUID_UNKNOWN
#define WMI_STORAGE_FAILURE_PREDICT_DATA_GUID IRQLINT_WMI_GUID_UNKNOWN
#define WMI_STORAGE_FAILURE_PREDICT_FUNCTION_GUID IRQLINT_WMI_GUID_UNKNOWN
#define WMI_STORAGE_PREDICT_FAILURE_EVENT_GUID IRQLINT_WMI_GUID_UNKNOWN
#define WMI_STORAGE_FAILURE_PREDICT_THRESHOLDS_GUID IRQLINT_WMI_GUID_UNKNOWN
#define WMI_STORAGE_SCSI_INFO_EXCEPTIONS_GUID IRQLINT_WMI_GUID_UNKNOWN
/* The failure-prediction event the class library also reports to the
 * diagnostic infrastructure (an initializer too). */
#define WDI_STORAGE_PREDICT_FAILURE_DPS_GUID IRQLINT_WMI_GUID_UNKNOWN
#define MSStorageDriver_FailurePredictStatusGuid                               \
  WMI_STORAGE_FAILURE_PREDICT_STATUS_GUID
#define MSStorageDriver_FailurePredictDataGuid                                 \
  WMI_STORAGE_FAILURE_PREDICT_DATA_GUID
#define MSStorageDriver_FailurePredictFunctionGuid                             \
  WMI_STORAGE_FAILURE_PREDICT_FUNCTION_GUID
#define MSStorageDriver_FailurePredictEventGuid                                \
  WMI_STORAGE_PREDICT_FAILURE_EVENT_GUID
#define MSStorageDriver_FailurePredictThresholdsGuid                           \
  WMI_STORAGE_FAILURE_PREDICT_THRESHOLDS_GUID
#define MSStorageDriver_ScsiInfoExceptionsGuid                                 \
  WMI_STORAGE_SCSI_INFO_EXCEPTIONS_GUID

/* MSStorageDriver_FailurePredictStatus: whether the device predicts a
 * failure, and why. */
typedef struct _STORAGE_FAILURE_PREDICT_STATUS {
  ULONG Reason;
  BOOLEAN PredictFailure;
} STORAGE_FAILURE_PREDICT_STATUS, *PSTORAGE_FAILURE_PREDICT_STATUS;

/* MSStorageDriver_FailurePredictData: the vendor's failure-prediction data
 * (the SMART attributes of an ATA disk). */
typedef struct _STORAGE_FAILURE_PREDICT_DATA {
  ULONG Length;
  UCHAR VendorSpecific[512];
} STORAGE_FAILURE_PREDICT_DATA, *PSTORAGE_FAILURE_PREDICT_DATA;

/* MSStorageDriver_FailurePredictThresholds: the vendor's thresholds. */
typedef struct _STORAGE_FAILURE_PREDICT_THRESHOLDS {
  UCHAR VendorSpecific[512];
} STORAGE_FAILURE_PREDICT_THRESHOLDS, *PSTORAGE_FAILURE_PREDICT_THRESHOLDS;

/* MSStorageDriver_ScsiInfoExceptions: the SCSI informational exceptions
 * control mode page, as WMI reports it (the timer and count as the page's
 * big-endian fields, byte-swapped by the driver). */
typedef struct _STORAGE_SCSI_INFO_EXCEPTIONS {
  BOOLEAN PageSavable;
  UCHAR Flags;
  UCHAR MRIE;
  UCHAR Padding;
  ULONG IntervalTimer;
  ULONG ReportCount;
} STORAGE_SCSI_INFO_EXCEPTIONS, *PSTORAGE_SCSI_INFO_EXCEPTIONS;

/* Methods of MSStorageDriver_FailurePredictFunction that drivers take from
 * here (a driver numbers the class's first methods itself), and their input
 * and output blocks, from the method signatures of the class. The method ids
 * are this model's own values: no page gives them. */
#define ReadLogSectors 8
#define WriteLogSectors 9
#define ExecuteSelfTest 10

typedef struct _READ_LOG_SECTORS_IN {
  UCHAR LogAddress;
  UCHAR SectorCount;
} READ_LOG_SECTORS_IN, *PREAD_LOG_SECTORS_IN;

typedef struct _READ_LOG_SECTORS_OUT {
  ULONG Length;
  UCHAR LogSectors[1];
} READ_LOG_SECTORS_OUT, *PREAD_LOG_SECTORS_OUT;

typedef struct _WRITE_LOG_SECTORS_IN {
  UCHAR LogAddress;
  UCHAR SectorCount;
  ULONG Length;
  UCHAR LogSectors[1];
} WRITE_LOG_SECTORS_IN, *PWRITE_LOG_SECTORS_IN;

typedef struct _WRITE_LOG_SECTORS_OUT {
  BOOLEAN Success;
} WRITE_LOG_SECTORS_OUT, *PWRITE_LOG_SECTORS_OUT;

typedef struct _EXECUTE_SELF_TEST_IN {
  UCHAR Subcommand;
} EXECUTE_SELF_TEST_IN, *PEXECUTE_SELF_TEST_IN;

typedef struct _EXECUTE_SELF_TEST_OUT {
  ULONG ReturnCode;
} EXECUTE_SELF_TEST_OUT, *PEXECUTE_SELF_TEST_OUT;

/* ---- medium changers ---- */
/* What ChangerPerformDiagnostics reports: a CHANGER_DEVICE_PROBLEM_TYPE. */
typedef struct _WMI_CHANGER_PROBLEM_DEVICE_ERROR {
  ULONG ChangerProblemType;
} WMI_CHANGER_PROBLEM_DEVICE_ERROR, *PWMI_CHANGER_PROBLEM_DEVICE_ERROR;

#endif /* IRQLINT_WDK_WMIDATA_H */
