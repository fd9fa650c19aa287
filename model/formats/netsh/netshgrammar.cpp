#include "netshgrammar.h"

#include "core/enumnames.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <utility>

namespace ipsec::netsh {

namespace defaults {
QList<IkeMethod> ikeMethods()
{
    return {{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2},
            {Encryption::TripleDes, Integrity::Md5, DhGroup::Group2},
            {Encryption::Des, Integrity::Sha1, DhGroup::Group1},
            {Encryption::Des, Integrity::Md5, DhGroup::Group1}};
}
QList<SecurityMethod> securityMethods()
{
    return {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
            SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5),
            SecurityMethod::esp(Encryption::Des, Integrity::Sha1),
            SecurityMethod::esp(Encryption::Des, Integrity::Md5),
            SecurityMethod::ah(Integrity::Sha1),
            SecurityMethod::ah(Integrity::Md5)};
}
QList<AuthMethod> authMethods()
{
    return {AuthMethod::kerberos()};
}
} // namespace defaults

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

template <typename E, std::size_t N>
std::optional<E> matchWord(const std::array<std::pair<E, const char *>, N> &table, QStringView word)
{
    std::optional<E> prefixMatch;
    int prefixCount = 0;
    for (const auto &[value, name] : table) {
        const QLatin1StringView full(name);
        if (full.compare(word, Qt::CaseInsensitive) == 0)
            return value;
        if (!word.isEmpty() && full.startsWith(word, Qt::CaseInsensitive)) {
            prefixMatch = value;
            ++prefixCount;
        }
    }
    return prefixCount == 1 ? prefixMatch : std::nullopt;
}

const std::array<std::pair<Verb, const char *>, 6> kVerbs{{
    {Verb::Add, "add"},
    {Verb::Set, "set"},
    {Verb::Delete, "delete"},
    {Verb::Show, "show"},
    {Verb::ExportPolicy, "exportpolicy"},
    {Verb::ImportPolicy, "importpolicy"},
}};

const std::array<std::pair<Noun, const char *>, 10> kNouns{{
    {Noun::Policy, "policy"},
    {Noun::FilterList, "filterlist"},
    {Noun::Filter, "filter"},
    {Noun::FilterAction, "filteraction"},
    {Noun::Rule, "rule"},
    {Noun::DefaultRule, "defaultrule"},
    {Noun::Store, "store"},
    {Noun::Batch, "batch"},
    {Noun::All, "all"},
    {Noun::GpoAssignedPolicy, "gpoassignedpolicy"},
}};

} // namespace

const QList<CommandSyntax> &commands()
{
    static const QList<CommandSyntax> all = {
        {Verb::Add, Noun::Policy,
         words("name description mmpfs qmpermm mmlifetime activatedefaultrule pollinginterval assign "
               "mmsecmethods")},
        {Verb::Set, Noun::Policy,
         words("name guid newname description mmpfs qmpermm mmlifetime activatedefaultrule pollinginterval "
               "assign "
               "gponame mmsecmethods")},
        {Verb::Delete, Noun::Policy, words("name")},
        {Verb::Add, Noun::FilterList, words("name description")},
        {Verb::Set, Noun::FilterList, words("name guid newname description")},
        {Verb::Delete, Noun::FilterList, words("name")},
        {Verb::Add, Noun::Filter,
         words("filterlist srcaddr dstaddr description protocol mirrored srcmask dstmask srcport dstport")},
        {Verb::Delete, Noun::Filter,
         words("filterlist srcaddr dstaddr protocol srcmask dstmask srcport dstport mirrored")},
        {Verb::Add, Noun::FilterAction, words("name description qmpfs inpass soft action qmsecmethods")},
        {Verb::Set, Noun::FilterAction,
         words("name guid newname description qmpfs inpass soft action qmsecmethods")},
        {Verb::Delete, Noun::FilterAction, words("name")},
        {Verb::Add, Noun::Rule,
         words(
             "name policy filterlist filteraction tunnel conntype activate description kerberos psk rootca")},
        {Verb::Set, Noun::Rule,
         words("name id policy newname description filterlist filteraction tunnel conntype activate kerberos "
               "psk "
               "rootca")},
        {Verb::Delete, Noun::Rule, words("name id policy")},
        {Verb::Set, Noun::DefaultRule, words("policy qmpfs activate qmsecmethods kerberos psk rootca")},
        {Verb::Set, Noun::Store, words("location domain")},
        {Verb::Show, Noun::Store, {}},
        {Verb::Set, Noun::Batch, words("mode")},
        {Verb::Delete, Noun::All, {}},
        {Verb::Show, Noun::All, words("format wide")},
        {Verb::Show, Noun::Policy, words("name level format wide")},
        {Verb::Show, Noun::FilterList, words("name rule level format resolvedns wide")},
        {Verb::Show, Noun::FilterAction, words("name rule level format wide")},
        {Verb::Show, Noun::Rule, words("name id policy type level format wide")},
        {Verb::Show, Noun::GpoAssignedPolicy, words("name")},
        {Verb::ExportPolicy, Noun::None, words("file")},
        {Verb::ImportPolicy, Noun::None, words("file")},
    };
    return all;
}

