// Registry editor files (.reg): "Windows Registry Editor Version 5.00" (UTF-16LE) and "REGEDIT4" (8-bit),
// read and written as regedit does. Knows nothing of IPsec.
#pragma once

#include "core/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ipsec::gpipsec {

namespace regtype {
inline constexpr std::uint32_t String = 1;       // REG_SZ
inline constexpr std::uint32_t ExpandString = 2; // REG_EXPAND_SZ
inline constexpr std::uint32_t Binary = 3;       // REG_BINARY
inline constexpr std::uint32_t Dword = 4;        // REG_DWORD
inline constexpr std::uint32_t MultiString = 7;  // REG_MULTI_SZ
} // namespace regtype

struct RegValue {
    QString name; // empty: the default value (@)
    std::uint32_t type = regtype::String;
    QByteArray data; // as the registry holds it: strings are UTF-16LE with their NULs, DWORDs little-endian
    bool deleted = false; // "name"=-
    int line = 0;

    QString text() const;        // REG_SZ / REG_EXPAND_SZ
    QStringList texts() const;   // REG_MULTI_SZ (or one REG_SZ)
    std::uint32_t dword() const; // REG_DWORD
};

struct RegKey {
    QString path;         // as written, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\...
    bool deleted = false; // [-path]
    int line = 0;
    QList<RegValue> values;

    const RegValue *value(const QString &name) const; // any letter case
};

struct RegParseResult {
    bool ok = false; // false when the header is not a registry editor header
    bool regedit4 = false;
    QList<RegKey> keys;
    Findings findings;
};

// Detects UTF-16LE (with BOM), UTF-8 (with or without BOM) and 8-bit REGEDIT4; joins "\" continuation lines;
// skips comments. A malformed line gives a finding with its line number and is skipped.
RegParseResult parseRegFile(const QByteArray &bytes, const QString &fileName = {});
// The same, read from an open file; a UTF-16LE file is read a chunk at a time (a regedit export of a large
// store is hundreds of megabytes), so it is never in memory whole.
RegParseResult parseRegFile(QIODevice &device, const QString &fileName = {});

// Writes a version 5 file: UTF-16LE with BOM, CRLF, hex values wrapped as regedit wraps them.
class RegWriter {
public:
    RegWriter();
    void key(const QString &path);
    void string(const QString &name, const QString &value);
    void dword(const QString &name, std::uint32_t value);
    void binary(const QString &name, const QByteArray &value);
    void multiString(const QString &name, const QStringList &values);
    QByteArray data() const; // UTF-16LE with BOM

private:
    void hexValue(const QString &name, const QString &typeTag, const QByteArray &bytes);
    QString m_text;
};

} // namespace ipsec::gpipsec
