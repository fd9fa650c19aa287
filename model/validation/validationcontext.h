// The state one validation run shares between its checks: the store, the requested targets and the sink,
// plus the two questions almost every check asks (is this Windows new enough, can the targets carry it).
#pragma once

#include "findingsink.h"

#include <functional>

namespace ipsec::validation {

using Capability = bool TargetCapabilities::*;

class Context {
public:
    Context(const StoreData &store, const ValidationOptions &options);

    const StoreData &store() const { return m_store; }
    FindingSink &sink() { return m_sink; }
    bool hasTargets() const { return !m_targets.isEmpty(); }
    const QList<const TargetCapabilities *> &targets() const { return m_targets; }
    // True when a requested target lacks the capability (lets callers skip work nobody needs).
    bool anyTargetLacks(Capability c) const;

    void add(Code code, Location location, QString message, QString hint = {})
    {
        m_sink.add(code, std::move(location), std::move(message), std::move(hint));
    }

    // IPS-070 when the store targets a Windows older than `minimum`. `what` names the setting and its object.
    void requireWindows(WindowsTarget minimum, const Location &where, const QString &what);
    // IPS-081 for every requested target that cannot carry the setting.
    void requireCapability(Capability c, const Location &where, const QString &what);
    // IPS-082 for every requested target that carries the setting with a loss; `consequence` says which.
    void warnIfLossy(Capability c, const Location &where, const QString &what, const QString &consequence);
    // IPS-080 for every requested legacy target (one without modern algorithms).
    void requireModernAlgorithms(const Location &where, const QString &what);

    static QString capitalizedTarget(Target t);         // "A netsh ipsec static script"
    static QString minimumWindowsName(WindowsTarget w); // "Windows Vista" (displayName adds "or later")

private:
    const StoreData &m_store;
    QList<const TargetCapabilities *> m_targets;
    FindingSink m_sink;
};

// "securityMethods[2]" and friends: field paths are 0-based, as in the JSON document.
QString indexedField(const QString &list, qsizetype index, const QString &member = {});

// Per-area checks (filterchecks.cpp, methodchecks.cpp).
struct FilterListUse {
    bool usedByTransportRule = false;
    const Policy *tunnelPolicy = nullptr; // the first tunnel rule that uses the list, if any
    const Rule *tunnelRule = nullptr;
};
void checkFilterList(Context &ctx, const FilterList &list, const FilterListUse &use);

using LocationMaker = std::function<Location(const QString &field)>;
// `owner` names the object in messages: "filter action 'A'", "the default response rule of policy 'P'".
void checkSecurityMethods(Context &ctx, const QList<SecurityMethod> &methods, const LocationMaker &where,
                          const QString &owner);
void checkIkeSettings(Context &ctx, const Policy &policy);
// `negotiates`: the methods are used for negotiation (warn about preshared keys only then).
void checkAuthMethods(Context &ctx, const QList<AuthMethod> &methods, bool negotiates,
                      const LocationMaker &where, const QString &owner);

// Analysis checks (analysischecks.cpp): overlapping filters of a policy's active rules, the stored intents,
// and a crypto baseline.
void checkOverlaps(Context &ctx, const Policy &policy, int maxListed);
void checkIntents(Context &ctx);
// False (and nothing checked) when no baseline has that name.
bool checkBaseline(Context &ctx, const QString &baselineName);

} // namespace ipsec::validation
