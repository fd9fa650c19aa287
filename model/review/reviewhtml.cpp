// The review as one self-contained HTML page: what a reviewer attaches to a change ticket (docs/review.md).
// Every text from the reviewed files passes through esc(); the page loads nothing from elsewhere.
#include "baseline.h"
#include "reviewoutput.h"

#include <QMap>
#include <QSet>
#include <functional>

namespace ipsec::review {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString anyIfEmpty(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("any") : values.join(QStringLiteral(", "));
}

// The anchor of a row: GPO index and the finding's pointer ("/firewallRules/3" -> "g0-firewallRules-3").
QString anchor(qsizetype gpoIndex, const QString &pointer)
{
    QString id = QStringLiteral("g%1%2").arg(gpoIndex).arg(pointer);
    id.replace(u'/', u'-');
    return esc(id);
}

const char kStyle[] = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1b1f24;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:2px solid #2b5797}
h3{font-size:15px;margin:20px 0 6px}p.meta{color:#57606a;margin:2px 0}
table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}
th,td{border:1px solid #d0d7de;padding:3px 7px;text-align:left;vertical-align:top}
td.long{max-width:300px;overflow-wrap:anywhere}
th{background:#eef2f7}table.sortable th{cursor:pointer}table.sortable th:hover{background:#dde5f0}
tr.error td{background:#ffebe9}tr.warning td{background:#fff8c5}tr.off td{color:#6e7781}
td.error{color:#cf222e;font-weight:600}td.warning{color:#9a6700;font-weight:600}td.info{color:#0969da}
a{color:#0969da}code{font-family:ui-monospace,Consolas,monospace;font-size:12px}
.badge{display:inline-block;border-radius:10px;padding:1px 9px;margin-right:6px;font-weight:600}
.b-error{background:#ffebe9;color:#cf222e}.b-warning{background:#fff8c5;color:#9a6700}
.b-info{background:#ddf4ff;color:#0969da}:target{outline:3px solid #2b5797}
)";

// Sorts a table by the clicked column (numbers numerically); inline, so that the page works offline.
const char kSortScript[] = R"(
document.querySelectorAll('table.sortable').forEach(function(t){
 t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
  var b=t.tBodies[0],rows=Array.from(b.rows),asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
  rows.sort(function(x,y){var p=x.cells[i].innerText,q=y.cells[i].innerText,m=parseFloat(p),n=parseFloat(q);
   var c=(!isNaN(m)&&!isNaN(n))?m-n:p.localeCompare(q);return asc?c:-c;});
  rows.forEach(function(r){b.appendChild(r);});});});});
)";

struct Page {
    QString html;
    Page &operator<<(const QString &s)
    {
        html += s;
        return *this;
    }
};

QString severityClass(Severity s)
{
    return severityName(s);
}

// Findings per pointer of one GPO, to mark and link rows.
using FindingsByRow = QMap<QString, Findings>;

FindingsByRow findingsByRow(const ReviewedGpo &g)
{
    FindingsByRow out;
    for (const Finding &f : g.findings)
        if (!f.location.pointer.isEmpty())
            out[f.location.pointer] << f;
    return out;
}

QString worstClass(const Findings &findings)
{
    if (findings.isEmpty())
        return {};
    Severity worst = Severity::Info;
    for (const Finding &f : findings)
        worst = std::max(worst, f.severity);
    return worst == Severity::Info ? QString() : severityClass(worst);
}

QString codesCell(qsizetype gpoIndex, const Findings &findings)
{
    QStringList codes;
    for (qsizetype i = 0; i < findings.size(); ++i)
        codes << QStringLiteral("<a href=\"#%1-f\" title=\"%2\">%3</a>")
                     .arg(anchor(gpoIndex, findings[i].location.pointer), esc(findings[i].message),
                          esc(findings[i].code));
    codes.removeDuplicates();
    return codes.join(u' ');
}

void settingsTable(Page &page, const ReviewedGpo &g, qsizetype gi)
{
    QStringList keys;
    QMap<QString, QString> labels;
    for (const ReviewProfile &p : g.content.profiles)
        for (const ReviewSetting &s : p.settings)
            if (!keys.contains(s.key)) {
                keys << s.key;
                labels.insert(s.key, s.label);
            }
    page << QStringLiteral("<h3>Firewall profiles</h3>\n");
    if (keys.isEmpty()) {
        page << QStringLiteral("<p>This GPO sets no profile value.</p>\n");
        return;
    }
    page << QStringLiteral("<table class=\"profiles\"><thead><tr><th>Setting</th>");
    for (const ReviewProfile &p : g.content.profiles)
        page << QStringLiteral("<th id=\"%1\">%2</th>").arg(anchor(gi, profilePointer(p.key)), esc(p.label));
    page << QStringLiteral("</tr></thead><tbody>\n");
    for (const QString &key : keys) {
        page << QStringLiteral("<tr><td>%1</td>").arg(esc(labels.value(key)));
        for (const ReviewProfile &p : g.content.profiles) {
            const ReviewSetting *s = p.find(key);
            page << QStringLiteral("<td>%1</td>").arg(s ? esc(s->text) : QStringLiteral("<i>not set</i>"));
        }
        page << QStringLiteral("</tr>\n");
    }
    page << QStringLiteral("</tbody></table>\n");
}

void globalTable(Page &page, const ReviewedGpo &g, qsizetype gi)
{
    if (g.content.globalSettings.isEmpty())
        return;
    page << QStringLiteral("<h3 id=\"%1\">Global IPsec settings</h3>\n<table><thead><tr><th>Setting</th>"
                           "<th>Value</th><th>Registry value</th></tr></thead><tbody>\n")
                .arg(anchor(gi, kGlobalSettingsPointer));
    for (const ReviewSetting &s : g.content.globalSettings)
        page << QStringLiteral("<tr><td>%1</td><td>%2</td><td><code>%3</code></td></tr>\n")
                    .arg(esc(s.label), esc(s.text), esc(s.registryName));
    page << QStringLiteral("</tbody></table>\n");
}

// One text cell of a rule row; `wraps`: long text (paths, address lists) that may break anywhere.
struct Cell {
    QString text;
    bool wraps = false;
};

// A rule table: number, name, enabled and action first, then the kind's own columns, then the findings.
void ruleTable(Page &page, const QList<ReviewRule> &rules, const QString &tableClass,
               const QStringList &headers, qsizetype gi, const FindingsByRow &rows,
               const std::function<QList<Cell>(const ReviewRule &)> &cells)
{
    page << QStringLiteral(
                "<table class=\"sortable rules %1\"><thead><tr><th>#</th><th>Name</th><th>Enabled</th>"
                "<th>Action</th>")
                .arg(tableClass);
    for (const QString &h : headers)
        page << QStringLiteral("<th>%1</th>").arg(esc(h));
    page << QStringLiteral("<th>Findings</th></tr></thead><tbody>\n");
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ReviewRule &r = rules[i];
        const QString pointer = rowPointer(r.kind, i);
        const Findings findings = rows.value(pointer);
        const QString cls = r.enabled ? worstClass(findings) : QStringLiteral("off");
        page << QStringLiteral("<tr id=\"%1\"%2><td>%3</td><td class=\"long\" title=\"%4\">%5</td><td>%6</td>"
                               "<td>%7</td>")
                    .arg(anchor(gi, pointer),
                         cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls))
                    .arg(i + 1)
                    .arg(esc(r.id), esc(r.name), r.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                         esc(r.action));
        for (const Cell &c : cells(r))
            page << (c.wraps ? QStringLiteral("<td class=\"long\">%1</td>") : QStringLiteral("<td>%1</td>"))
                        .arg(esc(c.text));
        page << QStringLiteral("<td>%1</td></tr>\n").arg(codesCell(gi, findings));
    }
    page << QStringLiteral("</tbody></table>\n");
}

