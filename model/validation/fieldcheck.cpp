#include "fieldcheck.h"

#include "validationfindings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ipsec::fieldcheck {
namespace {

// The translation context of the field checks (the window shows them in its language).
struct FieldCheck {
    Q_DECLARE_TR_FUNCTIONS(ipsec::FieldCheck)
};

enum FieldCode { NotAnAddress, NotAPort, NameTaken, NumberOutOfRange, NotAHostName, kFieldCodeCount };

struct Entry {
    const char *id;
    const char *title;
    const char *hint;
};

// In FieldCode order; docs/findings.md has the same rows. All are errors: the field keeps the document's
// value until the text is fixed or Esc restores it.
constexpr Entry kEntries[kFieldCodeCount] = {
    {"IPS-025", QT_TRANSLATE_NOOP("ipsec::FieldCheck", "An address field holds text that is not an address"),
     QT_TRANSLATE_NOOP("ipsec::FieldCheck",
                       "Type an IP address (10.0.1.5) or a subnet (10.0.1.0/24 or 10.0.1.0/255.255.255.0), "
                       "or press Esc to restore the saved value.")},
    {"IPS-026", QT_TRANSLATE_NOOP("ipsec::FieldCheck", "A port field holds text that is not a port 1-65535"),
     QT_TRANSLATE_NOOP("ipsec::FieldCheck",
                       "Type a port from 1 to 65535, or press Esc to restore the saved value.")},
    {"IPS-027", QT_TRANSLATE_NOOP("ipsec::FieldCheck", "A name is taken by another object of the same kind"),
     QT_TRANSLATE_NOOP("ipsec::FieldCheck",
                       "Type another name: netsh and the Windows dialogs refer to these objects by name.")},
    {"IPS-028",
     QT_TRANSLATE_NOOP("ipsec::FieldCheck",
                       "A number field holds text that is not a whole number in its range"),
     QT_TRANSLATE_NOOP("ipsec::FieldCheck",
                       "Type a whole number in the range the message names, or press Esc to restore it.")},
    {"IPS-029",
     QT_TRANSLATE_NOOP("ipsec::FieldCheck", "A host name field holds text that is not a host name"),
     QT_TRANSLATE_NOOP("ipsec::FieldCheck", "Type a host name such as host1.ipsectest.com, without spaces.")},
};

Finding make(const QString &code, Severity severity, const QString &field, const QString &message,
             const QString &hint)
{
    Location where;
    where.field = field;
    return Finding{code, severity, where, message, hint};
}

Finding fieldFinding(FieldCode code, const QString &field, const QString &message)
{
    const Entry &e = kEntries[code];
    return make(QString::fromLatin1(e.id), Severity::Error, field, message, FieldCheck::tr(e.hint));
}

// A finding under one of the validator's codes: the same code the Problems panel shows for the store.
Finding validatorFinding(validation::Code code, const QString &field, const QString &message)
{
    const FindingCodeInfo &info = validation::info(code);
    return make(info.code, info.severity, field, message, validation::translatedHint(code));
}

// Why `text` is not an IPv4 address, in the words an engineer reads a dotted quad in; empty when the text
// does not look like IPv4 at all (digits and dots only).
QString whyNotIPv4(const QString &text)
{
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]+$"));
    if (!digitsAndDots.match(text).hasMatch())
        return {};
    const QStringList parts = text.split(u'.');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return FieldCheck::tr("'%1' has an empty part: write four numbers 0–255 with dots").arg(text);
        if (part.size() > 3 || part.toInt() > 255)
            return FieldCheck::tr("%1 is not an octet: 0–255").arg(part);
    }
    if (parts.size() != 4)
        return FieldCheck::tr("'%1' is not four numbers 0–255 with dots").arg(text);
    return {};
}

QString whyNotAddress(const QString &text)
{
    if (text.isEmpty())
        return FieldCheck::tr("the address is empty");
    const QString v4 = whyNotIPv4(text);
    if (!v4.isEmpty())
        return v4;
    return FieldCheck::tr("'%1' is not an IPv4 or IPv6 address").arg(text);
}

std::optional<int> wholeNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

} // namespace

const QList<FindingCodeInfo> &codes()
{
    static const QList<FindingCodeInfo> list = [] {
        QList<FindingCodeInfo> l;
        for (const Entry &e : kEntries)
            l.append({QString::fromLatin1(e.id), Severity::Error, QString::fromUtf8(e.title),
                      QString::fromUtf8(e.hint)});
        return l;
    }();
    return list;
}

Checked<IpAddress> ipAddress(const QString &input, const QString &field)
{
    const QString text = input.trimmed();
    if (const auto a = IpAddress::parse(text))
        return {*a, {}};
    return {std::nullopt, {fieldFinding(NotAnAddress, field, whyNotAddress(text))}};
}

