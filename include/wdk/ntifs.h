/* irqlint's model of ntifs.h, the header of file systems and file system
 * filters, written from the documentation -- not Microsoft's header. It is
 * a superset of ntddk.h and covers what the file systems and minifilters
 * call: the file and volume information classes, the file system control
 * codes and their buffers, the FsRtl support routines (common FCB headers,
 * byte-range locks, oplocks, MCBs, the tunnel cache, change notification,
 * name parsing), the cache manager, share access and top-level IRPs, the
 * fast I/O dispatch table, the subject security context, the OEM string
 * conversions and the process and token routines of this header. Struct
 * layouts carry the documented members; they are not binary exact. IRQL
 * annotations appear where the routine's reference page states the IRQL. */
#ifndef IRQLINT_WDK_NTIFS_H
#define IRQLINT_WDK_NTIFS_H

#include "ntddk.h"
/* the real wdm.h includes it; the version checks below need it */
#include "sdkddkver.h"

/* ---- pointer arithmetic helpers of the file systems ---- */
#ifndef Add2Ptr
#define Add2Ptr(P, I) ((PVOID)((PUCHAR)(P) + (I)))
#endif
#ifndef PtrOffset
#define PtrOffset(B, O) ((ULONG)((ULONG_PTR)(O) - (ULONG_PTR)(B)))
#endif
#define RtlOffsetToPointer(B, O) ((PCHAR)(((PCHAR)(B)) + ((ULONG_PTR)(O))))
#define RtlPointerToOffset(B, P) ((ULONG)(((PCHAR)(P)) - ((PCHAR)(B))))
#ifndef ROUND_TO_SIZE
#define ROUND_TO_SIZE(_length, _alignment)                                     \
  ((((ULONG_PTR)(_length)) + ((_alignment) - 1)) &                             \
   ~(ULONG_PTR)((_alignment) - 1))
#endif
#ifndef IS_ALIGNED
#define IS_ALIGNED(_pointer, _alignment)                                       \
  ((((ULONG_PTR)(_pointer)) & ((_alignment) - 1)) == 0)
#endif

/* ---- file information classes and their buffers (FILE_INFORMATION_CLASS,
 * FILE_STANDARD_INFORMATION and FILE_POSITION_INFORMATION are wdm.h's) ---- */