void firewallTable(Page &page, const ReviewedGpo &g, qsizetype gi, const FindingsByRow &rows)
{
    page << QStringLiteral("<h3>Firewall rules (%1)</h3>\n").arg(g.content.firewallRules.size());
    if (g.content.firewallRules.isEmpty())
        return;
    ruleTable(page, g.content.firewallRules, QStringLiteral("firewall"),
              {QStringLiteral("Direction"), QStringLiteral("Profiles"), QStringLiteral("Protocol"),
               QStringLiteral("Local ports"), QStringLiteral("Remote ports"),
               QStringLiteral("Remote addresses"), QStringLiteral("Program"), QStringLiteral("Service")},
              gi, rows, [](const ReviewRule &r) {
                  return QList<Cell>{{r.direction},
                                     {anyIfEmpty(r.profiles)},
                                     {r.protocol},
                                     {anyIfEmpty(r.localPorts)},
                                     {anyIfEmpty(r.remotePorts)},
                                     {anyIfEmpty(r.remoteAddresses), true},
                                     {r.program.isEmpty() ? r.packageId : r.program, true},
                                     {r.service}};
              });
}

void ipsecRuleTable(Page &page, const QList<ReviewRule> &rules, const QString &title, qsizetype gi,
                    const FindingsByRow &rows)
{
    if (rules.isEmpty())
        return;
    page << QStringLiteral("<h3>%1 (%2)</h3>\n").arg(esc(title)).arg(rules.size());
    ruleTable(page, rules, QStringLiteral("ipsec"),
              {QStringLiteral("Profiles"), QStringLiteral("Endpoint 1"), QStringLiteral("Endpoint 2"),
               QStringLiteral("Protocol"), QStringLiteral("First authentication"),
               QStringLiteral("Second authentication"), QStringLiteral("Crypto set")},
              gi, rows, [](const ReviewRule &r) {
                  return QList<Cell>{{anyIfEmpty(r.profiles)},
                                     {anyIfEmpty(r.localAddresses), true},
                                     {anyIfEmpty(r.remoteAddresses), true},
                                     {r.protocol},
                                     {r.authSet1},
                                     {r.authSet2},
                                     {r.cryptoSet}};
              });
}

