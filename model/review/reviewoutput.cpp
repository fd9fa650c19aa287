// The review as text and JSON; the HTML page is in reviewhtml.cpp.
#include "reviewoutput.h"

#include "baseline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ipsec::review {

namespace {

QString anyIfEmpty(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("any") : values.join(QStringLiteral(", "));
}

QJsonArray toArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonArray findingsJson(const Findings &findings)
{
    QJsonArray a;
    for (const Finding &f : findings)
        a.append(QJsonObject{{QStringLiteral("code"), f.code},
                             {QStringLiteral("severity"), severityName(f.severity)},
                             {QStringLiteral("location"), f.location.toString()},
                             {QStringLiteral("pointer"), f.location.pointer},
                             {QStringLiteral("message"), f.message},
                             {QStringLiteral("hint"), f.hint}});
    return a;
}

QJsonObject settingsJson(const QList<ReviewSetting> &settings)
{
    QJsonObject o;
    for (const ReviewSetting &s : settings)
        o.insert(s.key, QJsonValue::fromVariant(s.value));
    return o;
}

QJsonObject ruleJson(const ReviewRule &r, QJsonObject base)
{
    base.insert(QStringLiteral("enabled"), r.enabled);
    base.insert(QStringLiteral("description"), r.description);
    base.insert(QStringLiteral("group"), r.group);
    base.insert(QStringLiteral("action"), r.action);
    if (r.kind == RuleKind::Firewall)
        base.insert(QStringLiteral("direction"), r.direction);
    base.insert(QStringLiteral("profiles"), toArray(r.profiles));
    base.insert(QStringLiteral("protocol"), r.protocol);
    const bool firewall = r.kind == RuleKind::Firewall;
    base.insert(firewall ? QStringLiteral("localPorts") : QStringLiteral("endpoint1Ports"),
                toArray(r.localPorts));
    base.insert(firewall ? QStringLiteral("remotePorts") : QStringLiteral("endpoint2Ports"),
                toArray(r.remotePorts));
    base.insert(firewall ? QStringLiteral("localAddresses") : QStringLiteral("endpoint1"),
                toArray(r.localAddresses));
    base.insert(firewall ? QStringLiteral("remoteAddresses") : QStringLiteral("endpoint2"),
                toArray(r.remoteAddresses));
    base.insert(QStringLiteral("interfaceTypes"), toArray(r.interfaceTypes));
    if (firewall) {
        base.insert(QStringLiteral("icmpTypes"), toArray(r.icmpTypes));
        base.insert(QStringLiteral("program"), r.program);
        base.insert(QStringLiteral("service"), r.service);
        base.insert(QStringLiteral("packageId"), r.packageId);
        base.insert(QStringLiteral("security"), r.security);
        base.insert(QStringLiteral("edgeTraversal"), r.edgeTraversal);
    } else {
        base.insert(QStringLiteral("authSet1"), r.authSet1);
        base.insert(QStringLiteral("authSet2"), r.authSet2);
        base.insert(QStringLiteral("cryptoSet"), r.cryptoSet);
        base.insert(QStringLiteral("tunnelEndpoints"), toArray(r.tunnelEndpoints));
    }
    QJsonObject other;
    for (const gpo::RuleToken &t : r.otherTokens)
        other.insert(t.name,
                     other.contains(t.name) ? other.value(t.name).toString() + u',' + t.value : t.value);
    base.insert(QStringLiteral("otherTokens"), other);
    return base;
}

QJsonArray rulesJson(const QList<ReviewRule> &rules, const QJsonArray &fromReader)
{
    QJsonArray out;
    for (qsizetype i = 0; i < rules.size(); ++i)
        out.append(ruleJson(rules[i], fromReader.at(i).toObject()));
    return out;
}

QJsonObject baselineJson(const BaselineComparison &b)
{
    QJsonArray differences;
    for (const BaselineDifference &d : b.differences)
        differences.append(QJsonObject{{QStringLiteral("kind"), differenceName(d.kind)},
                                       {QStringLiteral("area"), d.area},
                                       {QStringLiteral("item"), d.item},
                                       {QStringLiteral("baseline"), d.baselineValue},
                                       {QStringLiteral("this"), d.thisValue}});
    return QJsonObject{{QStringLiteral("path"), b.baselinePath},
                       {QStringLiteral("missing"), b.count(DifferenceKind::Missing)},
                       {QStringLiteral("differs"), b.count(DifferenceKind::Differs)},
                       {QStringLiteral("conflicts"), b.count(DifferenceKind::Conflicts)},
                       {QStringLiteral("extra"), b.count(DifferenceKind::Extra)},
                       {QStringLiteral("differences"), differences},
                       {QStringLiteral("findings"), findingsJson(b.findings)}};
}

void describeSettings(QStringList &lines, const QList<ReviewSetting> &settings, const QString &indent)
{
    for (const ReviewSetting &s : settings)
        lines << QStringLiteral("%1%2: %3").arg(indent, s.label, s.text);
}

QString describeRuleLine(const ReviewRule &r)
{
    if (r.kind == RuleKind::Firewall)
        return QStringLiteral("%1 %2 %3 %4 local %5 remote %6 from %7%8%9 [%10]%11")
            .arg(r.name, r.action, r.direction, r.protocol, anyIfEmpty(r.localPorts),
                 anyIfEmpty(r.remotePorts), anyIfEmpty(r.remoteAddresses),
                 r.program.isEmpty() ? QString() : QStringLiteral(" program %1").arg(r.program),
                 r.service.isEmpty() ? QString() : QStringLiteral(" service %1").arg(r.service))
            .arg(anyIfEmpty(r.profiles), r.enabled ? QString() : QStringLiteral(" (disabled)"));
    return QStringLiteral("%1: %2, endpoint 1 %3, endpoint 2 %4, %5, auth %6 / %7, crypto %8 [%9]%10")
        .arg(r.name, r.action, anyIfEmpty(r.localAddresses), anyIfEmpty(r.remoteAddresses), r.protocol,
             r.authSet1.isEmpty() ? QStringLiteral("none") : r.authSet1,
             r.authSet2.isEmpty() ? QStringLiteral("none") : r.authSet2,
             r.cryptoSet.isEmpty() ? QStringLiteral("none") : r.cryptoSet, anyIfEmpty(r.profiles))
        .arg(r.enabled ? QString() : QStringLiteral(" (disabled)"));
}

} // namespace

