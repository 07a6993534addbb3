/* irqlint's model of trustedrt.h (the Trusted Execution Environment
 * runtime interface shared by user mode and TrEE drivers), written from the
 * documentation (learn.microsoft.com "trustedrt.h", "Trusted Execution
 * Environment (TrEE)") -- not Microsoft's header: the device type and
 * controls applications send to a TrEE service device, and the request,
 * response and information structures that travel with them. */
#ifndef IRQLINT_WDK_TRUSTEDRT_H
#define IRQLINT_WDK_TRUSTEDRT_H

#include "wdm.h"

#ifndef FILE_DEVICE_TRUST_ENV
#define FILE_DEVICE_TRUST_ENV 0x00000056
#endif

/* the version of the runtime's interface the structures below carry */
#define TRUSTED_RUNTIME_INTERFACE_VERSION_1 1
#define TRUSTED_RUNTIME_INTERFACE_VERSION TRUSTED_RUNTIME_INTERFACE_VERSION_1

/* to a service device: its TR_SERVICE_INFORMATION */
#define IOCTL_TR_SERVICE_QUERY                                                 \
  CTL_CODE(FILE_DEVICE_TRUST_ENV, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* to a service device: run one TR_SERVICE_REQUEST, answered by a
 * TR_SERVICE_REQUEST_RESPONSE */
#define IOCTL_TR_EXECUTE_FUNCTION                                              \
  CTL_CODE(FILE_DEVICE_TRUST_ENV, 1, METHOD_BUFFERED, FILE_WRITE_ACCESS)
/* to the master device: the GUIDs of the services it offers */
#define IOCTL_TR_ENUMERATE_SERVICES                                            \
  CTL_CODE(FILE_DEVICE_TRUST_ENV, 2, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _TR_SERVICE_INFORMATION_V1 {
  ULONG InterfaceVersion;
  ULONG ServiceMajorVersion;
  ULONG ServiceMinorVersion;
} TR_SERVICE_INFORMATION_V1, *PTR_SERVICE_INFORMATION_V1;
typedef TR_SERVICE_INFORMATION_V1 TR_SERVICE_INFORMATION,
    *PTR_SERVICE_INFORMATION;

/* The function code and both buffers of a request travel in the structure
 * (as 64-bit fields whatever the caller's bitness), not in the I/O
 * control's own buffers. */
typedef struct _TR_SERVICE_REQUEST_V1 {
  ULONG InterfaceVersion;
  ULONG ServiceMajorVersion;
  ULONG ServiceMinorVersion;
  ULONG FunctionCode;
  _Field_size_bytes_(InputBufferSize) PVOID64 InputBuffer;
  ULONG64 InputBufferSize;
  _Field_size_bytes_(OutputBufferSize) PVOID64 OutputBuffer;
  ULONG64 OutputBufferSize;
} TR_SERVICE_REQUEST_V1, *PTR_SERVICE_REQUEST_V1;
typedef TR_SERVICE_REQUEST_V1 TR_SERVICE_REQUEST, *PTR_SERVICE_REQUEST;

typedef struct _TR_SERVICE_REQUEST_RESPONSE_V1 {
  ULONG InterfaceVersion;
  ULONG64 BytesWritten;
} TR_SERVICE_REQUEST_RESPONSE_V1, *PTR_SERVICE_REQUEST_RESPONSE_V1;
typedef TR_SERVICE_REQUEST_RESPONSE_V1 TR_SERVICE_REQUEST_RESPONSE,
    *PTR_SERVICE_REQUEST_RESPONSE;

#endif
