/* Which struct fields and routines register a function to run in interrupt
 * context (isr_registration.def), and the KMDF exception: an interrupt
 * object configured with PassiveHandling = TRUE runs its callbacks at
 * PASSIVE_LEVEL. */
#ifndef IRQLINT_ISR_REGISTRATION_H
#define IRQLINT_ISR_REGISTRATION_H

/* Storing a function in `field` of a struct named `record` (tag or typedef
 * name, NULL when unknown) registers it: returns the struct's name as the
 * table spells it, else NULL. */
const char *isr_registration_field(const char *record, const char *field);

/* The argument of `routine` that registers a function, or -1. */
int isr_registration_call_arg(const char *routine);

/* WDF_INTERRUPT_CONFIG_INIT: its first argument is the config it fills. */
int isr_registration_is_config_init(const char *routine);

/* The field that, set to a non-zero value, makes a WDF_INTERRUPT_CONFIG's
 * callbacks run at PASSIVE_LEVEL. */
#define ISR_PASSIVE_HANDLING_FIELD "PassiveHandling"

#endif
