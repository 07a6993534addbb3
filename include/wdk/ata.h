/* irqlint's model of ata.h, the ATA definitions storage miniports (an AHCI
 * or IDE miniport) use to build taskfiles and read what a device reports:
 * the IDENTIFY DEVICE data (IDENTIFY_DEVICE_DATA, as its learn.microsoft.com
 * page gives it), the command opcodes (IDE_COMMAND_*), the status and error
 * register bits, the SET FEATURES and SMART subcommands, and the general
 * purpose log addresses and log pages a driver reads with READ LOG EXT.
 *
 * Written from the documentation, not Microsoft's header: member names and
 * types of IDENTIFY_DEVICE_DATA are the documented ones, placed at the word
 * of the ATA command set (ACS) each one describes; opcodes, register bits
 * and log addresses are the values the ACS assigns. Structures that have no
 * page of their own (IDENTIFY_PACKET_DATA, the GP_LOG_* pages, the hybrid
 * and physical-element structures) carry only the members drivers name, at
 * the place the ACS gives the field, with the rest left as reserved space.
 * Layouts are plausible, not guaranteed byte exact. Like the WDK's header it
 * relies on the basic types of the header included before it (storport.h,
 * miniport.h or wdm.h) and includes nothing itself but the packing helpers.
 *
 * No routine is declared here: ata.h has only data. */
#ifndef IRQLINT_WDK_ATA_H
#define IRQLINT_WDK_ATA_H

#include <pshpack1.h>

