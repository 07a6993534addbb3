/* irqlint's model of smclib.h, the smart card driver library (smclib.sys)
 * that reader drivers hand their I/O controls to: the SMARTCARD_EXTENSION a
 * reader driver keeps per device (vendor attributes, reader and card
 * capabilities, the request and reply buffers, the ReaderFunction table the
 * library calls back through) and the Smartcard... routines. Written from
 * the documentation (learn.microsoft.com "smclib.h") -- not Microsoft's
 * header; layouts carry the documented members. */
#ifndef IRQLINT_WDK_SMCLIB_H
#define IRQLINT_WDK_SMCLIB_H

#include "winsmcrd.h"

#define SMCLIB_VERSION 0x0150
#define SMCLIB_VERSION_REQUIRED 0x0100
#define SMARTCARD_POOL_TAG 'bLCS'
#define MAXIMUM_ATR_LENGTH 33
#define MAXIMUM_ATR_CODES 4
#define MAXIMUM_ATTR_STRING_LENGTH 32
#define MAXIMUM_SMARTCARD_READERS 10
#define MIN_BUFFER_SIZE 288
#define SMARTCARD_READ SCARD_CTL_CODE(1000)
#define SMARTCARD_WRITE SCARD_CTL_CODE(1001)

/* indices of SMARTCARD_EXTENSION.ReaderFunction */
#define RDF_CARD_POWER 0
#define RDF_TRANSMIT 1
#define RDF_CARD_EJECT 2
#define RDF_READER_SWALLOW 3
#define RDF_CARD_TRACKING 4
#define RDF_SET_PROTOCOL 5
#define RDF_DEBUG_LEVEL 6
#define RDF_CARD_CONFISCATE 7
#define RDF_IOCTL_VENDOR 8
#define RDF_ATR_PARSE 9

/* SmartcardDebug levels */
#define DEBUG_IOCTL ((ULONG)0x00000001)
#define DEBUG_ATR ((ULONG)0x00000002)
#define DEBUG_PROTOCOL ((ULONG)0x00000004)
#define DEBUG_DRIVER ((ULONG)0x00000008)
#define DEBUG_TRACE ((ULONG)0x00000010)
#define DEBUG_ERROR ((ULONG)0x00000020)
#define DEBUG_INFO DEBUG_ERROR
#define DEBUG_PERF ((ULONG)0x10000000)
#define DEBUG_T1_TEST ((ULONG)0x40000000)
#define DEBUG_BREAK ((ULONG)0x80000000)
#define DEBUG_ALL ((ULONG)0x0000FFFF)

/* Prints when the library's debug level has the bit; the arguments are a
 * parenthesized printf list. */
#if DBG
#define SmartcardDebug(LEVEL, STRING)                                          \
  do {                                                                         \
    if (SmartcardGetDebugLevel() & (LEVEL))                                    \
      DbgPrint STRING;                                                         \
  } while (0)
#else
#define SmartcardDebug(LEVEL, STRING)
#endif

typedef struct _SMARTCARD_EXTENSION *PSMARTCARD_EXTENSION;
typedef NTSTATUS (*PRDF)(PSMARTCARD_EXTENSION SmartcardExtension);

/* A counted byte string of the vendor attributes */
typedef struct _BUFFER_STRING {
  ULONG Length;
  UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
} BUFFER_STRING, *PBUFFER_STRING;

typedef struct _VENDOR_ATTR {
  BUFFER_STRING VendorName;
  BUFFER_STRING IfdType;
  ULONG UnitNo;
  struct {
    USHORT BuildNumber;
    UCHAR VersionMinor;
    UCHAR VersionMajor;
  } IfdVersion;
  BUFFER_STRING IfdSerialNo;
  ULONG Reserved[25];
} VENDOR_ATTR, *PVENDOR_ATTR;

typedef struct _SCARD_READER_CAPABILITIES {
  ULONG SupportedProtocols;
  ULONG Reserved;
  ULONG ReaderType;
  ULONG MechProperties;
  ULONG CurrentState;
  ULONG Channel;
  struct {
    ULONG Default;
    ULONG Max;
  } CLKFrequency;
  struct {
    ULONG Default;
    ULONG Max;
  } DataRate;
  ULONG MaxIFSD;
  ULONG PowerMgmtSupport;
  ULONG CardConfiscated;
  struct {
    PULONG List;
    UCHAR Entries;
  } DataRatesSupported;
  struct {
    PULONG List;
    UCHAR Entries;
  } CLKFrequenciesSupported;
  UCHAR Reserved1[15];
} SCARD_READER_CAPABILITIES, *PSCARD_READER_CAPABILITIES;

typedef struct _T0_DATA {
  ULONG WI;
  ULONG WT;
} T0_DATA, *PT0_DATA;

typedef struct _T1_CAPS {
  UCHAR IFSC;
  UCHAR CWI;
  UCHAR BWI;
  UCHAR EDC;
  ULONG CWT;
  ULONG BWT;
  ULONG BGT;
} T1_CAPS, *PT1_CAPS;

