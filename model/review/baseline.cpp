#include "baseline.h"

#include "formats/gpo/gpofindings.h"
#include "reviewfindings.h"

#include <QHash>

namespace ipsec::review {

namespace {

QString listOrAny(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("any") : values.join(u',');
}

void addDifference(BaselineComparison &out, DifferenceKind kind, const QString &area, const QString &item,
                   const QString &baselineValue, const QString &thisValue)
{
    out.differences << BaselineDifference{kind, area, item, baselineValue, thisValue};
    const char *findingCode = kind == DifferenceKind::Missing     ? code::BaselineMissing
                              : kind == DifferenceKind::Differs   ? code::BaselineDiffers
                              : kind == DifferenceKind::Conflicts ? code::BaselineConflict
                                                                  : code::BaselineExtra;
    const Severity severity = kind == DifferenceKind::Extra     ? Severity::Info
                              : kind == DifferenceKind::Differs ? Severity::Info
                                                                : Severity::Warning;
    const QString where = QStringLiteral("%1: %2").arg(area, item);
    QString message;
    switch (kind) {
    case DifferenceKind::Missing:
        message = QStringLiteral("the baseline sets %1 to %2; this backup does not set it")
                      .arg(where, baselineValue);
        break;
    case DifferenceKind::Differs:
        message = QStringLiteral("%1 differs: baseline %2, here %3").arg(where, baselineValue, thisValue);
        break;
    case DifferenceKind::Conflicts:
        message = QStringLiteral("%1 conflicts with the baseline: baseline %2, here %3")
                      .arg(where, baselineValue, thisValue);
        break;
    case DifferenceKind::Extra:
        message = QStringLiteral("%1 is set here (%2) but not in the baseline").arg(where, thisValue);
        break;
    }
    Finding f = gpo::objectFinding(findingCode, severity, where, message);
    f.location.file = out.baselinePath;
    out.findings << f;
}

void compareSettings(BaselineComparison &out, const QString &area, const QList<ReviewSetting> &mine,
                     const QList<ReviewSetting> &baseline)
{
    auto find = [](const QList<ReviewSetting> &list, const QString &key) -> const ReviewSetting * {
        for (const ReviewSetting &s : list)
            if (s.key.compare(key, Qt::CaseInsensitive) == 0)
                return &s;
        return nullptr;
    };
    for (const ReviewSetting &b : baseline) {
        const ReviewSetting *m = find(mine, b.key);
        if (!m)
            addDifference(out, DifferenceKind::Missing, area, b.label, b.text, {});
        else if (m->value != b.value)
            addDifference(out, DifferenceKind::Conflicts, area, b.label, b.text, m->text);
    }
    for (const ReviewSetting &m : mine)
        if (!find(baseline, m.key))
            addDifference(out, DifferenceKind::Extra, area, m.label, {}, m.text);
}

// Rules are matched by their id; one without a partner by id is matched by name and direction.
void compareRules(BaselineComparison &out, const QString &area, const QList<ReviewRule> &mine,
                  const QList<ReviewRule> &baseline)
{
    QHash<QString, qsizetype> byId, byName;
    for (qsizetype i = 0; i < mine.size(); ++i) {
        byId.insert(mine[i].id.toLower(), i);
        byName.insert(mine[i].name.toLower() + u'|' + mine[i].direction, i);
    }
    QList<bool> matched(mine.size(), false);
    for (const ReviewRule &b : baseline) {
        qsizetype index = byId.value(b.id.toLower(), -1);
        if (index < 0 || matched[index])
            index = byName.value(b.name.toLower() + u'|' + b.direction, -1);
        if (index < 0 || matched[index]) {
            addDifference(out, DifferenceKind::Missing, area, b.name, summariseRule(b), {});
            continue;
        }
        matched[index] = true;
        const ReviewRule &m = mine[index];
        if (m.action != b.action || m.direction != b.direction || m.enabled != b.enabled)
            addDifference(out, DifferenceKind::Conflicts, area, b.name, summariseRule(b), summariseRule(m));
        else if (!sameEffect(m, b) || m.authSet1 != b.authSet1 || m.authSet2 != b.authSet2 ||
                 m.cryptoSet != b.cryptoSet)
            addDifference(out, DifferenceKind::Differs, area, b.name, summariseRule(b), summariseRule(m));
    }
    for (qsizetype i = 0; i < mine.size(); ++i)
        if (!matched[i])
            addDifference(out, DifferenceKind::Extra, area, mine[i].name, {}, summariseRule(mine[i]));
}

void compareSets(BaselineComparison &out, const QList<ReviewSet> &mine, const QList<ReviewSet> &baseline)
{
    const QString area = QStringLiteral("Set");
    auto text = [](const ReviewSet &s) { return s.suites.join(QStringLiteral("; ")); };
    QList<bool> matched(mine.size(), false);
    for (const ReviewSet &b : baseline) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < mine.size() && index < 0; ++i)
            if (!matched[i] && mine[i].kind == b.kind && mine[i].id.compare(b.id, Qt::CaseInsensitive) == 0)
                index = i;
        const QString item = QStringLiteral("%1 '%2'").arg(gpo::describeSetKind(b.kind), b.name);
        if (index < 0) {
            addDifference(out, DifferenceKind::Missing, area, item, text(b), {});
            continue;
        }
        matched[index] = true;
        if (mine[index].suites != b.suites || mine[index].properties != b.properties)
            addDifference(out, DifferenceKind::Differs, area, item, text(b), text(mine[index]));
    }
    for (qsizetype i = 0; i < mine.size(); ++i)
        if (!matched[i])
            addDifference(out, DifferenceKind::Extra, area,
                          QStringLiteral("%1 '%2'").arg(gpo::describeSetKind(mine[i].kind), mine[i].name), {},
                          text(mine[i]));
}

} // namespace