QString findingsSummary(const ReviewReport &report)
{
    return QStringLiteral("%1 error(s), %2 warning(s), %3 note(s)")
        .arg(report.countFindings(Severity::Error))
        .arg(report.countFindings(Severity::Warning))
        .arg(report.countFindings(Severity::Info));
}

QString describeReport(const ReviewReport &report)
{
    QStringList lines;
    lines << QStringLiteral("Review of %1: %2 GPO(s)").arg(report.path).arg(report.gpos.size());
    lines << QStringLiteral("Findings: %1").arg(findingsSummary(report));
    for (const Finding &f : report.findings)
        lines << QStringLiteral("  ") + f.toString();
    for (const ReviewedGpo &g : report.gpos) {
        lines << QString() << gpo::describeGpo(g.source);
        lines << QStringLiteral("  Firewall profiles:");
        for (const ReviewProfile &p : g.content.profiles) {
            lines << QStringLiteral("    %1:%2")
                         .arg(p.label, p.settings.isEmpty() ? QStringLiteral(" not set") : QString());
            describeSettings(lines, p.settings, QStringLiteral("      "));
        }
        if (!g.content.globalSettings.isEmpty()) {
            lines << QStringLiteral("  Global IPsec settings:");
            describeSettings(lines, g.content.globalSettings, QStringLiteral("    "));
        }
        if (!g.content.unknownValues.isEmpty()) {
            lines << QStringLiteral("  Unknown values (kept, not explained by MS-GPFAS):");
            for (const ReviewSetting &s : g.content.unknownValues)
                lines << QStringLiteral("    %1 = %2").arg(s.registryName, s.text);
        }
        if (!g.content.mainModeRules.isEmpty()) {
            lines << QStringLiteral("  Main mode rules:");
            for (const ReviewRule &r : g.content.mainModeRules)
                lines << QStringLiteral("    ") + describeRuleLine(r);
        }
        lines << QStringLiteral("  Reviewer's findings: %1").arg(g.findings.size());
        for (const Finding &f : g.findings)
            lines << QStringLiteral("    ") + f.toString();
    }
    if (report.baseline) {
        const BaselineComparison &b = *report.baseline;
        lines << QString()
              << QStringLiteral(
                     "Compared with the baseline %1: %2 missing, %3 conflicting, %4 differing, %5 extra")
                     .arg(b.baselinePath)
                     .arg(b.count(DifferenceKind::Missing))
                     .arg(b.count(DifferenceKind::Conflicts))
                     .arg(b.count(DifferenceKind::Differs))
                     .arg(b.count(DifferenceKind::Extra));
        for (const BaselineDifference &d : b.differences)
            lines << QStringLiteral("  %1 %2: %3 (baseline: %4; here: %5)")
                         .arg(differenceName(d.kind), d.area, d.item,
                              d.baselineValue.isEmpty() ? QStringLiteral("not set") : d.baselineValue,
                              d.thisValue.isEmpty() ? QStringLiteral("not set") : d.thisValue);
    }
    return lines.join(u'\n') + u'\n';
}