/* ---- IDENTIFY DEVICE (0xEC): 256 words ---- */
typedef struct _IDENTIFY_DEVICE_DATA {
  struct { /* word 0 */
    USHORT Reserved1 : 1;
    USHORT Retired3 : 1;
    USHORT ResponseIncomplete : 1;
    USHORT Retired2 : 3;
    USHORT FixedDevice : 1;
    USHORT RemovableMedia : 1;
    USHORT Retired1 : 7;
    USHORT DeviceType : 1;
  } GeneralConfiguration;
  USHORT NumCylinders;
  USHORT SpecificConfiguration;
  USHORT NumHeads;
  USHORT Retired1[2];
  USHORT NumSectorsPerTrack;
  USHORT VendorUnique1[3];
  UCHAR SerialNumber[20]; /* words 10-19 */
  USHORT Retired2[2];
  USHORT Obsolete1;
  UCHAR FirmwareRevision[8]; /* words 23-26 */
  UCHAR ModelNumber[40];     /* words 27-46 */
  UCHAR MaximumBlockTransfer;
  UCHAR VendorUnique2;
  struct { /* word 48 */
    USHORT FeatureSupported : 1;
    USHORT Reserved : 15;
  } TrustedComputing;
  struct { /* words 49-50 */
    UCHAR CurrentLongPhysicalSectorAlignment : 2;
    UCHAR ReservedByte49 : 6;
    UCHAR DmaSupported : 1;
    UCHAR LbaSupported : 1;
    UCHAR IordyDisable : 1;
    UCHAR IordySupported : 1;
    UCHAR Reserved1 : 1;
    UCHAR StandybyTimerSupport : 1;
    UCHAR Reserved2 : 2;
    USHORT ReservedWord50;
  } Capabilities;
  USHORT ObsoleteWords51[2];
  USHORT TranslationFieldsValid : 3; /* word 53 */
  USHORT Reserved3 : 5;
  USHORT FreeFallControlSensitivity : 8;
  USHORT NumberOfCurrentCylinders;
  USHORT NumberOfCurrentHeads;
  USHORT CurrentSectorsPerTrack;
  ULONG CurrentSectorCapacity; /* words 57-58 */
  UCHAR CurrentMultiSectorSetting;
  UCHAR MultiSectorSettingValid : 1;
  UCHAR ReservedByte59 : 3;
  UCHAR SanitizeFeatureSupported : 1;
  UCHAR CryptoScrambleExtCommandSupported : 1;
  UCHAR OverwriteExtCommandSupported : 1;
  UCHAR BlockEraseExtCommandSupported : 1;
  ULONG UserAddressableSectors; /* words 60-61 */
  USHORT ObsoleteWord62;
  USHORT MultiWordDMASupport : 8; /* word 63 */
  USHORT MultiWordDMAActive : 8;
  USHORT AdvancedPIOModes : 8;
  USHORT ReservedByte64 : 8;
  USHORT MinimumMWXferCycleTime;
  USHORT RecommendedMWXferCycleTime;
  USHORT MinimumPIOCycleTime;
  USHORT MinimumPIOCycleTimeIORDY;
  struct { /* word 69 */
    USHORT ZonedCapabilities : 2;
    USHORT NonVolatileWriteCache : 1;
    USHORT ExtendedUserAddressableSectorsSupported : 1;
    USHORT DeviceEncryptsAllUserData : 1;
    USHORT ReadZeroAfterTrimSupported : 1;
    USHORT Optional28BitCommandsSupported : 1;
    USHORT IEEE1667 : 1;
    USHORT DownloadMicrocodeDmaSupported : 1;
    USHORT SetMaxSetPasswordUnlockDmaSupported : 1;
    USHORT WriteBufferDmaSupported : 1;
    USHORT ReadBufferDmaSupported : 1;
    USHORT DeviceConfigIdentifySetDmaSupported : 1;
    USHORT LPSAERCSupported : 1;
    USHORT DeterministicReadAfterTrimSupported : 1;
    USHORT CFastSpecSupported : 1;
  } AdditionalSupported;
  USHORT ReservedWords70[5];
  USHORT QueueDepth : 5; /* word 75 */
  USHORT ReservedWord75 : 11;
  struct { /* words 76-77 */
    USHORT Reserved0 : 1;
    USHORT SataGen1 : 1;
    USHORT SataGen2 : 1;
    USHORT SataGen3 : 1;
    USHORT Reserved1 : 4;
    USHORT NCQ : 1;
    USHORT HIPM : 1;
    USHORT PhyEvents : 1;
    USHORT NcqUnload : 1;
    USHORT NcqPriority : 1;
    USHORT HostAutoPS : 1;
    USHORT DeviceAutoPS : 1;
    USHORT ReadLogDMA : 1;
    USHORT Reserved2 : 1;
    USHORT CurrentSpeed : 3;
    USHORT NcqStreaming : 1;
    USHORT NcqQueueMgmt : 1;
    USHORT NcqReceiveSend : 1;
    USHORT DEVSLPtoReducedPwrState : 1;
    USHORT Reserved3 : 8;
  } SerialAtaCapabilities;
  struct { /* word 78 */
    USHORT Reserved0 : 1;
    USHORT NonZeroOffsets : 1;
    USHORT DmaSetupAutoActivate : 1;
    USHORT DIPM : 1;
    USHORT InOrderData : 1;
    USHORT HardwareFeatureControl : 1;
    USHORT SoftwareSettingsPreservation : 1;
    USHORT NCQAutosense : 1;
    USHORT DEVSLP : 1;
    USHORT HybridInformation : 1;
    USHORT Reserved1 : 6;
  } SerialAtaFeaturesSupported;
  struct { /* word 79 */
    USHORT Reserved0 : 1;
    USHORT NonZeroOffsets : 1;
    USHORT DmaSetupAutoActivate : 1;
    USHORT DIPM : 1;
    USHORT InOrderData : 1;
    USHORT HardwareFeatureControl : 1;
    USHORT SoftwareSettingsPreservation : 1;
    USHORT DeviceAutoPS : 1;
    USHORT DEVSLP : 1;
    USHORT HybridInformation : 1;
    USHORT Reserved1 : 6;
  } SerialAtaFeaturesEnabled;
  USHORT MajorRevision;
  USHORT MinorRevision;
  struct { /* words 82-84 */
    USHORT SmartCommands : 1;
    USHORT SecurityMode : 1;
    USHORT RemovableMediaFeature : 1;
    USHORT PowerManagement : 1;
    USHORT Reserved1 : 1;
    USHORT WriteCache : 1;
    USHORT LookAhead : 1;
    USHORT ReleaseInterrupt : 1;
    USHORT ServiceInterrupt : 1;
    USHORT DeviceReset : 1;
    USHORT HostProtectedArea : 1;
    USHORT Obsolete1 : 1;
    USHORT WriteBuffer : 1;
    USHORT ReadBuffer : 1;
    USHORT Nop : 1;
    USHORT Obsolete2 : 1;
    USHORT DownloadMicrocode : 1;
    USHORT DmaQueued : 1;
    USHORT Cfa : 1;
    USHORT AdvancedPm : 1;
    USHORT Msn : 1;
    USHORT PowerUpInStandby : 1;
    USHORT ManualPowerUp : 1;
    USHORT Reserved2 : 1;
    USHORT SetMax : 1;
    USHORT Acoustics : 1;
    USHORT BigLba : 1;
    USHORT DeviceConfigOverlay : 1;
    USHORT FlushCache : 1;
    USHORT FlushCacheExt : 1;
    USHORT WordValid83 : 2;
    USHORT SmartErrorLog : 1;
    USHORT SmartSelfTest : 1;
    USHORT MediaSerialNumber : 1;
    USHORT MediaCardPassThrough : 1;
    USHORT StreamingFeature : 1;
    USHORT GpLogging : 1;
    USHORT WriteFua : 1;
    USHORT WriteQueuedFua : 1;
    USHORT WWN64Bit : 1;
    USHORT URGReadStream : 1;
    USHORT URGWriteStream : 1;
    USHORT ReservedForTechReport : 2;
    USHORT IdleWithUnloadFeature : 1;
    USHORT WordValid : 2;
  } CommandSetSupport;
  struct { /* words 85-87 */
    USHORT SmartCommands : 1;
    USHORT SecurityMode : 1;
    USHORT RemovableMediaFeature : 1;
    USHORT PowerManagement : 1;
    USHORT Reserved1 : 1;
    USHORT WriteCache : 1;
    USHORT LookAhead : 1;
    USHORT ReleaseInterrupt : 1;
    USHORT ServiceInterrupt : 1;
    USHORT DeviceReset : 1;
    USHORT HostProtectedArea : 1;
    USHORT Obsolete1 : 1;
    USHORT WriteBuffer : 1;
    USHORT ReadBuffer : 1;
    USHORT Nop : 1;
    USHORT Obsolete2 : 1;
    USHORT DownloadMicrocode : 1;
    USHORT DmaQueued : 1;
    USHORT Cfa : 1;
    USHORT AdvancedPm : 1;
    USHORT Msn : 1;
    USHORT PowerUpInStandby : 1;
    USHORT ManualPowerUp : 1;
    USHORT Reserved2 : 1;
    USHORT SetMax : 1;
    USHORT Acoustics : 1;
    USHORT BigLba : 1;
    USHORT DeviceConfigOverlay : 1;
    USHORT FlushCache : 1;
    USHORT FlushCacheExt : 1;
    USHORT Resrved3 : 1;
    USHORT Words119_120Valid : 1;
    USHORT SmartErrorLog : 1;
    USHORT SmartSelfTest : 1;
    USHORT MediaSerialNumber : 1;
    USHORT MediaCardPassThrough : 1;
    USHORT StreamingFeature : 1;
    USHORT GpLogging : 1;
    USHORT WriteFua : 1;
    USHORT WriteQueuedFua : 1;
    USHORT WWN64Bit : 1;
    USHORT URGReadStream : 1;
    USHORT URGWriteStream : 1;
    USHORT ReservedForTechReport : 2;
    USHORT IdleWithUnloadFeature : 1;
    USHORT Reserved4 : 2;
  } CommandSetActive;
  USHORT UltraDMASupport : 8; /* word 88 */
  USHORT UltraDMAActive : 8;
  struct { /* word 89 */
    USHORT TimeRequired : 15;
    USHORT ExtendedTimeReported : 1;
  } NormalSecurityEraseUnit;
  struct { /* word 90 */
    USHORT TimeRequired : 15;
    USHORT ExtendedTimeReported : 1;
  } EnhancedSecurityEraseUnit;
  USHORT CurrentAPMLevel : 8; /* word 91 */
  USHORT ReservedWord91 : 8;
  USHORT MasterPasswordID;
  USHORT HardwareResetResult;
  USHORT CurrentAcousticValue : 8; /* word 94 */
  USHORT RecommendedAcousticValue : 8;
  USHORT StreamMinRequestSize;
  USHORT StreamingTransferTimeDMA;
  USHORT StreamingAccessLatencyDMAPIO;
  ULONG StreamingPerfGranularity; /* words 98-99 */
  ULONG Max48BitLBA[2];           /* words 100-103 */
  USHORT StreamingTransferTime;
  USHORT DsmCap;
  struct { /* word 106 */
    USHORT LogicalSectorsPerPhysicalSector : 4;
    USHORT Reserved0 : 8;
    USHORT LogicalSectorLongerThan256Words : 1;
    USHORT MultipleLogicalSectorsPerPhysicalSector : 1;
    USHORT Reserved1 : 2;
  } PhysicalLogicalSectorSize;
  USHORT InterSeekDelay;
  USHORT WorldWideName[4];               /* words 108-111 */
  USHORT ReservedForWorldWideName128[4]; /* words 112-115 */
  USHORT ReservedForTlcTechnicalReport;
  USHORT WordsPerLogicalSector[2]; /* words 117-118 */
  struct {                         /* word 119 */
    USHORT ReservedForDrqTechnicalReport : 1;
    USHORT WriteReadVerify : 1;
    USHORT WriteUncorrectableExt : 1;
    USHORT ReadWriteLogDmaExt : 1;
    USHORT DownloadMicrocodeMode3 : 1;
    USHORT FreefallControl : 1;
    USHORT SenseDataReporting : 1;
    USHORT ExtendedPowerConditions : 1;
    USHORT Reserved0 : 6;
    USHORT WordValid : 2;
  } CommandSetSupportExt;
  struct { /* word 120 */
    USHORT ReservedForDrqTechnicalReport : 1;
    USHORT WriteReadVerify : 1;
    USHORT WriteUncorrectableExt : 1;
    USHORT ReadWriteLogDmaExt : 1;
    USHORT DownloadMicrocodeMode3 : 1;
    USHORT FreefallControl : 1;
    USHORT SenseDataReporting : 1;
    USHORT ExtendedPowerConditions : 1;
    USHORT Reserved0 : 6;
    USHORT Reserved1 : 2;
  } CommandSetActiveExt;
  USHORT ReservedForExpandedSupportandActive[6]; /* words 121-126 */
  USHORT MsnSupport : 2;                         /* word 127 */
  USHORT ReservedWord127 : 14;
  struct { /* word 128 */
    USHORT SecuritySupported : 1;
    USHORT SecurityEnabled : 1;
    USHORT SecurityLocked : 1;
    USHORT SecurityFrozen : 1;
    USHORT SecurityCountExpired : 1;
    USHORT EnhancedSecurityEraseSupported : 1;
    USHORT Reserved0 : 2;
    USHORT SecurityLevel : 1;
    USHORT Reserved1 : 7;
  } SecurityStatus;
  USHORT ReservedWord129[31]; /* words 129-159 */
  struct {                    /* word 160 */
    USHORT MaximumCurrentInMA : 12;
    USHORT CfaPowerMode1Disabled : 1;
    USHORT CfaPowerMode1Required : 1;
    USHORT Reserved0 : 1;
    USHORT Word160Supported : 1;
  } CfaPowerMode1;
  USHORT ReservedForCfaWord161[7]; /* words 161-167 */
  USHORT NominalFormFactor : 4;    /* word 168 */
  USHORT ReservedWord168 : 12;
  struct { /* word 169 */
    USHORT SupportsTrim : 1;
    USHORT Reserved0 : 15;
  } DataSetManagementFeature;
  USHORT AdditionalProductID[4];       /* words 170-173 */
  USHORT ReservedForCfaWord174[2];     /* words 174-175 */
  USHORT CurrentMediaSerialNumber[30]; /* words 176-205 */
  struct {                             /* word 206 */
    USHORT Supported : 1;
    USHORT Reserved0 : 1;
    USHORT WriteSameSuported : 1;
    USHORT ErrorRecoveryControlSupported : 1;
    USHORT FeatureControlSuported : 1;
    USHORT DataTablesSuported : 1;
    USHORT Reserved1 : 6;
    USHORT VendorSpecific : 4;
  } SCTCommandTransport;
  USHORT ReservedWord207[2]; /* words 207-208 */
  struct {                   /* word 209 */
    USHORT AlignmentOfLogicalWithinPhysical : 14;
    USHORT Word209Supported : 1;
    USHORT Reserved0 : 1;
  } BlockAlignment;
  USHORT WriteReadVerifySectorCountMode3Only[2]; /* words 210-211 */
  USHORT WriteReadVerifySectorCountMode2Only[2]; /* words 212-213 */
  struct {                                       /* word 214 */
    USHORT NVCachePowerModeEnabled : 1;
    USHORT Reserved0 : 3;
    USHORT NVCacheFeatureSetEnabled : 1;
    USHORT Reserved1 : 3;
    USHORT NVCachePowerModeVersion : 4;
    USHORT NVCacheFeatureSetVersion : 4;
  } NVCacheCapabilities;
  USHORT NVCacheSizeLSW;
  USHORT NVCacheSizeMSW;
  USHORT NominalMediaRotationRate; /* word 217 */
  USHORT ReservedWord218;
  struct { /* word 219 */
    UCHAR NVCacheEstimatedTimeToSpinUpInSeconds;
    UCHAR Reserved;
  } NVCacheOptions;
  USHORT WriteReadVerifySectorCountMode : 8; /* word 220 */
  USHORT ReservedWord220 : 8;
  USHORT ReservedWord221;
  struct { /* word 222 */
    USHORT MajorVersion : 12;
    USHORT TransportType : 4;
  } TransportMajorVersion;
  USHORT TransportMinorVersion;
  USHORT ReservedWord224[6];                       /* words 224-229 */
  ULONG ExtendedNumberOfUserAddressableSectors[2]; /* words 230-233 */
  USHORT MinBlocksPerDownloadMicrocodeMode03;
  USHORT MaxBlocksPerDownloadMicrocodeMode03;
  USHORT ReservedWord236[19]; /* words 236-254 */
  USHORT Signature : 8;       /* word 255 */
  USHORT CheckSum : 8;
} IDENTIFY_DEVICE_DATA, *PIDENTIFY_DEVICE_DATA;

