/* irqlint's model of storswtr.h, the storage stack's shared software
 * tracing (WPP) configuration that class and filter drivers include. It
 * declares nothing a driver calls directly: the trace functions, levels and
 * flags it configures come from the driver's WPP configuration, which
 * irqlint's WPP handling declares itself. */
#ifndef IRQLINT_WDK_STORSWTR_H
#define IRQLINT_WDK_STORSWTR_H

#endif /* IRQLINT_WDK_STORSWTR_H */
