#include "jsonobjectreader.h"

#include "core/enumnames.h"
#include "jsonfindings.h"
#include "jsonformat.h"
#include "jsonintents.h"
#include "jsonkeys.h"
#include "jsonlocator.h"

#include <QStringDecoder>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

namespace ipsec::json::detail {
namespace {

// After this many errors the reader keeps checking but stops listing (one IPS-117 says how many more).
constexpr int kMaxListedErrors = 100;
// Values quoted in messages are cut to this length so that a hostile document cannot flood the output.
constexpr qsizetype kMaxQuotedLength = 80;

QString fromUtf8(std::string_view s)
{
    return textOf(s);
}

// A short ASCII value (an address, a port) widened on the stack, so that parsing it needs no QString: every
// filter has four. Anything longer or not ASCII is decoded as usual.
class ShortText {
public:
    explicit ShortText(std::string_view utf8)
    {
        if (utf8.size() <= std::size(m_ascii) && std::all_of(utf8.begin(), utf8.end(), [](char c) {
                return static_cast<unsigned char>(c) < 0x80;
            })) {
            std::copy(utf8.begin(), utf8.end(), m_ascii);
            m_view = QStringView(m_ascii, qsizetype(utf8.size()));
        } else {
            m_decoded = fromUtf8(utf8);
            m_view = m_decoded;
        }
    }
    QStringView view() const { return m_view; }

private:
    char16_t m_ascii[64];
    QString m_decoded;
    QStringView m_view;
};

QString quoted(const QString &value)
{
    if (value.size() <= kMaxQuotedLength)
        return u'\'' + value + u'\'';
    return u'\'' + value.left(kMaxQuotedLength) + QStringLiteral("…'");
}

QString typeName(Value v)
{
    switch (v.type()) {
    case ValueType::Object:
        return QStringLiteral("an object");
    case ValueType::Array:
    case ValueType::Streamed:
        return QStringLiteral("an array");
    case ValueType::String:
        return QStringLiteral("a string");
    case ValueType::Boolean:
        return QStringLiteral("a boolean");
    case ValueType::Integer:
    case ValueType::Unsigned:
        return QStringLiteral("an integer");
    case ValueType::Float:
        return QStringLiteral("a fractional number");
    case ValueType::Null:
        return QStringLiteral("null");
    }
    return QStringLiteral("an unknown value");
}

template <typename E> QString tokenList()
{
    QStringList tokens;
    for (int i = 0; i <= std::numeric_limits<std::uint8_t>::max(); ++i) {
        const QString t = token(static_cast<E>(i));
        if (t.isEmpty())
            break;
        tokens << t;
    }
    return tokens.join(QStringLiteral(", "));
}

// QUuid::fromString ignores what follows 36 digits; a document's GUID must be exactly one GUID.
QUuid parseGuid(std::string_view text)
{
    const bool plain = text.size() == 36;
    const bool braced = text.size() == 38 && text.front() == '{' && text.back() == '}';
    if (!plain && !braced)
        return {};
    return QUuid::fromString(QLatin1StringView(text.data(), static_cast<qsizetype>(text.size())));
}

bool isNilGuidText(std::string_view text)
{
    return text == "00000000-0000-0000-0000-000000000000" || text == "{00000000-0000-0000-0000-000000000000}";
}

// A small value (the intents) as nlohmann's DOM, for the code that reads it from one. Containers deeper than
// an intent's members are kept empty: nothing there is read, and a hostile nesting must not exhaust the
// stack.
nlohmann::json toNlohmann(Value v, int depth = 0)
{
    constexpr int kDeepest = 3;
    switch (v.type()) {
    case ValueType::Null:
        return nullptr;
    case ValueType::Boolean:
        return v.boolean();
    case ValueType::Integer:
        return v.integerValue();
    case ValueType::Unsigned:
        return v.unsignedValue();
    case ValueType::Float:
        return 0.5; // only its type matters to the readers
    case ValueType::String:
        return std::string(v.text());
    case ValueType::Object: {
        nlohmann::json o = nlohmann::json::object();
        if (depth < kDeepest)
            for (const Value member : v)
                o[std::string(member.key())] = toNlohmann(member, depth + 1);
        return o;
    }
    case ValueType::Array:
    case ValueType::Streamed: {
        nlohmann::json a = nlohmann::json::array();
        if (depth < kDeepest)
            for (const Value element : v)
                a.push_back(toNlohmann(element, depth + 1));
        return a;
    }
    }
    return nullptr;
}

} // namespace

void ObjectReader::enterKey(std::string_view key)
{
    appendPointerSegment(m_pointer, key);
}

void ObjectReader::enterIndex(std::size_t index)
{
    m_pointer += '/';
    m_pointer += std::to_string(index);
}

// ---- findings ----

Finding ObjectReader::finding(const char16_t *code, Severity severity, const QString &message,
                              const QString &hint, std::string_view memberKey) const
{
    std::string pointer = m_pointer;
    if (!memberKey.empty())
        appendPointerSegment(pointer, memberKey);
    Finding f;
    f.code = QString::fromUtf16(code);
    f.severity = severity;
    f.message = message;
    f.hint = hint;
    f.location.file = m_fileName;
    f.location.pointer = QString::fromStdString(pointer);
    return f;
}

void ObjectReader::report(const char16_t *code, Severity severity, const QString &message,
                          const QString &hint, std::string_view memberKey)
{
    if (severity == Severity::Error && ++m_errorCount > kMaxListedErrors) {
        ++m_unlistedErrors;
        return;
    }
    m_findings << finding(code, severity, message, hint, memberKey);
}

void ObjectReader::error(const char16_t *code, const QString &message, const QString &hint,
                         std::string_view memberKey)
{
    report(code, Severity::Error, message, hint, memberKey);
}

void ObjectReader::duplicateKey(std::string_view key)
{
    error(code::DuplicateKey,
          QStringLiteral("The key %1 appears more than once in this object; the document does not say which "
                         "value counts.")
              .arg(quoted(fromUtf8(key))),
          QStringLiteral("Keep one of the values and remove the others."), key);
}

void ObjectReader::syntaxError(const QString &message, qint64 byteOffset)
{
    m_pointer.clear(); // about the text, not a value
    Finding f =
        finding(code::SyntaxError, Severity::Error, QStringLiteral("Not well-formed JSON: %1").arg(message),
                QStringLiteral("Fix the JSON syntax at the given line and column."), {});
    f.location.byteOffset = byteOffset;
    ++m_errorCount;
    m_findings << f;
}

void ObjectReader::wrongEncoding()
{
    Finding f = finding(code::WrongEncoding, Severity::Error,
                        QStringLiteral("The document is not UTF-8 (it looks like UTF-16 or UTF-32)."),
                        QStringLiteral("Save the file as UTF-8."), {});
    f.location.byteOffset = 0;
    ++m_errorCount;
    m_findings << f;
}

void ObjectReader::tooLarge()
{
    report(code::Unreadable, Severity::Error, QStringLiteral("The document is too large to load."),
           QStringLiteral("Free memory or split the store."));
}

void ObjectReader::unreadable()
{
    report(code::SyntaxError, Severity::Error, QStringLiteral("The document could not be read."),
           QStringLiteral("Check that it is a well-formed IPsec Policy Designer document."));
}

ObjectReader::Saved ObjectReader::takeFindings()
{
    Saved saved{std::move(m_findings), m_errorCount, m_unlistedErrors};
    m_findings = {};
    m_errorCount = 0;
    m_unlistedErrors = 0;
    return saved;
}

void ObjectReader::restoreAfter(Saved saved)
{
    m_findings += std::move(saved.findings);
    m_errorCount += saved.errorCount;
    m_unlistedErrors += saved.unlistedErrors;
}

void ObjectReader::capErrors()
{
    int listed = 0;
    const auto beyondCap = [&listed](const Finding &f) {
        return f.severity == Severity::Error && ++listed > kMaxListedErrors;
    };
    const auto kept = std::remove_if(m_findings.begin(), m_findings.end(), beyondCap);
    m_unlistedErrors += int(m_findings.end() - kept);
    m_findings.erase(kept, m_findings.end());
    if (m_unlistedErrors > 0)
        m_findings << finding(code::TooManyErrors, Severity::Error,
                              QStringLiteral("%1 further errors are not listed.").arg(m_unlistedErrors),
                              QStringLiteral("Fix the errors above and load the document again."), {});
}

// ---- the document ----

bool ObjectReader::readHeader(Value doc)
{
    if (!doc.isObject()) {
        error(code::NotADocument,
              QStringLiteral("Not an IPsec Policy Designer document: the top level is %1, not an object.")
                  .arg(typeName(doc)),
              QStringLiteral("Open a .ipsecstore file, or import other formats with their importer."));
        return false;
    }
    const Value format = doc.member(key::Format);
    if (!format.exists() || !format.isString() || format.text() != key::kFormatName) {
        error(code::NotADocument,
              QStringLiteral("Not an IPsec Policy Designer document: \"format\" must be \"%1\".")
                  .arg(fromUtf8(key::kFormatName)),
              QStringLiteral("Open a .ipsecstore file, or import other formats with their importer."),
              format.exists() ? key::Format : std::string_view{});
        return false;
    }
    const Value version = doc.member(key::Version);
    const QString hint = QStringLiteral("Documents carry \"version\": %1.").arg(kFormatVersion);
    if (!version.exists()) {
        error(code::BadVersion, QStringLiteral("The document has no \"version\"."), hint);
        return false;
    }
    // nlohmann reads every non-negative integer as unsigned, so a signed one is negative.
    if (!version.isUnsigned() || version.unsignedValue() < 1) {
        error(code::BadVersion, QStringLiteral("\"version\" must be a positive integer."), hint,
              key::Version);
        return false;
    }
    if (version.unsignedValue() > std::uint64_t(kFormatVersion)) {
        error(
            code::NewerVersion,
            QStringLiteral("The document has format version %1; this program reads versions up to %2.")
                .arg(version.unsignedValue())
                .arg(kFormatVersion),
            QStringLiteral("It was written by a newer IPsec Policy Designer: update the program to open it."),
            key::Version);
        return false;
    }
    return true;
}

void ObjectReader::readDocumentMembers(Value doc, StoreData &store)
{
    checkKeys(doc, key::kDocumentKeys);
    if (const std::optional<Value> info = objectMember(doc, key::Store, Need::Optional)) {
        Step step(*this, key::Store);
        readStoreInfo(*info, store.info);
    }
    readArray(doc, key::FilterLists, store.filterLists, &ObjectReader::readFilterList);
    readArray(doc, key::FilterActions, store.filterActions, &ObjectReader::readFilterAction);
    readArray(doc, key::Policies, store.policies, &ObjectReader::readPolicy);
    if (const Value intents = doc.member(key::Intents); intents.exists()) {
        Findings found;
        store.intents = intentsFromJson(toNlohmann(intents), found);
        reportAll(found);
    }
}

void ObjectReader::reportAll(const Findings &found)
{
    for (Finding f : found) {
        if (f.severity == Severity::Error && ++m_errorCount > kMaxListedErrors) {
            ++m_unlistedErrors;
            continue;
        }
        f.location.file = m_fileName;
        m_findings << f;
    }
}

// ---- objects ----

void ObjectReader::readStoreInfo(Value o, StoreInfo &info)
{
    checkKeys(o, key::kStoreKeys);
    readText(o, key::Name, info.name);
    readText(o, key::Description, info.description);
    readToken(o, key::Location, info.location);
    readText(o, key::Domain, info.domain);
    readText(o, key::OrganizationalUnit, info.organizationalUnit);
    readText(o, key::GpoName, info.gpoName);
    readToken(o, key::Target, info.target);
}

void ObjectReader::readFilterList(Value o, FilterList &list)
{
    checkKeys(o, key::kFilterListKeys);
    readId(o, key::Id, list.id, Need::Required, std::exchange(m_claimedId, std::nullopt));
    readText(o, key::Name, list.name, Need::Required);
    readText(o, key::Description, list.description);
    readArray(o, key::Filters, list.filters, &ObjectReader::readFilter);
}

void ObjectReader::claimIdEarly(Value list)
{
    if (m_claimedId)
        return;
    const Value id = list.member(key::Id);
    if (!id.exists() || !id.isString())
        return;
    const QUuid parsed = parseGuid(id.text());
    if (!parsed.isNull())
        m_claimedId = ClaimedId{parsed, checkUnique(parsed)};
}

void ObjectReader::readFilter(Value o, Filter &filter)
{
    checkKeys(o, key::kFilterKeys);
    readId(o, key::Id, filter.id, Need::Required);
    readText(o, key::Description, filter.description);
    readBool(o, key::Mirrored, filter.mirrored);
    readAddress(o, key::Source, filter.source);
    readAddress(o, key::Destination, filter.destination);
    readProtocol(o, key::Protocol, filter.protocol);
    readPorts(o, key::SourcePort, filter.sourcePort);
    readPorts(o, key::DestinationPort, filter.destinationPort);
}

void ObjectReader::readFilterAction(Value o, FilterAction &action)
{
    checkKeys(o, key::kFilterActionKeys);
    readId(o, key::Id, action.id, Need::Required);
    readText(o, key::Name, action.name, Need::Required);
    readText(o, key::Description, action.description);
    readToken(o, key::Action, action.action);
    readArray(o, key::SecurityMethods, action.securityMethods, &ObjectReader::readSecurityMethod);
    readBool(o, key::AcceptUnsecured, action.acceptUnsecured);
    readBool(o, key::AllowFallback, action.allowFallback);
    readBool(o, key::SessionKeyPfs, action.sessionKeyPfs);
}

void ObjectReader::readSecurityMethod(Value o, SecurityMethod &m)
{
    checkKeys(o, key::kSecurityMethodKeys);
    readToken(o, key::Protocol, m.protocol);
    readToken(o, key::AhIntegrity, m.ahIntegrity);
    readToken(o, key::EspEncryption, m.espEncryption);
    readToken(o, key::EspIntegrity, m.espIntegrity);
    readNumber(o, key::LifetimeKilobytes, m.lifetimeKilobytes);
    readNumber(o, key::LifetimeSeconds, m.lifetimeSeconds);
}

void ObjectReader::readPolicy(Value o, Policy &policy)
{
    checkKeys(o, key::kPolicyKeys);
    readId(o, key::Id, policy.id, Need::Required);
    readText(o, key::Name, policy.name, Need::Required);
    readText(o, key::Description, policy.description);
    readBool(o, key::Assigned, policy.assigned);
    readNumber(o, key::PollingIntervalMinutes, policy.pollingIntervalMinutes);
    if (const std::optional<Value> ike = objectMember(o, key::Ike, Need::Optional)) {
        Step step(*this, key::Ike);
        readIke(*ike, policy.ike);
    }
    if (const std::optional<Value> response = objectMember(o, key::DefaultResponse, Need::Optional)) {
        Step step(*this, key::DefaultResponse);
        readDefaultResponse(*response, policy.defaultResponse);
    }
    readArray(o, key::Rules, policy.rules, &ObjectReader::readRule);
}

void ObjectReader::readIke(Value o, IkeSettings &ike)
{
    checkKeys(o, key::kIkeKeys);
    readId(o, key::Id, ike.id, Need::Optional);
    readBool(o, key::MasterKeyPfs, ike.masterKeyPfs);
    readNumber(o, key::QuickModesPerMainMode, ike.quickModesPerMainMode);
    readNumber(o, key::LifetimeMinutes, ike.lifetimeMinutes);
    readArray(o, key::Methods, ike.methods, &ObjectReader::readIkeMethod);
}

void ObjectReader::readIkeMethod(Value o, IkeMethod &m)
{
    checkKeys(o, key::kIkeMethodKeys);
    readToken(o, key::Encryption, m.encryption);
    readToken(o, key::Integrity, m.integrity);
    readToken(o, key::DhGroup, m.dhGroup);
}

void ObjectReader::readDefaultResponse(Value o, DefaultResponseRule &d)
{
    checkKeys(o, key::kDefaultResponseKeys);
    readId(o, key::Id, d.id, Need::Optional);
    readId(o, key::NegotiationPolicyId, d.negotiationPolicyId, Need::Optional);
    readBool(o, key::Active, d.active);
    readArray(o, key::AuthMethods, d.authMethods, &ObjectReader::readAuthMethod);
    readArray(o, key::SecurityMethods, d.securityMethods, &ObjectReader::readSecurityMethod);
    readBool(o, key::SessionKeyPfs, d.sessionKeyPfs);
}

void ObjectReader::readRule(Value o, Rule &rule)
{
    checkKeys(o, key::kRuleKeys);
    readId(o, key::Id, rule.id, Need::Required);
    readText(o, key::Name, rule.name, Need::Required);
    readText(o, key::Description, rule.description);
    // References: whether they resolve is the validator's question (IPS-0xx), not the format's.
    readGuid(o, key::FilterList, rule.filterList, Need::Required);
    readGuid(o, key::FilterAction, rule.filterAction, Need::Required);
    readArray(o, key::AuthMethods, rule.authMethods, &ObjectReader::readAuthMethod);
    readTunnel(o, key::Tunnel, rule.tunnel);
    readToken(o, key::ConnectionType, rule.connectionType);
    readBool(o, key::Active, rule.active);
    readText(o, key::InterfaceName, rule.interfaceName);
}

// Only the keys of the method's kind belong to it; others are reported and ignored.
void ObjectReader::readAuthMethod(Value o, AuthMethod &m)
{
    if (!readToken(o, key::Kind, m.kind, Need::Required)) {
        checkKeys(o, key::kAuthMethodKeys);
        return;
    }
    switch (m.kind) {
    case AuthKind::Kerberos:
        checkKeys(o, std::array{key::Kind}, m.kind);
        break;
    case AuthKind::Certificate:
        checkKeys(o,
                  std::array{key::Kind, key::CertificateAuthority, key::CertificateToAccountMapping,
                             key::ExcludeCaName},
                  m.kind);
        readText(o, key::CertificateAuthority, m.value, Need::Required);
        readBool(o, key::CertificateToAccountMapping, m.certificateToAccountMapping);
        readBool(o, key::ExcludeCaName, m.excludeCaName);
        break;
    case AuthKind::PresharedKey:
        checkKeys(o, std::array{key::Kind, key::PresharedKey}, m.kind);
        // The key is a secret: no message below ever quotes a text value.
        readText(o, key::PresharedKey, m.value, Need::Required);
        break;
    }
}

// ---- members ----

// The member when present and of the type; reports a missing required member or a wrong type.
std::optional<Value> ObjectReader::typedMember(Value object, std::string_view name, Need need,
                                               bool (Value::*isType)() const, const QString &expected)
{
    const Value value = object.member(name);
    if (!value.exists()) {
        if (need == Need::Required)
            error(code::MissingKey, QStringLiteral("The required key \"%1\" is missing.").arg(fromUtf8(name)),
                  QStringLiteral("Add \"%1\" (see docs/file-format.md).").arg(fromUtf8(name)));
        return std::nullopt;
    }
    if (!(value.*isType)()) {
        wrongType(value, expected, name);
        return std::nullopt;
    }
    return value;
}

void ObjectReader::wrongType(Value value, const QString &expected, std::string_view name)
{
    const QString what = name.empty() ? QStringLiteral("This value") : u'"' + fromUtf8(name) + u'"';
    error(code::WrongType, QStringLiteral("%1 must be %2, not %3.").arg(what, expected, typeName(value)),
          QStringLiteral("Write %1 here (see docs/file-format.md).").arg(expected), name);
}

std::optional<Value> ObjectReader::objectMember(Value object, std::string_view name, Need need)
{
    return typedMember(object, name, need, &Value::isObject, QStringLiteral("an object"));
}

std::optional<Value> ObjectReader::stringMember(Value object, std::string_view name, Need need)
{
    return typedMember(object, name, need, &Value::isString, QStringLiteral("a string"));
}

bool ObjectReader::readText(Value o, std::string_view name, QString &out, Need need)
{
    const std::optional<Value> value = stringMember(o, name, need);
    if (!value)
        return false;
    out = fromUtf8(value->text());
    return true;
}

bool ObjectReader::readBool(Value o, std::string_view name, bool &out)
{
    const std::optional<Value> value =
        typedMember(o, name, Need::Optional, &Value::isBoolean, QStringLiteral("true or false"));
    if (!value)
        return false;
    out = value->boolean();
    return true;
}

bool ObjectReader::readNumber(Value o, std::string_view name, std::uint32_t &out)
{
    const std::optional<Value> value =
        typedMember(o, name, Need::Optional, &Value::isInteger, QStringLiteral("an integer"));
    if (!value)
        return false;
    constexpr auto max = std::numeric_limits<std::uint32_t>::max();
    if (!value->isUnsigned() || value->unsignedValue() > max) {
        error(code::OutOfRange,
              QStringLiteral("\"%1\" is out of range: it must be a whole number from 0 to %2.")
                  .arg(fromUtf8(name))
                  .arg(max),
              QStringLiteral("Use a number from 0 to %1.").arg(max), name);
        return false;
    }
    out = static_cast<std::uint32_t>(value->unsignedValue());
    return true;
}

template <typename E> bool ObjectReader::readToken(Value o, std::string_view name, E &out, Need need)
{
    const std::optional<Value> value = stringMember(o, name, need);
    if (!value)
        return false;
    const QString text = fromUtf8(value->text());
    const std::optional<E> parsed = fromToken<E>(text);
    if (!parsed) {
        error(code::UnknownToken,
              QStringLiteral("%1 is not a valid \"%2\".").arg(quoted(text), fromUtf8(name)),
              QStringLiteral("Use one of: %1.").arg(tokenList<E>()), name);
        return false;
    }
    out = *parsed;
    return true;
}

// An identity: a GUID no other object of the document has. The nil GUID means "none yet" and may repeat.
bool ObjectReader::readId(Value o, std::string_view name, QUuid &out, Need need,
                          const std::optional<ClaimedId> &claimed)
{
    if (!readGuid(o, name, out, need))
        return false;
    if (out.isNull())
        return true;
    const bool unique = claimed && claimed->id == out ? claimed->unique : checkUnique(out);
    if (!unique) {
        error(code::DuplicateGuid,
              QStringLiteral("The id %1 is already used by another object of this document.")
                  .arg(out.toString(QUuid::WithoutBraces)),
              QStringLiteral("Give every object its own GUID."), name);
        return false;
    }
    return true;
}

bool ObjectReader::checkUnique(const QUuid &id)
{
    const qsizetype before = m_ids.size();
    m_ids.insert(id);
    return m_ids.size() != before;
}

bool ObjectReader::readGuid(Value o, std::string_view name, QUuid &out, Need need)
{
    const std::optional<Value> value = stringMember(o, name, need);
    if (!value)
        return false;
    const std::string_view text = value->text();
    const QUuid id = parseGuid(text);
    if (id.isNull() && !isNilGuidText(text)) {
        error(code::BadGuid,
              QStringLiteral("\"%1\" is not a GUID: %2.").arg(fromUtf8(name), quoted(fromUtf8(text))),
              QStringLiteral("Write GUIDs as 8-4-4-4-12 hex digits, e.g. "
                             "\"6f9619ff-8b86-d011-b42d-00c04fc964ff\"."),
              name);
        return false;
    }
    out = id;
    return true;
}

bool ObjectReader::readAddress(Value o, std::string_view name, FilterAddress &out)
{
    const std::optional<Value> value = stringMember(o, name, Need::Optional);
    if (!value)
        return false;
    const ShortText text(value->text());
    QString why;
    std::optional<FilterAddress> parsed = parseAddress(text.view(), &why);
    if (!parsed) {
        error(code::BadAddress,
              QStringLiteral("\"%1\" is not a valid address (%2).")
                  .arg(fromUtf8(name),
                       text.view().size() <= kMaxQuotedLength ? why : quoted(text.view().toString())),
              QStringLiteral(
                  "Write any, me, a keyword (dns-servers, wins-servers, dhcp-server, default-gateway), "
                  "an address, address/prefix, address/mask, first-last or name:host."),
              name);
        return false;
    }
    out = std::move(*parsed);
    return true;
}

bool ObjectReader::readPorts(Value o, std::string_view name, PortRange &out)
{
    const std::optional<Value> value = stringMember(o, name, Need::Optional);
    if (!value)
        return false;
    const ShortText text(value->text());
    QString why;
    const std::optional<PortRange> parsed = parsePorts(text.view(), &why);
    if (!parsed) {
        error(code::BadPorts,
              QStringLiteral("\"%1\" is not a valid port (%2).")
                  .arg(fromUtf8(name),
                       text.view().size() <= kMaxQuotedLength ? why : quoted(text.view().toString())),
              QStringLiteral("Write \"any\", a port such as \"8080\" or a range such as \"1000-2000\"."),
              name);
        return false;
    }
    out = *parsed;
    return true;
}

// A protocol name (any, icmp, tcp, udp, raw) or a number 0..255, as a string or an integer.
bool ObjectReader::readProtocol(Value o, std::string_view name, std::uint8_t &out)
{
    const Value value = o.member(name);
    if (!value.exists())
        return false;
    std::optional<std::uint8_t> parsed;
    QString text;
    if (value.isString()) {
        text = fromUtf8(value.text());
        parsed = parseProtocol(text);
    } else if (value.isInteger()) {
        if (value.isUnsigned() && value.unsignedValue() <= 255)
            parsed = static_cast<std::uint8_t>(value.unsignedValue());
    } else {
        wrongType(value, QStringLiteral("a protocol name or number"), name);
        return false;
    }
    if (!parsed) {
        // The shown value is built only for the message (every filter has a protocol).
        const QString shown = value.isString() ? quoted(text) : QString::fromStdString(value.numberText());
        error(code::BadProtocol, QStringLiteral("%1 is not a protocol.").arg(shown),
              QStringLiteral("Write any, icmp, tcp, udp, raw or a protocol number from 0 to 255."), name);
        return false;
    }
    out = *parsed;
    return true;
}

// "none", an IPv4 or IPv6 address, or "name:<dns name>".
bool ObjectReader::readTunnel(Value o, std::string_view name, TunnelEndpoint &out)
{
    const std::optional<Value> value = stringMember(o, name, Need::Optional);
    if (!value)
        return false;
    const QString text = fromUtf8(value->text()).trimmed();
    static const QString namePrefix = QStringLiteral("name:");
    if (text.compare(u"none", Qt::CaseInsensitive) == 0) {
        out = {};
        return true;
    }
    if (text.startsWith(namePrefix, Qt::CaseInsensitive) &&
        !text.mid(namePrefix.size()).trimmed().isEmpty()) {
        out = {TunnelKind::DnsName, {}, text.mid(namePrefix.size()).trimmed()};
        return true;
    }
    if (const std::optional<IpAddress> address = IpAddress::parse(text)) {
        out = {TunnelKind::Address, *address, {}};
        return true;
    }
    error(code::BadTunnel, QStringLiteral("%1 is not a tunnel endpoint.").arg(quoted(text)),
          QStringLiteral("Write \"none\", an IPv4 or IPv6 address, or name:host."), name);
    return false;
}

// Reads an array member element by element into a std::vector or QList (reserved up front). An array that
// was streamed has been read already.
template <typename Container, typename Element>
void ObjectReader::readArray(Value o, std::string_view name, Container &out,
                             void (ObjectReader::*readElement)(Value, Element &))
{
    const Value streamed = o.member(name);
    if (streamed.exists() && streamed.isStreamed())
        return;
    const std::optional<Value> value =
        typedMember(o, name, Need::Optional, &Value::isArray, QStringLiteral("an array"));
    if (!value)
        return;
    Step step(*this, name);
    out.reserve(static_cast<decltype(out.size())>(value->size()));
    std::size_t index = 0;
    for (const Value element : *value) {
        Step at(*this, index++);
        if (!element.isObject()) {
            notAnObject(element);
            continue;
        }
        Element item;
        (this->*readElement)(element, item);
        out.push_back(std::move(item));
    }
}

template <std::size_t N>
void ObjectReader::checkKeys(Value o, const std::array<std::string_view, N> &known,
                             std::optional<AuthKind> authKind)
{
    for (const Value member : o) {
        const std::string_view k = member.key();
        if (std::find(known.begin(), known.end(), k) != known.end())
            continue;
        const QString keyText = quoted(fromUtf8(k));
        report(code::UnknownKey, Severity::Warning,
               authKind ? QStringLiteral("The key %1 does not apply to a %2 method and is ignored.")
                              .arg(keyText, token(*authKind))
                        : QStringLiteral("The key %1 is not part of the format and is ignored.").arg(keyText),
               QStringLiteral("Remove it, or check its spelling against docs/file-format.md."), k);
    }
}

QString textOf(std::string_view utf8)
{
    const QByteArrayView bytes(utf8.data(), static_cast<qsizetype>(utf8.size()));
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder keepingTheMark(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return keepingTheMark.decode(bytes);
}

} // namespace ipsec::json::detail