/* ---- IDENTIFY PACKET DEVICE (0xA1): 256 words; the fields ATAPI drivers
 * read, at their ACS words ---- */
typedef struct _IDENTIFY_PACKET_DATA {
  struct { /* word 0 */
    USHORT PacketType : 2;
    USHORT IncompleteResponse : 1;
    USHORT Reserved1 : 2;
    USHORT DrqDelay : 2;
    USHORT RemovableMedia : 1;
    USHORT CommandPacketType : 5;
    USHORT Reserved2 : 1;
    USHORT DeviceType : 2;
  } GeneralConfiguration;
  USHORT ReservedWord1;
  USHORT UniqueConfiguration;
  USHORT ReservedWords3[7];
  UCHAR SerialNumber[20]; /* words 10-19 */
  USHORT ReservedWords20[3];
  UCHAR FirmwareRevision[8]; /* words 23-26 */
  UCHAR ModelNumber[40];     /* words 27-46 */
  USHORT ReservedWords47[2];
  struct { /* words 49-50 */
    USHORT VendorSpecific : 8;
    USHORT DmaSupported : 1;
    USHORT LbaSupported : 1;
    USHORT IordyDisabled : 1;
    USHORT IordySupported : 1;
    USHORT Obsolete : 1;
    USHORT OverlapSupported : 1;
    USHORT QueuedCommandsSupported : 1;
    USHORT InterleavedDmaSupported : 1;
    USHORT DeviceSpecificStandbyTimerValueMin : 1;
    USHORT Obsolete1 : 1;
    USHORT ReservedWord50 : 12;
    USHORT WordValid : 2;
  } Capabilities;
  USHORT ObsoleteWords51[2];
  USHORT TranslationFieldsValid : 3; /* word 53 */
  USHORT Reserved3 : 13;
  USHORT ReservedWords54[8];
  struct { /* word 62 */
    USHORT UDMA0Supported : 1;
    USHORT UDMA1Supported : 1;
    USHORT UDMA2Supported : 1;
    USHORT UDMA3Supported : 1;
    USHORT UDMA4Supported : 1;
    USHORT UDMA5Supported : 1;
    USHORT UDMA6Supported : 1;
    USHORT MDMA0Supported : 1;
    USHORT MDMA1Supported : 1;
    USHORT MDMA2Supported : 1;
    USHORT DMASupported : 1;
    USHORT ReservedWord62 : 4;
    USHORT DMADIRBitRequired : 1;
  } DMADIR;
  USHORT MultiWordDMASupport : 8; /* word 63 */
  USHORT MultiWordDMAActive : 8;
  USHORT ReservedWords64[11];
  USHORT QueueDepth : 5; /* word 75 */
  USHORT ReservedWord75 : 11;
  struct { /* words 76-77 */
    USHORT Reserved0 : 1;
    USHORT SataGen1 : 1;
    USHORT SataGen2 : 1;
    USHORT SataGen3 : 1;
    USHORT Reserved1 : 5;
    USHORT HIPM : 1;
    USHORT PhyEvents : 1;
    USHORT Reserved3 : 2;
    USHORT HostAutoPS : 1;
    USHORT DeviceAutoPS : 1;
    USHORT Reserved4 : 1;
    USHORT Reserved5 : 1;
    USHORT CurrentSpeed : 3;
    USHORT SlimlineDeviceAttention : 1;
    USHORT HostEnvironmentDetect : 1;
    USHORT Reserved : 10;
  } SerialAtaCapabilities;
  struct { /* word 78 */
    USHORT Reserved0 : 1;
    USHORT Reserved1 : 2;
    USHORT DIPM : 1;
    USHORT Reserved2 : 1;
    USHORT AsynchronousNotification : 1;
    USHORT SoftwareSettingsPreservation : 1;
    USHORT ReservedSSP : 1;
    USHORT DeviceAutoPS : 1;
    USHORT Reserved3 : 7;
  } SerialAtaFeaturesSupported;
  struct { /* word 79 */
    USHORT Reserved0 : 1;
    USHORT Reserved1 : 2;
    USHORT DIPM : 1;
    USHORT Reserved2 : 1;
    USHORT AsynchronousNotification : 1;
    USHORT SoftwareSettingsPreservation : 1;
    USHORT DeviceAutoPS : 1;
    USHORT Reserved3 : 8;
  } SerialAtaFeaturesEnabled;
  USHORT MajorRevision;
  USHORT MinorRevision;
  USHORT ReservedWords82[6];
  USHORT UltraDMASupport : 8; /* word 88 */
  USHORT UltraDMAActive : 8;
  USHORT ReservedWords89[166]; /* words 89-254 */
  USHORT Signature : 8;        /* word 255 */
  USHORT CheckSum : 8;
} IDENTIFY_PACKET_DATA, *PIDENTIFY_PACKET_DATA;

