// The Tools commands of the window and File → Review GPO Backup…: apply through a backend, read a backend's
// store, review a GPO backup, compare with another file, check against a peer policy. Each shows its dialog
// through the window's DialogRunner hook (windowhooks.h).
#include "analysis/analysisdocks.h"
#include "analysis/storediff.h"
#include "backends/applydialog.h"
#include "backends/readbackenddialog.h"
#include "core/policystore.h"
#include "formats/formatregistry.h"
#include "formats/gpo/gpobackup.h"
#include "mainwindow.h"
#include "review/reviewdialog.h"
#include "textreportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStatusBar>

namespace ipsec {
namespace {

// The format that reads `path`: the one whose suffixes name it, else the document format.
const FormatDescriptor *formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatDescriptor &f : formats())
        if (f.importFile && f.fileSuffixes.contains(suffix, Qt::CaseInsensitive))
            return &f;
    return findFormat(QStringLiteral("json"));
}

// What reviewGpoPath reads for a chosen file: a backup's XML stands for its folder, a registry.pol for the
// backup folder above it (DomainSysvol/GPO/Machine/registry.pol).
QString reviewRootFor(const QString &chosen)
{
    const QFileInfo info(chosen);
    if (!info.isFile())
        return chosen;
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xml")
        return info.absolutePath();
    if (suffix == u"pol") {
        QDir dir = info.absoluteDir();
        for (int up = 0; up < 5; ++up) {
            if (gpo::resolveInside(dir.path(), QStringLiteral("Backup.xml")))
                return dir.path();
            if (!dir.cdUp())
                break;
        }
    }
    return chosen;
}

} // namespace

void MainWindow::applyToBackend()
{
    ApplyDialog dialog(m_store->data(), this);
    m_hooks.runDialog(dialog);
    if (dialog.report())
        statusBar()->showMessage(tr("Apply: %1").arg(outcomeName(dialog.report()->outcome)), 8000);
}

bool MainWindow::readFromBackend()
{
    ReadBackendDialog dialog(this);
    if (m_hooks.runDialog(dialog) != QDialog::Accepted || !dialog.readResult() || !dialog.readResult()->ok)
        return false;
    const ReadResult &result = *dialog.readResult();
    if (!m_documents->openAsNewDocument(result.store, tr("the backend's store")))
        return false;
    if (!result.findings.isEmpty())
        ask(QMessageBox::Information, tr("Read from backend"), findingLines(result.findings, 30));
    return true;
}

bool MainWindow::reviewBackup(const QString &path)
{
    const QString root = reviewRootFor(path);
    // Hundreds of GPOs take a while: read on the worker, with progress (the report is a copy, no QObject).
    review::ReviewReport report;
    const bool completed = m_documents->runInBackground(
        tr("Reviewing %1…").arg(QFileInfo(root).fileName()), [&](const ProgressCallback &progress) {
            report = review::buildReport(
                review::readReviewPath(root, [&progress](int done, int total) { progress(done, total); }));
        });
    if (!completed)
        return false;
    QStringList withFirewallContent;
    for (const review::ReviewedGpo &g : report.gpos)
        if (!g.source.wfas.connectionSecurityRules.isEmpty())
            withFirewallContent.append(g.title());
    ReviewDialog dialog(std::move(report), this);
    if (!withFirewallContent.isEmpty())
        dialog.setAction(tr("&Open Firewall Content as Document"), withFirewallContent);
    if (m_hooks.runDialog(dialog) != QDialog::Accepted)
        return false;
    const FormatDescriptor *format = findFormat(QStringLiteral("gpo-backup"));
    if (!format || !format->importFile)
        return false;
    FormatOptions options;
    if (QFileInfo(root).isDir() && !dialog.choice().isEmpty())
        options.set(QStringLiteral("gpo"), dialog.choice());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportResult imported = format->importFile(root, options);
    QApplication::restoreOverrideCursor();
    if (!imported.ok) {
        ask(QMessageBox::Critical, tr("Open backup content"),
            tr("The firewall content could not be translated:\n\n%1")
                .arg(findingLines(imported.findings, 15)));
        return false;
    }
    if (!m_documents->openAsNewDocument(imported.store, QFileInfo(root).fileName()))
        return false;
    if (!imported.findings.isEmpty())
        ask(QMessageBox::Information, tr("Migration report"), findingLines(imported.findings, 30));
    return true;
}

std::optional<StoreData> MainWindow::readOtherStore(const QString &path, const QString &formatName,
                                                    const QString &title)
{
    const FormatDescriptor *format = formatName.isEmpty() ? formatForPath(path) : findFormat(formatName);
    if (!format || !format->importFile) {
        ask(QMessageBox::Critical, title, tr("No format of this build reads %1.").arg(path));
        return std::nullopt;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportResult other = format->importFile(path, {});
    QApplication::restoreOverrideCursor();
    if (!other.ok) {
        ask(QMessageBox::Critical, title,
            tr("%1 could not be read:\n\n%2")
                .arg(QFileInfo(path).fileName(), findingLines(other.findings, 15)));
        return std::nullopt;
    }
    return other.store;
}

bool MainWindow::compareWithFile(const QString &path, const QString &formatName)
{
    const std::optional<StoreData> other = readOtherStore(path, formatName, tr("Compare"));
    if (!other)
        return false;
    const QString text = analysis::renderDiff(analysis::diffStores(m_store->data(), *other));
    TextReportDialog dialog(tr("This document compared with %1").arg(QFileInfo(path).fileName()), text, this);
    m_hooks.runDialog(dialog);
    return true;
}

bool MainWindow::checkAgainstPeer(const QString &path)
{
    const std::optional<StoreData> peer = readOtherStore(path, {}, tr("Check against a Peer Policy"));
    if (!peer)
        return false;
    const QString name = QFileInfo(path).fileName();
    TextReportDialog dialog(tr("This document checked against %1").arg(name),
                            peerCheckReport(m_store->data(), *peer, name), this);
    dialog.wrapLines();
    m_hooks.runDialog(dialog);
    return true;
}

void MainWindow::chooseAndReview()
{
    const QString path = m_hooks.chooseFile(
        false, tr("Review GPO Backup (a backup's manifest.xml or Backup.xml, a registry.pol or a .wfw)"),
        tr("GPO backups (*.xml *.pol *.wfw);;All files (*)"));
    if (!path.isEmpty())
        reviewBackup(path);
}

QString MainWindow::choosePolicyFile(const QString &title)
{
    QStringList patterns;
    for (const FormatDescriptor &f : formats())
        if (f.importFile)
            for (const QString &s : f.fileSuffixes)
                patterns.append(QStringLiteral("*.") + s);
    patterns.append(QStringLiteral("*.ipsecstore"));
    patterns.removeDuplicates();
    return m_hooks.chooseFile(false, title, tr("Policy files (%1);;All files (*)").arg(patterns.join(u' ')));
}

void MainWindow::chooseAndCompare()
{
    const QString path = choosePolicyFile(tr("Compare with File"));
    if (!path.isEmpty())
        compareWithFile(path);
}

void MainWindow::chooseAndCheckPeer()
{
    const QString path = choosePolicyFile(tr("Check against a Peer Policy"));
    if (!path.isEmpty())
        checkAgainstPeer(path);
}

} // namespace ipsec
