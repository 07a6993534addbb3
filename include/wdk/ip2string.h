/* irqlint's model of ip2string.h (the Rtl routines that convert IPv4 and
 * IPv6 addresses to and from their text forms), written from the
 * documentation -- not Microsoft's header. The unsuffixed names map to the
 * W or A form by UNICODE, as in the real header. */
#ifndef IRQLINT_WDK_IP2STRING_H
#define IRQLINT_WDK_IP2STRING_H

#include "in6addr.h"
#include "inaddr.h"
#include "wdm.h"

PSTR NTAPI RtlIpv4AddressToStringA(_In_ const IN_ADDR *Addr,
                                   _Out_writes_(16) PSTR S);
PWSTR NTAPI RtlIpv4AddressToStringW(_In_ const IN_ADDR *Addr,
                                    _Out_writes_(16) PWSTR S);
NTSTATUS NTAPI RtlIpv4AddressToStringExA(_In_ const IN_ADDR *Address,
                                         _In_ USHORT Port,
                                         _Out_writes_to_(*AddressStringLength,
                                                         *AddressStringLength)
                                             PSTR AddressString,
                                         _Inout_ PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv4AddressToStringExW(_In_ const IN_ADDR *Address,
                                         _In_ USHORT Port,
                                         _Out_writes_to_(*AddressStringLength,
                                                         *AddressStringLength)
                                             PWSTR AddressString,
                                         _Inout_ PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv4StringToAddressA(_In_ PCSTR S, _In_ BOOLEAN Strict,
                                       _Out_ PCSTR *Terminator,
                                       _Out_ IN_ADDR *Addr);
NTSTATUS NTAPI RtlIpv4StringToAddressW(_In_ PCWSTR S, _In_ BOOLEAN Strict,
                                       _Out_ LPCWSTR *Terminator,
                                       _Out_ IN_ADDR *Addr);
NTSTATUS NTAPI RtlIpv4StringToAddressExA(_In_ PCSTR AddressString,
                                         _In_ BOOLEAN Strict,
                                         _Out_ IN_ADDR *Address,
                                         _Out_ PUSHORT Port);
NTSTATUS NTAPI RtlIpv4StringToAddressExW(_In_ PCWSTR AddressString,
                                         _In_ BOOLEAN Strict,
                                         _Out_ IN_ADDR *Address,
                                         _Out_ PUSHORT Port);

PSTR NTAPI RtlIpv6AddressToStringA(_In_ const IN6_ADDR *Addr,
                                   _Out_writes_(46) PSTR S);
PWSTR NTAPI RtlIpv6AddressToStringW(_In_ const IN6_ADDR *Addr,
                                    _Out_writes_(46) PWSTR S);
NTSTATUS NTAPI RtlIpv6AddressToStringExA(_In_ const IN6_ADDR *Address,
                                         _In_ ULONG ScopeId, _In_ USHORT Port,
                                         _Out_writes_to_(*AddressStringLength,
                                                         *AddressStringLength)
                                             PSTR AddressString,
                                         _Inout_ PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv6AddressToStringExW(_In_ const IN6_ADDR *Address,
                                         _In_ ULONG ScopeId, _In_ USHORT Port,
                                         _Out_writes_to_(*AddressStringLength,
                                                         *AddressStringLength)
                                             PWSTR AddressString,
                                         _Inout_ PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv6StringToAddressA(_In_ PCSTR S, _Out_ PCSTR *Terminator,
                                       _Out_ IN6_ADDR *Addr);
NTSTATUS NTAPI RtlIpv6StringToAddressW(_In_ PCWSTR S, _Out_ PCWSTR *Terminator,
                                       _Out_ IN6_ADDR *Addr);
NTSTATUS NTAPI RtlIpv6StringToAddressExA(_In_ PCSTR AddressString,
                                         _Out_ IN6_ADDR *Address,
                                         _Out_ PULONG ScopeId,
                                         _Out_ PUSHORT Port);
NTSTATUS NTAPI RtlIpv6StringToAddressExW(_In_ PCWSTR AddressString,
                                         _Out_ IN6_ADDR *Address,
                                         _Out_ PULONG ScopeId,
                                         _Out_ PUSHORT Port);

#ifdef UNICODE
#define RtlIpv4AddressToString RtlIpv4AddressToStringW
#define RtlIpv4AddressToStringEx RtlIpv4AddressToStringExW
#define RtlIpv4StringToAddress RtlIpv4StringToAddressW
#define RtlIpv4StringToAddressEx RtlIpv4StringToAddressExW
#define RtlIpv6AddressToString RtlIpv6AddressToStringW
#define RtlIpv6AddressToStringEx RtlIpv6AddressToStringExW
#define RtlIpv6StringToAddress RtlIpv6StringToAddressW
#define RtlIpv6StringToAddressEx RtlIpv6StringToAddressExW
#else
#define RtlIpv4AddressToString RtlIpv4AddressToStringA
#define RtlIpv4AddressToStringEx RtlIpv4AddressToStringExA
#define RtlIpv4StringToAddress RtlIpv4StringToAddressA
#define RtlIpv4StringToAddressEx RtlIpv4StringToAddressExA
#define RtlIpv6AddressToString RtlIpv6AddressToStringA
#define RtlIpv6AddressToStringEx RtlIpv6AddressToStringExA
#define RtlIpv6StringToAddress RtlIpv6StringToAddressA
#define RtlIpv6StringToAddressEx RtlIpv6StringToAddressExA
#endif

#endif