#include <poppack.h>

/* ---- Command opcodes (the taskfile Command register) ---- */
#define IDE_COMMAND_NOP 0x00
#define IDE_COMMAND_DATA_SET_MANAGEMENT 0x06
#define IDE_COMMAND_ATAPI_RESET 0x08
#define IDE_COMMAND_GET_PHYSICAL_ELEMENT_STATUS 0x12
#define IDE_COMMAND_READ 0x20
#define IDE_COMMAND_READ_EXT 0x24
#define IDE_COMMAND_READ_DMA_EXT 0x25
#define IDE_COMMAND_READ_DMA_QUEUED_EXT 0x26
#define IDE_COMMAND_READ_NATIVE_MAX_EXT 0x27
#define IDE_COMMAND_READ_MULTIPLE_EXT 0x29
#define IDE_COMMAND_READ_STREAM_DMA_EXT 0x2A
#define IDE_COMMAND_READ_STREAM_EXT 0x2B
#define IDE_COMMAND_READ_LOG_EXT 0x2F
#define IDE_COMMAND_WRITE 0x30
#define IDE_COMMAND_WRITE_EXT 0x34
#define IDE_COMMAND_WRITE_DMA_EXT 0x35
#define IDE_COMMAND_WRITE_DMA_QUEUED_EXT 0x36
#define IDE_COMMAND_SET_NATIVE_MAX_EXT 0x37
#define IDE_COMMAND_WRITE_MULTIPLE_EXT 0x39
#define IDE_COMMAND_WRITE_STREAM_DMA_EXT 0x3A
#define IDE_COMMAND_WRITE_STREAM_EXT 0x3B
#define IDE_COMMAND_WRITE_DMA_FUA_EXT 0x3D
#define IDE_COMMAND_WRITE_DMA_QUEUED_FUA_EXT 0x3E
#define IDE_COMMAND_WRITE_LOG_EXT 0x3F
#define IDE_COMMAND_VERIFY 0x40
#define IDE_COMMAND_VERIFY_EXT 0x42
#define IDE_COMMAND_READ_LOG_DMA_EXT 0x47
#define IDE_COMMAND_ZAC_MANAGEMENT_IN 0x4A
#define IDE_COMMAND_WRITE_LOG_DMA_EXT 0x57
#define IDE_COMMAND_TRUSTED_NON_DATA 0x5B
#define IDE_COMMAND_TRUSTED_RECEIVE 0x5C
#define IDE_COMMAND_TRUSTED_RECEIVE_DMA 0x5D
#define IDE_COMMAND_TRUSTED_SEND 0x5E
#define IDE_COMMAND_TRUSTED_SEND_DMA 0x5F
#define IDE_COMMAND_READ_FPDMA_QUEUED 0x60
#define IDE_COMMAND_WRITE_FPDMA_QUEUED 0x61
#define IDE_COMMAND_NCQ_NON_DATA 0x63
#define IDE_COMMAND_SEND_FPDMA_QUEUED 0x64
#define IDE_COMMAND_RECEIVE_FPDMA_QUEUED 0x65
#define IDE_COMMAND_SET_DATE_AND_TIME 0x77
#define IDE_COMMAND_REMOVE_ELEMENT_AND_TRUNCATE 0x7C
#define IDE_COMMAND_EXECUTE_DEVICE_DIAGNOSTIC 0x90
#define IDE_COMMAND_SET_DRIVE_PARAMETERS 0x91
#define IDE_COMMAND_DOWNLOAD_MICROCODE 0x92
#define IDE_COMMAND_DOWNLOAD_MICROCODE_DMA 0x93
#define IDE_COMMAND_ZAC_MANAGEMENT_OUT 0x9F
#define IDE_COMMAND_ATAPI_PACKET 0xA0
#define IDE_COMMAND_ATAPI_IDENTIFY 0xA1
#define IDE_COMMAND_SMART 0xB0
#define IDE_COMMAND_SANITIZE_DEVICE 0xB4
#define IDE_COMMAND_READ_MULTIPLE 0xC4
#define IDE_COMMAND_WRITE_MULTIPLE 0xC5
#define IDE_COMMAND_SET_MULTIPLE 0xC6
#define IDE_COMMAND_READ_DMA_QUEUED 0xC7
#define IDE_COMMAND_READ_DMA 0xC8
#define IDE_COMMAND_WRITE_DMA 0xCA
#define IDE_COMMAND_WRITE_DMA_QUEUED 0xCC
#define IDE_COMMAND_WRITE_MULTIPLE_FUA_EXT 0xCE
#define IDE_COMMAND_GET_MEDIA_STATUS 0xDA
#define IDE_COMMAND_DOOR_LOCK 0xDE
#define IDE_COMMAND_DOOR_UNLOCK 0xDF
#define IDE_COMMAND_STANDBY_IMMEDIATE 0xE0
#define IDE_COMMAND_IDLE_IMMEDIATE 0xE1
#define IDE_COMMAND_CHECK_POWER 0xE5
#define IDE_COMMAND_SLEEP 0xE6
#define IDE_COMMAND_FLUSH_CACHE 0xE7
#define IDE_COMMAND_FLUSH_CACHE_EXT 0xEA
#define IDE_COMMAND_IDENTIFY 0xEC
#define IDE_COMMAND_MEDIA_EJECT 0xED
#define IDE_COMMAND_SET_FEATURE 0xEF
#define IDE_COMMAND_SECURITY_FREEZE_LOCK 0xF5
#define IDE_COMMAND_SET_MAX 0xF9
/* Not an ATA opcode: what a driver stores for "no command". */
#define IDE_COMMAND_NOT_VALID 0xFF

