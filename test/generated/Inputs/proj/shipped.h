/* The header the message compiler made from shipped.mc, shipped with the
 * test driver (irqlint keeps it): a value the .mc would not give, so a
 * test can tell which one was read. */
#pragma once
#define SHIPPED_FAILURE ((NTSTATUS)0x12345678L)
