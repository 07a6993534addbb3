/* irqlint's model of gpio.h: the I/O controls a peripheral driver sends to
 * a GPIO controller over a connection it opened through the resource hub
 * (read and write the connection's pins, controller-specific functions).
 * Written from the documentation -- not Microsoft's header. The function
 * numbers are this model's own; the analysis never reads them. */
#ifndef IRQLINT_WDK_GPIO_H
#define IRQLINT_WDK_GPIO_H

#ifndef FILE_DEVICE_GPIO
#define FILE_DEVICE_GPIO 0x00008000
#endif

#define IOCTL_GPIO_READ_PINS                                                   \
  CTL_CODE(FILE_DEVICE_GPIO, 0x0, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_GPIO_WRITE_PINS                                                  \
  CTL_CODE(FILE_DEVICE_GPIO, 0x1, METHOD_BUFFERED,                             \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_GPIO_CONTROLLER_SPECIFIC_FUNCTION                                \
  CTL_CODE(FILE_DEVICE_GPIO, 0x2, METHOD_BUFFERED,                             \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)

#endif
