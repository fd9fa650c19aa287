// The finding codes of this format (IPS-300..IPS-399), listed in docs/findings.md, and one helper that builds
// them, so that every finding of the format has the same shape.
#pragma once

#include "core/finding.h"

namespace ipsec::gpipsec {

namespace code {
// Blob framing and values
inline constexpr const char *Truncated = "IPS-300";            // a field runs past the end of the blob
inline constexpr const char *WrongBlobType = "IPS-301";        // the type GUID is not the expected one
inline constexpr const char *BadDataLength = "IPS-302";        // Data-Length disagrees with the blob size
inline constexpr const char *BadCount = "IPS-303";             // a count cannot fit the remaining bytes
inline constexpr const char *BadString = "IPS-304";            // odd length or missing NUL in a UTF-16 string
inline constexpr const char *Terminator = "IPS-305";           // missing or extra terminator byte (tolerated)
inline constexpr const char *UnknownValue = "IPS-306";         // an id the format does not define
inline constexpr const char *HistoricValue = "IPS-307";        // a legacy id read with its believed meaning
inline constexpr const char *BadExtension = "IPS-308";         // malformed Vista+ NFA extension
inline constexpr const char *BadFilterV2 = "IPS-309";          // malformed filter v2 part
inline constexpr const char *IgnoredValue = "IPS-310";         // a stored value the model does not carry
inline constexpr const char *DataLength2SpecsOnly = "IPS-311"; // Data-Length2 read the other way (note)
// Objects and references
inline constexpr const char *DanglingReference = "IPS-320"; // a reference names an object not in the input
inline constexpr const char *SkippedObject = "IPS-321";     // an object that is not part of any policy
inline constexpr const char *MissingIsakmp = "IPS-322";     // a policy without its ISAKMP object
inline constexpr const char *MissingDefaultResponse = "IPS-323";
inline constexpr const char *UnknownNegPolGuid = "IPS-324"; // unknown negotiation policy type or action
inline constexpr const char *DataType = "IPS-325";          // unexpected ipsecDataType
inline constexpr const char *DuplicateObject = "IPS-326";   // the same object twice
inline constexpr const char *IdMismatch = "IPS-327";        // ipsecID differs from the GUID of the name
inline constexpr const char *MissingData = "IPS-328";       // an object without ipsecData
inline constexpr const char *DuplicateId = "IPS-329";       // an object given a new id: its id was taken
// Export
inline constexpr const char *NotLegacy = "IPS-340";         // the legacy format cannot carry this value
inline constexpr const char *VistaOnly = "IPS-341";         // carried only in the Vista+ part of a blob
inline constexpr const char *DroppedOnExport = "IPS-342";   // a model value the blob has no place for
inline constexpr const char *BuiltinLeftOut = "IPS-343";    // Windows' built-in objects not written
inline constexpr const char *BothSidesKeywords = "IPS-344"; // both filter sides are server keywords
inline constexpr const char *BadOption = "IPS-345";         // a missing or malformed export option
// LDIF
inline constexpr const char *LdifSyntax = "IPS-360";
inline constexpr const char *LdifBase64 = "IPS-361";
inline constexpr const char *LdifOtherEntry = "IPS-362"; // an entry that is not an IPsec object
inline constexpr const char *LdifChangeType = "IPS-363"; // delete / modrdn entries are not applied
// .reg
inline constexpr const char *RegHeader = "IPS-370";
inline constexpr const char *RegSyntax = "IPS-371";
inline constexpr const char *RegValueType = "IPS-372";
inline constexpr const char *NoObjects = "IPS-373"; // the input holds no IPsec object
inline constexpr const char *FileIo = "IPS-380";
} // namespace code

// A line of an input file (LDIF, .reg): where most findings of the text forms point.
inline Location fileLineLocation(const QString &file, int line)
{
    Location l;
    l.file = file;
    l.line = line;
    return l;
}

inline Finding makeFinding(const char *findingCode, Severity severity, Location location, QString message,
                           QString hint = {})
{
    return Finding{QString::fromLatin1(findingCode), severity, std::move(location), std::move(message),
                   std::move(hint)};
}

} // namespace ipsec::gpipsec
