/* irqlint's model of sddef.h, the Secure Digital command vocabulary that
 * ntddsd.h builds on: command codes, the command descriptor an SD card
 * driver hands the bus driver, and the argument layouts of the SDIO
 * IO_RW_DIRECT (CMD52) and IO_RW_EXTENDED (CMD53) commands. Written from the
 * documentation (learn.microsoft.com "SD_COMMAND_CLASS", "SD_TRANSFER_TYPE",
 * "SD_RESPONSE_TYPE", "SDCMD_DESCRIPTOR") and the SDIO specification's
 * argument formats -- not Microsoft's header; not binary exact. */
#ifndef IRQLINT_WDK_SDDEF_H
#define IRQLINT_WDK_SDDEF_H

#include "wdm.h"

typedef UCHAR SD_COMMAND_CODE;

/* SDIO command codes: the two I/O commands of the SDIO specification. */
#define SDCMD_IO_RW_DIRECT 52
#define SDCMD_IO_RW_EXTENDED 53

typedef enum { SDCC_STANDARD, SDCC_APP_CMD } SD_COMMAND_CLASS;

typedef enum {
  SDTD_UNSPECIFIED = 0,
  SDTD_READ = 1,
  SDTD_WRITE = 2
} SD_TRANSFER_DIRECTION;

typedef enum {
  SDTT_UNSPECIFIED,
  SDTT_CMD_ONLY,
  SDTT_SINGLE_BLOCK,
  SDTT_MULTI_BLOCK,
  SDTT_MULTI_BLOCK_NO_CMD12
} SD_TRANSFER_TYPE;

typedef enum {
  SDRT_UNSPECIFIED = 0,
  SDRT_NONE,
  SDRT_1,
  SDRT_1B,
  SDRT_2,
  SDRT_3,
  SDRT_4,
  SDRT_5,
  SDRT_5B,
  SDRT_6
} SD_RESPONSE_TYPE;

/* What the bus driver needs to issue one command; drivers usually build it
 * with a positional initializer in this member order. */
typedef struct _SDCMD_DESCRIPTOR {
  SD_COMMAND_CODE Cmd;
  SD_COMMAND_CLASS CmdClass;
  SD_TRANSFER_DIRECTION TransferDirection;
  SD_TRANSFER_TYPE TransferType;
  SD_RESPONSE_TYPE ResponseType;
} SDCMD_DESCRIPTOR, *PSDCMD_DESCRIPTOR;

/* The 32-bit argument of CMD52 (one register byte). */
typedef struct _SD_RW_DIRECT_ARGUMENT {
  union {
    struct {
      ULONG Data : 8;
      ULONG Reserved1 : 1;
      ULONG Address : 17;
      ULONG Reserved2 : 1;
      ULONG ReadAfterWrite : 1;
      ULONG Function : 3;
      ULONG WriteToDevice : 1;
    } bits;
    ULONG AsULONG;
  } u;
} SD_RW_DIRECT_ARGUMENT, *PSD_RW_DIRECT_ARGUMENT;

/* The 32-bit argument of CMD53 (a byte or block transfer). */
typedef struct _SD_RW_EXTENDED_ARGUMENT {
  union {
    struct {
      ULONG Count : 9;
      ULONG Address : 17;
      ULONG OpCode : 1;
      ULONG BlockMode : 1;
      ULONG Function : 3;
      ULONG WriteToDevice : 1;
    } bits;
    ULONG AsULONG;
  } u;
} SD_RW_EXTENDED_ARGUMENT, *PSD_RW_EXTENDED_ARGUMENT;

/* The R3 response (OCR register). */
typedef struct _SDRESP_TYPE3 {
  ULONG Reserved1 : 4;
  ULONG VoltageProfile : 20;
  ULONG Reserved2 : 7;
  ULONG PowerState : 1;
} SDRESP_TYPE3, *PSDRESP_TYPE3;

#endif
