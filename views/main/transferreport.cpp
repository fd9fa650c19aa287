#include "transferreport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>

namespace ipsec {

ObjectCounts ObjectCounts::of(const StoreData &store)
{
    ObjectCounts c;
    c.policies = store.policies.size();
    for (const Policy &p : store.policies)
        c.rules += p.rules.size();
    c.filterLists = store.filterLists.size();
    c.filters = store.filterCount();
    c.filterActions = store.filterActions.size();
    return c;
}

bool TransferReport::needsDialog() const
{
    return !findings.isEmpty() || !mergeNotes.isEmpty() || counts.filters >= kQuietFilterLimit ||
           elapsedMs >= kQuietMs;
}

QString TransferReport::title() const
{
    return direction == Direction::Import ? tr("Import report") : tr("Export report");
}

QString TransferReport::summary() const
{
    const QString names = files.isEmpty() ? QString() : QFileInfo(files.front()).fileName();
    const QString what = tr("%1 policies, %2 rules, %3 filter lists with %4 filters, %5 filter actions")
                             .arg(counts.policies)
                             .arg(counts.rules)
                             .arg(counts.filterLists)
                             .arg(counts.filters)
                             .arg(counts.filterActions);
    QString line = direction == Direction::Import ? tr("Imported %1 (%2): %3.").arg(names, formatName, what)
                                                  : tr("Exported %1 (%2): %3.").arg(names, formatName, what);
    if (!findings.isEmpty())
        line += QLatin1Char(' ') + tr("%n finding(s).", nullptr, static_cast<int>(findings.size()));
    return line;
}

QString TransferReport::text() const
{
    const QLocale locale;
    QStringList out;
    out << (direction == Direction::Import ? tr("Imported from %1").arg(files.value(0))
                                           : tr("Exported to %1").arg(files.join(QStringLiteral(", "))));
    out << tr("Format: %1").arg(formatName);
    // The exact count too once the readable size is rounded.
    out << (bytes < 1024 ? tr("Size: %1").arg(locale.formattedDataSize(bytes))
                         : tr("Size: %1 (%2 bytes)").arg(locale.formattedDataSize(bytes)).arg(bytes));
    out << tr("Duration: %1 s").arg(static_cast<double>(elapsedMs) / 1000.0, 0, 'f', 1);
    out << QString();
    out << (direction == Direction::Import ? tr("Read and merged into the document:")
                                           : tr("Written from the document:"));
    const auto row = [&](const QString &name, std::size_t n) {
        out << QStringLiteral("  %1 %2").arg(name, -16).arg(n, 8);
    };
    row(tr("Policies"), counts.policies);
    row(tr("Rules"), counts.rules);
    row(tr("Filter lists"), counts.filterLists);
    row(tr("Filters"), counts.filters);
    row(tr("Filter actions"), counts.filterActions);
    if (!mergeNotes.isEmpty()) {
        out << QString()
            << tr("Renamed or changed on the way in (%n):", nullptr, static_cast<int>(mergeNotes.size()));
        for (const QString &note : mergeNotes)
            out << QStringLiteral("  ") + note;
    }
    out << QString();
    if (findings.isEmpty()) {
        out << tr("No findings.");
    } else {
        out << tr("Findings: %1 errors, %2 warnings, %3 infos")
                   .arg(countOf(findings, Severity::Error))
                   .arg(countOf(findings, Severity::Warning))
                   .arg(countOf(findings, Severity::Info));
        for (const Finding &f : findings)
            out << QStringLiteral("  ") + f.toString();
    }
    return out.join(QLatin1Char('\n'));
}

qint64 TransferReport::sizeOnDisk(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace ipsec