QString differenceName(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::Missing:
        return QStringLiteral("missing");
    case DifferenceKind::Differs:
        return QStringLiteral("differs");
    case DifferenceKind::Conflicts:
        return QStringLiteral("conflicts");
    case DifferenceKind::Extra:
        return QStringLiteral("extra");
    }
    return {};
}

int BaselineComparison::count(DifferenceKind kind) const
{
    int n = 0;
    for (const BaselineDifference &d : differences)
        n += d.kind == kind;
    return n;
}

QString summariseRule(const ReviewRule &r)
{
    QStringList parts;
    parts << (r.enabled ? QString() : QStringLiteral("disabled")) << r.action << r.direction << r.protocol;
    if (!r.localPorts.isEmpty())
        parts << QStringLiteral("port %1").arg(listOrAny(r.localPorts));
    if (!r.remotePorts.isEmpty())
        parts << QStringLiteral("remote port %1").arg(listOrAny(r.remotePorts));
    parts << QStringLiteral("from %1").arg(listOrAny(r.remoteAddresses));
    if (!r.program.isEmpty())
        parts << r.program;
    if (!r.service.isEmpty())
        parts << QStringLiteral("service %1").arg(r.service);
    if (!r.profiles.isEmpty())
        parts << QStringLiteral("(%1)").arg(r.profiles.join(u','));
    parts.removeAll(QString());
    return parts.join(u' ');
}

PolicyContent mergeContent(const QList<PolicyContent> &contents)
{
    PolicyContent merged;
    auto addSettings = [](QList<ReviewSetting> &into, const QList<ReviewSetting> &from) {
        for (const ReviewSetting &s : from) {
            bool present = false;
            for (const ReviewSetting &t : into)
                present = present || t.key == s.key;
            if (!present)
                into << s;
        }
    };
    for (const PolicyContent &c : contents) {
        for (const ReviewProfile &p : c.profiles) {
            ReviewProfile *target = nullptr;
            for (ReviewProfile &q : merged.profiles)
                if (q.key == p.key)
                    target = &q;
            if (!target) {
                merged.profiles << ReviewProfile{p.key, p.label, {}};
                target = &merged.profiles.last();
            }
            addSettings(target->settings, p.settings);
        }
        addSettings(merged.globalSettings, c.globalSettings);
        merged.firewallRules << c.firewallRules;
        merged.connectionSecurityRules << c.connectionSecurityRules;
        merged.mainModeRules << c.mainModeRules;
        merged.sets << c.sets;
        merged.unknownValues << c.unknownValues;
    }
    return merged;
}

BaselineComparison compareWithBaseline(const PolicyContent &mine, const PolicyContent &baseline,
                                       const QString &baselinePath)
{
    BaselineComparison out;
    out.baselinePath = baselinePath;
    for (const ReviewProfile &b : baseline.profiles) {
        const ReviewProfile *m = mine.profile(b.key);
        compareSettings(out, b.label, m ? m->settings : QList<ReviewSetting>{}, b.settings);
    }
    for (const ReviewProfile &m : mine.profiles)
        if (!baseline.profile(m.key))
            compareSettings(out, m.label, m.settings, {});
    compareSettings(out, QStringLiteral("Global settings"), mine.globalSettings, baseline.globalSettings);
    compareRules(out, QStringLiteral("Firewall rule"), mine.firewallRules, baseline.firewallRules);
    compareRules(out, QStringLiteral("Connection security rule"), mine.connectionSecurityRules,
                 baseline.connectionSecurityRules);
    compareRules(out, QStringLiteral("Main mode rule"), mine.mainModeRules, baseline.mainModeRules);
    compareSets(out, mine.sets, baseline.sets);
    return out;
}

} // namespace ipsec::review