const CommandSyntax *findCommand(Verb verb, Noun noun)
{
    for (const CommandSyntax &c : commands())
        if (c.verb == verb && c.noun == noun)
            return &c;
    return nullptr;
}

QString verbName(Verb verb)
{
    for (const auto &[v, name] : kVerbs)
        if (v == verb)
            return QString::fromLatin1(name);
    return {};
}

QString nounName(Noun noun)
{
    for (const auto &[n, name] : kNouns)
        if (n == noun)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Verb> parseVerb(QStringView word)
{
    return matchWord(kVerbs, word);
}

std::optional<Noun> parseNoun(Verb verb, QStringView word)
{
    // Only the objects this verb takes compete for a prefix; each verb's table is built once.
    using Candidates = std::array<std::pair<Noun, const char *>, 10>;
    static const std::array<Candidates, kVerbs.size()> byVerb = [] {
        std::array<Candidates, kVerbs.size()> tables{};
        for (std::size_t v = 0; v < kVerbs.size(); ++v) {
            Candidates &candidates = tables[v];
            std::size_t n = 0;
            for (const auto &entry : kNouns)
                if (findCommand(kVerbs[v].first, entry.first))
                    candidates[n++] = entry;
            for (std::size_t i = n; i < candidates.size(); ++i)
                candidates[i] = {Noun::None, ""};
        }
        return tables;
    }();
    const auto verbIndex =
        std::find_if(kVerbs.begin(), kVerbs.end(), [verb](const auto &v) { return v.first == verb; }) -
        kVerbs.begin();
    if (verbIndex >= qsizetype(kVerbs.size()))
        return std::nullopt;
    const auto found = matchWord(byVerb[std::size_t(verbIndex)], word);
    if (found == Noun::None)
        return std::nullopt;
    return found;
}

TagLookup lookupTag(const CommandSyntax &command, QStringView written)
{
    // Scripts nearly always spell tags out in lower case: that is one plain comparison per tag.
    for (const QString &tag : command.tags)
        if (tag == written)
            return {TagMatch::Exact, tag, {}};
    TagLookup result;
    for (const QString &tag : command.tags) {
        if (tag.compare(written, Qt::CaseInsensitive) == 0)
            return {TagMatch::Exact, tag, {}};
        if (!written.isEmpty() && tag.startsWith(written, Qt::CaseInsensitive))
            result.candidates << tag;
    }
    if (result.candidates.size() == 1)
        return {TagMatch::Prefix, result.candidates.first(), {}};
    result.match = result.candidates.isEmpty() ? TagMatch::Unknown : TagMatch::Ambiguous;
    return result;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

std::optional<bool> parseYesNo(const QString &text, bool *exact)
{
    const QString t = text.trimmed();
    if (exact)
        *exact = true;
    if (t.compare(u"yes", Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(u"no", Qt::CaseInsensitive) == 0)
        return false;
    if (exact)
        *exact = false;
    if (!t.isEmpty() && QStringLiteral("yes").startsWith(t, Qt::CaseInsensitive))
        return true;
    if (!t.isEmpty() && QStringLiteral("no").startsWith(t, Qt::CaseInsensitive))
        return false;
    return std::nullopt;
}

QString actionName(ActionKind action)
{
    switch (action) {
    case ActionKind::Permit:
        return QStringLiteral("permit");
    case ActionKind::Block:
        return QStringLiteral("block");
    case ActionKind::Negotiate:
        return QStringLiteral("negotiate");
    }
    return {};
}

std::optional<ActionKind> parseAction(const QString &text)
{
    for (ActionKind a : {ActionKind::Permit, ActionKind::Block, ActionKind::Negotiate})
        if (actionName(a).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

QString connectionTypeName(ConnectionType type)
{
    switch (type) {
    case ConnectionType::All:
        return QStringLiteral("all");
    case ConnectionType::Lan:
        return QStringLiteral("lan");
    case ConnectionType::RemoteAccess:
        return QStringLiteral("dialup");
    }
    return {};
}

std::optional<ConnectionType> parseConnectionType(const QString &text)
{
    for (ConnectionType c : {ConnectionType::All, ConnectionType::Lan, ConnectionType::RemoteAccess})
        if (connectionTypeName(c).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

QString serverKeyword(AddressKind kind)
{
    switch (kind) {
    case AddressKind::DnsServers:
        return QStringLiteral("DNS");
    case AddressKind::WinsServers:
        return QStringLiteral("WINS");
    case AddressKind::DhcpServer:
        return QStringLiteral("DHCP");
    case AddressKind::DefaultGateway:
        return QStringLiteral("GATEWAY");
    default:
        return {};
    }
}

std::optional<AddressKind> parseServerKeyword(const QString &text)
{
    for (AddressKind k : {AddressKind::DnsServers, AddressKind::WinsServers, AddressKind::DhcpServer,
                          AddressKind::DefaultGateway})
        if (serverKeyword(k).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

bool isAddressKeyword(const QString &text)
{
    const QString t = text.trimmed();
    return t.compare(u"me", Qt::CaseInsensitive) == 0 || t.compare(u"any", Qt::CaseInsensitive) == 0 ||
           parseServerKeyword(t).has_value();
}

QString maskPresharedKeys(const QString &commandText)
{
    static const QRegularExpression psk(QStringLiteral(R"((\bpsk?\s*=\s*)("[^"]*"?|\S+))"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString shown = commandText;
    shown.replace(psk, QStringLiteral("\\1****"));
    return shown;
}

// ---- security methods ----

namespace {

std::optional<QString> legacyEncryption(Encryption e)
{
    switch (e) {
    case Encryption::None:
        return QStringLiteral("None");
    case Encryption::Des:
        return QStringLiteral("DES");
    case Encryption::TripleDes:
        return QStringLiteral("3DES");
    default:
        return std::nullopt;
    }
}

std::optional<QString> legacyIntegrity(Integrity i)
{
    switch (i) {
    case Integrity::None:
        return QStringLiteral("None");
    case Integrity::Md5:
        return QStringLiteral("MD5");
    case Integrity::Sha1:
        return QStringLiteral("SHA1");
    default:
        return std::nullopt;
    }
}

std::optional<Encryption> parseLegacyEncryption(const QString &t)
{
    for (Encryption e : {Encryption::None, Encryption::Des, Encryption::TripleDes})
        if (legacyEncryption(e)->compare(t.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

std::optional<Integrity> parseLegacyIntegrity(const QString &t)
{
    for (Integrity i : {Integrity::None, Integrity::Md5, Integrity::Sha1})
        if (legacyIntegrity(i)->compare(t.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return std::nullopt;
}

QString notLegacy(const QString &what, const QString &name)
{
    return QStringLiteral("%1 %2 does not exist in netsh ipsec static (DES, 3DES, MD5, SHA1 only); export it "
                          "for Windows Firewall instead")
        .arg(what, name);
}

} // namespace

std::optional<QString> formatSecurityMethod(const SecurityMethod &m, QString *whyNot)
{
    const auto fail = [whyNot](const QString &why) -> std::optional<QString> {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    };
    QString text;
    if (m.usesAh()) {
        const auto hash = legacyIntegrity(m.ahIntegrity);
        if (!hash)
            return fail(notLegacy(QStringLiteral("AH integrity"), displayName(m.ahIntegrity)));
        if (m.ahIntegrity == Integrity::None)
            return fail(QStringLiteral("AH needs an integrity algorithm (MD5 or SHA1)"));
        text = QStringLiteral("AH[%1]").arg(*hash);
    }
    if (m.usesEsp()) {
        const auto conf = legacyEncryption(m.espEncryption);
        if (!conf)
            return fail(notLegacy(QStringLiteral("ESP encryption"), displayName(m.espEncryption)));
        const auto auth = legacyIntegrity(m.espIntegrity);
        if (!auth)
            return fail(notLegacy(QStringLiteral("ESP integrity"), displayName(m.espIntegrity)));
        // Q15: ESP[None,None] protects nothing and is refused.
        if (m.espEncryption == Encryption::None && m.espIntegrity == Integrity::None)
            return fail(QStringLiteral("ESP[None,None] protects nothing (Q15)"));
        if (!text.isEmpty())
            text += u'+';
        text += QStringLiteral("ESP[%1,%2]").arg(*conf, *auth);
    }
    if (m.lifetimeKilobytes && m.lifetimeSeconds)
        text += QStringLiteral(":%1k/%2s").arg(m.lifetimeKilobytes).arg(m.lifetimeSeconds);
    else if (m.lifetimeKilobytes)
        text += QStringLiteral(":%1k").arg(m.lifetimeKilobytes);
    else if (m.lifetimeSeconds)
        text += QStringLiteral(":%1s").arg(m.lifetimeSeconds);
    return text;
}

std::optional<SecurityMethod> parseSecurityMethod(const QString &text, QString *error)
{
    static const QRegularExpression offer(
        QStringLiteral(R"(^(?:AH\[(\w+)\])?(\+)?(?:ESP\[(\w+),(\w+)\])?(?::(?:(\d+)k)?/?(?:(\d+)s)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto fail = [&](const QString &why) -> std::optional<SecurityMethod> {
        if (error)
            *error = QStringLiteral("\"%1\" is not a quick-mode offer: %2").arg(text, why);
        return std::nullopt;
    };
    const QRegularExpressionMatch m = offer.match(text.trimmed());
    if (!m.hasMatch())
        return fail(QStringLiteral("expected ESP[conf,auth], AH[hash] or AH[hash]+ESP[conf,auth], then "
                                   "optionally :<kbytes>k/<seconds>s"));
    const bool hasAh = m.hasCaptured(1);
    const bool hasEsp = m.hasCaptured(3);
    if (!hasAh && !hasEsp)
        return fail(QStringLiteral("no AH or ESP part"));
    if (m.hasCaptured(2) != (hasAh && hasEsp))
        return fail(QStringLiteral("AH and ESP are joined with a single +"));
    const QString lifetime = text.section(u':', 1);
    if (text.contains(u':') && !m.hasCaptured(5) && !m.hasCaptured(6))
        return fail(QStringLiteral("the lifetime after ':' is empty"));
    if (lifetime.contains(u'/') && !(m.hasCaptured(5) && m.hasCaptured(6)))
        return fail(QStringLiteral("a lifetime with '/' is <kbytes>k/<seconds>s"));
    SecurityMethod method;
    method.protocol = hasAh && hasEsp ? IpsecProtocol::AhAndEsp
                      : hasAh         ? IpsecProtocol::Ah
                                      : IpsecProtocol::Esp;
    if (hasAh) {
        const auto hash = parseLegacyIntegrity(m.captured(1));
        if (!hash || *hash == Integrity::None)
            return fail(QStringLiteral("the AH hash is MD5 or SHA1"));
        method.ahIntegrity = *hash;
    }
    if (hasEsp) {
        const auto conf = parseLegacyEncryption(m.captured(3));
        const auto auth = parseLegacyIntegrity(m.captured(4));
        if (!conf)
            return fail(QStringLiteral("the ESP encryption is DES, 3DES or None"));
        if (!auth)
            return fail(QStringLiteral("the ESP integrity is MD5, SHA1 or None"));
        if (*conf == Encryption::None && *auth == Integrity::None)
            return fail(QStringLiteral("ESP[None,None] protects nothing (Q15)"));
        method.espEncryption = *conf;
        method.espIntegrity = *auth;
    }
    bool ok = true;
    if (m.hasCaptured(5)) {
        method.lifetimeKilobytes = m.captured(5).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("the kilobyte lifetime is too large"));
    }
    if (m.hasCaptured(6)) {
        method.lifetimeSeconds = m.captured(6).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("the lifetime in seconds is too large"));
    }
    return method;
}

std::optional<QString> formatIkeMethod(const IkeMethod &method, QString *whyNot)
{
    const auto fail = [whyNot](const QString &why) -> std::optional<QString> {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    };
    const auto conf = legacyEncryption(method.encryption);
    if (!conf || method.encryption == Encryption::None)
        return fail(notLegacy(QStringLiteral("IKE encryption"), displayName(method.encryption)));
    const auto hash = legacyIntegrity(method.integrity);
    if (!hash || method.integrity == Integrity::None)
        return fail(notLegacy(QStringLiteral("IKE integrity"), displayName(method.integrity)));
    int group = 0;
    switch (method.dhGroup) {
    case DhGroup::Group1:
        group = 1;
        break;
    case DhGroup::Group2:
        group = 2;
        break;
    case DhGroup::Group14: // "DH2048", netsh GroupNum 3 (docs/formats/netsh.md, Commands and tags)
        group = 3;
        break;
    default:
        return fail(QStringLiteral("%1 does not exist in netsh ipsec static (DH groups 1, 2 and 2048 only)")
                        .arg(displayName(method.dhGroup)));
    }
    return QStringLiteral("%1-%2-%3").arg(*conf, *hash).arg(group);
}

std::optional<IkeMethod> parseIkeMethod(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<IkeMethod> {
        if (error)
            *error = QStringLiteral("\"%1\" is not a main-mode method: %2").arg(text, why);
        return std::nullopt;
    };
    const QStringList parts = text.trimmed().split(u'-');
    if (parts.size() != 3)
        return fail(QStringLiteral("expected ConfAlg-HashAlg-GroupNum such as 3DES-SHA1-2"));
    const auto conf = parseLegacyEncryption(parts[0]);
    if (!conf || *conf == Encryption::None)
        return fail(QStringLiteral("the encryption is DES or 3DES"));
    const auto hash = parseLegacyIntegrity(parts[1]);
    if (!hash || *hash == Integrity::None)
        return fail(QStringLiteral("the hash is MD5 or SHA1"));
    static const std::array<DhGroup, 3> groups{DhGroup::Group1, DhGroup::Group2, DhGroup::Group14};
    bool ok = false;
    const int group = parts[2].toInt(&ok);
    if (!ok || group < 1 || group > 3)
        return fail(QStringLiteral("the group is 1, 2 or 3 (DH2048)"));
    return IkeMethod{*conf, *hash, groups[static_cast<std::size_t>(group - 1)]};
}

} // namespace ipsec::netsh