QByteArray reportToJson(const ReviewReport &report)
{
    gpo::GpoReviewResult read;
    read.path = report.path;
    read.findings = report.findings;
    for (const ReviewedGpo &g : report.gpos)
        read.gpos << g.source;
    QJsonObject root = QJsonDocument::fromJson(gpo::reviewToJson(read)).object();
    QJsonArray gpos = root.value(QStringLiteral("gpos")).toArray();
    for (qsizetype i = 0; i < report.gpos.size() && i < gpos.size(); ++i) {
        const ReviewedGpo &g = report.gpos[i];
        QJsonObject o = gpos.at(i).toObject();
        QJsonObject profiles;
        for (const ReviewProfile &p : g.content.profiles)
            profiles.insert(p.key, settingsJson(p.settings));
        o.insert(QStringLiteral("firewallProfiles"), profiles);
        o.insert(QStringLiteral("globalSettings"), settingsJson(g.content.globalSettings));
        o.insert(QStringLiteral("firewallRules"),
                 rulesJson(g.content.firewallRules, o.value(QStringLiteral("firewallRules")).toArray()));
        o.insert(QStringLiteral("connectionSecurityRules"),
                 rulesJson(g.content.connectionSecurityRules,
                           o.value(QStringLiteral("connectionSecurityRules")).toArray()));
        QJsonArray mainMode;
        for (const ReviewRule &r : g.content.mainModeRules)
            mainMode.append(ruleJson(r, QJsonObject{{QStringLiteral("id"), r.id},
                                                    {QStringLiteral("version"), r.version},
                                                    {QStringLiteral("name"), r.name}}));
        o.insert(QStringLiteral("mainModeRules"), mainMode);
        QJsonArray unknown;
        for (const ReviewSetting &s : g.content.unknownValues)
            unknown.append(
                QJsonObject{{QStringLiteral("name"), s.registryName}, {QStringLiteral("value"), s.text}});
        o.insert(QStringLiteral("unknownValues"), unknown);
        o.insert(QStringLiteral("reviewFindings"), findingsJson(g.findings));
        gpos[i] = o;
    }
    root.insert(QStringLiteral("gpos"), gpos);
    root.insert(QStringLiteral("summary"),
                QJsonObject{{QStringLiteral("gpos"), report.gpos.size()},
                            {QStringLiteral("errors"), report.countFindings(Severity::Error)},
                            {QStringLiteral("warnings"), report.countFindings(Severity::Warning)},
                            {QStringLiteral("notes"), report.countFindings(Severity::Info)}});
    if (report.baseline)
        root.insert(QStringLiteral("baseline"), baselineJson(*report.baseline));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ipsec::review