typedef struct _SCARD_CARD_CAPABILITIES {
  BOOLEAN InversConvention;
  ULONG etu;
  struct {
    UCHAR Buffer[64];
    UCHAR Length;
  } ATR;
  struct {
    UCHAR Buffer[16];
    UCHAR Length;
  } HistoricalChars;
  PVOID ClockRateConversion;
  PVOID BitRateAdjustment;
  UCHAR Fl;
  UCHAR Dl;
  UCHAR II;
  UCHAR P;
  UCHAR N;
  ULONG GT;
  struct {
    ULONG Supported;
    ULONG Selected;
  } Protocol;
  T0_DATA T0;
  T1_CAPS T1;
  struct {
    UCHAR Fl;
    UCHAR Dl;
    ULONG CLKFrequency;
    ULONG DataRate;
    UCHAR StopBits;
  } PtsData;
  UCHAR Reserved[15];
} SCARD_CARD_CAPABILITIES, *PSCARD_CARD_CAPABILITIES;

/* The library's T=1 protocol state */
typedef struct _T1_DATA {
  UCHAR IFSC;
  UCHAR IFSD;
  ULONG BytesReceived;
  ULONG BytesSent;
  ULONG BytesToSend;
  UCHAR LastError;
  BOOLEAN MoreData;
  UCHAR NAD;
  ULONG PrevState;
  UCHAR RSN;
  UCHAR SSN;
  ULONG State;
  UCHAR Wtx;
  PUCHAR ReplyData;
  BOOLEAN WaitForReply;
  UCHAR InfBytesSent;
  BOOLEAN Resynched;
  UCHAR Reserved[10];
} T1_DATA, *PT1_DATA;

/* A request or reply buffer of the library */
typedef struct _SMARTCARD_REQUEST {
  PUCHAR Buffer;
  ULONG BufferSize;
  ULONG BufferLength;
} SMARTCARD_REQUEST, *PSMARTCARD_REQUEST, SMARTCARD_REPLY, *PSMARTCARD_REPLY;

/* What the library keeps of the operating system's objects */
typedef struct _OS_DEP_DATA {
  PDEVICE_OBJECT DeviceObject;
  PIRP CurrentIrp;
  PIRP NotificationIrp;
  KMUTEX Mutex;
  KSPIN_LOCK SpinLock;
  struct {
    BOOLEAN Removed;
    LONG RefCount;
    KEVENT RemoveEvent;
    LIST_ENTRY TagList;
  } RemoveLock;
} OS_DEP_DATA, *POS_DEP_DATA;

typedef struct _SMARTCARD_EXTENSION {
  ULONG Version;
  VENDOR_ATTR VendorAttr;
  PRDF ReaderFunction[16];
  SCARD_CARD_CAPABILITIES CardCapabilities;
  ULONG LastError;
  struct {
    PULONG Information;
    PUCHAR RequestBuffer;
    ULONG RequestBufferLength;
    PUCHAR ReplyBuffer;
    ULONG ReplyBufferLength;
  } IoRequest;
  ULONG MajorIoControlCode;
  ULONG MinorIoControlCode;
  POS_DEP_DATA OsData;
  SCARD_READER_CAPABILITIES ReaderCapabilities;
  struct _READER_EXTENSION *ReaderExtension;
  SMARTCARD_REPLY SmartcardReply;
  SMARTCARD_REQUEST SmartcardRequest;
  T0_DATA T0;
  T1_DATA T1;
  PVOID PerfInfo;
  ULONG Reserved[25 - sizeof(PVOID) / sizeof(ULONG)];
} SMARTCARD_EXTENSION;

/* The device interface class of smart card readers */
DEFINE_GUID(SmartCardReaderGuid, 0x50DD5230, 0xBA8A, 0x11D1, 0xBF, 0x5D, 0x00,
            0x00, 0xF8, 0x05, 0xF5, 0x30);

/* ---- Library routines ---- */
NTSTATUS SmartcardInitialize(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    SmartcardExit(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardDeviceControl(_In_ PSMARTCARD_EXTENSION SmartcardExtension,
                                _In_ PIRP Irp);
NTSTATUS SmartcardCreateLink(_Out_ PUNICODE_STRING LinkName,
                             _In_ PUNICODE_STRING DeviceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    SmartcardDeleteLink(_In_ PUNICODE_STRING LinkName);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    SmartcardRawRequest(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    SmartcardRawReply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT0Request(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    SmartcardT0Reply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Request(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Reply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS
SmartcardUpdateCardCapabilities(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    SmartcardLogError(_In_ PVOID Object, _In_ NTSTATUS ErrorCode,
                      _In_opt_ PUNICODE_STRING Insertion, _In_ ULONG DumpData);
NTSTATUS
SmartcardAcquireRemoveLockWithTag(_In_ PSMARTCARD_EXTENSION SmartcardExtension,
                                  _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID SmartcardReleaseRemoveLockWithTag(
    _In_ PSMARTCARD_EXTENSION SmartcardExtension, _In_ ULONG Tag);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID SmartcardReleaseRemoveLockAndWait(
    _In_ PSMARTCARD_EXTENSION SmartcardExtension);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG SmartcardGetDebugLevel(void);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    SmartcardSetDebugLevel(_In_ ULONG Level);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    SmartcardInvertData(_Inout_updates_(Length) PUCHAR Buffer,
                        _In_ ULONG Length);

#endif /* IRQLINT_WDK_SMCLIB_H */