typedef struct _FILE_INTERNAL_INFORMATION {
  LARGE_INTEGER IndexNumber;
} FILE_INTERNAL_INFORMATION, *PFILE_INTERNAL_INFORMATION;
typedef struct _FILE_EA_INFORMATION {
  ULONG EaSize;
} FILE_EA_INFORMATION, *PFILE_EA_INFORMATION;
typedef struct _FILE_ACCESS_INFORMATION {
  ACCESS_MASK AccessFlags;
} FILE_ACCESS_INFORMATION, *PFILE_ACCESS_INFORMATION;
typedef struct _FILE_MODE_INFORMATION {
  ULONG Mode;
} FILE_MODE_INFORMATION, *PFILE_MODE_INFORMATION;
typedef struct _FILE_ALIGNMENT_INFORMATION {
  ULONG AlignmentRequirement;
} FILE_ALIGNMENT_INFORMATION, *PFILE_ALIGNMENT_INFORMATION;
typedef struct _FILE_NAME_INFORMATION {
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_NAME_INFORMATION, *PFILE_NAME_INFORMATION;
typedef struct _FILE_ALL_INFORMATION {
  FILE_BASIC_INFORMATION BasicInformation;
  FILE_STANDARD_INFORMATION StandardInformation;
  FILE_INTERNAL_INFORMATION InternalInformation;
  FILE_EA_INFORMATION EaInformation;
  FILE_ACCESS_INFORMATION AccessInformation;
  FILE_POSITION_INFORMATION PositionInformation;
  FILE_MODE_INFORMATION ModeInformation;
  FILE_ALIGNMENT_INFORMATION AlignmentInformation;
  FILE_NAME_INFORMATION NameInformation;
} FILE_ALL_INFORMATION, *PFILE_ALL_INFORMATION;
typedef struct _FILE_ALLOCATION_INFORMATION {
  LARGE_INTEGER AllocationSize;
} FILE_ALLOCATION_INFORMATION, *PFILE_ALLOCATION_INFORMATION;
typedef struct _FILE_END_OF_FILE_INFORMATION {
  LARGE_INTEGER EndOfFile;
} FILE_END_OF_FILE_INFORMATION, *PFILE_END_OF_FILE_INFORMATION;
typedef struct _FILE_VALID_DATA_LENGTH_INFORMATION {
  LARGE_INTEGER ValidDataLength;
} FILE_VALID_DATA_LENGTH_INFORMATION, *PFILE_VALID_DATA_LENGTH_INFORMATION;
typedef struct _FILE_ATTRIBUTE_TAG_INFORMATION {
  ULONG FileAttributes;
  ULONG ReparseTag;
} FILE_ATTRIBUTE_TAG_INFORMATION, *PFILE_ATTRIBUTE_TAG_INFORMATION;
typedef struct _FILE_DISPOSITION_INFORMATION {
  BOOLEAN DeleteFile;
} FILE_DISPOSITION_INFORMATION, *PFILE_DISPOSITION_INFORMATION;
#define FILE_DISPOSITION_DO_NOT_DELETE 0x00000000
#define FILE_DISPOSITION_DELETE 0x00000001
#define FILE_DISPOSITION_POSIX_SEMANTICS 0x00000002
#define FILE_DISPOSITION_FORCE_IMAGE_SECTION_CHECK 0x00000004
#define FILE_DISPOSITION_ON_CLOSE 0x00000008
#define FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE 0x00000010
typedef struct _FILE_DISPOSITION_INFORMATION_EX {
  ULONG Flags;
} FILE_DISPOSITION_INFORMATION_EX, *PFILE_DISPOSITION_INFORMATION_EX;
#define FILE_RENAME_REPLACE_IF_EXISTS 0x00000001
#define FILE_RENAME_POSIX_SEMANTICS 0x00000002
#define FILE_RENAME_SUPPRESS_PIN_STATE_INHERITANCE 0x00000004
#define FILE_RENAME_SUPPRESS_STORAGE_RESERVE_INHERITANCE 0x00000008
#define FILE_RENAME_IGNORE_READONLY_ATTRIBUTE 0x00000040
typedef struct _FILE_RENAME_INFORMATION {
  union {
    BOOLEAN ReplaceIfExists;
    ULONG Flags;
  };
  HANDLE RootDirectory;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_RENAME_INFORMATION, *PFILE_RENAME_INFORMATION;
#define FILE_LINK_REPLACE_IF_EXISTS 0x00000001
#define FILE_LINK_POSIX_SEMANTICS 0x00000002
typedef struct _FILE_LINK_INFORMATION {
  union {
    BOOLEAN ReplaceIfExists;
    ULONG Flags;
  };
  HANDLE RootDirectory;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_LINK_INFORMATION, *PFILE_LINK_INFORMATION;
typedef struct _FILE_LINK_ENTRY_INFORMATION {
  ULONG NextEntryOffset;
  LONGLONG ParentFileId;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_LINK_ENTRY_INFORMATION, *PFILE_LINK_ENTRY_INFORMATION;
typedef struct _FILE_LINKS_INFORMATION {
  ULONG BytesNeeded;
  ULONG EntriesReturned;
  FILE_LINK_ENTRY_INFORMATION Entry;
} FILE_LINKS_INFORMATION, *PFILE_LINKS_INFORMATION;
typedef struct _FILE_STREAM_INFORMATION {
  ULONG NextEntryOffset;
  ULONG StreamNameLength;
  LARGE_INTEGER StreamSize;
  LARGE_INTEGER StreamAllocationSize;
  WCHAR StreamName[1];
} FILE_STREAM_INFORMATION, *PFILE_STREAM_INFORMATION;
typedef struct _FILE_COMPRESSION_INFORMATION {
  LARGE_INTEGER CompressedFileSize;
  USHORT CompressionFormat;
  UCHAR CompressionUnitShift;
  UCHAR ChunkShift;
  UCHAR ClusterShift;
  UCHAR Reserved[3];
} FILE_COMPRESSION_INFORMATION, *PFILE_COMPRESSION_INFORMATION;
typedef struct _FILE_ID_128 {
  BYTE Identifier[16];
} FILE_ID_128, *PFILE_ID_128;
typedef struct _FILE_ID_INFORMATION {
  ULONGLONG VolumeSerialNumber;
  FILE_ID_128 FileId;
} FILE_ID_INFORMATION, *PFILE_ID_INFORMATION;
#define FILE_INVALID_FILE_ID ((LONGLONG) - 1LL)
typedef struct _FILE_FULL_EA_INFORMATION {
  ULONG NextEntryOffset;
  UCHAR Flags;
  UCHAR EaNameLength;
  USHORT EaValueLength;
  CHAR EaName[1];
} FILE_FULL_EA_INFORMATION, *PFILE_FULL_EA_INFORMATION;
typedef struct _FILE_GET_EA_INFORMATION {
  ULONG NextEntryOffset;
  UCHAR EaNameLength;
  CHAR EaName[1];
} FILE_GET_EA_INFORMATION, *PFILE_GET_EA_INFORMATION;
#define FILE_NEED_EA 0x00000080
#define FILE_EA_TYPE_BINARY 0xfffe
#define FILE_EA_TYPE_ASCII 0xfffd

/* directory enumeration buffers */
typedef struct _FILE_DIRECTORY_INFORMATION {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER EndOfFile;
  LARGE_INTEGER AllocationSize;
  ULONG FileAttributes;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_DIRECTORY_INFORMATION, *PFILE_DIRECTORY_INFORMATION;
typedef struct _FILE_FULL_DIR_INFORMATION {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER EndOfFile;
  LARGE_INTEGER AllocationSize;
  ULONG FileAttributes;
  ULONG FileNameLength;
  ULONG EaSize;
  WCHAR FileName[1];
} FILE_FULL_DIR_INFORMATION, *PFILE_FULL_DIR_INFORMATION;
typedef struct _FILE_ID_FULL_DIR_INFORMATION {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER EndOfFile;
  LARGE_INTEGER AllocationSize;
  ULONG FileAttributes;
  ULONG FileNameLength;
  ULONG EaSize;
  LARGE_INTEGER FileId;
  WCHAR FileName[1];
} FILE_ID_FULL_DIR_INFORMATION, *PFILE_ID_FULL_DIR_INFORMATION;
typedef struct _FILE_BOTH_DIR_INFORMATION {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER EndOfFile;
  LARGE_INTEGER AllocationSize;
  ULONG FileAttributes;
  ULONG FileNameLength;
  ULONG EaSize;
  CCHAR ShortNameLength;
  WCHAR ShortName[12];
  WCHAR FileName[1];
} FILE_BOTH_DIR_INFORMATION, *PFILE_BOTH_DIR_INFORMATION;
typedef struct _FILE_ID_BOTH_DIR_INFORMATION {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER EndOfFile;
  LARGE_INTEGER AllocationSize;
  ULONG FileAttributes;
  ULONG FileNameLength;
  ULONG EaSize;
  CCHAR ShortNameLength;
  WCHAR ShortName[12];
  LARGE_INTEGER FileId;
  WCHAR FileName[1];
} FILE_ID_BOTH_DIR_INFORMATION, *PFILE_ID_BOTH_DIR_INFORMATION;
typedef struct _FILE_ID_EXTD_DIR_INFORMATION {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER EndOfFile;
  LARGE_INTEGER AllocationSize;
  ULONG FileAttributes;
  ULONG FileNameLength;
  ULONG EaSize;
  ULONG ReparsePointTag;
  FILE_ID_128 FileId;
  WCHAR FileName[1];
} FILE_ID_EXTD_DIR_INFORMATION, *PFILE_ID_EXTD_DIR_INFORMATION;
typedef struct _FILE_NAMES_INFORMATION {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_NAMES_INFORMATION, *PFILE_NAMES_INFORMATION;
typedef struct _FILE_OBJECTID_INFORMATION {
  LONGLONG FileReference;
  UCHAR ObjectId[16];
  union {
    struct {
      UCHAR BirthVolumeId[16];
      UCHAR BirthObjectId[16];
      UCHAR DomainId[16];
    };
    UCHAR ExtendedInfo[48];
  };
} FILE_OBJECTID_INFORMATION, *PFILE_OBJECTID_INFORMATION;

/* change notification */
#define FILE_NOTIFY_CHANGE_FILE_NAME 0x00000001
#define FILE_NOTIFY_CHANGE_DIR_NAME 0x00000002
#define FILE_NOTIFY_CHANGE_NAME 0x00000003
#define FILE_NOTIFY_CHANGE_ATTRIBUTES 0x00000004
#define FILE_NOTIFY_CHANGE_SIZE 0x00000008
#define FILE_NOTIFY_CHANGE_LAST_WRITE 0x00000010
#define FILE_NOTIFY_CHANGE_LAST_ACCESS 0x00000020
#define FILE_NOTIFY_CHANGE_CREATION 0x00000040
#define FILE_NOTIFY_CHANGE_EA 0x00000080
#define FILE_NOTIFY_CHANGE_SECURITY 0x00000100
#define FILE_NOTIFY_CHANGE_STREAM_NAME 0x00000200
#define FILE_NOTIFY_CHANGE_STREAM_SIZE 0x00000400
#define FILE_NOTIFY_CHANGE_STREAM_WRITE 0x00000800
#define FILE_NOTIFY_VALID_MASK 0x00000fff
#define FILE_ACTION_ADDED 0x00000001
#define FILE_ACTION_REMOVED 0x00000002
#define FILE_ACTION_MODIFIED 0x00000003
#define FILE_ACTION_RENAMED_OLD_NAME 0x00000004
#define FILE_ACTION_RENAMED_NEW_NAME 0x00000005
#define FILE_ACTION_ADDED_STREAM 0x00000006
#define FILE_ACTION_REMOVED_STREAM 0x00000007
#define FILE_ACTION_MODIFIED_STREAM 0x00000008
typedef struct _FILE_NOTIFY_INFORMATION {
  ULONG NextEntryOffset;
  ULONG Action;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_NOTIFY_INFORMATION, *PFILE_NOTIFY_INFORMATION;

/* ---- volume information classes ---- */
typedef enum _FSINFOCLASS {
  FileFsVolumeInformation = 1,
  FileFsLabelInformation,
  FileFsSizeInformation,
  FileFsDeviceInformation,
  FileFsAttributeInformation,
  FileFsControlInformation,
  FileFsFullSizeInformation,
  FileFsObjectIdInformation,
  FileFsDriverPathInformation,
  FileFsVolumeFlagsInformation,
  FileFsSectorSizeInformation,
  FileFsDataCopyInformation,
  FileFsMetadataSizeInformation,
  FileFsFullSizeInformationEx,
  FileFsGuidInformation,
  FileFsMaximumInformation
} FS_INFORMATION_CLASS,
    *PFS_INFORMATION_CLASS;
typedef struct _FILE_FS_VOLUME_INFORMATION {
  LARGE_INTEGER VolumeCreationTime;
  ULONG VolumeSerialNumber;
  ULONG VolumeLabelLength;
  BOOLEAN SupportsObjects;
  WCHAR VolumeLabel[1];
} FILE_FS_VOLUME_INFORMATION, *PFILE_FS_VOLUME_INFORMATION;
typedef struct _FILE_FS_LABEL_INFORMATION {
  ULONG VolumeLabelLength;
  WCHAR VolumeLabel[1];
} FILE_FS_LABEL_INFORMATION, *PFILE_FS_LABEL_INFORMATION;
typedef struct _FILE_FS_SIZE_INFORMATION {
  LARGE_INTEGER TotalAllocationUnits;
  LARGE_INTEGER AvailableAllocationUnits;
  ULONG SectorsPerAllocationUnit;
  ULONG BytesPerSector;
} FILE_FS_SIZE_INFORMATION, *PFILE_FS_SIZE_INFORMATION;
typedef struct _FILE_FS_FULL_SIZE_INFORMATION {
  LARGE_INTEGER TotalAllocationUnits;
  LARGE_INTEGER CallerAvailableAllocationUnits;
  LARGE_INTEGER ActualAvailableAllocationUnits;
  ULONG SectorsPerAllocationUnit;
  ULONG BytesPerSector;
} FILE_FS_FULL_SIZE_INFORMATION, *PFILE_FS_FULL_SIZE_INFORMATION;
typedef struct _FILE_FS_DEVICE_INFORMATION {
  DEVICE_TYPE DeviceType;
  ULONG Characteristics;
} FILE_FS_DEVICE_INFORMATION, *PFILE_FS_DEVICE_INFORMATION;
typedef struct _FILE_FS_ATTRIBUTE_INFORMATION {
  ULONG FileSystemAttributes;
  LONG MaximumComponentNameLength;
  ULONG FileSystemNameLength;
  WCHAR FileSystemName[1];
} FILE_FS_ATTRIBUTE_INFORMATION, *PFILE_FS_ATTRIBUTE_INFORMATION;
typedef struct _FILE_FS_OBJECTID_INFORMATION {
  UCHAR ObjectId[16];
  UCHAR ExtendedInfo[48];
} FILE_FS_OBJECTID_INFORMATION, *PFILE_FS_OBJECTID_INFORMATION;
typedef struct _FILE_FS_SECTOR_SIZE_INFORMATION {
  ULONG LogicalBytesPerSector;
  ULONG PhysicalBytesPerSectorForAtomicity;
  ULONG PhysicalBytesPerSectorForPerformance;
  ULONG FileSystemEffectivePhysicalBytesPerSectorForAtomicity;
  ULONG Flags;
  ULONG ByteOffsetForSectorAlignment;
  ULONG ByteOffsetForPartitionAlignment;
} FILE_FS_SECTOR_SIZE_INFORMATION, *PFILE_FS_SECTOR_SIZE_INFORMATION;
#define SSINFO_FLAGS_ALIGNED_DEVICE 0x00000001
#define SSINFO_FLAGS_PARTITION_ALIGNED_ON_DEVICE 0x00000002
#define SSINFO_FLAGS_NO_SEEK_PENALTY 0x00000004
#define SSINFO_FLAGS_TRIM_ENABLED 0x00000008
#define SSINFO_OFFSET_UNKNOWN (0xffffffff)
/* file system attributes (FileFsAttributeInformation) */
#define FILE_CASE_SENSITIVE_SEARCH 0x00000001
#define FILE_CASE_PRESERVED_NAMES 0x00000002
#define FILE_UNICODE_ON_DISK 0x00000004
#define FILE_PERSISTENT_ACLS 0x00000008
#define FILE_FILE_COMPRESSION 0x00000010
#define FILE_VOLUME_QUOTAS 0x00000020
#define FILE_SUPPORTS_SPARSE_FILES 0x00000040
#define FILE_SUPPORTS_REPARSE_POINTS 0x00000080
#define FILE_SUPPORTS_REMOTE_STORAGE 0x00000100
#define FILE_RETURNS_CLEANUP_RESULT_INFO 0x00000200
#define FILE_SUPPORTS_POSIX_UNLINK_RENAME 0x00000400
#define FILE_VOLUME_IS_COMPRESSED 0x00008000
#define FILE_SUPPORTS_OBJECT_IDS 0x00010000
#define FILE_SUPPORTS_ENCRYPTION 0x00020000
#define FILE_NAMED_STREAMS 0x00040000
#define FILE_SUPPORTS_TRANSACTIONS 0x00200000
#define FILE_SUPPORTS_HARD_LINKS 0x00400000
#define FILE_SUPPORTS_EXTENDED_ATTRIBUTES 0x00800000
#define FILE_SUPPORTS_OPEN_BY_FILE_ID 0x01000000
#define FILE_SUPPORTS_USN_JOURNAL 0x02000000
#define FILE_SUPPORTS_INTEGRITY_STREAMS 0x04000000
#define FILE_SUPPORTS_BLOCK_REFCOUNTING 0x08000000
#define FILE_SUPPORTS_SPARSE_VDL 0x10000000
#define FILE_DAX_VOLUME 0x20000000
#define FILE_SUPPORTS_GHOSTING 0x40000000

/* oplock break notification of a file open (IoStatus.Information) */
#define FILE_OPLOCK_BROKEN_TO_LEVEL_2 0x00000007
#define FILE_OPLOCK_BROKEN_TO_NONE 0x00000008
#define FILE_OPBATCH_BREAK_UNDERWAY 0x00000009

/* ---- security: tokens, subject contexts, access checks ---- */
typedef struct _SID_IDENTIFIER_AUTHORITY {
  UCHAR Value[6];
} SID_IDENTIFIER_AUTHORITY, *PSID_IDENTIFIER_AUTHORITY;
typedef struct _SID {
  UCHAR Revision;
  UCHAR SubAuthorityCount;
  SID_IDENTIFIER_AUTHORITY IdentifierAuthority;
  ULONG SubAuthority[ANYSIZE_ARRAY];
} SID, *PISID;
typedef struct _SID_AND_ATTRIBUTES {
  PSID Sid;
  ULONG Attributes;
} SID_AND_ATTRIBUTES, *PSID_AND_ATTRIBUTES;
#define SE_GROUP_MANDATORY (0x00000001L)
#define SE_GROUP_ENABLED_BY_DEFAULT (0x00000002L)
#define SE_GROUP_ENABLED (0x00000004L)
#define SE_GROUP_OWNER (0x00000008L)
#define SE_GROUP_USE_FOR_DENY_ONLY (0x00000010L)
#define SE_GROUP_INTEGRITY (0x00000020L)
#define SE_GROUP_INTEGRITY_ENABLED (0x00000040L)
#define SE_GROUP_LOGON_ID (0xC0000000L)
#define SE_GROUP_RESOURCE (0x20000000L)
typedef struct _TOKEN_USER {
  SID_AND_ATTRIBUTES User;
} TOKEN_USER, *PTOKEN_USER;
typedef struct _TOKEN_GROUPS {
  ULONG GroupCount;
  SID_AND_ATTRIBUTES Groups[ANYSIZE_ARRAY];
} TOKEN_GROUPS, *PTOKEN_GROUPS;
typedef struct _TOKEN_PRIVILEGES {
  ULONG PrivilegeCount;
  LUID_AND_ATTRIBUTES Privileges[ANYSIZE_ARRAY];
} TOKEN_PRIVILEGES, *PTOKEN_PRIVILEGES;
typedef enum _TOKEN_TYPE { TokenPrimary = 1, TokenImpersonation } TOKEN_TYPE;
typedef enum _TOKEN_INFORMATION_CLASS {
  TokenUser = 1,
  TokenGroups,
  TokenPrivileges,
  TokenOwner,
  TokenPrimaryGroup,
  TokenDefaultDacl,
  TokenSource,
  TokenType,
  TokenImpersonationLevel,
  TokenStatistics,
  TokenRestrictedSids,
  TokenSessionId,
  TokenGroupsAndPrivileges,
  TokenSessionReference,
  TokenSandBoxInert,
  TokenAuditPolicy,
  TokenOrigin,
  TokenElevationType,
  TokenLinkedToken,
  TokenElevation,
  TokenHasRestrictions,
  TokenAccessInformation,
  TokenVirtualizationAllowed,
  TokenVirtualizationEnabled,
  TokenIntegrityLevel,
  TokenUIAccess,
  TokenMandatoryPolicy,
  TokenLogonSid,
  TokenIsAppContainer,
  TokenCapabilities,
  TokenAppContainerSid,
  TokenAppContainerNumber,
  TokenUserClaimAttributes,
  TokenDeviceClaimAttributes,
  TokenRestrictedUserClaimAttributes,
  TokenRestrictedDeviceClaimAttributes,
  TokenDeviceGroups,
  TokenRestrictedDeviceGroups,
  TokenSecurityAttributes,
  TokenIsRestricted,
  MaxTokenInfoClass
} TOKEN_INFORMATION_CLASS,
    *PTOKEN_INFORMATION_CLASS;
#define TOKEN_ASSIGN_PRIMARY (0x0001)
#define TOKEN_DUPLICATE (0x0002)
#define TOKEN_IMPERSONATE (0x0004)
#define TOKEN_QUERY (0x0008)
#define TOKEN_QUERY_SOURCE (0x0010)
#define TOKEN_ADJUST_PRIVILEGES (0x0020)
#define TOKEN_ADJUST_GROUPS (0x0040)
#define TOKEN_ADJUST_DEFAULT (0x0080)
#define TOKEN_ADJUST_SESSIONID (0x0100)
#define DISABLE_MAX_PRIVILEGE 0x1
#define SANDBOX_INERT 0x2
/* the well-known privileges' values (SeSinglePrivilegeCheck takes a LUID) */
#define SE_MIN_WELL_KNOWN_PRIVILEGE (2L)
#define SE_CREATE_TOKEN_PRIVILEGE (2L)
#define SE_ASSIGNPRIMARYTOKEN_PRIVILEGE (3L)
#define SE_LOCK_MEMORY_PRIVILEGE (4L)
#define SE_INCREASE_QUOTA_PRIVILEGE (5L)
#define SE_MACHINE_ACCOUNT_PRIVILEGE (6L)
#define SE_TCB_PRIVILEGE (7L)
#define SE_SECURITY_PRIVILEGE (8L)
#define SE_TAKE_OWNERSHIP_PRIVILEGE (9L)
#define SE_LOAD_DRIVER_PRIVILEGE (10L)
#define SE_SYSTEM_PROFILE_PRIVILEGE (11L)
#define SE_SYSTEMTIME_PRIVILEGE (12L)
#define SE_PROF_SINGLE_PROCESS_PRIVILEGE (13L)
#define SE_INC_BASE_PRIORITY_PRIVILEGE (14L)
#define SE_CREATE_PAGEFILE_PRIVILEGE (15L)
#define SE_CREATE_PERMANENT_PRIVILEGE (16L)
#define SE_BACKUP_PRIVILEGE (17L)
#define SE_RESTORE_PRIVILEGE (18L)
#define SE_SHUTDOWN_PRIVILEGE (19L)
#define SE_DEBUG_PRIVILEGE (20L)
#define SE_AUDIT_PRIVILEGE (21L)
#define SE_SYSTEM_ENVIRONMENT_PRIVILEGE (22L)
#define SE_CHANGE_NOTIFY_PRIVILEGE (23L)
#define SE_REMOTE_SHUTDOWN_PRIVILEGE (24L)
#define SE_UNDOCK_PRIVILEGE (25L)
#define SE_SYNC_AGENT_PRIVILEGE (26L)
#define SE_ENABLE_DELEGATION_PRIVILEGE (27L)
#define SE_MANAGE_VOLUME_PRIVILEGE (28L)
#define SE_IMPERSONATE_PRIVILEGE (29L)
#define SE_CREATE_GLOBAL_PRIVILEGE (30L)
#define SE_MAX_WELL_KNOWN_PRIVILEGE SE_CREATE_GLOBAL_PRIVILEGE
/* the system's exported privileges and well-known SIDs */
typedef struct _SE_EXPORTS {
  LUID SeCreateTokenPrivilege;
  LUID SeAssignPrimaryTokenPrivilege;
  LUID SeLockMemoryPrivilege;
  LUID SeIncreaseQuotaPrivilege;
  LUID SeUnsolicitedInputPrivilege;
  LUID SeTcbPrivilege;
  LUID SeSecurityPrivilege;
  LUID SeTakeOwnershipPrivilege;
  LUID SeLoadDriverPrivilege;
  LUID SeCreatePagefilePrivilege;
  LUID SeIncreaseBasePriorityPrivilege;
  LUID SeSystemProfilePrivilege;
  LUID SeSystemtimePrivilege;
  LUID SeProfileSingleProcessPrivilege;
  LUID SeCreatePermanentPrivilege;
  LUID SeBackupPrivilege;
  LUID SeRestorePrivilege;
  LUID SeShutdownPrivilege;
  LUID SeDebugPrivilege;
  LUID SeAuditPrivilege;
  LUID SeSystemEnvironmentPrivilege;
  LUID SeChangeNotifyPrivilege;
  LUID SeRemoteShutdownPrivilege;
  PSID SeNullSid;
  PSID SeWorldSid;
  PSID SeLocalSid;
  PSID SeCreatorOwnerSid;
  PSID SeCreatorGroupSid;
  PSID SeNtAuthoritySid;
  PSID SeDialupSid;
  PSID SeNetworkSid;
  PSID SeBatchSid;
  PSID SeInteractiveSid;
  PSID SeLocalSystemSid;
  PSID SeAliasAdminsSid;
  PSID SeAliasUsersSid;
  PSID SeAliasGuestsSid;
  PSID SeAliasPowerUsersSid;
  PSID SeAliasAccountOpsSid;
  PSID SeAliasSystemOpsSid;
  PSID SeAliasPrintOpsSid;
  PSID SeAliasBackupOpsSid;
  PSID SeAuthenticatedUsersSid;
  PSID SeRestrictedSid;
  PSID SeAnonymousLogonSid;
  LUID SeUndockPrivilege;
  LUID SeSyncAgentPrivilege;
  LUID SeEnableDelegationPrivilege;
  PSID SeLocalServiceSid;
  PSID SeNetworkServiceSid;
  LUID SeManageVolumePrivilege;
  LUID SeImpersonatePrivilege;
  LUID SeCreateGlobalPrivilege;
} SE_EXPORTS, *PSE_EXPORTS;
extern PSE_EXPORTS SeExports;

_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    SeCaptureSubjectContext(_Out_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    SeLockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    SeUnlockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    SeReleaseSubjectContext(_Inout_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
#define SeQuerySubjectContextToken(SubjectContext)                             \
  (ARGUMENT_PRESENT(                                                           \
       ((PSECURITY_SUBJECT_CONTEXT)(SubjectContext))->ClientToken)             \
       ? ((PSECURITY_SUBJECT_CONTEXT)(SubjectContext))->ClientToken            \
       : ((PSECURITY_SUBJECT_CONTEXT)(SubjectContext))->PrimaryToken)
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN SeAccessCheck(
    _In_ PSECURITY_DESCRIPTOR SecurityDescriptor,
    _In_ PSECURITY_SUBJECT_CONTEXT SubjectSecurityContext,
    _In_ BOOLEAN SubjectContextLocked, _In_ ACCESS_MASK DesiredAccess,
    _In_ ACCESS_MASK PreviouslyGrantedAccess,
    _Outptr_opt_ PPRIVILEGE_SET *Privileges,
    _In_ PGENERIC_MAPPING GenericMapping, _In_ KPROCESSOR_MODE AccessMode,
    _Out_ PACCESS_MASK GrantedAccess, _Out_ PNTSTATUS AccessStatus);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    SePrivilegeCheck(_Inout_ PPRIVILEGE_SET RequiredPrivileges,
                     _In_ PSECURITY_SUBJECT_CONTEXT SubjectSecurityContext,
                     _In_ KPROCESSOR_MODE AccessMode);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    SeSinglePrivilegeCheck(_In_ LUID PrivilegeValue,
                           _In_ KPROCESSOR_MODE PreviousMode);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    SeFilterToken(_In_ PACCESS_TOKEN ExistingToken, _In_ ULONG Flags,
                  _In_opt_ PTOKEN_GROUPS SidsToDisable,
                  _In_opt_ PTOKEN_PRIVILEGES PrivilegesToDelete,
                  _In_opt_ PTOKEN_GROUPS RestrictedSids,
                  _Outptr_ PACCESS_TOKEN *FilteredToken);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    SeQueryInformationToken(_In_ PACCESS_TOKEN Token,
                            _In_ TOKEN_INFORMATION_CLASS TokenInformationClass,
                            _Outptr_result_buffer_(_Inexpressible_(token -
                                                                   dependent))
                                PVOID *TokenInformation);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    SeTokenIsAdmin(_In_ PACCESS_TOKEN Token);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    SeQueryAuthenticationIdToken(_In_ PACCESS_TOKEN Token,
                                 _Out_ PLUID AuthenticationId);
_IRQL_requires_max_(PASSIVE_LEVEL) TOKEN_TYPE
    SeTokenType(_In_ PACCESS_TOKEN Token);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    SeTokenIsRestricted(_In_ PACCESS_TOKEN Token);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    ObDereferenceObjectDeferDelete(_In_ PVOID Object);
_IRQL_requires_max_(APC_LEVEL) PACCESS_TOKEN
    PsReferencePrimaryToken(_Inout_ PEPROCESS Process);
_IRQL_requires_max_(APC_LEVEL) VOID
    PsDereferencePrimaryToken(_In_ PACCESS_TOKEN PrimaryToken);
_IRQL_requires_max_(APC_LEVEL) PACCESS_TOKEN PsReferenceImpersonationToken(
    _Inout_ PETHREAD Thread, _Out_ PBOOLEAN CopyOnOpen,
    _Out_ PBOOLEAN EffectiveOnly,
    _Out_ PSECURITY_IMPERSONATION_LEVEL ImpersonationLevel);
_IRQL_requires_max_(APC_LEVEL) VOID
    PsDereferenceImpersonationToken(_In_ PACCESS_TOKEN ImpersonationToken);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    SeLocateProcessImageName(_Inout_ PEPROCESS Process,
                             _Outptr_ PUNICODE_STRING *pImageFileName);
#define RtlConvertLongToLuid(Long) RtlConvertLongToLuidInline(Long)
FORCEINLINE LUID RtlConvertLongToLuidInline(LONG Long) {
  LUID TempLuid;
  TempLuid.LowPart = (ULONG)Long;
  TempLuid.HighPart = Long < 0 ? -1 : 0;
  return TempLuid;
}
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    RtlCreateSecurityDescriptor(_Out_ PSECURITY_DESCRIPTOR SecurityDescriptor,
                                _In_ ULONG Revision);
_IRQL_requires_max_(APC_LEVEL) ULONG RtlLengthSid(_In_ PSID Sid);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN RtlValidSid(_In_ PSID Sid);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    RtlCopySid(_In_ ULONG DestinationSidLength, _Out_ PSID DestinationSid,
               _In_ PSID SourceSid);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    RtlEqualSid(_In_ PSID Sid1, _In_ PSID Sid2);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlConvertSidToUnicodeString(_Inout_ PUNICODE_STRING UnicodeString,
                                 _In_ PSID Sid,
                                 _In_ BOOLEAN AllocateDestinationString);

/* ---- process and thread routines of this header ---- */
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    PsLookupProcessByProcessId(_In_ HANDLE ProcessId,
                               _Outptr_ PEPROCESS *Process);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    PsLookupThreadByThreadId(_In_ HANDLE ThreadId, _Outptr_ PETHREAD *Thread);
_IRQL_requires_max_(HIGH_LEVEL) HANDLE PsGetProcessId(_In_ PEPROCESS Process);
PEPROCESS PsGetThreadProcess(_In_ PETHREAD Thread);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    PsIsThreadTerminating(_In_ PETHREAD Thread);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN PsIsDiskCountersEnabled(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PsUpdateDiskCounters(_In_ PEPROCESS Process, _In_ ULONG64 BytesRead,
                         _In_ ULONG64 BytesWritten,
                         _In_ ULONG ReadOperationCount,
                         _In_ ULONG WriteOperationCount,
                         _In_ ULONG FlushOperationCount);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ObOpenObjectByPointer(_In_ PVOID Object, _In_ ULONG HandleAttributes,
                          _In_opt_ PACCESS_STATE PassedAccessState,
                          _In_ ACCESS_MASK DesiredAccess,
                          _In_opt_ POBJECT_TYPE ObjectType,
                          _In_ KPROCESSOR_MODE AccessMode,
                          _Out_ PHANDLE Handle);
_IRQL_requires_max_(DISPATCH_LEVEL) PEPROCESS
    IoThreadToProcess(_In_ PETHREAD Thread);
_IRQL_requires_max_(DISPATCH_LEVEL) PEPROCESS
    IoGetRequestorProcess(_In_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    IoGetRequestorProcessId(_In_ PIRP Irp);
typedef struct _KAPC_STATE {
  LIST_ENTRY ApcListHead[2];
  PKPROCESS Process;
  BOOLEAN KernelApcInProgress;
  BOOLEAN KernelApcPending;
  BOOLEAN UserApcPending;
} KAPC_STATE, *PKAPC_STATE, *PRKAPC_STATE;
_IRQL_requires_max_(APC_LEVEL) VOID
    KeStackAttachProcess(_Inout_ PRKPROCESS Process,
                         _Out_ PRKAPC_STATE ApcState);
_IRQL_requires_max_(APC_LEVEL) VOID
    KeUnstackDetachProcess(_In_ PRKAPC_STATE ApcState);

/* ---- the common FCB header every file system's FCB starts with ---- */
typedef enum _FAST_IO_POSSIBLE {
  FastIoIsNotPossible = 0,
  FastIoIsPossible,
  FastIoIsQuestionable
} FAST_IO_POSSIBLE;
typedef struct _FSRTL_COMMON_FCB_HEADER {
  CSHORT NodeTypeCode;
  CSHORT NodeByteSize;
  UCHAR Flags;
  UCHAR IsFastIoPossible;
  UCHAR Flags2;
  UCHAR Reserved : 4;
  UCHAR Version : 4;
  PERESOURCE Resource;
  PERESOURCE PagingIoResource;
  LARGE_INTEGER AllocationSize;
  LARGE_INTEGER FileSize;
  LARGE_INTEGER ValidDataLength;
} FSRTL_COMMON_FCB_HEADER, *PFSRTL_COMMON_FCB_HEADER;
typedef struct _FSRTL_ADVANCED_FCB_HEADER {
  FSRTL_COMMON_FCB_HEADER;
  PFAST_MUTEX FastMutex;
  LIST_ENTRY FilterContexts;
  EX_PUSH_LOCK PushLock;
  PVOID *FileContextSupportPointer;
  union {
    PVOID Oplock;
    PVOID ReservedForRemote;
  };
  PVOID AePushLock;
  PVOID ReservedContext;
} FSRTL_ADVANCED_FCB_HEADER, *PFSRTL_ADVANCED_FCB_HEADER;
#define FSRTL_FCB_HEADER_V0 (0x00)
#define FSRTL_FCB_HEADER_V1 (0x01)
#define FSRTL_FCB_HEADER_V2 (0x02)
#define FSRTL_FCB_HEADER_V3 (0x03)
#define FSRTL_FCB_HEADER_V4 (0x04)
#define FSRTL_FLAG_FILE_MODIFIED (0x01)
#define FSRTL_FLAG_FILE_LENGTH_CHANGED (0x02)
#define FSRTL_FLAG_LIMIT_MODIFIED_PAGES (0x04)
#define FSRTL_FLAG_ACQUIRE_MAIN_RSRC_EX (0x08)
#define FSRTL_FLAG_ACQUIRE_MAIN_RSRC_SH (0x10)
#define FSRTL_FLAG_USER_MAPPED_FILE (0x20)
#define FSRTL_FLAG_ADVANCED_HEADER (0x40)
#define FSRTL_FLAG_EOF_ADVANCE_ACTIVE (0x80)
#define FSRTL_FLAG2_DO_MODIFIED_WRITE (0x01)
#define FSRTL_FLAG2_SUPPORTS_FILTER_CONTEXTS (0x02)
#define FSRTL_FLAG2_PURGE_WHEN_MAPPED (0x04)
#define FSRTL_FLAG2_IS_PAGING_FILE (0x08)
#define FSRTL_FLAG2_BYPASSIO_STREAM_PAUSED (0x10)
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlSetupAdvancedHeaderEx2(_In_ PVOID AdvHdr, _In_ PFAST_MUTEX FMutex,
                                _In_opt_ PVOID *FileContextSupportPointer,
                                _In_ ULONG Flags);
/* a macro in the WDK that fills the advanced header's members; a routine
 * here with the same arguments */
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlSetupAdvancedHeader(_In_ PVOID AdvHdr, _In_ PFAST_MUTEX FMutex);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlSetupAdvancedHeaderEx(_In_ PVOID AdvHdr, _In_ PFAST_MUTEX FMutex,
                               _In_opt_ PVOID *FileContextSupportPointer);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlTeardownPerStreamContexts(
    _In_ PFSRTL_ADVANCED_FCB_HEADER AdvancedHeader);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlTeardownPerFileContexts(_In_ PVOID *PerFileContextPointer);
#define FsRtlSupportsPerFileContexts(_fo)                                      \
  ((NULL != FsRtlGetPerFileContextPointer(_fo)) &&                             \
   ((PVOID) - 1 != *FsRtlGetPerFileContextPointer(_fo)))
#define FsRtlGetPerFileContextPointer(_fo)                                     \
  (FsRtlSupportsPerStreamContexts(_fo)                                         \
       ? ((PFSRTL_ADVANCED_FCB_HEADER)(_fo)->FsContext)                        \
             ->FileContextSupportPointer                                       \
       : NULL)
#define FsRtlSupportsPerStreamContexts(_fo)                                    \
  ((NULL != (_fo)) && ((_fo)->FsContext != NULL) &&                            \
   FlagOn(((PFSRTL_ADVANCED_FCB_HEADER)(_fo)->FsContext)->Flags2,              \
          FSRTL_FLAG2_SUPPORTS_FILTER_CONTEXTS))

/* top-level IRP values of IoSetTopLevelIrp */
#define FSRTL_FSP_TOP_LEVEL_IRP ((LONG_PTR)0x01)
#define FSRTL_CACHE_TOP_LEVEL_IRP ((LONG_PTR)0x02)
#define FSRTL_MOD_WRITE_TOP_LEVEL_IRP ((LONG_PTR)0x03)
#define FSRTL_FAST_IO_TOP_LEVEL_IRP ((LONG_PTR)0x04)
#define FSRTL_NETWORK1_TOP_LEVEL_IRP ((LONG_PTR)0x05)
#define FSRTL_NETWORK2_TOP_LEVEL_IRP ((LONG_PTR)0x06)
#define FSRTL_MAX_TOP_LEVEL_IRP_FLAG ((LONG_PTR)0xFFFF)
_IRQL_requires_max_(APC_LEVEL) PIRP IoGetTopLevelIrp(VOID);
_IRQL_requires_max_(APC_LEVEL) VOID IoSetTopLevelIrp(_In_opt_ PIRP Irp);

/* ---- the file system's own routines and the support ones ---- */
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlCopyRead(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
                  _In_ ULONG Length, _In_ BOOLEAN Wait, _In_ ULONG LockKey,
                  _Out_ PVOID Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
                  _In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlCopyWrite(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
                   _In_ ULONG Length, _In_ BOOLEAN Wait, _In_ ULONG LockKey,
                   _In_ PVOID Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
                   _In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlMdlReadDev(_In_ PFILE_OBJECT FileObject,
                    _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                    _In_ ULONG LockKey, _Outptr_ PMDL *MdlChain,
                    _Out_ PIO_STATUS_BLOCK IoStatus,
                    _In_opt_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlMdlReadCompleteDev(_In_ PFILE_OBJECT FileObject, _In_ PMDL MdlChain,
                            _In_opt_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlPrepareMdlWriteDev(_In_ PFILE_OBJECT FileObject,
                            _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                            _In_ ULONG LockKey, _Outptr_ PMDL *MdlChain,
                            _Out_ PIO_STATUS_BLOCK IoStatus,
                            _In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlMdlWriteCompleteDev(_In_ PFILE_OBJECT FileObject,
                             _In_ PLARGE_INTEGER FileOffset, _In_ PMDL MdlChain,
                             _In_opt_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlAcquireFileForCcFlushEx(_In_ PFILE_OBJECT FileObject);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlReleaseFileForCcFlush(_In_ PFILE_OBJECT FileObject);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlGetFileSize(_In_ PFILE_OBJECT FileObject,
                     _Out_ PLARGE_INTEGER FileSize);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsTotalDeviceFailure(_In_ NTSTATUS Status);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsNtstatusExpected(_In_ NTSTATUS Exception);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlNormalizeNtstatus(_In_ NTSTATUS Exception,
                           _In_ NTSTATUS GenericException);
#define FsRtlIsErrorUserInduced IoIsErrorUserInduced
/* pool allocations that raise on failure instead of returning NULL */
#define FsRtlAllocatePool(PoolType, NumberOfBytes)                             \
  ExAllocatePoolWithTag(                                                       \
      (POOL_TYPE)((PoolType) | POOL_RAISE_IF_ALLOCATION_FAILURE),              \
      (NumberOfBytes), 'sfSF')
#define FsRtlAllocatePoolWithTag(PoolType, NumberOfBytes, Tag)                 \
  ExAllocatePoolWithTag(                                                       \
      (POOL_TYPE)((PoolType) | POOL_RAISE_IF_ALLOCATION_FAILURE),              \
      (NumberOfBytes), (Tag))
#define FsRtlAllocatePoolWithQuota(PoolType, NumberOfBytes)                    \
  ExAllocatePoolWithQuotaTag(                                                  \
      (POOL_TYPE)((PoolType) | POOL_RAISE_IF_ALLOCATION_FAILURE),              \
      (NumberOfBytes), 'sfSF')
#define FsRtlAllocatePoolWithQuotaTag(PoolType, NumberOfBytes, Tag)            \
  ExAllocatePoolWithQuotaTag(                                                  \
      (POOL_TYPE)((PoolType) | POOL_RAISE_IF_ALLOCATION_FAILURE),              \
      (NumberOfBytes), (Tag))
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlPostStackOverflow(_In_ PVOID Context, _In_ PKEVENT Event,
                           _In_ VOID (*StackOverflowRoutine)(PVOID Context,
                                                             PKEVENT Event));
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlPostPagingFileStackOverflow(
    _In_ PVOID Context, _In_ PKEVENT Event,
    _In_ VOID (*StackOverflowRoutine)(PVOID Context, PKEVENT Event));
typedef VOID (*PFSRTL_STACK_OVERFLOW_ROUTINE)(_In_ PVOID Context,
                                              _In_ PKEVENT Event);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlBalanceReads(_In_ PDEVICE_OBJECT TargetDevice);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FsRtlGetSectorSizeInformation(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Out_ PFILE_FS_SECTOR_SIZE_INFORMATION SectorSizeInfo);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    FsRtlAreVolumeStartupApplicationsComplete(VOID);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlVolumeDeviceToCorrelationId(_In_ PDEVICE_OBJECT VolumeDeviceObject,
                                     _Out_ GUID *Guid);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlUpdateDiskCounters(_In_ ULONG64 BytesRead, _In_ ULONG64 BytesWritten);
VOID FsRtlDismountComplete(_In_ PDEVICE_OBJECT DeviceObject,
                           _In_ NTSTATUS DismountStatus);
/* volume events for FsRtlNotifyVolumeEvent */
#define FSRTL_VOLUME_DISMOUNT 1
#define FSRTL_VOLUME_DISMOUNT_FAILED 2
#define FSRTL_VOLUME_LOCK 3
#define FSRTL_VOLUME_LOCK_FAILED 4
#define FSRTL_VOLUME_UNLOCK 5
#define FSRTL_VOLUME_MOUNT 6
#define FSRTL_VOLUME_NEEDS_CHKDSK 7
#define FSRTL_VOLUME_WORM_NEAR_FULL 8
#define FSRTL_VOLUME_WEARING_OUT 9
#define FSRTL_VOLUME_FORCED_CLOSED 10
#define FSRTL_VOLUME_INFO_MAKE_COMPAT 11
#define FSRTL_VOLUME_PREPARING_EJECT 12
#define FSRTL_VOLUME_CHANGE_SIZE 13
#define FSRTL_VOLUME_BACKGROUND_FORMAT 14
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlNotifyVolumeEvent(_In_ PFILE_OBJECT FileObject, _In_ ULONG EventCode);

/* ---- byte-range locks ---- */
typedef struct _FILE_LOCK_INFO {
  LARGE_INTEGER StartingByte;
  LARGE_INTEGER Length;
  BOOLEAN ExclusiveLock;
  ULONG Key;
  PFILE_OBJECT FileObject;
  PVOID ProcessId;
  LARGE_INTEGER EndingByte;
} FILE_LOCK_INFO, *PFILE_LOCK_INFO;
typedef NTSTATUS (*PCOMPLETE_LOCK_IRP_ROUTINE)(_In_ PVOID Context,
                                               _In_ PIRP Irp);
typedef VOID (*PUNLOCK_ROUTINE)(_In_ PVOID Context,
                                _In_ PFILE_LOCK_INFO FileLockInfo);
typedef struct _FILE_LOCK {
  PCOMPLETE_LOCK_IRP_ROUTINE CompleteLockIrpRoutine;
  PUNLOCK_ROUTINE UnlockRoutine;
  BOOLEAN FastIoIsQuestionable;
  BOOLEAN SpareC[3];
  PVOID LockInformation;
  FILE_LOCK_INFO LastReturnedLockInfo;
  PVOID LastReturnedLock;
  LONG volatile LockRequestsInProgress;
} FILE_LOCK, *PFILE_LOCK;
_IRQL_requires_max_(APC_LEVEL) PFILE_LOCK FsRtlAllocateFileLock(
    _In_opt_ PCOMPLETE_LOCK_IRP_ROUTINE CompleteLockIrpRoutine,
    _In_opt_ PUNLOCK_ROUTINE UnlockRoutine);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlFreeFileLock(_In_ PFILE_LOCK FileLock);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlInitializeFileLock(
    _Out_ PFILE_LOCK FileLock,
    _In_opt_ PCOMPLETE_LOCK_IRP_ROUTINE CompleteLockIrpRoutine,
    _In_opt_ PUNLOCK_ROUTINE UnlockRoutine);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlUninitializeFileLock(_Inout_ PFILE_LOCK FileLock);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlProcessFileLock(_In_ PFILE_LOCK FileLock, _In_ PIRP Irp,
                         _In_opt_ PVOID Context);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlCheckLockForReadAccess(_In_ PFILE_LOCK FileLock, _In_ PIRP Irp);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlCheckLockForWriteAccess(_In_ PFILE_LOCK FileLock, _In_ PIRP Irp);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlCheckLockForOplockRequest(_In_ PFILE_LOCK FileLock,
                                   _In_ PLARGE_INTEGER AllocationSize);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlFastCheckLockForRead(_In_ PFILE_LOCK FileLock,
                              _In_ PLARGE_INTEGER StartingByte,
                              _In_ PLARGE_INTEGER Length, _In_ ULONG Key,
                              _In_ PFILE_OBJECT FileObject,
                              _In_ PVOID ProcessId);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlFastCheckLockForWrite(_In_ PFILE_LOCK FileLock,
                               _In_ PLARGE_INTEGER StartingByte,
                               _In_ PLARGE_INTEGER Length, _In_ ULONG Key,
                               _In_ PVOID FileObject, _In_ PVOID ProcessId);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlPrivateLock(_In_ PFILE_LOCK FileLock, _In_ PFILE_OBJECT FileObject,
                     _In_ PLARGE_INTEGER FileOffset, _In_ PLARGE_INTEGER Length,
                     _In_ PEPROCESS ProcessId, _In_ ULONG Key,
                     _In_ BOOLEAN FailImmediately, _In_ BOOLEAN ExclusiveLock,
                     _Out_ PIO_STATUS_BLOCK Iosb, _In_opt_ PIRP Irp,
                     _In_opt_ PVOID Context, _In_ BOOLEAN AlreadySynchronized);
#define FsRtlFastLock(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11)            \
  (FsRtlPrivateLock(A1, A2, A3, A4, A5, A6, A7, A8, A9, NULL, A10, A11))
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlFastUnlockSingle(_In_ PFILE_LOCK FileLock,
                          _In_ PFILE_OBJECT FileObject,
                          _In_ LARGE_INTEGER UNALIGNED *FileOffset,
                          _In_ PLARGE_INTEGER Length, _In_ PEPROCESS ProcessId,
                          _In_ ULONG Key, _In_opt_ PVOID Context,
                          _In_ BOOLEAN AlreadySynchronized);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlFastUnlockAll(_In_ PFILE_LOCK FileLock, _In_ PFILE_OBJECT FileObject,
                       _In_ PEPROCESS ProcessId, _In_opt_ PVOID Context);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlFastUnlockAllByKey(_In_ PFILE_LOCK FileLock,
                            _In_ PFILE_OBJECT FileObject,
                            _In_ PEPROCESS ProcessId, _In_ ULONG Key,
                            _In_opt_ PVOID Context);
#define FsRtlAreThereCurrentFileLocks(FL) ((FL)->FastIoIsQuestionable)
#define FsRtlAreThereCurrentOrInProgressFileLocks(FL)                          \
  (((FL)->FastIoIsQuestionable) || ((FL)->LockRequestsInProgress > 0))
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlAreThereWaitingFileLocks(_In_ PFILE_LOCK FileLock);
_IRQL_requires_max_(APC_LEVEL) PFILE_LOCK_INFO
    FsRtlGetNextFileLock(_In_ PFILE_LOCK FileLock, _In_ BOOLEAN Restart);

/* ---- opportunistic locks ---- */
typedef PVOID OPLOCK, *POPLOCK;
typedef VOID (*POPLOCK_WAIT_COMPLETE_ROUTINE)(_In_ PVOID Context,
                                              _In_ PIRP Irp);
typedef VOID (*POPLOCK_FS_PREPOST_IRP)(_In_ PVOID Context, _In_ PIRP Irp);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlInitializeOplock(_Inout_ POPLOCK Oplock);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlUninitializeOplock(_Inout_ POPLOCK Oplock);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlOplockFsctrl(_In_ POPLOCK Oplock, _In_ PIRP Irp, _In_ ULONG OpenCount);
#define OPLOCK_FSCTRL_FLAG_ALL_KEYS_MATCH 0x00000001
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlOplockFsctrlEx(_In_ POPLOCK Oplock, _In_ PIRP Irp,
                        _In_ ULONG OpenCount, _In_ ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlCheckOplock(_In_ POPLOCK Oplock, _In_ PIRP Irp, _In_opt_ PVOID Context,
                     _In_opt_ POPLOCK_WAIT_COMPLETE_ROUTINE CompletionRoutine,
                     _In_opt_ POPLOCK_FS_PREPOST_IRP PostIrpRoutine);
#define OPLOCK_FLAG_COMPLETE_IF_OPLOCKED 0x00000001
#define OPLOCK_FLAG_OPLOCK_KEY_CHECK_ONLY 0x00000002
#define OPLOCK_FLAG_BACK_OUT_ATOMIC_OPLOCK 0x00000004
#define OPLOCK_FLAG_IGNORE_OPLOCK_KEYS 0x00000008
#define OPLOCK_FLAG_PARENT_OBJECT 0x00000010
#define OPLOCK_FLAG_CLOSING_DELETE_ON_CLOSE 0x00000020
#define OPLOCK_FLAG_REMOVING_FILE_OR_LINK 0x00000040
#define OPLOCK_FLAG_BREAKING_FOR_SHARING_VIOLATION 0x00000080
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlCheckOplockEx(_In_ POPLOCK Oplock, _In_ PIRP Irp, _In_ ULONG Flags,
                       _In_opt_ PVOID Context,
                       _In_opt_ POPLOCK_WAIT_COMPLETE_ROUTINE CompletionRoutine,
                       _In_opt_ POPLOCK_FS_PREPOST_IRP PostIrpRoutine);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlOplockIsFastIoPossible(_In_ POPLOCK Oplock);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlCurrentBatchOplock(_In_ POPLOCK Oplock);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN FsRtlCurrentOplock(_In_ POPLOCK Oplock);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN FsRtlCurrentOplockH(_In_ POPLOCK Oplock);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlOplockIsSharedRequest(_In_ PIRP Irp);
#define OPLOCK_FLAG_BREAKING_H 0
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlOplockBreakH(_In_ POPLOCK Oplock, _In_ PIRP Irp, _In_ ULONG Flags,
                      _In_opt_ PVOID Context,
                      _In_opt_ POPLOCK_WAIT_COMPLETE_ROUTINE CompletionRoutine,
                      _In_opt_ POPLOCK_FS_PREPOST_IRP PostIrpRoutine);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS FsRtlOplockBreakToNone(
    _Inout_ POPLOCK Oplock, _In_opt_ PIO_STACK_LOCATION IrpSp, _In_ PIRP Irp,
    _In_opt_ PVOID Context,
    _In_opt_ POPLOCK_WAIT_COMPLETE_ROUTINE CompletionRoutine,
    _In_opt_ POPLOCK_FS_PREPOST_IRP PostIrpRoutine);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlOplockKeysEqual(_In_opt_ PFILE_OBJECT Fo1, _In_opt_ PFILE_OBJECT Fo2);
typedef struct _OPLOCK_KEY_ECP_CONTEXT {
  GUID OplockKey;
  ULONG Reserved;
} OPLOCK_KEY_ECP_CONTEXT, *POPLOCK_KEY_ECP_CONTEXT;

/* ---- mapping control blocks: VBN -> LBN runs ---- */
typedef struct _BASE_MCB {
  ULONG MaximumPairCount;
  ULONG PairCount;
  USHORT PoolType;
  USHORT Flags;
  PVOID Mapping;
} BASE_MCB, *PBASE_MCB;
typedef struct _LARGE_MCB {
  PKGUARDED_MUTEX GuardedMutex;
  BASE_MCB BaseMcb;
} LARGE_MCB, *PLARGE_MCB;
#define MCB_FLAG_RAISE_ON_ALLOCATION_FAILURE 1
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlInitializeLargeMcb(_Out_ PLARGE_MCB Mcb, _In_ POOL_TYPE PoolType);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlUninitializeLargeMcb(_Inout_ PLARGE_MCB Mcb);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlResetLargeMcb(_Inout_ PLARGE_MCB Mcb, _In_ BOOLEAN SelfSynchronized);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlTruncateLargeMcb(_Inout_ PLARGE_MCB Mcb, _In_ LONGLONG Vbn);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlAddLargeMcbEntry(_Inout_ PLARGE_MCB Mcb, _In_ LONGLONG Vbn,
                          _In_ LONGLONG Lbn, _In_ LONGLONG SectorCount);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlRemoveLargeMcbEntry(_Inout_ PLARGE_MCB Mcb, _In_ LONGLONG Vbn,
                             _In_ LONGLONG SectorCount);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN FsRtlLookupLargeMcbEntry(
    _In_ PLARGE_MCB Mcb, _In_ LONGLONG Vbn, _Out_opt_ PLONGLONG Lbn,
    _Out_opt_ PLONGLONG SectorCountFromLbn, _Out_opt_ PLONGLONG StartingLbn,
    _Out_opt_ PLONGLONG SectorCountFromStartingLbn, _Out_opt_ PULONG Index);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlLookupLastLargeMcbEntry(_In_ PLARGE_MCB Mcb, _Out_ PLONGLONG Vbn,
                                 _Out_ PLONGLONG Lbn);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlLookupLastLargeMcbEntryAndIndex(_In_ PLARGE_MCB OpaqueMcb,
                                         _Out_ PLONGLONG LargeVbn,
                                         _Out_ PLONGLONG LargeLbn,
                                         _Out_ PULONG Index);
_IRQL_requires_max_(APC_LEVEL) ULONG
    FsRtlNumberOfRunsInLargeMcb(_In_ PLARGE_MCB Mcb);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlGetNextLargeMcbEntry(_In_ PLARGE_MCB Mcb, _In_ ULONG RunIndex,
                              _Out_ PLONGLONG Vbn, _Out_ PLONGLONG Lbn,
                              _Out_ PLONGLONG SectorCount);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlSplitLargeMcb(_Inout_ PLARGE_MCB Mcb, _In_ LONGLONG Vbn,
                       _In_ LONGLONG Amount);
typedef struct _MCB {
  LARGE_MCB DummyFieldThatSizesThisStructureCorrectly;
} MCB, *PMCB;
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlInitializeMcb(_Out_ PMCB Mcb, _In_ POOL_TYPE PoolType);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlUninitializeMcb(_Inout_ PMCB Mcb);
_IRQL_requires_max_(APC_LEVEL) ULONG FsRtlNumberOfRunsInMcb(_In_ PMCB Mcb);

/* ---- the tunnel cache (short/long names kept across rename/delete) ---- */
typedef struct _TUNNEL {
  FAST_MUTEX Mutex;
  PRTL_SPLAY_LINKS Cache;
  LIST_ENTRY TimerQueue;
  USHORT NumEntries;
} TUNNEL, *PTUNNEL;
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlInitializeTunnelCache(_In_ TUNNEL *Cache);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlAddToTunnelCache(_In_ TUNNEL *Cache, _In_ ULONGLONG DirectoryKey,
                          _In_ UNICODE_STRING *ShortName,
                          _In_ UNICODE_STRING *LongName,
                          _In_ BOOLEAN KeyByShortName, _In_ ULONG DataLength,
                          _In_reads_bytes_(DataLength) VOID *Data);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN FsRtlFindInTunnelCache(
    _In_ TUNNEL *Cache, _In_ ULONGLONG DirectoryKey, _In_ UNICODE_STRING *Name,
    _Out_ UNICODE_STRING *ShortName, _Out_ UNICODE_STRING *LongName,
    _Inout_ ULONG *DataLength,
    _Out_writes_bytes_to_(*DataLength, *DataLength) VOID *Data);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlDeleteKeyFromTunnelCache(_In_ TUNNEL *Cache,
                                  _In_ ULONGLONG DirectoryKey);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlDeleteTunnelCache(_In_ TUNNEL *Cache);

/* ---- directory change notification ---- */
typedef struct _REAL_NOTIFY_SYNC *PNOTIFY_SYNC;
typedef BOOLEAN (*PCHECK_FOR_TRAVERSE_ACCESS)(
    _In_ PVOID NotifyContext, _In_opt_ PVOID TargetContext,
    _In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
typedef BOOLEAN (*PFILTER_REPORT_CHANGE)(_In_ PVOID NotifyContext,
                                         _In_ PVOID FilterContext);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlNotifyInitializeSync(_In_ PNOTIFY_SYNC *NotifySync);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlNotifyUninitializeSync(_In_ PNOTIFY_SYNC *NotifySync);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlNotifyFullChangeDirectory(
    _In_ PNOTIFY_SYNC NotifySync, _In_ PLIST_ENTRY NotifyList,
    _In_ PVOID FsContext, _In_ PSTRING FullDirectoryName,
    _In_ BOOLEAN WatchTree, _In_ BOOLEAN IgnoreBuffer,
    _In_ ULONG CompletionFilter, _In_opt_ PIRP NotifyIrp,
    _In_opt_ PCHECK_FOR_TRAVERSE_ACCESS TraverseCallback,
    _In_opt_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlNotifyFilterChangeDirectory(
    _In_ PNOTIFY_SYNC NotifySync, _In_ PLIST_ENTRY NotifyList,
    _In_ PVOID FsContext, _In_ PSTRING FullDirectoryName,
    _In_ BOOLEAN WatchTree, _In_ BOOLEAN IgnoreBuffer,
    _In_ ULONG CompletionFilter, _In_opt_ PIRP NotifyIrp,
    _In_opt_ PCHECK_FOR_TRAVERSE_ACCESS TraverseCallback,
    _In_opt_ PSECURITY_SUBJECT_CONTEXT SubjectContext,
    _In_opt_ PFILTER_REPORT_CHANGE FilterCallback);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlNotifyFullReportChange(
    _In_ PNOTIFY_SYNC NotifySync, _In_ PLIST_ENTRY NotifyList,
    _In_ PSTRING FullTargetName, _In_ USHORT TargetNameOffset,
    _In_opt_ PSTRING StreamName, _In_opt_ PSTRING NormalizedParentName,
    _In_ ULONG FilterMatch, _In_ ULONG Action, _In_opt_ PVOID TargetContext);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlNotifyCleanup(_In_ PNOTIFY_SYNC NotifySync,
                       _In_ PLIST_ENTRY NotifyList, _In_ PVOID FsContext);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlNotifyCleanupAll(_In_ PNOTIFY_SYNC NotifySync,
                          _In_ PLIST_ENTRY NotifyList);

/* ---- names: dissecting, wildcards, legal characters ---- */
/* the DOS wildcards FsRtlIsNameInExpression understands besides * and ? */
#define ANSI_DOS_STAR ('<')
#define ANSI_DOS_QM ('>')
#define ANSI_DOS_DOT ('"')
#define DOS_STAR (L'<')
#define DOS_QM (L'>')
#define DOS_DOT (L'"')
typedef enum _FSRTL_COMPARISON_RESULT {
  LessThan = -1,
  EqualTo = 0,
  GreaterThan = 1
} FSRTL_COMPARISON_RESULT;
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlDissectName(_In_ UNICODE_STRING Path, _Out_ PUNICODE_STRING FirstName,
                     _Out_ PUNICODE_STRING RemainingName);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlDissectDbcs(_In_ ANSI_STRING Path, _Out_ PANSI_STRING FirstName,
                     _Out_ PANSI_STRING RemainingName);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlDoesNameContainWildCards(_In_ PUNICODE_STRING Name);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlDoesDbcsContainWildCards(_In_ PANSI_STRING Name);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlAreNamesEqual(_In_ PCUNICODE_STRING ConstantNameA,
                       _In_ PCUNICODE_STRING ConstantNameB,
                       _In_ BOOLEAN IgnoreCase,
                       _In_reads_opt_(0x10000) PCWCH UpcaseTable);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsNameInExpression(_In_ PUNICODE_STRING Expression,
                            _In_ PUNICODE_STRING Name, _In_ BOOLEAN IgnoreCase,
                            _In_opt_ PWCH UpcaseTable);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsDbcsInExpression(_In_ PANSI_STRING Expression,
                            _In_ PANSI_STRING Name);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsFatDbcsLegal(_In_ ANSI_STRING DbcsName,
                        _In_ BOOLEAN WildCardsPermissible,
                        _In_ BOOLEAN PathNamePermissible,
                        _In_ BOOLEAN LeadingBackslashPermissible);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsHpfsDbcsLegal(_In_ ANSI_STRING DbcsName,
                         _In_ BOOLEAN WildCardsPermissible,
                         _In_ BOOLEAN PathNamePermissible,
                         _In_ BOOLEAN LeadingBackslashPermissible);
/* the legal-character table behind the FsRtlIsAnsiCharacter… macros */
extern const UCHAR *const FsRtlLegalAnsiCharacterArray;
#define FSRTL_FAT_LEGAL 0x01
#define FSRTL_HPFS_LEGAL 0x02
#define FSRTL_NTFS_LEGAL 0x04
#define FSRTL_WILD_CHARACTER 0x08
#define FSRTL_OLE_LEGAL 0x10
#define FSRTL_NTFS_STREAM_LEGAL (FSRTL_NTFS_LEGAL | FSRTL_OLE_LEGAL)
#define FsRtlIsAnsiCharacterWild(C)                                            \
  FsRtlTestAnsiCharacter((C), FALSE, FALSE, FSRTL_WILD_CHARACTER)
#define FsRtlIsAnsiCharacterLegalFat(C, WILD_OK)                               \
  FsRtlTestAnsiCharacter((C), TRUE, (WILD_OK), FSRTL_FAT_LEGAL)
#define FsRtlIsAnsiCharacterLegalHpfs(C, WILD_OK)                              \
  FsRtlTestAnsiCharacter((C), TRUE, (WILD_OK), FSRTL_HPFS_LEGAL)
#define FsRtlIsAnsiCharacterLegalNtfs(C, WILD_OK)                              \
  FsRtlTestAnsiCharacter((C), TRUE, (WILD_OK), FSRTL_NTFS_LEGAL)
#define FsRtlIsAnsiCharacterLegal(C, FLAGS)                                    \
  FsRtlTestAnsiCharacter((C), TRUE, FALSE, (FLAGS))
#define FsRtlTestAnsiCharacter(C, DEFAULT_RET, WILD_OK, FLAGS)                 \
  (((SCHAR)(C) < 0)                                                            \
       ? DEFAULT_RET                                                           \
       : FlagOn(FsRtlLegalAnsiCharacterArray[(int)(C)],                        \
                (FLAGS) | ((WILD_OK) ? FSRTL_WILD_CHARACTER : 0)))
/* the system's multibyte code page (lead bytes of DBCS names) */
extern PBOOLEAN NlsMbOemCodePageTag;
extern PUSHORT NlsOemLeadByteInfo;
#define NLS_MB_CODE_PAGE_TAG (*NlsMbOemCodePageTag)
#define NLS_OEM_LEAD_BYTE_INFO NlsOemLeadByteInfo
#define FsRtlIsLeadDbcsCharacter(DBCS_CHAR)                                    \
  ((BOOLEAN)((UCHAR)(DBCS_CHAR) < 0x80                                         \
                 ? FALSE                                                       \
                 : (NLS_MB_CODE_PAGE_TAG &&                                    \
                    (NLS_OEM_LEAD_BYTE_INFO[(UCHAR)(DBCS_CHAR)] != 0))))

/* quota entries (IRP_MJ_QUERY_QUOTA) */
typedef struct _FILE_GET_QUOTA_INFORMATION {
  ULONG NextEntryOffset;
  ULONG SidLength;
  SID Sid;
} FILE_GET_QUOTA_INFORMATION, *PFILE_GET_QUOTA_INFORMATION;
typedef struct _FILE_QUOTA_INFORMATION {
  ULONG NextEntryOffset;
  ULONG SidLength;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER QuotaUsed;
  LARGE_INTEGER QuotaThreshold;
  LARGE_INTEGER QuotaLimit;
  SID Sid;
} FILE_QUOTA_INFORMATION, *PFILE_QUOTA_INFORMATION;

/* ---- file system control codes (IRP_MJ_FILE_SYSTEM_CONTROL) ---- */
#ifndef _FILESYSTEMFSCTL_
#define _FILESYSTEMFSCTL_
#define FSCTL_REQUEST_OPLOCK_LEVEL_1                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_REQUEST_OPLOCK_LEVEL_2                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_REQUEST_BATCH_OPLOCK                                             \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 2, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OPLOCK_BREAK_ACKNOWLEDGE                                         \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OPBATCH_ACK_CLOSE_PENDING                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 4, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OPLOCK_BREAK_NOTIFY                                              \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 5, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_LOCK_VOLUME                                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 6, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_UNLOCK_VOLUME                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 7, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_DISMOUNT_VOLUME                                                  \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 8, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_IS_VOLUME_MOUNTED                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 10, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_IS_PATHNAME_VALID                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 11, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_MARK_VOLUME_DIRTY                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 12, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_RETRIEVAL_POINTERS                                         \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 14, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_GET_COMPRESSION                                                  \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 15, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SET_COMPRESSION                                                  \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 16, METHOD_BUFFERED,                       \
           FILE_READ_DATA | FILE_WRITE_DATA)
#define FSCTL_SET_BOOTLOADER_ACCESSED                                          \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 19, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_OPLOCK_BREAK_ACK_NO_2                                            \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 20, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_INVALIDATE_VOLUMES                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 21, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_FAT_BPB                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 22, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_REQUEST_FILTER_OPLOCK                                            \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 23, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_FILESYSTEM_GET_STATISTICS                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 24, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_NTFS_VOLUME_DATA                                             \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 25, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_NTFS_FILE_RECORD                                             \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 26, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_VOLUME_BITMAP                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 27, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_GET_RETRIEVAL_POINTERS                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 28, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_MOVE_FILE                                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 29, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_IS_VOLUME_DIRTY                                                  \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 30, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_ALLOW_EXTENDED_DASD_IO                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 32, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_FIND_FILES_BY_SID                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 35, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_SET_OBJECT_ID                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 38, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_GET_OBJECT_ID                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 39, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_DELETE_OBJECT_ID                                                 \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 40, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_SET_REPARSE_POINT                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 41, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_GET_REPARSE_POINT                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 42, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_DELETE_REPARSE_POINT                                             \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 43, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_ENUM_USN_DATA                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 44, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_SECURITY_ID_CHECK                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 45, METHOD_NEITHER, FILE_READ_DATA)
#define FSCTL_READ_USN_JOURNAL                                                 \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 46, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_SET_OBJECT_ID_EXTENDED                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 47, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_CREATE_OR_GET_OBJECT_ID                                          \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 48, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SET_SPARSE                                                       \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 49, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_SET_ZERO_DATA                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 50, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_QUERY_ALLOCATED_RANGES                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 51, METHOD_NEITHER, FILE_READ_DATA)
#define FSCTL_ENABLE_UPGRADE                                                   \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 52, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_SET_ENCRYPTION                                                   \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 53, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_ENCRYPTION_FSCTL_IO                                              \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 54, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_WRITE_RAW_ENCRYPTED                                              \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 55, METHOD_NEITHER, FILE_SPECIAL_ACCESS)
#define FSCTL_READ_RAW_ENCRYPTED                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 56, METHOD_NEITHER, FILE_SPECIAL_ACCESS)
#define FSCTL_CREATE_USN_JOURNAL                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 57, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_READ_FILE_USN_DATA                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 58, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_WRITE_USN_CLOSE_RECORD                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 59, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_EXTEND_VOLUME                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 60, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_USN_JOURNAL                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 61, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_DELETE_USN_JOURNAL                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 62, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_MARK_HANDLE                                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 63, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SIS_COPYFILE                                                     \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 64, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SIS_LINK_FILES                                                   \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 65, METHOD_BUFFERED,                       \
           FILE_READ_DATA | FILE_WRITE_DATA)
#define FSCTL_RECALL_FILE                                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 69, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_READ_FROM_PLEX                                                   \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 71, METHOD_OUT_DIRECT, FILE_READ_DATA)
#define FSCTL_FILE_PREFETCH                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 72, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_MAKE_MEDIA_COMPATIBLE                                            \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 76, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_SET_DEFECT_MANAGEMENT                                            \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 77, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_QUERY_SPARING_INFO                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 78, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_ON_DISK_VOLUME_INFO                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 79, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SET_VOLUME_COMPRESSION_STATE                                     \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 80, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_TXFS_MODIFY_RM                                                   \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 81, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_QUERY_RM_INFORMATION                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 82, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_TXFS_ROLLFORWARD_REDO                                            \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 84, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_ROLLFORWARD_UNDO                                            \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 85, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_START_RM                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 86, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_SHUTDOWN_RM                                                 \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 87, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_READ_BACKUP_INFORMATION                                     \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 88, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_TXFS_WRITE_BACKUP_INFORMATION                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 89, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_CREATE_SECONDARY_RM                                         \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 90, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_GET_METADATA_INFO                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 91, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_TXFS_GET_TRANSACTED_VERSION                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 92, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_TXFS_SAVEPOINT_INFORMATION                                       \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 94, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_CREATE_MINIVERSION                                          \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 95, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_TXFS_TRANSACTION_ACTIVE                                          \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 99, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_SET_ZERO_ON_DEALLOCATION                                         \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 101, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_SET_REPAIR                                                       \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 102, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_REPAIR                                                       \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 103, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_WAIT_FOR_REPAIR                                                  \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 104, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_INITIATE_REPAIR                                                  \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 106, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_CSC_INTERNAL                                                     \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 107, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_SHRINK_VOLUME                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 108, METHOD_BUFFERED, FILE_SPECIAL_ACCESS)
#define FSCTL_SET_SHORT_NAME_BEHAVIOR                                          \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 109, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_DFSR_SET_GHOST_HANDLE_STATE                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 110, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_TXFS_LIST_TRANSACTION_LOCKED_FILES                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 120, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_TXFS_LIST_TRANSACTIONS                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 121, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_QUERY_PAGEFILE_ENCRYPTION                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 122, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_RESET_VOLUME_ALLOCATION_HINTS                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 123, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_DEPENDENT_VOLUME                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 124, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SD_GLOBAL_CHANGE                                                 \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 125, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_TXFS_READ_BACKUP_INFORMATION2                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 126, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_LOOKUP_STREAM_FROM_CLUSTER                                       \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 127, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_TXFS_WRITE_BACKUP_INFORMATION2                                   \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 128, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_FILE_TYPE_NOTIFICATION                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 129, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_FILE_LEVEL_TRIM                                                  \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 130, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_GET_BOOT_AREA_INFO                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 140, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_RETRIEVAL_POINTER_BASE                                       \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 141, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SET_PERSISTENT_VOLUME_STATE                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 142, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_PERSISTENT_VOLUME_STATE                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 143, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_REQUEST_OPLOCK                                                   \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 144, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_CSV_TUNNEL_REQUEST                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 145, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_IS_CSV_FILE                                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 146, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_FILE_SYSTEM_RECOGNITION                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 147, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_CSV_GET_VOLUME_PATH_NAME                                         \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 148, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_CSV_GET_VOLUME_NAME_FOR_VOLUME_MOUNT_POINT                       \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 149, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_CSV_GET_VOLUME_PATH_NAMES_FOR_VOLUME_NAME                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 150, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_IS_FILE_ON_CSV_VOLUME                                            \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 151, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_CORRUPTION_HANDLING                                              \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 152, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_OFFLOAD_READ                                                     \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 153, METHOD_BUFFERED, FILE_READ_DATA)
#define FSCTL_OFFLOAD_WRITE                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 154, METHOD_BUFFERED, FILE_WRITE_DATA)
#define FSCTL_CSV_INTERNAL                                                     \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 155, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SET_PURGE_FAILURE_MODE                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 156, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_QUERY_FILE_LAYOUT                                                \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 157, METHOD_NEITHER, FILE_ANY_ACCESS)
#define FSCTL_IS_VOLUME_OWNED_BYCSVFS                                          \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 158, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_GET_INTEGRITY_INFORMATION                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 159, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_SET_INTEGRITY_INFORMATION                                        \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 160, METHOD_BUFFERED,                      \
           FILE_READ_DATA | FILE_WRITE_DATA)
#define FSCTL_QUERY_FILE_REGIONS                                               \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 161, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define FSCTL_CSV_CONTROL                                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 181, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif

/* the buffers of the control codes above */
typedef struct _STARTING_LCN_INPUT_BUFFER {
  LARGE_INTEGER StartingLcn;
} STARTING_LCN_INPUT_BUFFER, *PSTARTING_LCN_INPUT_BUFFER;
typedef struct _VOLUME_BITMAP_BUFFER {
  LARGE_INTEGER StartingLcn;
  LARGE_INTEGER BitmapSize;
  UCHAR Buffer[1];
} VOLUME_BITMAP_BUFFER, *PVOLUME_BITMAP_BUFFER;
typedef struct _STARTING_VCN_INPUT_BUFFER {
  LARGE_INTEGER StartingVcn;
} STARTING_VCN_INPUT_BUFFER, *PSTARTING_VCN_INPUT_BUFFER;
typedef struct RETRIEVAL_POINTERS_BUFFER {
  ULONG ExtentCount;
  LARGE_INTEGER StartingVcn;
  struct {
    LARGE_INTEGER NextVcn;
    LARGE_INTEGER Lcn;
  } Extents[1];
} RETRIEVAL_POINTERS_BUFFER, *PRETRIEVAL_POINTERS_BUFFER;
typedef struct RETRIEVAL_POINTER_BASE {
  LARGE_INTEGER FileAreaOffset;
} RETRIEVAL_POINTER_BASE, *PRETRIEVAL_POINTER_BASE;
typedef struct _MOVE_FILE_DATA {
  HANDLE FileHandle;
  LARGE_INTEGER StartingVcn;
  LARGE_INTEGER StartingLcn;
  ULONG ClusterCount;
} MOVE_FILE_DATA, *PMOVE_FILE_DATA;
#if defined(_WIN64)
typedef struct _MOVE_FILE_DATA32 {
  UINT32 FileHandle;
  LARGE_INTEGER StartingVcn;
  LARGE_INTEGER StartingLcn;
  ULONG ClusterCount;
} MOVE_FILE_DATA32, *PMOVE_FILE_DATA32;
#endif
typedef struct _MARK_HANDLE_INFO {
  union {
    ULONG UsnSourceInfo;
    ULONG CopyNumber;
  };
  HANDLE VolumeHandle;
  ULONG HandleInfo;
} MARK_HANDLE_INFO, *PMARK_HANDLE_INFO;
#if defined(_WIN64)
typedef struct _MARK_HANDLE_INFO32 {
  union {
    ULONG UsnSourceInfo;
    ULONG CopyNumber;
  };
  UINT32 VolumeHandle;
  ULONG HandleInfo;
} MARK_HANDLE_INFO32, *PMARK_HANDLE_INFO32;
#endif
#define USN_SOURCE_DATA_MANAGEMENT (0x00000001)
#define USN_SOURCE_AUXILIARY_DATA (0x00000002)
#define USN_SOURCE_REPLICATION_MANAGEMENT (0x00000004)
#define USN_SOURCE_CLIENT_REPLICATION_MANAGEMENT (0x00000008)
#define MARK_HANDLE_PROTECT_CLUSTERS (0x00000001)
#define MARK_HANDLE_TXF_SYSTEM_LOG (0x00000004)
#define MARK_HANDLE_NOT_TXF_SYSTEM_LOG (0x00000008)
#define MARK_HANDLE_REALTIME (0x00000020)
#define MARK_HANDLE_NOT_REALTIME (0x00000040)
#define MARK_HANDLE_READ_COPY (0x00000080)
#define MARK_HANDLE_NOT_READ_COPY (0x00000100)
#define MARK_HANDLE_RETURN_PURGE_FAILURE (0x00000400)
#define MARK_HANDLE_DISABLE_FILE_METADATA_OPTIMIZATION (0x00001000)
#define MARK_HANDLE_ENABLE_USN_SOURCE_ON_PAGING_IO (0x00002000)
#define MARK_HANDLE_SKIP_COHERENCY_SYNC_DISALLOW_WRITES (0x00004000)
typedef struct _BOOT_AREA_INFO {
  ULONG BootSectorCount;
  struct {
    LARGE_INTEGER Offset;
  } BootSectors[2];
} BOOT_AREA_INFO, *PBOOT_AREA_INFO;
typedef struct _FSCTL_QUERY_FAT_BPB_BUFFER {
  UCHAR First0x24BytesOfBootSector[0x24];
} FSCTL_QUERY_FAT_BPB_BUFFER, *PFSCTL_QUERY_FAT_BPB_BUFFER;
#define VOLUME_IS_DIRTY (0x00000001)
#define VOLUME_UPGRADE_SCHEDULED (0x00000002)
#define VOLUME_SESSION_OPEN (0x00000004)
typedef struct _FILE_OBJECTID_BUFFER {
  UCHAR ObjectId[16];
  union {
    struct {
      UCHAR BirthVolumeId[16];
      UCHAR BirthObjectId[16];
      UCHAR DomainId[16];
    };
    UCHAR ExtendedInfo[48];
  };
} FILE_OBJECTID_BUFFER, *PFILE_OBJECTID_BUFFER;
typedef struct _FILE_ZERO_DATA_INFORMATION {
  LARGE_INTEGER FileOffset;
  LARGE_INTEGER BeyondFinalZero;
} FILE_ZERO_DATA_INFORMATION, *PFILE_ZERO_DATA_INFORMATION;
typedef struct _FILE_ALLOCATED_RANGE_BUFFER {
  LARGE_INTEGER FileOffset;
  LARGE_INTEGER Length;
} FILE_ALLOCATED_RANGE_BUFFER, *PFILE_ALLOCATED_RANGE_BUFFER;
typedef struct _FILE_SET_SPARSE_BUFFER {
  BOOLEAN SetSparse;
} FILE_SET_SPARSE_BUFFER, *PFILE_SET_SPARSE_BUFFER;
typedef struct _FIND_BY_SID_DATA {
  ULONG Restart;
  SID Sid;
} FIND_BY_SID_DATA, *PFIND_BY_SID_DATA;
typedef struct _FIND_BY_SID_OUTPUT {
  ULONG NextEntryOffset;
  ULONG FileIndex;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FIND_BY_SID_OUTPUT, *PFIND_BY_SID_OUTPUT;
typedef struct _SET_PURGE_FAILURE_MODE_INPUT {
  ULONG Flags;
} SET_PURGE_FAILURE_MODE_INPUT, *PSET_PURGE_FAILURE_MODE_INPUT;
#define SET_PURGE_FAILURE_MODE_ENABLED 0x00000001
#define SET_PURGE_FAILURE_MODE_DISABLED 0x00000002

/* the update sequence number journal's records */
typedef LONGLONG USN;
typedef struct _USN_RECORD_V2 {
  ULONG RecordLength;
  USHORT MajorVersion;
  USHORT MinorVersion;
  ULONGLONG FileReferenceNumber;
  ULONGLONG ParentFileReferenceNumber;
  USN Usn;
  LARGE_INTEGER TimeStamp;
  ULONG Reason;
  ULONG SourceInfo;
  ULONG SecurityId;
  ULONG FileAttributes;
  USHORT FileNameLength;
  USHORT FileNameOffset;
  WCHAR FileName[1];
} USN_RECORD_V2, *PUSN_RECORD_V2;
typedef USN_RECORD_V2 USN_RECORD, *PUSN_RECORD;
typedef struct _READ_USN_JOURNAL_DATA_V0 {
  USN StartUsn;
  ULONG ReasonMask;
  ULONG ReturnOnlyOnClose;
  ULONGLONG Timeout;
  ULONGLONG BytesToWaitFor;
  ULONGLONG UsnJournalID;
} READ_USN_JOURNAL_DATA_V0, *PREAD_USN_JOURNAL_DATA_V0;
typedef READ_USN_JOURNAL_DATA_V0 READ_USN_JOURNAL_DATA, *PREAD_USN_JOURNAL_DATA;
typedef struct _MFT_ENUM_DATA_V0 {
  ULONGLONG StartFileReferenceNumber;
  USN LowUsn;
  USN HighUsn;
} MFT_ENUM_DATA_V0, *PMFT_ENUM_DATA_V0;
typedef MFT_ENUM_DATA_V0 MFT_ENUM_DATA, *PMFT_ENUM_DATA;

/* statistics (FSCTL_FILESYSTEM_GET_STATISTICS) */
#define FILESYSTEM_STATISTICS_TYPE_NTFS 1
#define FILESYSTEM_STATISTICS_TYPE_FAT 2
#define FILESYSTEM_STATISTICS_TYPE_EXFAT 3
#define FILESYSTEM_STATISTICS_TYPE_REFS 4
typedef struct _FILESYSTEM_STATISTICS {
  USHORT FileSystemType;
  USHORT Version;
  ULONG SizeOfCompleteStructure;
  ULONG UserFileReads;
  ULONG UserFileReadBytes;
  ULONG UserDiskReads;
  ULONG UserFileWrites;
  ULONG UserFileWriteBytes;
  ULONG UserDiskWrites;
  ULONG MetaDataReads;
  ULONG MetaDataReadBytes;
  ULONG MetaDataDiskReads;
  ULONG MetaDataWrites;
  ULONG MetaDataWriteBytes;
  ULONG MetaDataDiskWrites;
} FILESYSTEM_STATISTICS, *PFILESYSTEM_STATISTICS;
typedef struct _FAT_STATISTICS {
  ULONG CreateHits;
  ULONG SuccessfulCreates;
  ULONG FailedCreates;
  ULONG NonCachedReads;
  ULONG NonCachedReadBytes;
  ULONG NonCachedWrites;
  ULONG NonCachedWriteBytes;
  ULONG NonCachedDiskReads;
  ULONG NonCachedDiskWrites;
} FAT_STATISTICS, *PFAT_STATISTICS;
typedef struct _EXFAT_STATISTICS {
  ULONG CreateHits;
  ULONG SuccessfulCreates;
  ULONG FailedCreates;
  ULONG NonCachedReads;
  ULONG NonCachedReadBytes;
  ULONG NonCachedWrites;
  ULONG NonCachedWriteBytes;
  ULONG NonCachedDiskReads;
  ULONG NonCachedDiskWrites;
} EXFAT_STATISTICS, *PEXFAT_STATISTICS;

/* oplock requests (FSCTL_REQUEST_OPLOCK) */
#define OPLOCK_LEVEL_CACHE_READ (0x00000001)
#define OPLOCK_LEVEL_CACHE_HANDLE (0x00000002)
#define OPLOCK_LEVEL_CACHE_WRITE (0x00000004)
#define REQUEST_OPLOCK_INPUT_FLAG_REQUEST (0x00000001)
#define REQUEST_OPLOCK_INPUT_FLAG_ACK (0x00000002)
#define REQUEST_OPLOCK_INPUT_FLAG_COMPLETE_ACK_ON_CLOSE (0x00000004)
#define REQUEST_OPLOCK_CURRENT_VERSION 1
typedef struct _REQUEST_OPLOCK_INPUT_BUFFER {
  USHORT StructureVersion;
  USHORT StructureLength;
  ULONG RequestedOplockLevel;
  ULONG Flags;
} REQUEST_OPLOCK_INPUT_BUFFER, *PREQUEST_OPLOCK_INPUT_BUFFER;
#define REQUEST_OPLOCK_OUTPUT_FLAG_ACK_REQUIRED (0x00000001)
#define REQUEST_OPLOCK_OUTPUT_FLAG_MODES_PROVIDED (0x00000002)
typedef struct _REQUEST_OPLOCK_OUTPUT_BUFFER {
  USHORT StructureVersion;
  USHORT StructureLength;
  ULONG OriginalOplockLevel;
  ULONG NewOplockLevel;
  ULONG Flags;
  ACCESS_MASK AccessMode;
  USHORT ShareMode;
} REQUEST_OPLOCK_OUTPUT_BUFFER, *PREQUEST_OPLOCK_OUTPUT_BUFFER;

/* cluster shared volumes (FSCTL_CSV_CONTROL) */
typedef enum _CSV_CONTROL_OP {
  CsvControlStartRedirectFile = 0x02,
  CsvControlStopRedirectFile = 0x03,
  CsvControlQueryRedirectState = 0x04,
  CsvControlQueryFileRevision = 0x06,
  CsvControlQueryMdsPath = 0x08,
  CsvControlQueryFileRevisionFileId128 = 0x09,
  CsvControlQueryVolumeRedirectState = 0x0a,
  CsvControlEnableUSNRangeModificationTracking = 0x0d,
  CsvControlMarkHandleLocalVolumeMount = 0x0e,
  CsvControlUnmarkHandleLocalVolumeMount = 0x0f,
  CsvControlGetCsvFsMdsPathV2 = 0x12,
  CsvControlDisableCaching = 0x13,
  CsvControlEnableCaching = 0x14,
  CsvControlStartForceDFO = 0x15,
  CsvControlStopForceDFO = 0x16,
  CsvControlQueryMdsPathNoPause = 0x17,
  CsvControlSetVolumeId = 0x18,
  CsvControlQueryVolumeId = 0x19
} CSV_CONTROL_OP,
    *PCSV_CONTROL_OP;
typedef struct _CSV_CONTROL_PARAM {
  CSV_CONTROL_OP Operation;
  LONGLONG Unused;
} CSV_CONTROL_PARAM, *PCSV_CONTROL_PARAM;
typedef struct _CSV_QUERY_FILE_REVISION {
  LONGLONG FileId;
  LONGLONG FileRevision[3];
} CSV_QUERY_FILE_REVISION, *PCSV_QUERY_FILE_REVISION;

/* ---- the cache manager ---- */
/* the size of the cache manager's views */
#define VACB_MAPPING_GRANULARITY (0x40000)
#define VACB_OFFSET_SHIFT (18)
typedef struct _CC_FILE_SIZES {
  LARGE_INTEGER AllocationSize;
  LARGE_INTEGER FileSize;
  LARGE_INTEGER ValidDataLength;
} CC_FILE_SIZES, *PCC_FILE_SIZES;
/* the file system's routines the cache manager calls around its lazy
 * writes and read-aheads: an acquire and its release partner */
typedef _Function_class_(ACQUIRE_FOR_LAZY_WRITE) _IRQL_requires_same_ BOOLEAN
    ACQUIRE_FOR_LAZY_WRITE(_In_ PVOID Context, _In_ BOOLEAN Wait);
typedef ACQUIRE_FOR_LAZY_WRITE *PACQUIRE_FOR_LAZY_WRITE;
typedef _Function_class_(RELEASE_FROM_LAZY_WRITE) _IRQL_requires_same_ VOID
    RELEASE_FROM_LAZY_WRITE(_In_ PVOID Context);
typedef RELEASE_FROM_LAZY_WRITE *PRELEASE_FROM_LAZY_WRITE;
typedef _Function_class_(ACQUIRE_FOR_READ_AHEAD) _IRQL_requires_same_ BOOLEAN
    ACQUIRE_FOR_READ_AHEAD(_In_ PVOID Context, _In_ BOOLEAN Wait);
typedef ACQUIRE_FOR_READ_AHEAD *PACQUIRE_FOR_READ_AHEAD;
typedef _Function_class_(RELEASE_FROM_READ_AHEAD) _IRQL_requires_same_ VOID
    RELEASE_FROM_READ_AHEAD(_In_ PVOID Context);
typedef RELEASE_FROM_READ_AHEAD *PRELEASE_FROM_READ_AHEAD;
typedef struct _CACHE_MANAGER_CALLBACKS {
  PACQUIRE_FOR_LAZY_WRITE AcquireForLazyWrite;
  PRELEASE_FROM_LAZY_WRITE ReleaseFromLazyWrite;
  PACQUIRE_FOR_READ_AHEAD AcquireForReadAhead;
  PRELEASE_FROM_READ_AHEAD ReleaseFromReadAhead;
} CACHE_MANAGER_CALLBACKS, *PCACHE_MANAGER_CALLBACKS;
typedef struct _CACHE_UNINITIALIZE_EVENT {
  struct _CACHE_UNINITIALIZE_EVENT *Next;
  KEVENT Event;
} CACHE_UNINITIALIZE_EVENT, *PCACHE_UNINITIALIZE_EVENT;
typedef struct _PUBLIC_BCB {
  CSHORT NodeTypeCode;
  CSHORT NodeByteSize;
  ULONG MappedLength;
  LARGE_INTEGER MappedFileOffset;
} PUBLIC_BCB, *PPUBLIC_BCB;
typedef VOID (*PDIRTY_PAGE_ROUTINE)(_In_ PFILE_OBJECT FileObject,
                                    _In_ PLARGE_INTEGER FileOffset,
                                    _In_ ULONG Length,
                                    _In_ PLARGE_INTEGER OldestLsn,
                                    _In_ PLARGE_INTEGER NewestLsn,
                                    _In_ PVOID Context1, _In_ PVOID Context2);
typedef VOID (*PCC_POST_DEFERRED_WRITE)(_In_ PVOID Context1,
                                        _In_ PVOID Context2);
typedef VOID (*PFLUSH_TO_LSN)(_In_ PVOID LogHandle, _In_ LARGE_INTEGER Lsn);
#define PIN_WAIT (1)
#define PIN_EXCLUSIVE (2)
#define PIN_NO_READ (4)
#define PIN_IF_BCB (8)
#define PIN_CALLER_TRACKS_DIRTY_DATA (32)
#define PIN_HIGH_PRIORITY (64)
#define PIN_VERIFY_REQUIRED (128)
#define MAP_WAIT (1)
#define MAP_NO_READ (16)
#define MAP_HIGH_PRIORITY (64)
#define UNINITIALIZE_CACHE_MAPS (1)
#define DO_NOT_RETRY_PURGE (2)
#define DO_NOT_PURGE_DIRTY_PAGES (0x4)
#define CC_FLUSH_AND_PURGE_NO_PURGE (0x1)
#define CC_FLUSH_AND_PURGE_GATHER_DIRTY_BITS (0x2)
#define CC_FLUSH_AND_PURGE_WRITEABLE_VIEWS_NOTSEEN (0x4)
#define CC_ENABLE_DISK_IO_ACCOUNTING (0x00000010)
#define CC_DISABLE_READ_AHEAD (0x00000002)
#define CC_DISABLE_WRITE_BEHIND (0x00000004)
#define READ_AHEAD_GRANULARITY (0x10000)
#define CcIsFileCached(FO)                                                     \
  (((FO)->SectionObjectPointer != NULL) &&                                     \
   (((PSECTION_OBJECT_POINTERS)(FO)->SectionObjectPointer)->SharedCacheMap !=  \
    NULL))
#define CcGetFileSizePointer(FO)                                               \
  (((PLARGE_INTEGER)((FO)->SectionObjectPointer->SharedCacheMap) + 1))
VOID CcInitializeCacheMap(_In_ PFILE_OBJECT FileObject,
                          _In_ PCC_FILE_SIZES FileSizes, _In_ BOOLEAN PinAccess,
                          _In_ PCACHE_MANAGER_CALLBACKS Callbacks,
                          _In_ PVOID LazyWriteContext);
BOOLEAN
CcUninitializeCacheMap(_In_ PFILE_OBJECT FileObject,
                       _In_opt_ PLARGE_INTEGER TruncateSize,
                       _In_opt_ PCACHE_UNINITIALIZE_EVENT UninitializeEvent);
VOID CcSetFileSizes(_In_ PFILE_OBJECT FileObject,
                    _In_ PCC_FILE_SIZES FileSizes);
NTSTATUS CcSetFileSizesEx(_In_ PFILE_OBJECT FileObject,
                          _In_ PCC_FILE_SIZES FileSizes);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcPurgeCacheSection(_In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
                        _In_opt_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                        _In_ ULONG Flags);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID CcCoherencyFlushAndPurgeCache(
    _In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
    _In_opt_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_opt_ ULONG Flags);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    CcFlushCache(_In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
                 _In_opt_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                 _Out_opt_ PIO_STATUS_BLOCK IoStatus);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcCanIWrite(_In_opt_ PFILE_OBJECT FileObject, _In_ ULONG BytesToWrite,
                _In_ BOOLEAN Wait, _In_ UCHAR Retrying);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcDeferWrite(_In_ PFILE_OBJECT FileObject,
                 _In_ PCC_POST_DEFERRED_WRITE PostRoutine, _In_ PVOID Context1,
                 _In_ PVOID Context2, _In_ ULONG BytesToWrite,
                 _In_ BOOLEAN Retrying);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcCopyRead(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
               _In_ ULONG Length, _In_ BOOLEAN Wait,
               _Out_writes_bytes_(Length) PVOID Buffer,
               _Out_ PIO_STATUS_BLOCK IoStatus);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcCopyReadEx(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
                 _In_ ULONG Length, _In_ BOOLEAN Wait,
                 _Out_writes_bytes_(Length) PVOID Buffer,
                 _Out_ PIO_STATUS_BLOCK IoStatus,
                 _In_opt_ PETHREAD IoIssuerThread);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcCopyWrite(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
                _In_ ULONG Length, _In_ BOOLEAN Wait,
                _In_reads_bytes_(Length) PVOID Buffer);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcCopyWriteEx(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
                  _In_ ULONG Length, _In_ BOOLEAN Wait,
                  _In_reads_bytes_(Length) PVOID Buffer,
                  _In_opt_ PETHREAD IoIssuerThread);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcFastCopyRead(_In_ PFILE_OBJECT FileObject, _In_ ULONG FileOffset,
                   _In_ ULONG Length, _In_ ULONG PageCount,
                   _Out_writes_bytes_(Length) PVOID Buffer,
                   _Out_ PIO_STATUS_BLOCK IoStatus);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcZeroData(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER StartOffset,
               _In_ PLARGE_INTEGER EndOffset, _In_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcMdlRead(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
              _In_ ULONG Length, _Out_ PMDL *MdlChain,
              _Out_ PIO_STATUS_BLOCK IoStatus);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcMdlReadComplete(_In_ PFILE_OBJECT FileObject, _In_ PMDL MdlChain);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcPrepareMdlWrite(_In_ PFILE_OBJECT FileObject,
                      _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                      _Out_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcMdlWriteComplete(_In_ PFILE_OBJECT FileObject,
                       _In_ PLARGE_INTEGER FileOffset, _In_ PMDL MdlChain);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcMdlWriteAbort(_In_ PFILE_OBJECT FileObject, _In_ PMDL MdlChain);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcMapData(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
              _In_ ULONG Length, _In_ ULONG Flags, _Outptr_ PVOID *Bcb,
              _Outptr_result_bytebuffer_(Length) PVOID *Buffer);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcPinMappedData(_In_ PFILE_OBJECT FileObject,
                    _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                    _In_ ULONG Flags, _Inout_ PVOID *Bcb);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcPinRead(_In_ PFILE_OBJECT FileObject, _In_ PLARGE_INTEGER FileOffset,
              _In_ ULONG Length, _In_ ULONG Flags, _Outptr_ PVOID *Bcb,
              _Outptr_result_bytebuffer_(Length) PVOID *Buffer);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    CcPreparePinWrite(_In_ PFILE_OBJECT FileObject,
                      _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                      _In_ BOOLEAN Zero, _In_ ULONG Flags, _Outptr_ PVOID *Bcb,
                      _Outptr_result_bytebuffer_(Length) PVOID *Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    CcSetDirtyPinnedData(_In_ PVOID BcbVoid, _In_opt_ PLARGE_INTEGER Lsn);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID CcUnpinData(_In_ PVOID Bcb);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    CcUnpinDataForThread(_In_ PVOID Bcb,
                         _In_ ERESOURCE_THREAD ResourceThreadId);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID CcRepinBcb(_In_ PVOID Bcb);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcUnpinRepinnedBcb(_In_ PVOID Bcb, _In_ BOOLEAN WriteThrough,
                       _Out_ PIO_STATUS_BLOCK IoStatus);
_IRQL_requires_max_(DISPATCH_LEVEL) PFILE_OBJECT
    CcGetFileObjectFromBcb(_In_ PVOID Bcb);
_IRQL_requires_max_(DISPATCH_LEVEL) PFILE_OBJECT CcGetFileObjectFromSectionPtrs(
    _In_ PSECTION_OBJECT_POINTERS SectionObjectPointer);
BOOLEAN CcIsThereDirtyData(_In_ PVPB Vpb);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcSetAdditionalCacheAttributes(_In_ PFILE_OBJECT FileObject,
                                   _In_ BOOLEAN DisableReadAhead,
                                   _In_ BOOLEAN DisableWriteBehind);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcSetAdditionalCacheAttributesEx(_In_ PFILE_OBJECT FileObject,
                                     _In_ ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcSetReadAheadGranularity(_In_ PFILE_OBJECT FileObject,
                              _In_ ULONG Granularity);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcSetDirtyPageThreshold(_In_ PFILE_OBJECT FileObject,
                            _In_ ULONG DirtyPageThreshold);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    CcWaitForCurrentLazyWriterActivity(VOID);
_IRQL_requires_max_(APC_LEVEL) LARGE_INTEGER
    CcGetFlushedValidData(_In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
                          _In_ BOOLEAN BcbListHeld);
_IRQL_requires_max_(APC_LEVEL) VOID
    CcScheduleReadAhead(_In_ PFILE_OBJECT FileObject,
                        _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length);

/* ---- share access ---- */
typedef struct _SHARE_ACCESS {
  ULONG OpenCount;
  ULONG Readers;
  ULONG Writers;
  ULONG Deleters;
  ULONG SharedRead;
  ULONG SharedWrite;
  ULONG SharedDelete;
} SHARE_ACCESS, *PSHARE_ACCESS;
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoCheckShareAccess(_In_ ACCESS_MASK DesiredAccess,
                       _In_ ULONG DesiredShareAccess,
                       _Inout_ PFILE_OBJECT FileObject,
                       _Inout_ PSHARE_ACCESS ShareAccess, _In_ BOOLEAN Update);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoSetShareAccess(_In_ ACCESS_MASK DesiredAccess,
                     _In_ ULONG DesiredShareAccess,
                     _Inout_ PFILE_OBJECT FileObject,
                     _Out_ PSHARE_ACCESS ShareAccess);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoUpdateShareAccess(_In_ PFILE_OBJECT FileObject,
                        _Inout_ PSHARE_ACCESS ShareAccess);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoRemoveShareAccess(_In_ PFILE_OBJECT FileObject,
                        _Inout_ PSHARE_ACCESS ShareAccess);

/* ---- the I/O manager's file system routines ---- */
/* The VPB spin lock guards the VPB's fields (Flags, ReferenceCount,
 * DeviceObject). */
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) VOID
    IoAcquireVpbSpinLock(_Out_ _At_(*Irql, _IRQL_saves_) PKIRQL Irql);
_IRQL_requires_(DISPATCH_LEVEL) VOID
    IoReleaseVpbSpinLock(_In_ _IRQL_restores_ KIRQL Irql);
_IRQL_requires_max_(APC_LEVEL) VOID
    IoRegisterFileSystem(_In_ __drv_aliasesMem PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) VOID
    IoUnregisterFileSystem(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    IoVerifyVolume(_In_ PDEVICE_OBJECT DeviceObject,
                   _In_ BOOLEAN AllowRawMount);
_IRQL_requires_max_(APC_LEVEL) PFILE_OBJECT
    IoCreateStreamFileObject(_In_opt_ PFILE_OBJECT FileObject,
                             _In_opt_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) PFILE_OBJECT
    IoCreateStreamFileObjectLite(_In_opt_ PFILE_OBJECT FileObject,
                                 _In_opt_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(APC_LEVEL) PFILE_OBJECT
    IoCreateStreamFileObjectEx(_In_opt_ PFILE_OBJECT FileObject,
                               _In_opt_ PDEVICE_OBJECT DeviceObject,
                               _Out_opt_ PHANDLE FileObjectHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    IoGetDeviceToVerify(_In_ PETHREAD Thread);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoSetDeviceToVerify(_In_ PETHREAD Thread,
                        _In_opt_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoRaiseHardError(_In_ PIRP Irp, _In_opt_ PVPB Vpb,
                     _In_ PDEVICE_OBJECT RealDeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    IoRaiseInformationalHardError(_In_ NTSTATUS ErrorStatus,
                                  _In_opt_ PUNICODE_STRING String,
                                  _In_opt_ PKTHREAD Thread);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    IoIsOperationSynchronous(_In_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    IoIsSystemThread(_In_ PETHREAD Thread);
_IRQL_requires_max_(DISPATCH_LEVEL) PIRP
    IoMakeAssociatedIrp(_In_ PIRP Irp, _In_ CCHAR StackSize);
_IRQL_requires_max_(DISPATCH_LEVEL) PGENERIC_MAPPING
    IoGetFileObjectGenericMapping(VOID);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoVolumeDeviceToDosName(_In_ PVOID VolumeDeviceObject,
                            _Out_ PUNICODE_STRING DosName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoVolumeDeviceToGuid(_In_ PVOID VolumeDeviceObject, _Out_ GUID *Guid);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoVolumeDeviceToGuidPath(_In_ PVOID VolumeDeviceObject,
                             _Out_ PUNICODE_STRING GuidPath);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    IoReplaceFileObjectName(_In_ PFILE_OBJECT FileObject,
                            _In_reads_bytes_(FileNameLength) PWSTR NewFileName,
                            _In_ USHORT FileNameLength);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    IoCheckEaBufferValidity(_In_ PFILE_FULL_EA_INFORMATION EaBuffer,
                            _In_ ULONG EaLength, _Out_ PULONG ErrorOffset);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS IoQueryFileDosDeviceName(
    _In_ PFILE_OBJECT FileObject,
    _Out_ POBJECT_NAME_INFORMATION *ObjectNameInformation);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    IoGetDeviceAttachmentBaseRef(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    IoGetAttachedDevice(_In_ PDEVICE_OBJECT DeviceObject);
PDEVICE_OBJECT IoGetBaseFileSystemDeviceObject(_In_ PFILE_OBJECT FileObject);
/* IoStatus.Information of a successful volume verify: mount again */
#define IO_REPARSE 0x00000000
#define IO_REMOUNT 0x00000001
#define IO_REPARSE_GLOBAL 0x00000002
#define IoCheckMountedVpb(Vpb) (FlagOn((Vpb)->Flags, VPB_MOUNTED))
/* the I/O priority a file system carries to its own requests */
typedef struct _IO_PRIORITY_INFO {
  ULONG Size;
  ULONG ThreadPriority;
  ULONG PagePriority;
  IO_PRIORITY_HINT IoPriority;
} IO_PRIORITY_INFO, *PIO_PRIORITY_INFO;
_IRQL_requires_max_(DISPATCH_LEVEL) FORCEINLINE VOID
    IoInitializePriorityInfo(_In_ PIO_PRIORITY_INFO PriorityInfo) {
  PriorityInfo->Size = sizeof(IO_PRIORITY_INFO);
  PriorityInfo->ThreadPriority = 0xffff;
  PriorityInfo->IoPriority = IoPriorityNormal;
  PriorityInfo->PagePriority = 0;
}
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    IoRetrievePriorityInfo(_In_opt_ PIRP Irp, _In_opt_ PFILE_OBJECT FileObject,
                           _In_opt_ PETHREAD Thread,
                           _Inout_ PIO_PRIORITY_INFO PriorityInfo);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    IoApplyPriorityInfoThread(_In_ PIO_PRIORITY_INFO InputPriorityInfo,
                              _Out_opt_ PIO_PRIORITY_INFO OutputPriorityInfo,
                              _In_opt_ PETHREAD Thread);

/* ---- the memory manager's file system routines ---- */
typedef enum _MMFLUSH_TYPE { MmFlushForDelete, MmFlushForWrite } MMFLUSH_TYPE;
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    MmFlushImageSection(_In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
                        _In_ MMFLUSH_TYPE FlushType);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    MmCanFileBeTruncated(_In_ PSECTION_OBJECT_POINTERS SectionPointer,
                         _In_opt_ PLARGE_INTEGER NewFileSize);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    MmSetAddressRangeModified(_In_reads_bytes_(Length) PVOID Address,
                              _In_ SIZE_T Length);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN MmDoesFileHaveUserWritableReferences(
    _In_ PSECTION_OBJECT_POINTERS SectionPointer);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    MmForceSectionClosed(_In_ PSECTION_OBJECT_POINTERS SectionObjectPointer,
                         _In_ BOOLEAN DelayClose);
typedef struct _READ_LIST {
  PFILE_OBJECT FileObject;
  ULONG NumberOfEntries;
  LOGICAL IsImage;
  FILE_SEGMENT_ELEMENT List[ANYSIZE_ARRAY];
} READ_LIST, *PREAD_LIST;
typedef union _MM_PREFETCH_FLAGS {
  struct {
    ULONG Priority : 3;
    ULONG RepurposePriority : 3;
    /* present in the current WDK (the FAT sample sets it) */
    ULONG PriorityProtection : 1;
  } Flags;
  ULONG AllFlags;
} MM_PREFETCH_FLAGS, *PMM_PREFETCH_FLAGS;
#define SYSTEM_PAGE_PRIORITY_BITS 3
#define SYSTEM_PAGE_PRIORITY_LEVELS (1 << SYSTEM_PAGE_PRIORITY_BITS)
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    MmPrefetchPages(_In_ ULONG NumberOfLists,
                    _In_reads_(NumberOfLists) PREAD_LIST *ReadLists);

/* ---- fast I/O: the file system's calls that bypass IRPs ---- */
typedef BOOLEAN FAST_IO_CHECK_IF_POSSIBLE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
    _In_ ULONG Length, _In_ BOOLEAN Wait, _In_ ULONG LockKey,
    _In_ BOOLEAN CheckForReadOperation, _Pre_notnull_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_CHECK_IF_POSSIBLE *PFAST_IO_CHECK_IF_POSSIBLE;
typedef BOOLEAN FAST_IO_READ(_In_ struct _FILE_OBJECT *FileObject,
                             _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                             _In_ BOOLEAN Wait, _In_ ULONG LockKey,
                             _Out_ PVOID Buffer,
                             _Out_ PIO_STATUS_BLOCK IoStatus,
                             _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_READ *PFAST_IO_READ;
typedef BOOLEAN FAST_IO_WRITE(_In_ struct _FILE_OBJECT *FileObject,
                              _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                              _In_ BOOLEAN Wait, _In_ ULONG LockKey,
                              _In_ PVOID Buffer,
                              _Out_ PIO_STATUS_BLOCK IoStatus,
                              _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_WRITE *PFAST_IO_WRITE;
typedef BOOLEAN FAST_IO_QUERY_BASIC_INFO(
    _In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
    _Out_ PFILE_BASIC_INFORMATION Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_BASIC_INFO *PFAST_IO_QUERY_BASIC_INFO;
typedef BOOLEAN FAST_IO_QUERY_STANDARD_INFO(
    _In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
    _Out_ PFILE_STANDARD_INFORMATION Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_STANDARD_INFO *PFAST_IO_QUERY_STANDARD_INFO;
typedef BOOLEAN FAST_IO_LOCK(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
    _In_ PLARGE_INTEGER Length, _In_ PEPROCESS ProcessId, _In_ ULONG Key,
    _In_ BOOLEAN FailImmediately, _In_ BOOLEAN ExclusiveLock,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_LOCK *PFAST_IO_LOCK;
typedef BOOLEAN FAST_IO_UNLOCK_SINGLE(_In_ struct _FILE_OBJECT *FileObject,
                                      _In_ PLARGE_INTEGER FileOffset,
                                      _In_ PLARGE_INTEGER Length,
                                      _In_ PEPROCESS ProcessId, _In_ ULONG Key,
                                      _Out_ PIO_STATUS_BLOCK IoStatus,
                                      _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_SINGLE *PFAST_IO_UNLOCK_SINGLE;
typedef BOOLEAN FAST_IO_UNLOCK_ALL(_In_ struct _FILE_OBJECT *FileObject,
                                   _In_ PEPROCESS ProcessId,
                                   _Out_ PIO_STATUS_BLOCK IoStatus,
                                   _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_ALL *PFAST_IO_UNLOCK_ALL;
typedef BOOLEAN FAST_IO_UNLOCK_ALL_BY_KEY(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PVOID ProcessId, _In_ ULONG Key,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_ALL_BY_KEY *PFAST_IO_UNLOCK_ALL_BY_KEY;
typedef BOOLEAN
FAST_IO_DEVICE_CONTROL(_In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
                       _In_opt_ PVOID InputBuffer, _In_ ULONG InputBufferLength,
                       _Out_opt_ PVOID OutputBuffer,
                       _In_ ULONG OutputBufferLength, _In_ ULONG IoControlCode,
                       _Out_ PIO_STATUS_BLOCK IoStatus,
                       _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_DEVICE_CONTROL *PFAST_IO_DEVICE_CONTROL;
typedef VOID FAST_IO_ACQUIRE_FILE(_In_ struct _FILE_OBJECT *FileObject);
typedef FAST_IO_ACQUIRE_FILE *PFAST_IO_ACQUIRE_FILE;
typedef VOID FAST_IO_RELEASE_FILE(_In_ struct _FILE_OBJECT *FileObject);
typedef FAST_IO_RELEASE_FILE *PFAST_IO_RELEASE_FILE;
typedef VOID FAST_IO_DETACH_DEVICE(_In_ struct _DEVICE_OBJECT *SourceDevice,
                                   _In_ struct _DEVICE_OBJECT *TargetDevice);
typedef FAST_IO_DETACH_DEVICE *PFAST_IO_DETACH_DEVICE;
typedef BOOLEAN FAST_IO_QUERY_NETWORK_OPEN_INFO(
    _In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
    _Out_ struct _FILE_NETWORK_OPEN_INFORMATION *Buffer,
    _Out_ struct _IO_STATUS_BLOCK *IoStatus,
    _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_NETWORK_OPEN_INFO *PFAST_IO_QUERY_NETWORK_OPEN_INFO;
typedef NTSTATUS
FAST_IO_ACQUIRE_FOR_MOD_WRITE(_In_ struct _FILE_OBJECT *FileObject,
                              _In_ PLARGE_INTEGER EndingOffset,
                              _Out_ struct _ERESOURCE **ResourceToRelease,
                              _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_ACQUIRE_FOR_MOD_WRITE *PFAST_IO_ACQUIRE_FOR_MOD_WRITE;
typedef BOOLEAN FAST_IO_MDL_READ(_In_ struct _FILE_OBJECT *FileObject,
                                 _In_ PLARGE_INTEGER FileOffset,
                                 _In_ ULONG Length, _In_ ULONG LockKey,
                                 _Out_ PMDL *MdlChain,
                                 _Out_ PIO_STATUS_BLOCK IoStatus,
                                 _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ *PFAST_IO_MDL_READ;
typedef BOOLEAN
FAST_IO_MDL_READ_COMPLETE(_In_ struct _FILE_OBJECT *FileObject,
                          _In_ PMDL MdlChain,
                          _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ_COMPLETE *PFAST_IO_MDL_READ_COMPLETE;
typedef BOOLEAN FAST_IO_PREPARE_MDL_WRITE(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
    _In_ ULONG Length, _In_ ULONG LockKey, _Out_ PMDL *MdlChain,
    _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_PREPARE_MDL_WRITE *PFAST_IO_PREPARE_MDL_WRITE;
typedef BOOLEAN
FAST_IO_MDL_WRITE_COMPLETE(_In_ struct _FILE_OBJECT *FileObject,
                           _In_ PLARGE_INTEGER FileOffset, _In_ PMDL MdlChain,
                           _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_WRITE_COMPLETE *PFAST_IO_MDL_WRITE_COMPLETE;
typedef struct _COMPRESSED_DATA_INFO COMPRESSED_DATA_INFO,
    *PCOMPRESSED_DATA_INFO;
typedef BOOLEAN
FAST_IO_READ_COMPRESSED(_In_ struct _FILE_OBJECT *FileObject,
                        _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                        _In_ ULONG LockKey, _Out_ PVOID Buffer,
                        _Out_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
                        _Out_ struct _COMPRESSED_DATA_INFO *CompressedDataInfo,
                        _In_ ULONG CompressedDataInfoLength,
                        _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_READ_COMPRESSED *PFAST_IO_READ_COMPRESSED;
typedef BOOLEAN
FAST_IO_WRITE_COMPRESSED(_In_ struct _FILE_OBJECT *FileObject,
                         _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
                         _In_ ULONG LockKey, _In_ PVOID Buffer,
                         _Out_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
                         _In_ struct _COMPRESSED_DATA_INFO *CompressedDataInfo,
                         _In_ ULONG CompressedDataInfoLength,
                         _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_WRITE_COMPRESSED *PFAST_IO_WRITE_COMPRESSED;
typedef BOOLEAN
FAST_IO_MDL_READ_COMPLETE_COMPRESSED(_In_ struct _FILE_OBJECT *FileObject,
                                     _In_ PMDL MdlChain,
                                     _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ_COMPLETE_COMPRESSED
    *PFAST_IO_MDL_READ_COMPLETE_COMPRESSED;
typedef BOOLEAN FAST_IO_MDL_WRITE_COMPLETE_COMPRESSED(
    _In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
    _In_ PMDL MdlChain, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_WRITE_COMPLETE_COMPRESSED
    *PFAST_IO_MDL_WRITE_COMPLETE_COMPRESSED;
typedef BOOLEAN
FAST_IO_QUERY_OPEN(_Inout_ struct _IRP *Irp,
                   _Out_ PFILE_NETWORK_OPEN_INFORMATION NetworkInformation,
                   _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_OPEN *PFAST_IO_QUERY_OPEN;
typedef NTSTATUS
FAST_IO_RELEASE_FOR_MOD_WRITE(_In_ struct _FILE_OBJECT *FileObject,
                              _In_ struct _ERESOURCE *ResourceToRelease,
                              _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_RELEASE_FOR_MOD_WRITE *PFAST_IO_RELEASE_FOR_MOD_WRITE;
typedef NTSTATUS
FAST_IO_ACQUIRE_FOR_CCFLUSH(_In_ struct _FILE_OBJECT *FileObject,
                            _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_ACQUIRE_FOR_CCFLUSH *PFAST_IO_ACQUIRE_FOR_CCFLUSH;
typedef NTSTATUS
FAST_IO_RELEASE_FOR_CCFLUSH(_In_ struct _FILE_OBJECT *FileObject,
                            _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_RELEASE_FOR_CCFLUSH *PFAST_IO_RELEASE_FOR_CCFLUSH;
typedef struct _FAST_IO_DISPATCH {
  ULONG SizeOfFastIoDispatch;
  PFAST_IO_CHECK_IF_POSSIBLE FastIoCheckIfPossible;
  PFAST_IO_READ FastIoRead;
  PFAST_IO_WRITE FastIoWrite;
  PFAST_IO_QUERY_BASIC_INFO FastIoQueryBasicInfo;
  PFAST_IO_QUERY_STANDARD_INFO FastIoQueryStandardInfo;
  PFAST_IO_LOCK FastIoLock;
  PFAST_IO_UNLOCK_SINGLE FastIoUnlockSingle;
  PFAST_IO_UNLOCK_ALL FastIoUnlockAll;
  PFAST_IO_UNLOCK_ALL_BY_KEY FastIoUnlockAllByKey;
  PFAST_IO_DEVICE_CONTROL FastIoDeviceControl;
  PFAST_IO_ACQUIRE_FILE AcquireFileForNtCreateSection;
  PFAST_IO_RELEASE_FILE ReleaseFileForNtCreateSection;
  PFAST_IO_DETACH_DEVICE FastIoDetachDevice;
  PFAST_IO_QUERY_NETWORK_OPEN_INFO FastIoQueryNetworkOpenInfo;
  PFAST_IO_ACQUIRE_FOR_MOD_WRITE AcquireForModWrite;
  PFAST_IO_MDL_READ MdlRead;
  PFAST_IO_MDL_READ_COMPLETE MdlReadComplete;
  PFAST_IO_PREPARE_MDL_WRITE PrepareMdlWrite;
  PFAST_IO_MDL_WRITE_COMPLETE MdlWriteComplete;
  PFAST_IO_READ_COMPRESSED FastIoReadCompressed;
  PFAST_IO_WRITE_COMPRESSED FastIoWriteCompressed;
  PFAST_IO_MDL_READ_COMPLETE_COMPRESSED MdlReadCompleteCompressed;
  PFAST_IO_MDL_WRITE_COMPLETE_COMPRESSED MdlWriteCompleteCompressed;
  PFAST_IO_QUERY_OPEN FastIoQueryOpen;
  PFAST_IO_RELEASE_FOR_MOD_WRITE ReleaseForModWrite;
  PFAST_IO_ACQUIRE_FOR_CCFLUSH AcquireForCcFlush;
  PFAST_IO_RELEASE_FOR_CCFLUSH ReleaseForCcFlush;
} FAST_IO_DISPATCH, *PFAST_IO_DISPATCH;

/* ---- file system filter callbacks (FsRtlRegisterFileSystemFilterCallbacks) */
#define FS_FILTER_ACQUIRE_FOR_SECTION_SYNCHRONIZATION ((UCHAR) - 1)
#define FS_FILTER_RELEASE_FOR_SECTION_SYNCHRONIZATION ((UCHAR) - 2)
#define FS_FILTER_ACQUIRE_FOR_MOD_WRITE ((UCHAR) - 3)
#define FS_FILTER_RELEASE_FOR_MOD_WRITE ((UCHAR) - 4)
#define FS_FILTER_ACQUIRE_FOR_CC_FLUSH ((UCHAR) - 5)
#define FS_FILTER_RELEASE_FOR_CC_FLUSH ((UCHAR) - 6)
#define FS_FILTER_QUERY_OPEN ((UCHAR) - 7)
typedef enum _FS_FILTER_SECTION_SYNC_TYPE {
  SyncTypeOther = 0,
  SyncTypeCreateSection
} FS_FILTER_SECTION_SYNC_TYPE,
    *PFS_FILTER_SECTION_SYNC_TYPE;
typedef struct _FS_FILTER_SECTION_SYNC_OUTPUT {
  ULONG StructureSize;
  ULONG SizeReturned;
  ULONG Flags;
  ULONG DesiredReadAlignment;
} FS_FILTER_SECTION_SYNC_OUTPUT, *PFS_FILTER_SECTION_SYNC_OUTPUT;
typedef enum _FS_FILTER_STREAM_FO_NOTIFICATION_TYPE {
  NotifyTypeCreate = 0,
  NotifyTypeRetired
} FS_FILTER_STREAM_FO_NOTIFICATION_TYPE,
    *PFS_FILTER_STREAM_FO_NOTIFICATION_TYPE;
typedef union _FS_FILTER_PARAMETERS {
  struct {
    PLARGE_INTEGER EndingOffset;
    PERESOURCE *ResourceToRelease;
  } AcquireForModifiedPageWriter;
  struct {
    PERESOURCE ResourceToRelease;
  } ReleaseForModifiedPageWriter;
  struct {
    FS_FILTER_SECTION_SYNC_TYPE SyncType;
    ULONG PageProtection;
    PVOID OutputInformation;
    ULONG Flags;
    ULONG AllocationAttributes;
  } AcquireForSectionSynchronization;
  struct {
    FS_FILTER_STREAM_FO_NOTIFICATION_TYPE NotificationType;
    BOOLEAN SafeToRecurse;
  } NotifyStreamFileObject;
  struct {
    PIRP Irp;
    PVOID FileInformation;
    PULONG Length;
    FILE_INFORMATION_CLASS FileInformationClass;
    NTSTATUS CompletionStatus;
  } QueryOpen;
  struct {
    PVOID Argument1;
    PVOID Argument2;
    PVOID Argument3;
    PVOID Argument4;
    PVOID Argument5;
  } Others;
} FS_FILTER_PARAMETERS, *PFS_FILTER_PARAMETERS;
typedef struct _FS_FILTER_CALLBACK_DATA {
  ULONG SizeOfFsFilterCallbackData;
  UCHAR Operation;
  UCHAR Reserved;
  struct _DEVICE_OBJECT *DeviceObject;
  struct _FILE_OBJECT *FileObject;
  FS_FILTER_PARAMETERS Parameters;
} FS_FILTER_CALLBACK_DATA, *PFS_FILTER_CALLBACK_DATA;
typedef _Function_class_(FS_FILTER_CALLBACK) NTSTATUS
    FS_FILTER_CALLBACK(_In_ PFS_FILTER_CALLBACK_DATA Data,
                       _Out_ PVOID *CompletionContext);
typedef FS_FILTER_CALLBACK *PFS_FILTER_CALLBACK;
typedef _Function_class_(FS_FILTER_COMPLETION_CALLBACK) VOID
    FS_FILTER_COMPLETION_CALLBACK(_In_ PFS_FILTER_CALLBACK_DATA Data,
                                  _In_ NTSTATUS OperationStatus,
                                  _In_ PVOID CompletionContext);
typedef FS_FILTER_COMPLETION_CALLBACK *PFS_FILTER_COMPLETION_CALLBACK;
typedef struct _FS_FILTER_CALLBACKS {
  ULONG SizeOfFsFilterCallbacks;
  ULONG Reserved;
  PFS_FILTER_CALLBACK PreAcquireForSectionSynchronization;
  PFS_FILTER_COMPLETION_CALLBACK PostAcquireForSectionSynchronization;
  PFS_FILTER_CALLBACK PreReleaseForSectionSynchronization;
  PFS_FILTER_COMPLETION_CALLBACK PostReleaseForSectionSynchronization;
  PFS_FILTER_CALLBACK PreAcquireForCcFlush;
  PFS_FILTER_COMPLETION_CALLBACK PostAcquireForCcFlush;
  PFS_FILTER_CALLBACK PreReleaseForCcFlush;
  PFS_FILTER_COMPLETION_CALLBACK PostReleaseForCcFlush;
  PFS_FILTER_CALLBACK PreAcquireForModifiedPageWriter;
  PFS_FILTER_COMPLETION_CALLBACK PostAcquireForModifiedPageWriter;
  PFS_FILTER_CALLBACK PreReleaseForModifiedPageWriter;
  PFS_FILTER_COMPLETION_CALLBACK PostReleaseForModifiedPageWriter;
  PFS_FILTER_CALLBACK PreQueryOpen;
  PFS_FILTER_COMPLETION_CALLBACK PostQueryOpen;
} FS_FILTER_CALLBACKS, *PFS_FILTER_CALLBACKS;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    FsRtlRegisterFileSystemFilterCallbacks(
        _In_ struct _DRIVER_OBJECT *FilterDriverObject,
        _In_ PFS_FILTER_CALLBACKS Callbacks);

/* ---- extra create parameters (ECPs) the system defines ---- */
extern const GUID GUID_ECP_PREFETCH_OPEN;
extern const GUID GUID_ECP_OPLOCK_KEY;
extern const GUID GUID_ECP_NFS_OPEN;
extern const GUID GUID_ECP_SRV_OPEN;
extern const GUID GUID_ECP_DUAL_OPLOCK_KEY;
extern const GUID GUID_ECP_IO_DEVICE_HINT;
extern const GUID GUID_ECP_NETWORK_OPEN_CONTEXT;
extern const GUID GUID_ECP_CSV_DOWN_LEVEL_OPEN;
extern const GUID GUID_ECP_CSV_QUERY_FILE_REVISION;
extern const GUID GUID_ECP_CSV_QUERY_FILE_REVISION_FILE_ID_128;
extern const GUID GUID_ECP_CSV_SET_HANDLE_PROPERTIES;
extern const GUID GUID_ECP_ATOMIC_CREATE;
extern const GUID GUID_ECP_QUERY_ON_CREATE;
typedef enum _PREFETCH_OPEN_TYPE {
  PrefetchOpenTypeReserved = 0
} PREFETCH_OPEN_TYPE;
typedef struct _PREFETCH_OPEN_ECP_CONTEXT {
  PVOID Context;
} PREFETCH_OPEN_ECP_CONTEXT, *PPREFETCH_OPEN_ECP_CONTEXT;
typedef struct sockaddr_storage *PSOCKADDR_STORAGE_NFS;
typedef struct _NFS_OPEN_ECP_CONTEXT {
  PUNICODE_STRING ExportAlias;
  PSOCKADDR_STORAGE_NFS ClientSocketAddress;
} NFS_OPEN_ECP_CONTEXT, *PNFS_OPEN_ECP_CONTEXT, **PPNFS_OPEN_ECP_CONTEXT;
typedef struct _SRV_OPEN_ECP_CONTEXT {
  PUNICODE_STRING ShareName;
  PSOCKADDR_STORAGE_NFS SocketAddress;
  BOOLEAN OplockBlockState;
  BOOLEAN OplockAppState;
  BOOLEAN OplockFinalState;
  USHORT Version;
  ULONG InstanceType;
} SRV_OPEN_ECP_CONTEXT, *PSRV_OPEN_ECP_CONTEXT;
typedef struct _CSV_DOWN_LEVEL_OPEN_ECP_CONTEXT {
  ULONG Version;
  BOOLEAN IsResume;
  ULONG FileType;
  ULONG SourceNodeId;
  ULONG DestinationNodeId;
} CSV_DOWN_LEVEL_OPEN_ECP_CONTEXT, *PCSV_DOWN_LEVEL_OPEN_ECP_CONTEXT;
typedef struct _CSV_QUERY_FILE_REVISION_ECP_CONTEXT {
  LONGLONG FileId;
  LONGLONG FileRevision[3];
} CSV_QUERY_FILE_REVISION_ECP_CONTEXT, *PCSV_QUERY_FILE_REVISION_ECP_CONTEXT;
typedef ULONG FSRTL_ALLOCATE_ECPLIST_FLAGS;
#define FSRTL_ALLOCATE_ECPLIST_FLAG_CHARGE_QUOTA 0x00000001
typedef ULONG FSRTL_ALLOCATE_ECP_FLAGS;
#define FSRTL_ALLOCATE_ECP_FLAG_CHARGE_QUOTA 0x00000001
#define FSRTL_ALLOCATE_ECP_FLAG_NONPAGED_POOL 0x00000002
typedef VOID (*PFSRTL_EXTRA_CREATE_PARAMETER_CLEANUP_CALLBACK)(
    _Inout_ PVOID EcpContext, _In_ LPCGUID EcpType);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlAllocateExtraCreateParameterList(_In_ ULONG Flags,
                                          _Outptr_ PECP_LIST *EcpList);
_IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlFreeExtraCreateParameterList(_In_ PECP_LIST EcpList);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlFindExtraCreateParameter(_In_ PECP_LIST EcpList, _In_ LPCGUID EcpType,
                                  _Outptr_opt_ PVOID *EcpContext,
                                  _Out_opt_ ULONG *EcpContextSize);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsEcpAcknowledged(_In_ PVOID EcpContext);
_IRQL_requires_max_(APC_LEVEL) VOID FsRtlAcknowledgeEcp(_In_ PVOID EcpContext);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN
    FsRtlIsEcpFromUserMode(_In_ PVOID EcpContext);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    FsRtlGetEcpListFromIrp(_In_ PIRP Irp,
                           _Outptr_result_maybenull_ PECP_LIST *EcpList);

/* ---- OEM strings, 8.3 names and case mapping ---- */
typedef struct _GENERATE_NAME_CONTEXT {
  USHORT Checksum;
  BOOLEAN ChecksumInserted;
  UCHAR NameLength;
  WCHAR NameBuffer[8];
  ULONG ExtensionLength;
  WCHAR ExtensionBuffer[4];
  ULONG LastIndexValue;
} GENERATE_NAME_CONTEXT, *PGENERATE_NAME_CONTEXT;
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    RtlGenerate8dot3Name(_In_ PCUNICODE_STRING Name,
                         _In_ BOOLEAN AllowExtendedCharacters,
                         _Inout_ PGENERATE_NAME_CONTEXT Context,
                         _Inout_ PUNICODE_STRING Name8dot3);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    RtlIsNameLegalDOS8Dot3(_In_ PCUNICODE_STRING Name,
                           _Inout_opt_ POEM_STRING OemName,
                           _Out_opt_ PBOOLEAN NameContainsSpaces);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    RtlFreeOemString(_Inout_ POEM_STRING OemString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringToOemString(_Inout_ POEM_STRING DestinationString,
                                _In_ PCUNICODE_STRING SourceString,
                                _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUpcaseUnicodeStringToOemString(_Inout_ POEM_STRING DestinationString,
                                      _In_ PCUNICODE_STRING SourceString,
                                      _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlOemStringToUnicodeString(_Inout_ PUNICODE_STRING DestinationString,
                                _In_ PCOEM_STRING SourceString,
                                _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringToCountedOemString(_Inout_ POEM_STRING DestinationString,
                                       _In_ PCUNICODE_STRING SourceString,
                                       _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUpcaseUnicodeStringToCountedOemString(
        _Inout_ POEM_STRING DestinationString,
        _In_ PCUNICODE_STRING SourceString,
        _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS RtlOemStringToCountedUnicodeString(
    _Inout_ PUNICODE_STRING DestinationString, _In_ PCOEM_STRING SourceString,
    _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) ULONG
    RtlxOemStringToUnicodeSize(_In_ PCOEM_STRING OemString);
_IRQL_requires_max_(PASSIVE_LEVEL) ULONG
    RtlxUnicodeStringToOemSize(_In_ PCUNICODE_STRING UnicodeString);
#define RtlOemStringToUnicodeSize(STRING) RtlxOemStringToUnicodeSize(STRING)
#define RtlOemStringToCountedUnicodeSize(STRING)                               \
  ((ULONG)(RtlOemStringToUnicodeSize(STRING) - sizeof(UNICODE_NULL)))
#define RtlUnicodeStringToOemSize(STRING) RtlxUnicodeStringToOemSize(STRING)
#define RtlUnicodeStringToCountedOemSize(STRING)                               \
  ((ULONG)(RtlUnicodeStringToOemSize(STRING) - sizeof(ANSI_NULL)))
/* the code page translations: "IRQL < DISPATCH_LEVEL" on each page */
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    RtlOemToUnicodeN(_Out_writes_bytes_to_(MaxBytesInUnicodeString,
                                           *BytesInUnicodeString)
                         PWCH UnicodeString,
                     _In_ ULONG MaxBytesInUnicodeString,
                     _Out_opt_ PULONG BytesInUnicodeString,
                     _In_reads_bytes_(BytesInOemString) PCCH OemString,
                     _In_ ULONG BytesInOemString);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    RtlUnicodeToOemN(_Out_writes_bytes_to_(MaxBytesInOemString,
                                           *BytesInOemString) PCHAR OemString,
                     _In_ ULONG MaxBytesInOemString,
                     _Out_opt_ PULONG BytesInOemString,
                     _In_reads_bytes_(BytesInUnicodeString) PCWCH UnicodeString,
                     _In_ ULONG BytesInUnicodeString);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS RtlUpcaseUnicodeToOemN(
    _Out_writes_bytes_to_(MaxBytesInOemString, *BytesInOemString)
        PCHAR OemString,
    _In_ ULONG MaxBytesInOemString, _Out_opt_ PULONG BytesInOemString,
    _In_reads_bytes_(BytesInUnicodeString) PCWCH UnicodeString,
    _In_ ULONG BytesInUnicodeString);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS RtlMultiByteToUnicodeN(
    _Out_writes_bytes_to_(MaxBytesInUnicodeString, *BytesInUnicodeString)
        PWCH UnicodeString,
    _In_ ULONG MaxBytesInUnicodeString, _Out_opt_ PULONG BytesInUnicodeString,
    _In_reads_bytes_(BytesInMultiByteString) const CHAR *MultiByteString,
    _In_ ULONG BytesInMultiByteString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlDowncaseUnicodeString(_When_(AllocateDestinationString, _Out_)
                                 _When_(!AllocateDestinationString, _Inout_)
                                     PUNICODE_STRING DestinationString,
                             _In_ PCUNICODE_STRING SourceString,
                             _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) WCHAR
    RtlDowncaseUnicodeChar(_In_ WCHAR SourceCharacter);

/* ---- transactional NTFS ---- */
#define TXF_MINIVERSION_DEFAULT_VIEW (0xFFFE)
#define TXF_MINIVERSION_DIRTY_VIEW (0xFFFF)

/* the volume snapshot driver's flush-and-hold request, which filters see */
#define VOLSNAPCONTROLTYPE 0x00000053
#define IOCTL_VOLSNAP_FLUSH_AND_HOLD_WRITES                                    \
  CTL_CODE(VOLSNAPCONTROLTYPE, 0, METHOD_BUFFERED,                             \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)

/* ---- native file routines of this header ---- */
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwQueryDirectoryFile(
    _In_ HANDLE FileHandle, _In_opt_ HANDLE Event,
    _In_opt_ PIO_APC_ROUTINE ApcRoutine, _In_opt_ PVOID ApcContext,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock,
    _Out_writes_bytes_(Length) PVOID FileInformation, _In_ ULONG Length,
    _In_ FILE_INFORMATION_CLASS FileInformationClass,
    _In_ BOOLEAN ReturnSingleEntry, _In_opt_ PUNICODE_STRING FileName,
    _In_ BOOLEAN RestartScan);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwQueryVolumeInformationFile(_In_ HANDLE FileHandle,
                                 _Out_ PIO_STATUS_BLOCK IoStatusBlock,
                                 _Out_writes_bytes_(Length) PVOID FsInformation,
                                 _In_ ULONG Length,
                                 _In_ FS_INFORMATION_CLASS FsInformationClass);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwFsControlFile(
    _In_ HANDLE FileHandle, _In_opt_ HANDLE Event,
    _In_opt_ PIO_APC_ROUTINE ApcRoutine, _In_opt_ PVOID ApcContext,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG FsControlCode,
    _In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer,
    _In_ ULONG InputBufferLength,
    _Out_writes_bytes_opt_(OutputBufferLength) PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NtClose(_In_ HANDLE Handle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwQuerySecurityObject(_In_ HANDLE Handle,
                          _In_ SECURITY_INFORMATION SecurityInformation,
                          _Out_writes_bytes_opt_(Length)
                              PSECURITY_DESCRIPTOR SecurityDescriptor,
                          _In_ ULONG Length, _Out_ PULONG LengthNeeded);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwOpenProcessTokenEx(_In_ HANDLE ProcessHandle,
                         _In_ ACCESS_MASK DesiredAccess,
                         _In_ ULONG HandleAttributes,
                         _Out_ PHANDLE TokenHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwQueryInformationToken(
    _In_ HANDLE TokenHandle, _In_ TOKEN_INFORMATION_CLASS TokenInformationClass,
    _Out_writes_bytes_to_opt_(TokenInformationLength, *ReturnLength)
        PVOID TokenInformation,
    _In_ ULONG TokenInformationLength, _Out_ PULONG ReturnLength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwCreateSection(_Out_ PHANDLE SectionHandle, _In_ ACCESS_MASK DesiredAccess,
                    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
                    _In_opt_ PLARGE_INTEGER MaximumSize,
                    _In_ ULONG SectionPageProtection,
                    _In_ ULONG AllocationAttributes,
                    _In_opt_ HANDLE FileHandle);

/* A file system enters a critical region around its work: macros over
 * KeEnterCriticalRegion / KeLeaveCriticalRegion, as in the WDK. */
#ifdef IRQLINT_WDK_MACRO_SHAPES
#define FsRtlEnterFileSystem()                                                 \
  {                                                                            \
    KeEnterCriticalRegion();                                                   \
  }
#define FsRtlExitFileSystem()                                                  \
  {                                                                            \
    KeLeaveCriticalRegion();                                                   \
  }
#else
/* the documented syntax, with the annotations of the routine each macro
 * calls */
_Acquires_lock_(_Global_critical_region_) _IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlEnterFileSystem(VOID);
_Releases_lock_(_Global_critical_region_) _IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlExitFileSystem(VOID);
#endif

/* ---- added for other projects ---- */
/* Kernel queue objects: threads wait on a queue for entries others insert.
 * Removing may wait, so it takes the IRQL rule of the wait routines: with
 * no timeout or a nonzero one the caller must be at APC_LEVEL or below,
 * with a zero timeout (a poll) DISPATCH_LEVEL is allowed. */
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID
    KeInitializeQueue(_Out_ PRKQUEUE Queue, _In_ ULONG Count);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG
    KeReadStateQueue(_In_ PRKQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG
    KeInsertQueue(_Inout_ PRKQUEUE Queue, _Inout_ PLIST_ENTRY Entry);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG
    KeInsertHeadQueue(_Inout_ PRKQUEUE Queue, _Inout_ PLIST_ENTRY Entry);
_IRQL_requires_min_(PASSIVE_LEVEL)
    _When_((Timeout == NULL || Timeout->QuadPart != 0),
           _IRQL_requires_max_(APC_LEVEL))
        _When_((Timeout != NULL && Timeout->QuadPart == 0),
               _IRQL_requires_max_(DISPATCH_LEVEL)) NTKERNELAPI PLIST_ENTRY
    KeRemoveQueue(_Inout_ PRKQUEUE Queue, _In_ KPROCESSOR_MODE WaitMode,
                  _In_opt_ PLARGE_INTEGER Timeout);
/* fills EntryArray with up to Count entries; returns how many, or a status
 * (STATUS_TIMEOUT, STATUS_USER_APC, STATUS_ABANDONED) */
_IRQL_requires_min_(PASSIVE_LEVEL)
    _When_((Timeout == NULL || Timeout->QuadPart != 0),
           _IRQL_requires_max_(APC_LEVEL))
        _When_((Timeout != NULL && Timeout->QuadPart == 0),
               _IRQL_requires_max_(DISPATCH_LEVEL)) NTKERNELAPI ULONG
    KeRemoveQueueEx(_Inout_ PKQUEUE Queue, _In_ KPROCESSOR_MODE WaitMode,
                    _In_ BOOLEAN Alertable, _In_opt_ PLARGE_INTEGER Timeout,
                    _Out_writes_to_(Count, return) PLIST_ENTRY *EntryArray,
                    _In_ ULONG Count);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PLIST_ENTRY
    KeRundownQueue(_Inout_ PRKQUEUE Queue);

/* Unicode prefix tables (a name-prefix index built on splay trees); the
 * entries are the caller's storage */
typedef struct _UNICODE_PREFIX_TABLE_ENTRY {
  CSHORT NodeTypeCode;
  CSHORT NameLength;
  struct _UNICODE_PREFIX_TABLE_ENTRY *NextPrefixTree;
  struct _UNICODE_PREFIX_TABLE_ENTRY *CaseMatch;
  RTL_SPLAY_LINKS Links;
  PUNICODE_STRING Prefix;
} UNICODE_PREFIX_TABLE_ENTRY, *PUNICODE_PREFIX_TABLE_ENTRY;
typedef struct _UNICODE_PREFIX_TABLE {
  CSHORT NodeTypeCode;
  CSHORT NameLength;
  PUNICODE_PREFIX_TABLE_ENTRY NextPrefixTree;
  PUNICODE_PREFIX_TABLE_ENTRY LastNextEntry;
} UNICODE_PREFIX_TABLE, *PUNICODE_PREFIX_TABLE;
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI VOID
    RtlInitializeUnicodePrefix(_Out_ PUNICODE_PREFIX_TABLE PrefixTable);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI BOOLEAN
    RtlInsertUnicodePrefix(_Inout_ PUNICODE_PREFIX_TABLE PrefixTable,
                           _In_ PUNICODE_STRING Prefix,
                           _Out_ PUNICODE_PREFIX_TABLE_ENTRY PrefixTableEntry);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI VOID
    RtlRemoveUnicodePrefix(_Inout_ PUNICODE_PREFIX_TABLE PrefixTable,
                           _In_ PUNICODE_PREFIX_TABLE_ENTRY PrefixTableEntry);
_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL)
NTSYSAPI
PUNICODE_PREFIX_TABLE_ENTRY
RtlFindUnicodePrefix(_In_ PUNICODE_PREFIX_TABLE PrefixTable,
                     _In_ PCUNICODE_STRING FullName,
                     _In_ ULONG CaseInsensitiveIndex);
_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL)
NTSYSAPI
PUNICODE_PREFIX_TABLE_ENTRY
RtlNextUnicodePrefix(_In_ PUNICODE_PREFIX_TABLE PrefixTable,
                     _In_ BOOLEAN Restart);

/* reparse points: the buffer of FSCTL_GET/SET_REPARSE_POINT for Microsoft
 * tags (symbolic links, mount points) and for third-party tags (with a
 * GUID), and the tags and tests on them */
typedef struct _REPARSE_DATA_BUFFER {
  ULONG ReparseTag;
  USHORT ReparseDataLength;
  USHORT Reserved;
  union {
    struct {
      USHORT SubstituteNameOffset;
      USHORT SubstituteNameLength;
      USHORT PrintNameOffset;
      USHORT PrintNameLength;
      ULONG Flags;
      WCHAR PathBuffer[1];
    } SymbolicLinkReparseBuffer;
    struct {
      USHORT SubstituteNameOffset;
      USHORT SubstituteNameLength;
      USHORT PrintNameOffset;
      USHORT PrintNameLength;
      WCHAR PathBuffer[1];
    } MountPointReparseBuffer;
    struct {
      UCHAR DataBuffer[1];
    } GenericReparseBuffer;
  };
} REPARSE_DATA_BUFFER, *PREPARSE_DATA_BUFFER;
#define REPARSE_DATA_BUFFER_HEADER_SIZE                                        \
  FIELD_OFFSET(REPARSE_DATA_BUFFER, GenericReparseBuffer)
#define SYMLINK_FLAG_RELATIVE 0x00000001
typedef struct _REPARSE_GUID_DATA_BUFFER {
  ULONG ReparseTag;
  USHORT ReparseDataLength;
  USHORT Reserved;
  GUID ReparseGuid;
  struct {
    UCHAR DataBuffer[1];
  } GenericReparseBuffer;
} REPARSE_GUID_DATA_BUFFER, *PREPARSE_GUID_DATA_BUFFER;
#define REPARSE_GUID_DATA_BUFFER_HEADER_SIZE                                   \
  FIELD_OFFSET(REPARSE_GUID_DATA_BUFFER, GenericReparseBuffer)
#define MAXIMUM_REPARSE_DATA_BUFFER_SIZE (16 * 1024)
#define IO_REPARSE_TAG_RESERVED_ZERO (0)
#define IO_REPARSE_TAG_MOUNT_POINT (0xA0000003L)
#define IO_REPARSE_TAG_SYMLINK (0xA000000CL)
#define IsReparseTagMicrosoft(_tag) (((_tag) & 0x80000000))
#define IsReparseTagNameSurrogate(_tag) (((_tag) & 0x20000000))

/* the MUP's query of a network redirector for a UNC path */
typedef struct _QUERY_PATH_REQUEST {
  ULONG PathNameLength;
  PIO_SECURITY_CONTEXT SecurityContext;
  WCHAR FilePathName[1];
} QUERY_PATH_REQUEST, *PQUERY_PATH_REQUEST;
typedef struct _QUERY_PATH_REQUEST_EX {
  PIO_SECURITY_CONTEXT pSecurityContext;
  ULONG EaLength;
  PVOID pEaBuffer;
  UNICODE_STRING PathName;
  UNICODE_STRING DomainServiceName;
  ULONG_PTR Reserved[3];
} QUERY_PATH_REQUEST_EX, *PQUERY_PATH_REQUEST_EX;
typedef struct _QUERY_PATH_RESPONSE {
  ULONG LengthAccepted;
} QUERY_PATH_RESPONSE, *PQUERY_PATH_RESPONSE;
#define IOCTL_REDIR_QUERY_PATH                                                 \
  CTL_CODE(FILE_DEVICE_NETWORK_FILE_SYSTEM, 99, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_REDIR_QUERY_PATH_EX                                              \
  CTL_CODE(FILE_DEVICE_NETWORK_FILE_SYSTEM, 100, METHOD_NEITHER,               \
           FILE_ANY_ACCESS)

/* FileNetworkPhysicalNameInformation's buffer */
typedef struct _FILE_NETWORK_PHYSICAL_NAME_INFORMATION {
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_NETWORK_PHYSICAL_NAME_INFORMATION,
    *PFILE_NETWORK_PHYSICAL_NAME_INFORMATION;

#define MAXIMUM_FILENAME_LENGTH 256

/* the session of the process that sent the IRP */
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS
    IoGetRequestorSessionId(_In_ PIRP Irp, _Out_ PULONG pSessionId);
/* ---- end: added for other projects ---- */

#endif
