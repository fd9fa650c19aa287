// The netsh importer's argument values (yes/no, numbers, methods, addresses, ports) and its lookups of
// objects by name, each reporting what it cannot use (netshinterpreter.h).
#include "core/enumnames.h"
#include "core/lostreferences.h"
#include "netshfindings.h"
#include "netshinterpreter.h"

#include <QRegularExpression>
#include <QSet>

namespace ipsec::netsh {

// ---- values ----

namespace {

// A whole number as QStringView::toULongLong reads it. Plain decimal digits, what every generated script
// has, are read here: Qt's conversion goes through its locale code, and a script of 100,000 filters has
// 300,000 ports and masks. Anything else (signs, blanks, letters) is left to Qt.
qulonglong decimalValue(QStringView text, bool *ok)
{
    constexpr qsizetype kDigitsThatFit = 18; // 10^18 < 2^64
    if (text.isEmpty() || text.size() > kDigitsThatFit)
        return text.toULongLong(ok);
    qulonglong value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return text.toULongLong(ok);
        value = value * 10 + (c.unicode() - u'0');
    }
    *ok = true;
    return value;
}

} // namespace

bool Interpreter::require(const Args &args, const QString &tag)
{
    if (args.has(tag) && !args.value(tag).trimmed().isEmpty())
        return true;
    fail(code::MissingTag, 0, QStringLiteral("%1= is required").arg(tag));
    return false;
}

std::optional<bool> Interpreter::yesNoArg(const Args &args, const QString &tag)
{
    const Arg *a = args.find(tag);
    if (!a)
        return std::nullopt;
    bool exact = true;
    const auto v = parseYesNo(a->value, &exact);
    if (!v) {
        fail(code::InvalidValue, a->offset, QStringLiteral("%1=%2: expected yes or no").arg(tag, a->value));
        return std::nullopt;
    }
    if (!exact)
        report(code::AbbreviatedKeyword, Severity::Warning, a->offset,
               QStringLiteral("%1=%2 was read as %3").arg(tag, a->value, yesNo(*v)),
               QStringLiteral("write yes or no in full"));
    return v;
}

