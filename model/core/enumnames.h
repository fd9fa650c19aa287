// Text forms of the model's enums and addresses, shared by every format, the CLI and the GUI.
// token(): the stable lower-case spelling used in the JSON document format.
// displayName(): what the Windows dialogs call it.
#pragma once

#include "types.h"

#include <QString>
#include <optional>

namespace ipsec {

QString token(AddressKind v);
QString token(Encryption v);
QString token(Integrity v);
QString token(DhGroup v);
QString token(ActionKind v);
QString token(IpsecProtocol v);
QString token(AuthKind v);
QString token(TunnelKind v);
QString token(ConnectionType v);
QString token(StoreLocation v);
QString token(WindowsTarget v);
QString token(Treatment v); // "none", "permit", "block", "negotiate"

template <typename E> std::optional<E> fromToken(const QString &text);

QString displayName(Encryption v); // "3DES", "AES-128", "None"
QString displayName(Integrity v);  // "SHA1", "SHA-256"
QString displayName(DhGroup v);    // "DH group 2 (1024-bit)"
QString displayName(ActionKind v); // "Permit", "Block", "Negotiate security"
QString displayName(AuthKind v);   // "Kerberos V5", "Certificate", "Preshared key"
QString displayName(ConnectionType v);
QString displayName(WindowsTarget v);
QString protocolName(std::uint8_t protocol); // "ANY", "ICMP", "TCP", "UDP", "RAW", or the number
std::optional<std::uint8_t> parseProtocol(const QString &text); // names or 0..255

// Addresses as one line of text:
//   any | me | dns-servers | wins-servers | dhcp-server | default-gateway
//   10.0.1.5 | 10.0.1.0/24 | 10.0.1.0/255.255.255.0 (kept as written when not contiguous) | fe80::/64
//   10.0.0.1-10.0.0.9 | name:host.example.com
QString formatAddress(const FilterAddress &a);
std::optional<FilterAddress> parseAddress(QStringView text, QString *error = nullptr);

QString formatPorts(const PortRange &p); // "any", "8080", "1000-2000"

// A rule's tunnel endpoint as one word: "none", the address, or the DNS name; `NamePrefix` writes the name as
// the document format does ("name:gw.example.com"), `BareName` as the CLI lists it.
enum class TunnelNameStyle : std::uint8_t { NamePrefix, BareName };
QString formatTunnel(const TunnelEndpoint &t, TunnelNameStyle style = TunnelNameStyle::NamePrefix);
std::optional<PortRange> parsePorts(QStringView text, QString *error = nullptr);

// "ESP[3DES,SHA1]:100000k/3600s" style, for display (the netsh writer owns the netsh spelling).
QString describe(const SecurityMethod &m);
QString describe(const IkeMethod &m); // "3DES-SHA1-DH2"
// Never shows a preshared key: "Preshared key (****)".
QString describe(const AuthMethod &m);

} // namespace ipsec