Checked<FilterAddress> addressOrSubnet(const QString &input, const QString &field)
{
    const QString text = input.trimmed();
    const int slash = text.indexOf(u'/');
    const auto base = ipAddress(slash < 0 ? text : text.left(slash), field);
    if (!base.ok())
        return {std::nullopt, base.problems};
    if (slash < 0)
        return {FilterAddress::host(*base.value), {}};
    const QString maskText = text.mid(slash + 1).trimmed();
    const int bits = base.value->bitCount();
    FilterAddress subnet;
    if (const auto prefix = wholeNumber(maskText)) {
        if (*prefix > bits)
            return {
                std::nullopt,
                {fieldFinding(NotAnAddress, field,
                              FieldCheck::tr("/%1 is not a prefix length: 0–%2").arg(*prefix).arg(bits))}};
        subnet = FilterAddress::subnet(*base.value, *prefix);
    } else {
        const auto mask = IpAddress::parse(maskText);
        if (!mask || mask->family() != base.value->family())
            return {std::nullopt,
                    {fieldFinding(NotAnAddress, field,
                                  maskText.isEmpty()
                                      ? FieldCheck::tr("the mask after / is missing: /24 or /255.255.255.0")
                                      : FieldCheck::tr("'%1' is not a mask for %2")
                                            .arg(maskText, base.value->toString()))}};
        subnet = FilterAddress::subnet(*base.value, *mask);
    }
    Checked<FilterAddress> out{subnet, {}};
    // The validator's mask checks, under its codes (docs/findings.md, IPS-014 and IPS-015).
    const QString side = field.section(u'.', 0, 0);
    if (!subnet.second.isContiguousMask())
        out.problems.append(validatorFinding(
            validation::Code::NonContiguousMask, side + QStringLiteral(".mask"),
            FieldCheck::tr("the mask %1 is not contiguous: use one bits then zero bits, such as "
                           "255.255.255.0 (/24)")
                .arg(subnet.second.toString())));
    else if (subnet.address.hasBitsOutside(subnet.second))
        out.problems.append(validatorFinding(
            validation::Code::AddressBitsOutsideMask, field,
            FieldCheck::tr("%1 has bits outside its mask: the subnet is %2/%3")
                .arg(subnet.address.toString(), subnet.address.masked(subnet.second).toString())
                .arg(subnet.second.prefixLength())));
    return out;
}

Checked<FilterAddress> addressRange(const QString &first, const QString &last, const QString &field)
{
    const auto start = ipAddress(first, field + QStringLiteral(".address"));
    const auto end = ipAddress(last, field + QStringLiteral(".rangeEnd"));
    if (!start.ok() || !end.ok())
        return {std::nullopt, start.problems + end.problems};
    Checked<FilterAddress> out{FilterAddress::range(*start.value, *end.value), {}};
    if (start.value->family() != end.value->family())
        out.problems.append(validatorFinding(validation::Code::MixedVersionRange,
                                             field + QStringLiteral(".rangeEnd"),
                                             FieldCheck::tr("the range mixes IPv4 and IPv6")));
    else if (*end.value < *start.value)
        out.problems.append(validatorFinding(
            validation::Code::ReversedRange, field + QStringLiteral(".rangeEnd"),
            FieldCheck::tr("the range ends at %1, before it starts").arg(end.value->toString())));
    return out;
}

Checked<QString> hostName(const QString &input, const QString &field)
{
    const QString text = input.trimmed();
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    QString why;
    if (text.isEmpty())
        why = FieldCheck::tr("the host name is empty");
    else if (text.contains(u' '))
        why = FieldCheck::tr("a host name has no spaces");
    else {
        QStringList labels = text.split(u'.');
        if (labels.size() > 1 && labels.back().isEmpty())
            labels.removeLast(); // "host1.ipsectest.com." is fully qualified
        for (const QString &l : std::as_const(labels))
            if (!label.match(l).hasMatch()) {
                why = FieldCheck::tr("'%1' is not a part of a host name: letters, digits and hyphens").arg(l);
                break;
            }
    }
    if (!why.isEmpty())
        return {std::nullopt, {fieldFinding(NotAHostName, field, why)}};
    return {text, {}};
}

Checked<std::uint16_t> port(const QString &input, const QString &field)
{
    const QString text = input.trimmed();
    const auto n = wholeNumber(text);
    QString why;
    if (text.isEmpty())
        why = FieldCheck::tr("the port is empty");
    else if (!n)
        why = FieldCheck::tr("'%1' is not a port number").arg(text);
    else if (*n == 0)
        why = FieldCheck::tr("port 0 means any port: choose the any port option instead");
    else if (*n > 65535)
        why = FieldCheck::tr("%1 is not a port: ports go up to 65535").arg(text);
    if (!why.isEmpty())
        return {std::nullopt, {fieldFinding(NotAPort, field, why)}};
    return {static_cast<std::uint16_t>(*n), {}};
}

Checked<PortRange> portRange(const QString &first, const QString &last, const QString &field)
{
    const auto start = port(first, field);
    if (!start.ok())
        return {std::nullopt, start.problems};
    if (last.trimmed().isEmpty())
        return {PortRange::single(*start.value), {}};
    const auto end = port(last, field + QStringLiteral(".last"));
    if (!end.ok())
        return {std::nullopt, end.problems};
    Checked<PortRange> out{PortRange{*start.value, *end.value}, {}};
    if (*end.value < *start.value)
        out.problems.append(validatorFinding(
            validation::Code::ReversedPortRange, field,
            FieldCheck::tr("the port range %1-%2 ends before it starts").arg(*start.value).arg(*end.value)));
    return out;
}

Checked<int> number(const QString &input, int minimum, int maximum, const QString &field)
{
    const QString text = input.trimmed();
    const auto n = wholeNumber(text);
    if (n && *n >= minimum && *n <= maximum)
        return {*n, {}};
    return {
        std::nullopt,
        {fieldFinding(
            NumberOutOfRange, field,
            FieldCheck::tr("'%1' is not a whole number from %2 to %3").arg(text).arg(minimum).arg(maximum))}};
}

Checked<QString> objectName(const QString &input, const std::function<bool(const QString &)> &taken,
                            const QString &field)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {std::nullopt,
                {validatorFinding(validation::Code::EmptyName, field,
                                  FieldCheck::tr("the name is empty: every object needs one"))}};
    if (taken && taken(text))
        return {std::nullopt,
                {fieldFinding(NameTaken, field, FieldCheck::tr("the name '%1' is taken").arg(text))}};
    return {input, {}}; // as typed: the check ignores surrounding spaces, the document keeps them
}

} // namespace ipsec::fieldcheck
