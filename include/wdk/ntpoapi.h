/* ntpoapi.h: power-management types the kernel and user-mode power
 * interfaces share (irqlint's model, written from the documentation): the
 * power-limit types, attributes and values that PoCreatePowerLimitRequest
 * and its siblings in wdm.h take, and the processor idle-state
 * descriptions. */
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
  ULONG DomainId;
  ULONG MaxValue;
  ULONG MinValue;
  ULONG MinTimeParameter;
  ULONG MaxTimeParameter;
  ULONG DefaultACValue;
  ULONG DefaultDCValue;
  union {
    struct {
      ULONG SupportTimeParameter : 1;
      ULONG Reserved : 31;
    };
    ULONG AsUlong;
  } Flags;
} POWER_LIMIT_ATTRIBUTES, *PPOWER_LIMIT_ATTRIBUTES;
typedef struct _POWER_LIMIT_VALUE {
  POWER_LIMIT_TYPES Type;
  ULONG DomainId;
  ULONG TargetValue;
  ULONG TimeParameter;
} POWER_LIMIT_VALUE, *PPOWER_LIMIT_VALUE;

#endif