/* ---- Status register bits ---- */
#define IDE_STATUS_ERROR 0x01
#define IDE_STATUS_INDEX 0x02
#define IDE_STATUS_CORRECTED_ERROR 0x04
#define IDE_STATUS_DRQ 0x08
#define IDE_STATUS_DSC 0x10
#define IDE_STATUS_DEVICE_FAULT 0x20
#define IDE_STATUS_DRDY 0x40
#define IDE_STATUS_IDLE 0x50
#define IDE_STATUS_BUSY 0x80

/* ---- Error register bits ---- */
#define IDE_ERROR_ILLEGAL_LENGTH 0x01
#define IDE_ERROR_ADDRESS_NOT_FOUND IDE_ERROR_ILLEGAL_LENGTH
#define IDE_ERROR_END_OF_MEDIA 0x02
#define IDE_ERROR_COMMAND_ABORTED 0x04
#define IDE_ERROR_MEDIA_CHANGE_REQ 0x08
#define IDE_ERROR_ID_NOT_FOUND 0x10
#define IDE_ERROR_MEDIA_CHANGE 0x20
#define IDE_ERROR_DATA_ERROR 0x40
#define IDE_ERROR_BAD_BLOCK 0x80
#define IDE_ERROR_CRC_ERROR IDE_ERROR_BAD_BLOCK

/* Device register: the LBA addressing bit. */
#define IDE_LBA_MODE (1 << 6)

/* DATA SET MANAGEMENT features: TRIM. */
#define IDE_DSM_FEATURE_TRIM 0x0001

/* ---- SET FEATURES subcommands (the Features register) ---- */
#define IDE_FEATURE_ENABLE_WRITE_CACHE 0x02
#define IDE_FEATURE_SET_TRANSFER_MODE 0x03
#define IDE_FEATURE_ENABLE_PUIS 0x06
#define IDE_FEATURE_PUIS_SPIN_UP 0x07
#define IDE_FEATURE_ENABLE_SATA_FEATURE 0x10
#define IDE_FEATURE_DISABLE_MSN 0x31
#define IDE_FEATURE_DISABLE_REVERT_TO_POWER_ON 0x66
#define IDE_FEATURE_DISABLE_WRITE_CACHE 0x82
#define IDE_FEATURE_DISABLE_PUIS 0x86
#define IDE_FEATURE_DISABLE_SATA_FEATURE 0x90
#define IDE_FEATURE_ENABLE_MSN 0x95