void setsTable(Page &page, const ReviewedGpo &g, qsizetype gi, const FindingsByRow &rows)
{
    if (g.content.sets.isEmpty())
        return;
    page << QStringLiteral("<h3>Authentication and crypto sets (%1)</h3>\n<table class=\"sets\"><thead><tr>"
                           "<th>Kind</th><th>Name</th><th>Proposals, in order</th><th>Properties</th>"
                           "<th>Findings</th></tr></thead><tbody>\n")
                .arg(g.content.sets.size());
    for (qsizetype i = 0; i < g.content.sets.size(); ++i) {
        const ReviewSet &s = g.content.sets[i];
        const Findings findings = rows.value(setPointer(i));
        const QString cls = worstClass(findings);
        QStringList suites;
        for (const QString &suite : s.suites)
            suites << esc(suite);
        page << QStringLiteral(
                    "<tr id=\"%1\"%2><td>%3</td><td class=\"long\" title=\"%4\">%5</td><td>%6</td><td>%7</td>"
                    "<td>%8</td></tr>\n")
                    .arg(anchor(gi, setPointer(i)),
                         cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls),
                         esc(gpo::describeSetKind(s.kind)), esc(s.id), esc(s.name),
                         suites.join(QStringLiteral("<br>")), esc(s.properties.join(QStringLiteral(", "))),
                         codesCell(gi, findings));
    }
    page << QStringLiteral("</tbody></table>\n");
}

void findingsTable(Page &page, const Findings &findings, qsizetype gi, const QString &title)
{
    page << QStringLiteral("<h3>%1 (%2)</h3>\n").arg(esc(title)).arg(findings.size());
    if (findings.isEmpty())
        return;
    page << QStringLiteral("<table class=\"sortable findings\"><thead><tr><th>Severity</th><th>Code</th>"
                           "<th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>\n");
    QSet<QString> anchored;
    for (const Finding &f : findings) {
        QString where = esc(f.location.toString());
        QString rowId;
        if (gi >= 0 && !f.location.pointer.isEmpty()) {
            where = QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor(gi, f.location.pointer), where);
            // The first finding of a row is the target of the row's links.
            const QString id = anchor(gi, f.location.pointer) + QStringLiteral("-f");
            if (!anchored.contains(id)) {
                anchored.insert(id);
                rowId = QStringLiteral(" id=\"%1\"").arg(id);
            }
        }
        page << QStringLiteral(
                    "<tr%1><td class=\"%2\">%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(rowId, severityClass(f.severity), severityName(f.severity), esc(f.code), where,
                         esc(f.message), esc(f.hint));
    }
    page << QStringLiteral("</tbody></table>\n");
}

void gpoSection(Page &page, const ReviewedGpo &g, qsizetype gi)
{
    const gpo::GpoBackupReview &s = g.source;
    page << QStringLiteral("<h2 id=\"g%1\">%2</h2>\n").arg(gi).arg(esc(g.title()));
    if (s.isWfw)
        page << QStringLiteral("<p class=\"meta\">File <code>%1</code></p>\n").arg(esc(s.folder));
    else
        page << QStringLiteral("<p class=\"meta\">GPO <code>%1</code> in %2, backup <code>%3</code> taken %4 "
                               "from %5</p>\n")
                    .arg(esc(s.gpoGuid), esc(s.domain), esc(s.backupId), esc(s.backupTime),
                         esc(s.domainController));
    if (s.legacyIpsecLinked)
        page << QStringLiteral(
                    "<p class=\"meta\"><span class=\"badge b-warning\">legacy IPsec</span>A legacy "
                    "IPsec policy is assigned: only the link %1 is in the backup, the policy data is "
                    "not.</p>\n")
                    .arg(esc(s.legacyIpsecLink));
    page << QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(s.summary()));
    const FindingsByRow rows = findingsByRow(g);
    settingsTable(page, g, gi);
    globalTable(page, g, gi);
    firewallTable(page, g, gi, rows);
    ipsecRuleTable(page, g.content.connectionSecurityRules, QStringLiteral("Connection security rules"), gi,
                   rows);
    ipsecRuleTable(page, g.content.mainModeRules, QStringLiteral("Main mode rules"), gi, rows);
    setsTable(page, g, gi, rows);
    if (!g.content.unknownValues.isEmpty()) {
        page << QStringLiteral("<h3>Unknown values (%1)</h3>\n<table><thead><tr><th>Registry value</th>"
                               "<th>Data</th></tr></thead><tbody>\n")
                    .arg(g.content.unknownValues.size());
        for (const ReviewSetting &u : g.content.unknownValues)
            page << QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>\n")
                        .arg(esc(u.registryName), esc(u.text));
        page << QStringLiteral("</tbody></table>\n");
    }
    findingsTable(page, g.findings, gi, QStringLiteral("Reviewer's findings"));
    findingsTable(page, s.findings, -1, QStringLiteral("Reading the files"));
}

