#include "validationrunner.h"

#include "core/policystore.h"
#include "roles.h"
#include "validation/validator.h"

#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace ipsec {

Validator defaultValidator()
{
    return [](const StoreData &data) { return validate(data); };
}

ValidationRunner::ValidationRunner(PolicyStore *store, Validator validator, QObject *parent)
    : QObject(parent), m_store(store), m_validator(std::move(validator))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ValidationRunner::startRun);
    connect(m_store, &PolicyStore::changed, this, &ValidationRunner::schedule);
    connect(&m_watcher, &QFutureWatcher<Findings>::finished, this, [this] {
        m_workerBusy = false;
        accept(m_watcher.result(), m_runningGeneration);
        if (std::exchange(m_rerunWanted, false))
            startRun();
    });
}

ValidationRunner::~ValidationRunner()
{
    m_watcher.waitForFinished();
}

void ValidationRunner::schedule()
{
    ++m_generation; // results of runs started before this change are stale
    m_debounce.start();
}

void ValidationRunner::startRun()
{
    if (m_store->data().filterCount() <= kBackgroundThreshold) {
        runNow();
        return;
    }
    if (m_workerBusy) {
        // The running pass will be discarded (its generation is old): run again when it is done, without
        // polling (with a zero delay a restarted timer would spin).
        m_rerunWanted = true;
        return;
    }
    m_runningGeneration = m_generation;
    m_workerBusy = true;
    // The worker gets its own copy: the document may change while it runs.
    m_watcher.setFuture(
        QtConcurrent::run([validator = m_validator, data = m_store->data()] { return validator(data); }));
}

void ValidationRunner::runSoon()
{
    ++m_generation; // a pass already running speaks of the document as it was (or in another language)
    m_debounce.stop();
    if (m_store->data().filterCount() > kBackgroundThreshold)
        accept({}, m_generation);
    startRun();
}

void ValidationRunner::runNow()
{
    m_debounce.stop();
    accept(m_validator(m_store->data()), m_generation);
}

void ValidationRunner::accept(Findings findings, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_storeFindings = std::move(findings);
    publish();
}

void ValidationRunner::setFieldFindings(const QString &key, const Findings &findings)
{
    if (findings.isEmpty() ? !m_fieldFindings.remove(key) : m_fieldFindings.value(key) == findings)
        return;
    if (!findings.isEmpty())
        m_fieldFindings.insert(key, findings);
    publish();
}

void ValidationRunner::clearFieldFindings(const QUuid &objectId)
{
    const auto removed = m_fieldFindings.removeIf([&objectId](const auto &entry) {
        return !entry.value().isEmpty() && entry.value().front().location.objectId == objectId;
    });
    if (removed > 0)
        publish();
}

void ValidationRunner::publish()
{
    m_findings.clear();
    for (const Findings &f : std::as_const(m_fieldFindings))
        m_findings.append(f);
    m_findings.append(m_storeFindings);
    m_byObject.clear();
    m_worstWithin.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Location &where = m_findings[i].location;
        const int severity = static_cast<int>(m_findings[i].severity);
        if (!where.objectId.isNull()) {
            m_byObject[where.objectId].append(i);
            int &worst =
                m_worstWithin.insert(where.objectId, m_worstWithin.value(where.objectId, NoSeverity)).value();
            worst = std::max(worst, severity);
        }
        if (!where.parentId.isNull()) {
            int &worst =
                m_worstWithin.insert(where.parentId, m_worstWithin.value(where.parentId, NoSeverity)).value();
            worst = std::max(worst, severity);
        }
    }
    emit findingsChanged();
}

int ValidationRunner::worstSeverity(const QUuid &objectId) const
{
    int worst = NoSeverity;
    for (int i : m_byObject.value(objectId))
        worst = std::max(worst, static_cast<int>(m_findings[i].severity));
    return worst;
}

int ValidationRunner::worstSeverityWithin(const QUuid &objectId) const
{
    return m_worstWithin.value(objectId, NoSeverity);
}

Findings ValidationRunner::findingsFor(const QUuid &objectId) const
{
    Findings out;
    for (int i : m_byObject.value(objectId))
        out.append(m_findings[i]);
    return out;
}

QString ValidationRunner::messagesFor(const QUuid &objectId) const
{
    QStringList lines;
    for (int i : m_byObject.value(objectId))
        lines.append(m_findings[i].code + QStringLiteral(": ") + m_findings[i].message);
    return lines.join(u'\n');
}

} // namespace ipsec
