#include "backgroundtask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace ipsec {
namespace {

// The bar's range when the work knows its total: done/total scaled, so byte counts beyond int fit.
constexpr int kBarSteps = 1000;

} // namespace

BackgroundTask::BackgroundTask(const QString &label, QWidget *window)
    : QObject(window), m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, window))
{
    m_dialog->setObjectName(QStringLiteral("progressDialog"));
    m_dialog->setWindowTitle(tr("Please wait"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(kShowAfterMs);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->hide();
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    // Any other way the dialog goes away (reject()) cancels too: the window must not come free while work
    // runs.
    connect(m_dialog, &QDialog::rejected, this, &BackgroundTask::cancel);
}

BackgroundTask::~BackgroundTask()
{
    delete m_dialog;
}

void BackgroundTask::cancel()
{
    m_cancelled.store(true);
    // Only on the GUI thread: the dialog lives there.
    if (thread() != QThread::currentThread())
        return;
    // QProgressDialog hides itself on Cancel; while the work winds down it stays up as a busy indicator
    // (once it had appeared), or else user input keeps waiting.
    if (m_dialog && m_running) {
        m_dialog->setLabelText(tr("Cancelling…"));
        m_dialog->setRange(0, 0);
        if (m_shown)
            m_dialog->show();
    }
    if (m_loop)
        m_loop->quit();
}

bool BackgroundTask::run(const Work &work)
{
    m_running = true;
    m_elapsed.start();
    const ProgressCallback progress = [this](qint64 done, qint64 total) {
        m_done.store(done);
        m_total.store(total);
        return !m_cancelled.load();
    };

    QEventLoop loop;
    QFutureWatcher<void> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer refreshTimer;
    refreshTimer.setInterval(kRefreshMs);
    connect(&refreshTimer, &QTimer::timeout, this, &BackgroundTask::refresh);
    QTimer showTimer;
    showTimer.setSingleShot(true);
    showTimer.setInterval(kShowAfterMs);
    connect(&showTimer, &QTimer::timeout, &loop, [this, &loop] {
        if (m_dialog && !m_cancelled.load()) {
            refresh();
            m_dialog->show();
            m_shown = true;
        }
        loop.quit(); // to take user input again, now that the dialog blocks the window
    });
    m_loop = &loop;

    // Before the worker starts, so that a cancel from a handler reaches even the shortest work.
    emit started();
    watcher.setFuture(QtConcurrent::run([work, progress] { work(progress); }));
    refreshTimer.start();
    showTimer.start();
    while (!watcher.isFinished()) {
        // Input reaches the window only through the modal dialog; before it shows (or after Cancel hid it)
        // input waits, as it would during a short synchronous call.
        const bool dialogUp = m_dialog && m_dialog->isVisible();
        loop.exec(dialogUp ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    }
    m_loop = nullptr;
    refreshTimer.stop();
    showTimer.stop();
    if (m_dialog)
        m_dialog->hide();
    m_running = false;
    return !m_cancelled.load();
}

void BackgroundTask::refresh()
{
    const qint64 done = m_done.load();
    const qint64 total = m_total.load();
    if (done == m_shownDone)
        return;
    m_shownDone = done;
    if (m_dialog && !m_cancelled.load() && total > 0) {
        if (m_dialog->maximum() != kBarSteps)
            m_dialog->setRange(0, kBarSteps);
        m_dialog->setValue(static_cast<int>(std::clamp<qint64>(done * kBarSteps / total, 0, kBarSteps)));
    }
    emit progressed(done, total);
}

} // namespace ipsec
