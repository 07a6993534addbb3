/* ntpoapi.h: power-management types the kernel and user-mode power
 * interfaces share (irqlint's model, written from the documentation): the
 * power-limit types, attributes and values that PoCreatePowerLimitRequest
 * and its siblings in wdm.h take. It names the basic types by their C spelling,
 * so that it stands before or after wdm.h (which includes it). */
#ifndef IRQLINT_WDK_NTPOAPI_H
#define IRQLINT_WDK_NTPOAPI_H

typedef enum _POWER_LIMIT_TYPES {
  PowerLimitContinuous,
  PowerLimitType1 = PowerLimitContinuous,
  PowerLimitBurst,
  PowerLimitType2 = PowerLimitBurst,
  PowerLimitRapid,
  PowerLimitType3 = PowerLimitRapid,
  PowerLimitPreemptive,
  PowerLimitType4 = PowerLimitPreemptive,
  PowerLimitPreemptiveOffset,
  PowerLimitTypeMax
} POWER_LIMIT_TYPES,
    *PPOWER_LIMIT_TYPES;
/* a target value that leaves the limit to the platform */
#define POWER_LIMIT_VALUE_NO_CONTROL 0xffffffff
typedef struct _POWER_LIMIT_ATTRIBUTES {
  POWER_LIMIT_TYPES Type;
  unsigned long DomainId;
  unsigned long MaxValue;
  unsigned long MinValue;
  unsigned long MinTimeParameter;
  unsigned long MaxTimeParameter;
  unsigned long DefaultACValue;
  unsigned long DefaultDCValue;
  union {
    struct {
      unsigned long SupportTimeParameter : 1;
      unsigned long Reserved : 31;
    };
    unsigned long AsUlong;
  } Flags;
} POWER_LIMIT_ATTRIBUTES, *PPOWER_LIMIT_ATTRIBUTES;
typedef struct _POWER_LIMIT_VALUE {
  POWER_LIMIT_TYPES Type;
  unsigned long DomainId;
  unsigned long TargetValue;
  unsigned long TimeParameter;
} POWER_LIMIT_VALUE, *PPOWER_LIMIT_VALUE;

#endif