void baselineSection(Page &page, const BaselineComparison &b)
{
    page << QStringLiteral("<h2 id=\"baseline\">Compared with the baseline</h2>\n<p class=\"meta\">Baseline "
                           "<code>%1</code>: %2 missing, %3 conflicting, %4 differing, %5 only here</p>\n")
                .arg(esc(b.baselinePath))
                .arg(b.count(DifferenceKind::Missing))
                .arg(b.count(DifferenceKind::Conflicts))
                .arg(b.count(DifferenceKind::Differs))
                .arg(b.count(DifferenceKind::Extra));
    if (b.differences.isEmpty())
        return;
    page << QStringLiteral("<table class=\"sortable baseline\"><thead><tr><th>Difference</th><th>Area</th>"
                           "<th>Item</th><th>Baseline</th><th>This backup</th></tr></thead><tbody>\n");
    for (const BaselineDifference &d : b.differences) {
        const QString cls = d.kind == DifferenceKind::Conflicts || d.kind == DifferenceKind::Missing
                                ? QStringLiteral(" class=\"warning\"")
                                : QString();
        page << QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(cls, differenceName(d.kind), esc(d.area), esc(d.item), esc(d.baselineValue),
                         esc(d.thisValue));
    }
    page << QStringLiteral("</tbody></table>\n");
}

} // namespace

QByteArray reportToHtml(const ReviewReport &report)
{
    Page page;
    page << QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width\">\n<title>Review of %1</title>\n"
                "<style>%2</style>\n</head><body>\n")
                .arg(esc(report.path), QLatin1String(kStyle));
    page << QStringLiteral(
                "<h1>GPO review</h1>\n<p class=\"meta\"><code>%1</code> &middot; made by IPsec Policy "
                "Designer</p>\n")
                .arg(esc(report.path));
    page << QStringLiteral(
                "<h2 id=\"summary\">Summary</h2>\n<p><span class=\"badge b-error\">%1 error(s)</span>"
                "<span class=\"badge b-warning\">%2 warning(s)</span><span class=\"badge b-info\">%3 "
                "note(s)</span></p>\n")
                .arg(report.countFindings(Severity::Error))
                .arg(report.countFindings(Severity::Warning))
                .arg(report.countFindings(Severity::Info));
    page << QStringLiteral("<table class=\"sortable summary\"><thead><tr><th>GPO</th><th>Firewall rules</th>"
                           "<th>Connection security rules</th><th>Sets</th><th>Errors</th><th>Warnings</th>"
                           "<th>Notes</th></tr></thead><tbody>\n");
    for (qsizetype i = 0; i < report.gpos.size(); ++i) {
        const ReviewedGpo &g = report.gpos[i];
        const Findings all = g.findings + g.source.findings;
        page << QStringLiteral(
                    "<tr><td><a href=\"#g%1\">%2</a></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                    "<td>%7</td><td>%8</td></tr>\n")
                    .arg(i)
                    .arg(esc(g.title()))
                    .arg(g.content.firewallRules.size())
                    .arg(g.content.connectionSecurityRules.size())
                    .arg(g.content.sets.size())
                    .arg(countOf(all, Severity::Error))
                    .arg(countOf(all, Severity::Warning))
                    .arg(countOf(all, Severity::Info));
    }
    page << QStringLiteral("</tbody></table>\n");
    if (!report.findings.isEmpty())
        findingsTable(page, report.findings, -1, QStringLiteral("About the backup root"));
    for (qsizetype i = 0; i < report.gpos.size(); ++i)
        gpoSection(page, report.gpos[i], i);
    if (report.baseline)
        baselineSection(page, *report.baseline);
    page << QStringLiteral("<script>%1</script>\n</body></html>\n").arg(QLatin1String(kSortScript));
    return page.html.toUtf8();
}

} // namespace ipsec::review
