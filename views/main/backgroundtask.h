// One long read or write (a format's import or export, opening or saving a document) on a worker thread, with
// the window kept alive: a progress dialog with Cancel appears only when the work lasts longer than
// kShowAfterMs. run() returns when the work has ended, so the callers stay synchronous functions (tests call
// them directly) while the window repaints meanwhile.
//
// The work must not touch the PolicyStore or any other QObject of the GUI thread: it gets copies of what it
// needs and hands its result back through its captures; the GUI thread applies it after run().
#pragma once

#include "formats/format.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <atomic>
#include <functional>

class QEventLoop;
class QWidget;

namespace ipsec {

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    // Work shorter than this never shows a dialog (QProgressDialog::minimumDuration).
    static constexpr int kShowAfterMs = 400;
    // How often the dialog takes the worker's latest progress.
    static constexpr int kRefreshMs = 100;

    // Runs on the worker thread; reports through `progress` (any rate: the dialog samples it) and stops when
    // it returns false. A format that never reports leaves the dialog a busy indicator.
    using Work = std::function<void(const ProgressCallback &progress)>;

    // label: what is going on ("Importing x.cmd…"); window: the dialog's parent, blocked while it shows.
    BackgroundTask(const QString &label, QWidget *window);
    ~BackgroundTask() override;

    // Runs `work` and returns when it has ended. Until the dialog shows, user input waits (as in a short
    // synchronous call); then the window-modal dialog blocks the window and offers Cancel. Returns false when
    // cancelled: the work was asked to stop and may or may not have finished (the caller decides what its
    // result is worth: an import discards it; an export reports what was committed).
    bool run(const Work &work);

    // Asks the work to stop; safe from any thread. The dialog's Cancel button calls it.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const { return m_dialog; }
    // Whether the dialog appeared (the work took longer than kShowAfterMs).
    bool wasShown() const { return m_shown; }
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }

signals:
    // On the GUI thread, just before the worker starts: tests cancel here.
    void started();
    // On the GUI thread, sampled every kRefreshMs while the work reports.
    void progressed(qint64 done, qint64 total);

private:
    void refresh();

    QPointer<QProgressDialog> m_dialog;
    QEventLoop *m_loop = nullptr; // while run() waits
    QElapsedTimer m_elapsed;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    qint64 m_shownDone = -1;
    bool m_running = false;
    bool m_shown = false;
};

} // namespace ipsec
