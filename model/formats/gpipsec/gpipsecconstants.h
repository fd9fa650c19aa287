// Fixed values of MS-GPIPSEC (docs/formats/gpipsec.md, Well-known GUIDs and Blob layouts) and every
// unconfirmed choice this format makes (Qn, listed in docs/formats/gpipsec.md). One place: when a Qn is
// confirmed, change it here and in docs/formats/gpipsec.md.
#pragma once

#include <QString>
#include <QUuid>
#include <cstdint>

namespace ipsec::gpipsec {

// ---- ipsecData type GUIDs (docs/formats/gpipsec.md, Well-known GUIDs) ----
inline const QUuid kPolicyBlobType{0x22202163, 0x4F4C, 0x11D1, 0x86, 0x3B, 0x00,
                                   0xA0,       0x24,   0x8D,   0x30, 0x21};
inline const QUuid kIsakmpBlobType{0x80DC20B8, 0x2EC8, 0x11D1, 0xA8, 0x9E, 0x00,
                                   0xA0,       0x24,   0x8D,   0x30, 0x21};
inline const QUuid kNfaBlobType{0x11BBAC00, 0x498D, 0x11D1, 0x86, 0x39, 0x00, 0xA0, 0x24, 0x8D, 0x30, 0x21};
inline const QUuid kNegotiationPolicyBlobType{0x80DC20B9, 0x2EC8, 0x11D1, 0xA8, 0x9E, 0x00,
                                              0xA0,       0x24,   0x8D,   0x30, 0x21};
inline const QUuid kFilterBlobType{0x80DC20B5, 0x2EC8, 0x11D1, 0xA8, 0x9E, 0x00,
                                   0xA0,       0x24,   0x8D,   0x30, 0x21};
inline const QUuid kFilterV2Marker{0x35FECD3D, 0xAE29, 0x4373, 0x8A, 0x6A, 0xC5,
                                   0xD8,       0xFA,   0xB2,   0xFB, 0x08};

// ---- Negotiation policy type and action GUIDs (same table) ----
inline const QUuid kNegPolTypeStandard{0x62F49E10, 0x6C37, 0x11D1, 0x86, 0x4C, 0x14,
                                       0xA3,       0x00,   0x00,   0x00, 0x00};
inline const QUuid kNegPolTypeDefaultResponse{0x62F49E13, 0x6C37, 0x11D1, 0x86, 0x4C, 0x14,
                                              0xA3,       0x00,   0x00,   0x00, 0x00};
inline const QUuid kNegPolActionBlock{0x3F91A819, 0x7647, 0x11D1, 0x86, 0x4D, 0xD4,
                                      0x6A,       0x00,   0x00,   0x00, 0x00};
inline const QUuid kNegPolActionPermit{0x8A171DD2, 0x77E3, 0x11D1, 0x86, 0x59, 0xA0,
                                       0x4F,       0x00,   0x00,   0x00, 0x00};
inline const QUuid kNegPolActionNegotiate{0x8A171DD3, 0x77E3, 0x11D1, 0x86, 0x59, 0xA0,
                                          0x4F,       0x00,   0x00,   0x00, 0x00};
inline const QUuid kNegPolActionInboundPassThrough{0x3F91A81A, 0x7647, 0x11D1, 0x86, 0x4D, 0xD4,
                                                   0x6A,       0x00,   0x00,   0x00, 0x00};

// The "Version Information Object" every domain holds (docs/formats/object-model.md): an ipsecNFA that is not
// a rule (Q5).
inline const QUuid kVersionInformationObject{0x6A1F5C6F, 0x72B7, 0x11D2, 0xAC, 0xF0, 0x00,
                                             0x60,       0xB0,   0xEC,   0xCA, 0x17};

// ---- Framing ----
inline constexpr int kGuidSize = 16;
inline constexpr int kHeaderSize = kGuidSize + 4; // type GUID + Data-Length
inline constexpr int kIsakmpMethodSize = 64;
inline constexpr int kIsakmpHeaderSize = 64; // instance GUID .. Security-Method-Count, excluding the count
inline constexpr int kOfferSize = 80;
inline constexpr int kAlgorithmSlots = 3;
inline constexpr int kFilterSpec1FixedSize = 52;
inline constexpr int kAddressDataSize = 40;
inline constexpr int kPortDataSize = 8;

// ---- Enumerations of the blobs (docs/formats/gpipsec.md, Blob layouts) ----
inline constexpr std::uint32_t kAuthPresharedKey = 1;
inline constexpr std::uint32_t kAuthCertificate = 3;
inline constexpr std::uint32_t kAuthKerberos = 5;
inline constexpr std::uint32_t kInterfaceAll = 0xFFFFFFFD;
inline constexpr std::uint32_t kInterfaceLan = 0xFFFFFFFE;
inline constexpr std::uint32_t kInterfaceDialup = 0xFFFFFFFF;
inline constexpr std::uint32_t kOfferTypeAh = 1;
inline constexpr std::uint32_t kOfferTypeEsp = 2;
inline constexpr std::uint32_t kHashMd5 = 1;
inline constexpr std::uint32_t kHashSha1 = 2;
inline constexpr std::uint32_t kOakleyGroup1 = 1;
inline constexpr std::uint32_t kOakleyGroup2 = 2;
inline constexpr std::uint32_t kIsakmpOptionCertToAccountMapping = 1;
inline constexpr std::uint32_t kIsakmpOptionExcludeCaName = 2;
inline constexpr std::uint8_t kSpecialDestinationBit = 0x80; // 0x81..0x84: the destination is the keyword
inline constexpr std::uint32_t kV2AddressAny = 0, kV2AddressSingle = 1, kV2AddressRange = 2,
                               kV2AddressSubnet = 4, kV2AddressMe = 8, kV2AddressDns = 0x10,
                               kV2AddressWins = 0x20, kV2AddressDhcp = 0x40, kV2AddressGateway = 0x80;
inline constexpr std::uint32_t kV2VersionIPv4 = 1, kV2VersionIPv6 = 2, kV2VersionBoth = 3;
inline constexpr std::uint32_t kV2PortAny = 0, kV2PortSingle = 1, kV2PortRange = 2;
inline constexpr std::uint32_t kV2FlagUseRanges = 8;

// ---- Writer choices copied from Windows' own bytes ----
// (docs/formats/gpipsec.md, The real blobs the tests decode)
inline constexpr std::uint32_t kAlgorithmKeyLength = 64; // "Zero1" of slots / ISAKMP key length: real data
inline constexpr std::uint32_t kAlgorithmRounds = 8;
inline constexpr std::uint32_t kPolicyPollingDefaultSeconds = 10800; // a stored 0 means this (MS-GPIPSEC)
inline constexpr std::uint32_t kMainModeLifetimeDefaultSeconds = 28800;

// ---- Unconfirmed facts (Qn): the choices, each in exactly one place ----

// Q19: PFS-QM-Required. The spec says 0 = used; ipsec2k and IPSEC_QM_OFFER say 1 = required. Write 1 for yes;
// read any non-zero value as yes.
inline constexpr std::uint32_t kQmPfsRequiredValue = 1;

// Q20: ESP encryption ids. Real bytes and headers: DES = 1, 3DES = 3; None is believed 0; 2 ("DES 40-bit") is
// read as DES with a warning.
inline constexpr std::uint32_t kEspNone = 0;
inline constexpr std::uint32_t kEspDes = 1;
inline constexpr std::uint32_t kEspDes40Historic = 2;
inline constexpr std::uint32_t kEsp3Des = 3;

// Q21: ISAKMP Encryption-Algorithm-ID: write 3 for 3DES; read 2 as 3DES too.
inline constexpr std::uint32_t kIkeDes = 1;
inline constexpr std::uint32_t kIke3DesAlternative = 2;
inline constexpr std::uint32_t kIke3Des = 3;

// Q22: DH2048 (group 14) is written as Oakley-Group 0x10000001, with New-DH-1..4 and Random-Function 0. The
// reader also accepts the New-DH and Random-Function forms.
inline constexpr std::uint32_t kOakleyGroup2048 = 0x10000001;

// Q23: a composite AH+ESP offer uses two slots, AH first. The reader accepts either order.
inline constexpr bool kWriteAhSlotFirst = true;

// Q24: permit and block actions carry no offers.
inline constexpr bool kWriteOffersForPermitAndBlock = false;

// Q25: the NFA extension markers are 15 bytes 0x01 followed by 0x01 / 0x02 / 0x03.
inline constexpr std::uint8_t kNfaMarkerFill = 0x01;
inline constexpr std::uint8_t kNfaMarkerAltAuth = 0x01;
inline constexpr std::uint8_t kNfaMarkerAuthFlags = 0x02;
inline constexpr std::uint8_t kNfaMarkerIPv6Tunnel = 0x03;

// Q26: the NFA terminator 0x00 is the last byte of the whole blob, after the extension. The reader also finds
// the extension one byte later (after a terminator written right behind the counted data).
inline constexpr bool kNfaTerminatorAfterExtension = true;

// Q27: Alt-Auth flags are bits: 1 = certificate-to-account mapping, 2 = exclude the CA name.
inline constexpr std::uint32_t kAltAuthFlagMapping = 1;
inline constexpr std::uint32_t kAltAuthFlagExcludeCaName = 2;

// Q28: the NFA Tunnel-Address is in network byte order, as filter addresses are.
inline constexpr bool kNfaTunnelAddressNetworkOrder = true;

// Q29: filter v2. A filter list that needs the v2 part (IPv6, address ranges, port ranges) carries ALL its
// filters in v2 (the reader takes v2 as authoritative when present); v1 keeps what it can express: IPv4
// ranges as an exact split into subnets, filters with IPv6 or port ranges left out. Number-Of-Filters11 is
// written 0. An IPv6 subnet's secondary field holds the prefix length as u32 little-endian in its first 4
// bytes; the reader also accepts a 16-byte mask. `any`, `me` and the server keywords carry version 3 (both).
inline constexpr std::uint32_t kV2NumberOfFilters11 = 0;
inline constexpr bool kV2IPv6SubnetAsPrefixLength = true;

// Q13: server keywords in v1: address 0 and mask 0 with the Special-Filter byte; the reader ignores the
// address and mask when Special-Filter is non-zero.
inline constexpr std::uint32_t kSpecialFilterAddress = 0;
inline constexpr std::uint32_t kSpecialFilterMask = 0;

// Q18 (settled by Windows' own Request Security (Optional) action in Samba's provision.ldif): soft = yes is a
// trailing offer with Algorithm-Offer-Count 0 and all other fields 0.

// Q70: ipsecDataType: 598 in LDIF (as Windows' own directory objects), 256 in .reg (as the registry store).
inline constexpr int kIpsecDataTypeDirectory = 598;
inline constexpr int kIpsecDataTypeRegistry = 256;

} // namespace ipsec::gpipsec
