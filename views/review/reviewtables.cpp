#include "reviewtables.h"

#include <QCoreApplication>
#include <QMap>
#include <QStandardItemModel>

namespace ipsec {

// The column and value texts of the tables, translated in their own context.
struct ReviewTables {
    Q_DECLARE_TR_FUNCTIONS(ipsec::ReviewTables)
};

} // namespace ipsec

namespace ipsec::reviewtables {

namespace {

using Node = ReviewDialog::Node;
using review::ReviewedGpo;
using review::ReviewRule;

QString anyIfEmpty(const QStringList &values)
{
    return values.isEmpty() ? ReviewTables::tr("any") : values.join(QStringLiteral(", "));
}

QString yesNo(bool value)
{
    return value ? ReviewTables::tr("yes") : ReviewTables::tr("no");
}

void setHeaders(QStandardItemModel *model, const QStringList &headers)
{
    model->setColumnCount(int(headers.size()));
    model->setHorizontalHeaderLabels(headers);
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

// A row whose first cell carries the pointer; the severity of its worst finding colours it.
void addRow(QStandardItemModel *model, const QStringList &cells, const QString &pointer = {},
            const Findings &findings = {})
{
    QList<QStandardItem *> row;
    for (const QString &text : cells)
        row << cell(text);
    row.first()->setData(pointer, PointerRole);
    if (!findings.isEmpty()) {
        Severity worst = Severity::Info;
        QStringList codes;
        for (const Finding &f : findings) {
            worst = std::max(worst, f.severity);
            codes << f.code;
        }
        codes.removeDuplicates();
        row << cell(codes.join(u' '));
        if (worst != Severity::Info)
            for (QStandardItem *item : row)
                item->setData(QColor(worst == Severity::Error ? 0xffebe9 : 0xfff8c5), Qt::BackgroundRole);
    } else if (model->columnCount() > cells.size()) {
        row << cell({});
    }
    model->appendRow(row);
}

QMap<QString, Findings> findingsByPointer(const ReviewedGpo &g)
{
    QMap<QString, Findings> out;
    for (const Finding &f : g.findings)
        out[f.location.pointer] << f;
    return out;
}

void fillRoot(QStandardItemModel *model, const review::ReviewReport &report)
{
    setHeaders(model, {ReviewTables::tr("GPO"), ReviewTables::tr("Firewall rules"),
                       ReviewTables::tr("Connection security rules"), ReviewTables::tr("Sets"),
                       ReviewTables::tr("Errors"), ReviewTables::tr("Warnings"), ReviewTables::tr("Notes")});
    for (const ReviewedGpo &g : report.gpos) {
        const Findings all = g.findings + g.source.findings;
        addRow(model, {g.title(), QString::number(g.content.firewallRules.size()),
                       QString::number(g.content.connectionSecurityRules.size()),
                       QString::number(g.content.sets.size()), QString::number(countOf(all, Severity::Error)),
                       QString::number(countOf(all, Severity::Warning)),
                       QString::number(countOf(all, Severity::Info))});
    }
}

void fillGpo(QStandardItemModel *model, const ReviewedGpo &g)
{
    setHeaders(model, {ReviewTables::tr("Property"), ReviewTables::tr("Value")});
    const gpo::GpoBackupReview &s = g.source;
    addRow(model, {ReviewTables::tr("Name"), g.title()});
    if (s.isWfw) {
        addRow(model, {ReviewTables::tr("File"), s.folder});
    } else {
        addRow(model, {ReviewTables::tr("GPO"), s.gpoGuid});
        addRow(model, {ReviewTables::tr("Domain"), s.domain});
        addRow(model, {ReviewTables::tr("Backup"), s.backupId});
        addRow(model,
               {ReviewTables::tr("Taken"), QStringLiteral("%1 (%2)").arg(s.backupTime, s.domainController)});
        addRow(model, {ReviewTables::tr("Computer version"), QString::number(s.machineVersion)});
        QStringList extensions;
        for (const gpo::GpoBackupExtension &e : s.extensions)
            extensions << e.name;
        addRow(model, {ReviewTables::tr("Extensions"), extensions.join(QStringLiteral(", "))});
        addRow(model,
               {ReviewTables::tr("Legacy IPsec policy"),
                s.legacyIpsecLinked
                    ? ReviewTables::tr("assigned; only the link is in the backup %1").arg(s.legacyIpsecLink)
                    : ReviewTables::tr("none")});
    }
    addRow(model, {ReviewTables::tr("Content"), s.summary()});
}

void fillProfiles(QStandardItemModel *model, const ReviewedGpo &g)
{
    QStringList headers{ReviewTables::tr("Setting")};
    for (const review::ReviewProfile &p : g.content.profiles)
        headers << p.label;
    setHeaders(model, headers);
    QStringList keys;
    QMap<QString, QString> labels;
    for (const review::ReviewProfile &p : g.content.profiles)
        for (const review::ReviewSetting &s : p.settings)
            if (!keys.contains(s.key)) {
                keys << s.key;
                labels.insert(s.key, s.label);
            }
    for (const QString &key : keys) {
        QStringList cells{labels.value(key)};
        for (const review::ReviewProfile &p : g.content.profiles) {
            const review::ReviewSetting *s = p.find(key);
            cells << (s ? s->text : ReviewTables::tr("not set"));
        }
        addRow(model, cells);
    }
}

void fillSettings(QStandardItemModel *model, const QList<review::ReviewSetting> &settings,
                  const QString &pointer)
{
    setHeaders(model,
               {ReviewTables::tr("Setting"), ReviewTables::tr("Value"), ReviewTables::tr("Registry value")});
    for (const review::ReviewSetting &s : settings)
        addRow(model, {s.label, s.text, s.registryName}, pointer);
}

QString otherTokens(const ReviewRule &r)
{
    QStringList parts;
    for (const gpo::RuleToken &t : r.otherTokens)
        parts << t.name + u'=' + t.value;
    return parts.join(QStringLiteral(" | "));
}

void fillFirewallRules(QStandardItemModel *model, const ReviewedGpo &g)
{
    setHeaders(model,
               {ReviewTables::tr("Name"), ReviewTables::tr("Enabled"), ReviewTables::tr("Action"),
                ReviewTables::tr("Direction"), ReviewTables::tr("Profiles"), ReviewTables::tr("Protocol"),
                ReviewTables::tr("Local ports"), ReviewTables::tr("Remote ports"),
                ReviewTables::tr("Local addresses"), ReviewTables::tr("Remote addresses"),
                ReviewTables::tr("Program"), ReviewTables::tr("Service"), ReviewTables::tr("Security"),
                ReviewTables::tr("Group"), ReviewTables::tr("Other"), ReviewTables::tr("Findings")});
    const QMap<QString, Findings> byPointer = findingsByPointer(g);
    for (qsizetype i = 0; i < g.content.firewallRules.size(); ++i) {
        const ReviewRule &r = g.content.firewallRules[i];
        const QString pointer = review::rowPointer(review::RuleKind::Firewall, i);
        addRow(model,
               {r.name, yesNo(r.enabled), r.action, r.direction, anyIfEmpty(r.profiles), r.protocol,
                anyIfEmpty(r.localPorts), anyIfEmpty(r.remotePorts), anyIfEmpty(r.localAddresses),
                anyIfEmpty(r.remoteAddresses), r.program.isEmpty() ? r.packageId : r.program, r.service,
                r.security, r.group, otherTokens(r)},
               pointer, byPointer.value(pointer));
    }
}

void fillIpsecRules(QStandardItemModel *model, const ReviewedGpo &g, const QList<ReviewRule> &rules)
{
    setHeaders(model,
               {ReviewTables::tr("Name"), ReviewTables::tr("Enabled"), ReviewTables::tr("Action"),
                ReviewTables::tr("Profiles"), ReviewTables::tr("Endpoint 1"), ReviewTables::tr("Endpoint 2"),
                ReviewTables::tr("Protocol"), ReviewTables::tr("Endpoint 1 ports"),
                ReviewTables::tr("Endpoint 2 ports"), ReviewTables::tr("First authentication"),
                ReviewTables::tr("Second authentication"), ReviewTables::tr("Crypto set"),
                ReviewTables::tr("Tunnel"), ReviewTables::tr("Other"), ReviewTables::tr("Findings")});
    const QMap<QString, Findings> byPointer = findingsByPointer(g);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ReviewRule &r = rules[i];
        const QString pointer = review::rowPointer(r.kind, i);
        addRow(model,
               {r.name, yesNo(r.enabled), r.action, anyIfEmpty(r.profiles), anyIfEmpty(r.localAddresses),
                anyIfEmpty(r.remoteAddresses), r.protocol, anyIfEmpty(r.localPorts),
                anyIfEmpty(r.remotePorts), r.authSet1, r.authSet2, r.cryptoSet,
                r.tunnelEndpoints.join(QStringLiteral(", ")), otherTokens(r)},
               pointer, byPointer.value(pointer));
    }
}

void fillSets(QStandardItemModel *model, const ReviewedGpo &g)
{
    setHeaders(model,
               {ReviewTables::tr("Kind"), ReviewTables::tr("Name"), ReviewTables::tr("Proposals, in order"),
                ReviewTables::tr("Properties"), ReviewTables::tr("Findings")});
    const QMap<QString, Findings> byPointer = findingsByPointer(g);
    for (qsizetype i = 0; i < g.content.sets.size(); ++i) {
        const review::ReviewSet &s = g.content.sets[i];
        addRow(model,
               {gpo::describeSetKind(s.kind), s.name, s.suites.join(QStringLiteral("\n")),
                s.properties.join(QStringLiteral(", "))},
               review::setPointer(i), byPointer.value(review::setPointer(i)));
    }
}

void fillReaderFindings(QStandardItemModel *model, const Findings &findings)
{
    setHeaders(model, {ReviewTables::tr("Severity"), ReviewTables::tr("Code"), ReviewTables::tr("Where"),
                       ReviewTables::tr("Finding")});
    for (const Finding &f : findings)
        addRow(model, {severityName(f.severity), f.code, f.location.toString(), f.message});
}

} // namespace

void fill(QStandardItemModel *model, const review::ReviewReport &report, ReviewDialog::Node node, int gpo)
{
    model->clear();
    if (node == Node::Root || gpo < 0 || gpo >= report.gpos.size()) {
        fillRoot(model, report);
        return;
    }
    const ReviewedGpo &g = report.gpos[gpo];
    switch (node) {
    case Node::Root:
    case Node::Gpo:
        fillGpo(model, g);
        break;
    case Node::Profiles:
        fillProfiles(model, g);
        break;
    case Node::GlobalSettings:
        fillSettings(model, g.content.globalSettings, review::kGlobalSettingsPointer);
        break;
    case Node::FirewallRules:
        fillFirewallRules(model, g);
        break;
    case Node::ConnectionSecurityRules:
        fillIpsecRules(model, g, g.content.connectionSecurityRules);
        break;
    case Node::MainModeRules:
        fillIpsecRules(model, g, g.content.mainModeRules);
        break;
    case Node::Sets:
        fillSets(model, g);
        break;
    case Node::UnknownValues:
        fillSettings(model, g.content.unknownValues, {});
        break;
    case Node::ReaderFindings:
        fillReaderFindings(model, g.source.findings);
        break;
    }
}

} // namespace ipsec::reviewtables
