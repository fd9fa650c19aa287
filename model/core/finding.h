// Findings: the one type for everything that judges a store or an input (validation, import problems,
// export refusals, migration notes). Codes are stable and listed in docs/findings.md.
#pragma once

#include <QList>
#include <QString>
#include <QUuid>
#include <cstdint>

namespace ipsec {

enum class Severity : std::uint8_t { Info, Warning, Error };

enum class ObjectKind : std::uint8_t {
    None,
    Store,
    FilterList,
    Filter,
    FilterAction,
    Policy,
    Rule,
    DefaultResponseRule,
};

// Where a finding points: an object of the store (with the field), and/or a place in an input file.
struct Location {
    ObjectKind kind = ObjectKind::None;
    QUuid objectId;     // the object itself (filter, rule, list, action, policy)
    QUuid parentId;     // the filter list of a filter, the policy of a rule
    QString objectPath; // human readable: Policy 'x' / Rule 'y'
    QString field;      // e.g. "source.mask", "securityMethods[1].lifetimeSeconds"
    QString file;
    int line = 0;   // 1-based, 0 = unknown
    int column = 0; // 1-based, 0 = unknown
    qint64 byteOffset = -1;
    QString pointer; // JSON pointer, for the document format

    friend bool operator==(const Location &, const Location &) = default;
    QString toString() const;          // "file:line:col", "object path (field)", "byte 42" ... joined
    void appendTo(QString &out) const; // toString() appended, without a string of its own
};

struct Finding {
    QString code; // e.g. IPS-012
    Severity severity = Severity::Error;
    Location location;
    QString message;
    QString hint;

    friend bool operator==(const Finding &, const Finding &) = default;
    QString toString() const; // one line: "error IPS-012 <location>: message (hint)"
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
int countOf(const Findings &findings, Severity severity);
// One finding a line (Finding::toString), the first `max` of them, or all when `max` is negative.
QString findingLines(const Findings &findings, int max = -1);
QString severityName(Severity s); // "error", "warning", "info"

} // namespace ipsec
