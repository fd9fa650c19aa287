// The finding codes of the netsh format (IPS-200..IPS-299), listed with their meaning in docs/findings.md.
// Import codes are 200..249, export codes 250..299.
#pragma once

#include <QString>

namespace ipsec::netsh::code {

// ---- import ----
inline const QString Undecodable = QStringLiteral("IPS-200");         // bytes are not text in the encoding
inline const QString EncodingGuessed = QStringLiteral("IPS-201");     // no BOM, not UTF-8: a legacy code page
inline const QString DecodingReplaced = QStringLiteral("IPS-202");    // invalid bytes replaced
inline const QString DynamicMode = QStringLiteral("IPS-203");         // netsh ipsec dynamic line
inline const QString OtherNetshContext = QStringLiteral("IPS-204");   // netsh advfirewall/firewall/...
inline const QString ShellCommandIgnored = QStringLiteral("IPS-205"); // a batch command that is not netsh
inline const QString UnknownCommand = QStringLiteral("IPS-206");      // unknown ipsec static verb/object
inline const QString UnknownTag = QStringLiteral("IPS-207");
inline const QString AmbiguousTag = QStringLiteral("IPS-208");
inline const QString SpacedTag = QStringLiteral("IPS-209");  // tag = value (Q9)
inline const QString ExtraWords = QStringLiteral("IPS-210"); // positional words beyond the usage
inline const QString InvalidValue = QStringLiteral("IPS-211");
inline const QString InvalidMethods = QStringLiteral("IPS-212"); // qmsecmethods / mmsecmethods entry
inline const QString MissingTag = QStringLiteral("IPS-213");
inline const QString MissingObject = QStringLiteral("IPS-214"); // reference to an object that does not exist
inline const QString DuplicateObject = QStringLiteral("IPS-215");
inline const QString NothingDeleted = QStringLiteral("IPS-216"); // delete of a missing or still used object
inline const QString CommandIgnored = QStringLiteral("IPS-217"); // show/exportpolicy/importpolicy, set batch
inline const QString RepeatedTag = QStringLiteral("IPS-218");
inline const QString AbbreviatedKeyword = QStringLiteral("IPS-219"); // `y` for yes
inline const QString ImplicitFilterList = QStringLiteral("IPS-220");
inline const QString DefaultApplied = QStringLiteral("IPS-221"); // a netsh default filled an omitted tag
inline const QString Unconfirmed = QStringLiteral("IPS-222");    // persistent store (Q10), gponame (Q11)
inline const QString CommandsRunTogether = QStringLiteral("IPS-223");
inline const QString UndefinedVariable = QStringLiteral("IPS-224");
inline const QString RedirectionIgnored = QStringLiteral("IPS-225");
inline const QString ValueIgnored = QStringLiteral("IPS-226");
inline const QString NothingImported = QStringLiteral("IPS-227");
inline const QString UnterminatedQuote = QStringLiteral("IPS-228");
inline const QString ImportSummary = QStringLiteral("IPS-229");
inline const QString CaEscapeDecoded = QStringLiteral("IPS-230"); // \' in rootca read as "
inline const QString FileUnreadable = QStringLiteral("IPS-231");  // the script file cannot be opened

// ---- export ----
inline const QString Unquotable = QStringLiteral("IPS-250"); // scriptquoting refused a text
inline const QString UnsupportedAlgorithm = QStringLiteral("IPS-251");
inline const QString UnsupportedPortRange = QStringLiteral("IPS-252");
inline const QString UnsupportedAddress = QStringLiteral("IPS-253");
inline const QString EmptyList = QStringLiteral("IPS-254");     // netsh would fill in its defaults
inline const QString AmbiguousName = QStringLiteral("IPS-255"); // duplicate or empty name
inline const QString DanglingReference = QStringLiteral("IPS-256");
inline const QString UnsupportedField = QStringLiteral("IPS-257");
inline const QString AssignmentNotWritten = QStringLiteral("IPS-258");
inline const QString UnconfirmedOutput =
    QStringLiteral("IPS-259"); // gponame (Q11); whether set store/batch outlive one netsh process
inline const QString PolicyNotFound = QStringLiteral("IPS-260");
inline const QString Skipped = QStringLiteral("IPS-261");             // --skip-unsupported left something out
inline const QString NetshScriptEncoding = QStringLiteral("IPS-262"); // non-ASCII text in a netsh -f script
inline const QString InvalidOptions = QStringLiteral("IPS-263");

} // namespace ipsec::netsh::code