/* Serial ATA features (Count register of ENABLE/DISABLE_SATA_FEATURE). */
#define IDE_SATA_FEATURE_NON_ZERO_DMA_BUFFER_OFFSET 0x01
#define IDE_SATA_FEATURE_DMA_SETUP_FIS_AUTO_ACTIVATE 0x02
#define IDE_SATA_FEATURE_DEVICE_INITIATED_POWER_MANAGEMENT 0x03
#define IDE_SATA_FEATURE_GUARANTEED_IN_ORDER_DELIVERY 0x04
#define IDE_SATA_FEATURE_ASYNCHRONOUS_NOTIFICATION 0x05
#define IDE_SATA_FEATURE_SOFTWARE_SETTINGS_PRESERVATION 0x06
#define IDE_SATA_FEATURE_DEVICE_AUTO_PARTIAL_TO_SLUMBER 0x07
#define IDE_SATA_FEATURE_ENABLE_HARDWARE_FEATURE_CONTROL 0x08
#define IDE_SATA_FEATURE_DEVSLP 0x09
#define IDE_SATA_FEATURE_HYBRID_INFORMATION 0x0A

/* ---- SMART subcommands (Features register of IDE_COMMAND_SMART) ---- */
#define IDE_SMART_READ_ATTRIBUTES 0xD0
#define IDE_SMART_READ_THRESHOLDS 0xD1
#define IDE_SMART_ENABLE_DISABLE_AUTOSAVE 0xD2
#define IDE_SMART_SAVE_ATTRIBUTE_VALUES 0xD3
#define IDE_SMART_EXECUTE_OFFLINE_DIAGNOSTICS 0xD4
#define IDE_SMART_READ_LOG 0xD5
#define IDE_SMART_WRITE_LOG 0xD6
#define IDE_SMART_ENABLE 0xD8
#define IDE_SMART_DISABLE 0xD9
#define IDE_SMART_RETURN_STATUS 0xDA

/* ---- NCQ NON-DATA and SEND FPDMA QUEUED subcommands ---- */
#define IDE_NCQ_NON_DATA_ABORT_NCQ_QUEUE 0x00
#define IDE_NCQ_NON_DATA_DEADLINE_HANDLING 0x01
#define IDE_NCQ_NON_DATA_HYBRID_DEMOTE_BY_SIZE 0x02
#define IDE_NCQ_NON_DATA_HYBRID_CHANGE_BY_LBA_RANGE 0x03
#define IDE_NCQ_NON_DATA_HYBRID_CONTROL 0x04
#define IDE_NCQ_SEND_DATA_SET_MANAGEMENT 0x00
#define IDE_NCQ_SEND_HYBRID_EVICT 0x01
#define IDE_NCQ_SEND_WRITE_LOG_DMA_EXT 0x02

/* ---- General purpose log addresses (READ LOG EXT) ---- */
#define IDE_GP_LOG_DIRECTORY_ADDRESS 0x00
#define IDE_GP_SUMMARY_SMART_ERROR 0x01
#define IDE_GP_COMPREHENSIVE_SMART_ERROR 0x02
#define IDE_GP_EXTENDED_COMPREHENSIVE_SMART_ERROR 0x03
#define IDE_GP_LOG_DEVICE_STATISTICS_ADDRESS 0x04
#define IDE_GP_SMART_SELF_TEST 0x06
#define IDE_GP_EXTENDED_SMART_SELF_TEST 0x07
#define IDE_GP_LOG_POWER_CONDITIONS 0x08
#define IDE_GP_SELECTIVE_SELF_TEST 0x09
#define IDE_GP_DEVICE_STATISTICS_NOTIFICATION 0x0A
#define IDE_GP_LPS_MISALIGNMENT 0x0D
#define IDE_GP_LOG_NCQ_COMMAND_ERROR_ADDRESS 0x10
#define IDE_GP_LOG_PHY_EVENT_COUNTER_ADDRESS 0x11
#define IDE_GP_LOG_NCQ_NON_DATA_ADDRESS 0x12
#define IDE_GP_LOG_NCQ_SEND_RECEIVE_ADDRESS 0x13
#define IDE_GP_LOG_HYBRID_INFO_ADDRESS 0x14
#define IDE_GP_LOG_READ_STREAM_ERROR 0x21
#define IDE_GP_LOG_WRITE_STREAM_ERROR 0x22
#define IDE_GP_LOG_CURRENT_DEVICE_INTERNAL_STATUS 0x24
#define IDE_GP_LOG_SAVED_DEVICE_INTERNAL_STATUS 0x25
#define IDE_GP_LOG_IDENTIFY_DEVICE_DATA_ADDRESS 0x30
#define IDE_GP_LOG_SCT_COMMAND_STATUS 0xE0
#define IDE_GP_LOG_SCT_DATA_TRANSFER 0xE1
/* The version the log directory reports in its first word. */
#define IDE_GP_LOG_VERSION 0x0001
#define IDE_GP_LOG_SECTOR_SIZE 0x200

/* Pages of the Device Statistics (0x04) and IDENTIFY DEVICE data (0x30)
 * logs. */
#define IDE_GP_LOG_SUPPORTED_PAGES 0x00
#define IDE_GP_LOG_DEVICE_STATISTICS_GENERAL_PAGE 0x01
#define IDE_GP_LOG_DEVICE_STATISTICS_FREE_FALL_PAGE 0x02
#define IDE_GP_LOG_DEVICE_STATISTICS_ROTATING_MEDIA_PAGE 0x03
#define IDE_GP_LOG_DEVICE_STATISTICS_GENERAL_ERROR_PAGE 0x04
#define IDE_GP_LOG_DEVICE_STATISTICS_TEMPERATURE_PAGE 0x05
#define IDE_GP_LOG_DEVICE_STATISTICS_TRANSPORT_PAGE 0x06
#define IDE_GP_LOG_DEVICE_STATISTICS_SSD_PAGE 0x07
#define IDE_GP_LOG_IDENTIFY_DEVICE_DATA_COPY_PAGE 0x01
#define IDE_GP_LOG_IDENTIFY_DEVICE_DATA_CAPACITY_PAGE 0x02
#define IDE_GP_LOG_IDENTIFY_DEVICE_DATA_SUPPORTED_CAPABILITIES_PAGE 0x03
#define IDE_GP_LOG_IDENTIFY_DEVICE_DATA_CURRENT_SETTINGS_PAGE 0x04
#define IDE_GP_LOG_IDENTIFY_DEVICE_DATA_SATA_PAGE 0x08

