// Runs the validator over the open document whenever it changes: debounced, and off the GUI thread once the
// store is large. Keeps the latest findings indexed by object so that every model and editor can ask
// "what is wrong with this object / this field" in O(1).
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace ipsec {

class PolicyStore;

using Validator = std::function<Findings(const StoreData &)>;

// ipsec::validate with the common checks.
Validator defaultValidator();

class ValidationRunner : public QObject {
    Q_OBJECT
public:
    // Stores with more filters than this are validated on a worker thread.
    static constexpr std::size_t kBackgroundThreshold = 5000;

    explicit ValidationRunner(PolicyStore *store, Validator validator = defaultValidator(),
                              QObject *parent = nullptr);
    ~ValidationRunner() override;

    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    int delay() const { return m_debounce.interval(); }

    // Validates now, on this thread, and announces the result (tests, "Check policy integrity").
    void runNow();
    // Validates without waiting for the debounce: a small store at once on this thread, a large one on the
    // worker (its old findings are dropped first, so none points at objects of another document). For a
    // document just opened.
    void runSoon();
    // Until the worker's findings are taken (its future ends a little before its finished signal arrives).
    bool isPending() const { return m_debounce.isActive() || m_workerBusy || m_rerunWanted; }

    // What the field checks find in text a field holds and the document does not (docs/gui.md, "What is
    // typed is what is saved"): listed with the store's findings until the field is fixed or restored.
    // `key` names the field (object id and field); empty findings remove it.
    void setFieldFindings(const QString &key, const Findings &findings);
    // Drops every field finding of the object (its page now shows another object).
    void clearFieldFindings(const QUuid &objectId);

    const Findings &findings() const { return m_findings; }
    // The worst severity of the findings on this object (int(Severity)), or NoSeverity.
    int worstSeverity(const QUuid &objectId) const;
    // Worst severity over an object and everything below it (a list and its filters, a policy and its rules).
    int worstSeverityWithin(const QUuid &objectId) const;
    Findings findingsFor(const QUuid &objectId) const;
    QString messagesFor(const QUuid &objectId) const;

signals:
    void findingsChanged();

private:
    void schedule();
    void startRun();
    void accept(Findings findings, quint64 generation);
    void publish();

    PolicyStore *m_store;
    Validator m_validator;
    QTimer m_debounce;
    QFutureWatcher<Findings> m_watcher;
    quint64 m_generation = 0;                 // bumped by every change
    quint64 m_runningGeneration = 0;          // the generation the worker is validating
    bool m_workerBusy = false;                // from starting the worker to taking its findings
    bool m_rerunWanted = false;               // the document changed while the worker ran
    Findings m_storeFindings;                 // the validator's, of the document
    QHash<QString, Findings> m_fieldFindings; // the field checks', of text not in the document
    Findings m_findings;                      // both: field findings first
    QHash<QUuid, QList<int>> m_byObject;      // object id -> indexes into m_findings
    QHash<QUuid, int> m_worstWithin;          // object or parent id -> worst severity at or below it
};

} // namespace ipsec
