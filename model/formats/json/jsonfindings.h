// The finding codes of the document format (IPS-100..IPS-199), listed in docs/findings.md.
#pragma once

namespace ipsec::json::code {

inline constexpr char16_t SyntaxError[] = u"IPS-100";   // not well-formed JSON
inline constexpr char16_t NotADocument[] = u"IPS-101";  // top level not an object / "format" is not ours
inline constexpr char16_t NewerVersion[] = u"IPS-102";  // written by a newer format version
inline constexpr char16_t BadVersion[] = u"IPS-103";    // "version" missing or not a positive integer
inline constexpr char16_t WrongType[] = u"IPS-104";     // a value of the wrong JSON type
inline constexpr char16_t MissingKey[] = u"IPS-105";    // a required key is absent
inline constexpr char16_t UnknownToken[] = u"IPS-106";  // an enum value that is not one of the tokens
inline constexpr char16_t BadAddress[] = u"IPS-107";    // a filter address that does not parse
inline constexpr char16_t BadPorts[] = u"IPS-108";      // a port or port range that does not parse
inline constexpr char16_t BadProtocol[] = u"IPS-109";   // a protocol that is not a name or 0..255
inline constexpr char16_t OutOfRange[] = u"IPS-110";    // a number outside its range
inline constexpr char16_t BadGuid[] = u"IPS-111";       // an id that is not a GUID
inline constexpr char16_t DuplicateGuid[] = u"IPS-112"; // two objects with one id
inline constexpr char16_t BadTunnel[] = u"IPS-113";     // a tunnel endpoint that does not parse
inline constexpr char16_t UnknownKey[] = u"IPS-114";    // a key the format does not know (warning)
inline constexpr char16_t Unreadable[] = u"IPS-115";    // the file cannot be opened or is too large
inline constexpr char16_t WrongEncoding[] = u"IPS-116"; // UTF-16/UTF-32 instead of UTF-8
inline constexpr char16_t TooManyErrors[] = u"IPS-117"; // listing stopped after many errors
inline constexpr char16_t Unwritable[] = u"IPS-118";    // the document could not be saved
inline constexpr char16_t DuplicateKey[] = u"IPS-119";  // one key twice in one object

} // namespace ipsec::json::code