/* ---- Log pages ---- */
#include <pshpack1.h>

/* NCQ Command Error log (0x10), one 512-byte page. */
typedef struct _GP_LOG_NCQ_COMMAND_ERROR {
  UCHAR NcqTag : 5;
  UCHAR Reserved0 : 1;
  UCHAR UNL : 1;
  UCHAR NonQueuedCmd : 1;
  UCHAR Reserved1;
  UCHAR Status;
  UCHAR Error;
  UCHAR LBA7_0;
  UCHAR LBA15_8;
  UCHAR LBA23_16;
  UCHAR Device;
  UCHAR LBA31_24;
  UCHAR LBA39_32;
  UCHAR LBA47_40;
  UCHAR Reserved2;
  UCHAR Count7_0;
  UCHAR Count15_8;
  UCHAR SenseKey;
  UCHAR ASC;
  UCHAR ASCQ;
  UCHAR Reserved3[239];
  UCHAR Vendor[255];
  UCHAR Checksum;
} GP_LOG_NCQ_COMMAND_ERROR, *PGP_LOG_NCQ_COMMAND_ERROR;

/* NCQ Command Support log (0x12): one DWORD of flags per NCQ NON-DATA
 * subcommand. */
typedef struct _GP_LOG_NCQ_NON_DATA {
  struct {
    ULONG AbortNCQ : 1;
    ULONG AbortAll : 1;
    ULONG AbortStreaming : 1;
    ULONG AbortNonStreaming : 1;
    ULONG AbortSelectedTTag : 1;
    ULONG Reserved : 27;
  } SubCmd0;
  struct {
    ULONG HybridDemoteBySize : 1;
    ULONG Reserved : 31;
  } SubCmd2;
  struct {
    ULONG HybridChangeByLbaRange : 1;
    ULONG Reserved : 31;
  } SubCmd3;
  struct {
    ULONG HybridControl : 1;
    ULONG Reserved : 31;
  } SubCmd4;
  ULONG Reserved[124];
} GP_LOG_NCQ_NON_DATA, *PGP_LOG_NCQ_NON_DATA;

/* NCQ Send and Receive log (0x13). */
typedef struct _GP_LOG_NCQ_SEND_RECEIVE {
  struct {
    ULONG DataSetManagement : 1;
    ULONG HybridEvict : 1;
    ULONG Reserved : 30;
  } SubCmd;
  struct {
    ULONG Trim : 1;
    ULONG Reserved : 31;
  } DataSetManagement;
  ULONG Reserved[126];
} GP_LOG_NCQ_SEND_RECEIVE, *PGP_LOG_NCQ_SEND_RECEIVE;

/* The header of a Device Statistics (0x04) or IDENTIFY DEVICE data (0x30)
 * log page: one QWORD. */
typedef struct _DEVICE_STATISTICS_LOG_PAGE_HEADER {
  USHORT RevisionNumber;
  UCHAR PageNumber;
  UCHAR Reserved[5];
} DEVICE_STATISTICS_LOG_PAGE_HEADER, *PDEVICE_STATISTICS_LOG_PAGE_HEADER;

typedef struct _IDENTIFY_DEVICE_DATA_LOG_PAGE_HEADER {
  USHORT RevisionNumber;
  UCHAR PageNumber;
  UCHAR Reserved[5];
} IDENTIFY_DEVICE_DATA_LOG_PAGE_HEADER, *PIDENTIFY_DEVICE_DATA_LOG_PAGE_HEADER;

/* A device statistic: one QWORD, the value in the low bits and the flags
 * (valid, supported) in the top byte. */
typedef struct _GP_LOG_STATISTIC {
  ULONGLONG Value : 48;
  ULONGLONG Reserved : 8;
  ULONGLONG Flags : 4;
  ULONGLONG Normalized : 1;
  ULONGLONG ValidValue : 1;
  ULONGLONG ValidNormalizedValue : 1;
  ULONGLONG Supported : 1;
} GP_LOG_STATISTIC, *PGP_LOG_STATISTIC;

/* A temperature statistic: a signed byte in degrees Celsius. */
typedef struct _GP_LOG_TEMPERATURE_STATISTIC {
  CHAR Value;
  UCHAR Reserved[6];
  UCHAR Flags : 6;
  UCHAR ValidValue : 1;
  UCHAR Supported : 1;
} GP_LOG_TEMPERATURE_STATISTIC, *PGP_LOG_TEMPERATURE_STATISTIC;

/* General Statistics page (0x01) of the Device Statistics log. */
typedef struct _GP_LOG_GENERAL_STATISTICS {
  DEVICE_STATISTICS_LOG_PAGE_HEADER Header;
  GP_LOG_STATISTIC LifetimePoweronResets;
  GP_LOG_STATISTIC PoweronHours;
  GP_LOG_STATISTIC LogicalSectorsWritten;
  GP_LOG_STATISTIC WriteCommandCount;
  GP_LOG_STATISTIC LogicalSectorsRead;
  GP_LOG_STATISTIC ReadCommandCount;
  GP_LOG_STATISTIC DateAndTime;
  ULONGLONG Reserved[56];
} GP_LOG_GENERAL_STATISTICS, *PGP_LOG_GENERAL_STATISTICS;

/* Temperature Statistics page (0x05) of the Device Statistics log. */
typedef struct _GP_LOG_TEMPERATURE_STATISTICS {
  DEVICE_STATISTICS_LOG_PAGE_HEADER Header;
  GP_LOG_TEMPERATURE_STATISTIC CurrentTemperature;
  GP_LOG_TEMPERATURE_STATISTIC Reserved0[9];
  GP_LOG_TEMPERATURE_STATISTIC SpecifiedMaximumOperatingTemperature;
  GP_LOG_TEMPERATURE_STATISTIC Reserved1;
  GP_LOG_TEMPERATURE_STATISTIC SpecifiedMinimumOperatingTemperature;
  ULONGLONG Reserved[50];
} GP_LOG_TEMPERATURE_STATISTICS, *PGP_LOG_TEMPERATURE_STATISTICS;

/* Hybrid Information log (0x14): a header, then one descriptor per hybrid
 * priority. */
