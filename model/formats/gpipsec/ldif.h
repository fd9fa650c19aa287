// LDIF (RFC 2849): records of content or changes, read and written. Knows nothing of IPsec.
#pragma once

#include "core/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ipsec::gpipsec {

struct LdifAttribute {
    QString name;     // as written, without options (";binary")
    QByteArray value; // UTF-8 text or binary
};

struct LdifModification {
    enum class Operation : std::uint8_t { Add, Replace, Delete };
    Operation operation = Operation::Replace;
    QString attribute;
    QList<QByteArray> values;
};

struct LdifRecord {
    enum class ChangeType : std::uint8_t { Content, Add, Modify, Delete, ModRdn };
    QString dn;
    int line = 0; // of the dn line, 1-based
    ChangeType changeType = ChangeType::Content;
    QList<LdifAttribute> attributes; // Content and Add
    QList<LdifModification> modifications;
    // Problems with values of this record (invalid base64): the caller decides whether the record matters.
    Findings valueProblems;

    QList<QByteArray> values(const QString &attribute) const; // any letter case
};

struct LdifParseResult {
    QList<LdifRecord> records;
    Findings findings;
};

// Reads UTF-8 (with or without BOM) or UTF-16LE with BOM (ldifde -u); CRLF or LF; folded lines; comments;
// base64 values. Syntax errors name the line; a broken record is skipped, the others are kept.
LdifParseResult parseLdif(const QByteArray &bytes, const QString &fileName = {});

// Writes records with RFC 2849 rules: values that are not safe strings are base64, lines are folded at 76.
class LdifWriter {
public:
    void comment(const QString &text);
    void beginAdd(const QString &dn);
    void attribute(const QString &name, const QByteArray &value);
    void attribute(const QString &name, const QString &value) { attribute(name, value.toUtf8()); }
    void beginModify(const QString &dn);
    void modification(LdifModification::Operation operation, const QString &attribute,
                      const QList<QByteArray> &values);
    QByteArray data() const { return m_out; }

private:
    void line(const QByteArray &text);
    void endRecord();
    QByteArray m_out;
    bool m_inRecord = false;
};

} // namespace ipsec::gpipsec