std::optional<std::uint32_t> Interpreter::numberArg(const Args &args, const QString &tag, std::uint32_t max)
{
    const Arg *a = args.find(tag);
    if (!a)
        return std::nullopt;
    bool ok = false;
    const qulonglong n = decimalValue(QStringView(a->value).trimmed(), &ok);
    if (!ok || n > max) {
        fail(code::InvalidValue, a->offset,
             QStringLiteral("%1=%2: expected a whole number from 0 to %3").arg(tag, a->value).arg(max));
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(n);
}

std::optional<QList<SecurityMethod>> Interpreter::securityMethodsArg(const Args &args)
{
    const Arg *a = args.find(QStringLiteral("qmsecmethods"));
    if (!a)
        return std::nullopt;
    QList<SecurityMethod> methods;
    for (const QString &part :
         a->value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString error;
        if (const auto m = parseSecurityMethod(part, &error))
            methods << *m;
        else
            fail(code::InvalidMethods, a->offset, error);
    }
    if (methods.isEmpty() && !m_commandFailed)
        fail(code::InvalidMethods, a->offset, QStringLiteral("qmsecmethods is empty"));
    return methods;
}

std::optional<QList<IkeMethod>> Interpreter::ikeMethodsArg(const Args &args)
{
    const Arg *a = args.find(QStringLiteral("mmsecmethods"));
    if (!a)
        return std::nullopt;
    QList<IkeMethod> methods;
    for (const QString &part :
         a->value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString error;
        if (const auto m = parseIkeMethod(part, &error))
            methods << *m;
        else
            fail(code::InvalidMethods, a->offset, error);
    }
    if (methods.isEmpty() && !m_commandFailed)
        fail(code::InvalidMethods, a->offset, QStringLiteral("mmsecmethods is empty"));
    return methods;
}

std::optional<QList<AuthMethod>> Interpreter::authArgs(const Args &args, bool *given)
{
    static const QRegularExpression options(QStringLiteral(R"(\s+(certmap|excludecaname):(\S*)\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<AuthMethod> methods;
    *given = false;
    for (const Arg &a : args.list) {
        if (a.tag == u"kerberos") {
            *given = true;
            const auto yes = parseYesNo(a.value);
            if (!yes) {
                fail(code::InvalidValue, a.offset,
                     QStringLiteral("kerberos=%1: expected yes or no").arg(a.value));
                continue;
            }
            if (*yes)
                methods << AuthMethod::kerberos();
        } else if (a.tag == u"psk") {
            *given = true;
            if (a.value.isEmpty()) {
                fail(code::InvalidValue, a.offset, QStringLiteral("psk= is empty"));
                continue;
            }
            methods << AuthMethod::presharedKey(a.value);
        } else if (a.tag == u"rootca") {
            *given = true;
            QString ca = a.value;
            bool map = false;
            bool exclude = false;
            for (QRegularExpressionMatch m = options.match(ca); m.hasMatch(); m = options.match(ca)) {
                const auto yes = parseYesNo(m.captured(2));
                if (!yes) {
                    fail(code::InvalidValue, a.offset,
                         QStringLiteral("rootca option %1:%2: expected yes or no")
                             .arg(m.captured(1), m.captured(2)));
                    break;
                }
                (m.captured(1).compare(u"certmap", Qt::CaseInsensitive) == 0 ? map : exclude) = *yes;
                ca.truncate(m.capturedStart());
            }
            ca = ca.trimmed();
            if (ca.contains(u"\\'")) {
                ca.replace(QStringLiteral("\\'"), QStringLiteral("\""));
                report(code::CaEscapeDecoded, Severity::Info, a.offset,
                       QStringLiteral("\\' in the CA name was read as a double quote (netsh help)"));
            }
            if (ca.isEmpty()) {
                fail(code::InvalidValue, a.offset, QStringLiteral("rootca= names no certificate authority"));
                continue;
            }
            methods << AuthMethod::certificate(ca, map, exclude);
        }
    }
    if (!*given)
        return std::nullopt;
    return methods;
}

std::optional<FilterAddress> Interpreter::addressArg(const Args &args, const QString &side)
{
    const bool source = side == u"src";
    const Arg *a = args.find(source ? u"srcaddr" : u"dstaddr");
    if (!a)
        return std::nullopt;
    const QString text = a->value.trimmed();
    const Arg *maskArg = args.find(source ? u"srcmask" : u"dstmask");
    const auto invalid = [&](const QString &why) -> std::optional<FilterAddress> {
        fail(code::InvalidValue, a->offset, QStringLiteral("%1addr=%2: %3").arg(side, a->value, why));
        return std::nullopt;
    };
    FilterAddress address;
    if (text.compare(u"me", Qt::CaseInsensitive) == 0)
        address = FilterAddress::me();
    else if (text.compare(u"any", Qt::CaseInsensitive) == 0)
        address = FilterAddress::any();
    else if (const auto server = parseServerKeyword(text))
        address = FilterAddress::server(*server);
    else if (const auto ip = IpAddress::parse(text))
        address = FilterAddress::host(*ip);
    else if (text.count(u'-') >= 1 && IpAddress::parse(text.section(u'-', 0, 0))) {
        const auto first = IpAddress::parse(text.section(u'-', 0, 0));
        const auto last = IpAddress::parse(text.section(u'-', 1));
        if (!last || first->family() != last->family())
            return invalid(QStringLiteral("both ends of a range are addresses of the same IP version"));
        address = FilterAddress::range(*first, *last);
    } else {
        static const QRegularExpression dnsName(QStringLiteral(R"(^[\w]([\w.-]*[\w.])?$)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        if (!dnsName.match(text).hasMatch())
            return invalid(
                QStringLiteral("expected me, any, DNS, WINS, DHCP, GATEWAY, an address, a range or a "
                               "DNS name"));
        address = FilterAddress::dns(text); // Q12: kept as the name; Windows resolves it when it runs
    }
    if (!maskArg)
        return address;
    const QString maskText = maskArg->value.trimmed();
    if (address.kind != AddressKind::Host) {
        report(
            code::ValueIgnored, Severity::Warning, maskArg->offset,
            QStringLiteral("%1mask applies to a specific address, not to %2; it is ignored").arg(side, text));
        return address;
    }
    std::optional<IpAddress> mask;
    bool isNumber = false;
    // A prefix is at most 128; any other text is read by QString::toInt, as it always was.
    const qulonglong number = decimalValue(maskText, &isNumber);
    const int prefix = isNumber && number <= 128 ? int(number) : maskText.toInt(&isNumber);
    if (isNumber && prefix >= 0 && prefix <= address.address.bitCount())
        mask = IpAddress::maskFromPrefix(address.address.family(), prefix);
    else if (!isNumber)
        mask = IpAddress::parse(maskText);
    if (!mask || mask->family() != address.address.family()) {
        fail(code::InvalidValue, maskArg->offset,
             QStringLiteral("%1mask=%2: expected a dotted mask or a prefix length").arg(side, maskText));
        return std::nullopt;
    }
    if (mask->prefixLength() == mask->bitCount())
        return address;
    return FilterAddress::subnet(address.address, *mask);
}

std::optional<std::uint16_t> Interpreter::portArg(const Args &args, const QString &tag)
{
    if (const auto n = numberArg(args, tag, 65535))
        return static_cast<std::uint16_t>(*n);
    return std::nullopt;
}

// ---- lookups ----

FilterList *Interpreter::listByName(const QString &name)
{
    // Scripts add thousands of filters to the same few lists: an index by folded name keeps that linear.
    // The first list of a name wins. Lists added since the last lookup are appended to the index; a rename
    // or removal rebuilds it.
    if (m_listIndexStale || m_listIndexSize > m_store.filterLists.size()) {
        m_listIndex.clear();
        m_listIndexSize = 0;
        m_listIndexStale = false;
        m_lastListName.clear();
    }
    if (!m_lastListName.isNull() && name == m_lastListName && m_lastList < m_store.filterLists.size())
        return &m_store.filterLists[m_lastList];
    for (; m_listIndexSize < m_store.filterLists.size(); ++m_listIndexSize)
        if (QString key = m_store.filterLists[m_listIndexSize].name.toCaseFolded();
            !m_listIndex.contains(key))
            m_listIndex.insert(std::move(key), m_listIndexSize);
    const auto it = m_listIndex.constFind(name.toCaseFolded());
    if (it == m_listIndex.cend() || *it >= m_store.filterLists.size())
        return nullptr;
    FilterList *l = &m_store.filterLists[*it];
    if (l->name.compare(name, Qt::CaseInsensitive) != 0)
        return nullptr;
    m_lastListName = name;
    m_lastList = *it;
    return l;
}

FilterAction *Interpreter::actionByName(const QString &name)
{
    for (FilterAction &a : m_store.filterActions)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

Policy *Interpreter::policyArg(const Args &args, const QString &tag)
{
    if (!require(args, tag))
        return nullptr;
    const QString name = args.value(tag);
    for (Policy &p : m_store.policies)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    fail(code::MissingObject, args.find(tag)->offset, QStringLiteral("there is no policy \"%1\"").arg(name));
    return nullptr;
}

Policy *Interpreter::policyByNameOrGuid(const Args &args)
{
    if (const Arg *g = args.find(QStringLiteral("guid"))) {
        const QUuid id(g->value.trimmed());
        if (Policy *p = m_store.policy(id))
            return p;
        fail(code::MissingObject, g->offset,
             QStringLiteral("there is no policy with the GUID %1").arg(g->value));
        return nullptr;
    }
    return policyArg(args, QStringLiteral("name"));
}

QString Interpreter::ruleUser(const QUuid &id, bool list) const
{
    for (const Policy &p : m_store.policies)
        for (const Rule &r : p.rules)
            if ((list ? r.filterList : r.filterAction) == id)
                return QStringLiteral("rule \"%1\" of policy \"%2\"").arg(r.name, p.name);
    return {};
}

} // namespace ipsec::netsh