typedef struct _GP_LOG_HYBRID_INFORMATION_HEADER {
  UCHAR HybridInfoDescrCount : 4;
  UCHAR Reserved0 : 3;
  UCHAR Enabled : 1;
  UCHAR HybridHealth;
  UCHAR DirtyLowThreshold;
  UCHAR DirtyHighThreshold;
  UCHAR OptimalWriteGranularity;
  UCHAR MaximumHybridPriorityLevel : 4;
  UCHAR Reserved1 : 4;
  UCHAR PowerCondition;
  UCHAR CachingMediumEnabled;
  struct {
    UCHAR MaximumPriorityBehavior : 1;
    UCHAR SupportCacheBehavior : 1;
    UCHAR Reserved : 6;
  } SupportedOptions;
  UCHAR Reserved2[3];
  ULONG TimeSinceEnabled;
  ULONGLONG NVMSize;
  ULONGLONG EnableCount;
  USHORT MaximumEvictionCommands : 5;
  USHORT Reserved3 : 11;
  USHORT MaximumEvictionDataBlocks;
  UCHAR Reserved4[28];
} GP_LOG_HYBRID_INFORMATION_HEADER, *PGP_LOG_HYBRID_INFORMATION_HEADER;

typedef struct _GP_LOG_HYBRID_INFORMATION_DESCRIPTOR {
  UCHAR HybridPriority;
  UCHAR ConsumedNVMSizeFraction;
  UCHAR ConsumedMappingResourcesFraction;
  UCHAR ConsumedNVMSizeForDirtyDataFraction;
  UCHAR ConsumedMappingResourcesForDirtyDataFraction;
  UCHAR Reserved[11];
} GP_LOG_HYBRID_INFORMATION_DESCRIPTOR, *PGP_LOG_HYBRID_INFORMATION_DESCRIPTOR;

typedef struct _GP_LOG_HYBRID_INFORMATION {
  GP_LOG_HYBRID_INFORMATION_HEADER Header;
  GP_LOG_HYBRID_INFORMATION_DESCRIPTOR Descriptor[ANYSIZE_ARRAY];
} GP_LOG_HYBRID_INFORMATION, *PGP_LOG_HYBRID_INFORMATION;

/* The hybrid information field of an NCQ command (Auxiliary register). */
typedef union _ATA_HYBRID_INFO_FIELDS {
  struct {
    UCHAR HybridPriority : 4;
    UCHAR Reserved0 : 1;
    UCHAR InfoValid : 1;
    UCHAR Reserved1 : 2;
  };
  UCHAR AsUchar;
} ATA_HYBRID_INFO_FIELDS, *PATA_HYBRID_INFO_FIELDS;

/* GET PHYSICAL ELEMENT STATUS (0x12): a 32-byte header, then 32-byte
 * descriptors. */
typedef struct _ATA_PHYSICAL_ELEMENT_STATUS_DESCRIPTOR {
  UCHAR Reserved1[4];
  ULONG ElementIdentifier;
  UCHAR Reserved2[6];
  UCHAR PhysicalElementType;
  UCHAR PhysicalElementHealth;
  ULONGLONG AssociatedCapacity;
  UCHAR Reserved3[8];
} ATA_PHYSICAL_ELEMENT_STATUS_DESCRIPTOR,
    *PATA_PHYSICAL_ELEMENT_STATUS_DESCRIPTOR;

typedef struct _ATA_GET_PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA {
  ULONG NumberOfDescriptors;
  ULONG NumberOfDescriptorsReturned;
  ULONG ElementIdentifierBeingDepoped;
  UCHAR Reserved[20];
  ATA_PHYSICAL_ELEMENT_STATUS_DESCRIPTOR Descriptors[ANYSIZE_ARRAY];
} ATA_GET_PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA,
    *PATA_GET_PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA;

#include <poppack.h>

/* Current Device Internal Status log (0x24): the first 512-byte page, with
 * the last page of each of the three data areas that follow it. */
#define CURRENT_DEVICE_INTERNAL_STATUS_DATA_LOG_ADDRESS 0x24
#define SAVED_DEVICE_INTERNAL_STATUS_DATA_LOG_ADDRESS 0x25

#include <pshpack1.h>
typedef struct _CURRENT_DEVICE_INTERNAL_STATUS_LOG {
  UCHAR LogAddress;
  UCHAR Reserved0[3];
  ULONG OrganizationID;
  USHORT Area1LastLogPage;
  USHORT Area2LastLogPage;
  USHORT Area3LastLogPage;
  UCHAR Reserved2[368];
  UCHAR SavedDataAvailable;
  UCHAR SavedDataGenerationNumber;
  UCHAR ReasonIdentifier[128];
} CURRENT_DEVICE_INTERNAL_STATUS_LOG, *PCURRENT_DEVICE_INTERNAL_STATUS_LOG;

/* Supported Capabilities page (0x03) of the IDENTIFY DEVICE data log: a
 * header and one QWORD per capability; the download microcode one is
 * spelled out. */
typedef struct _IDENTIFY_DEVICE_DATA_LOG_PAGE_SUPPORTED_CAPABILITIES {
  IDENTIFY_DEVICE_DATA_LOG_PAGE_HEADER Header;
  ULONGLONG SupportedCapabilities;
  struct {
    ULONGLONG DmMinTransferSize : 16;
    ULONGLONG DmMaxTransferSize : 16;
    ULONGLONG DmOffsetsImmediateSupported : 1;
    ULONGLONG DmImmediateSupported : 1;
    ULONGLONG DmOffsetsDeferredSupported : 1;
    ULONGLONG Reserved : 28;
    ULONGLONG Valid : 1;
  } DownloadMicrocodeCapabilities;
  ULONGLONG Reserved[61];
} IDENTIFY_DEVICE_DATA_LOG_PAGE_SUPPORTED_CAPABILITIES,
    *PIDENTIFY_DEVICE_DATA_LOG_PAGE_SUPPORTED_CAPABILITIES;
#include <poppack.h>

/* ---- Device signatures (the AHCI PxSIG register after reset) ---- */
#define ATA_DEVICE_SIGNATURE_ATA 0x00000101
#define ATA_DEVICE_SIGNATURE_ATAPI 0xEB140101
#define ATA_DEVICE_SIGNATURE_ENCLOSURE 0xC33C0101
#define ATA_DEVICE_SIGNATURE_PORT_MULTIPLIER 0x96690101

#endif /* IRQLINT_WDK_ATA_H */
