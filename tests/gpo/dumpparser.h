// Reads the text dumps of ../shared/testdata/gpfas/dumps/ (one record per line) into registry records, so
// that the tests compare the readers with them record by record.
//   registry.pol dumps:  [key] 'name' type=N size=N data
//   .wfw dumps:          [key]                       (a key; a key line with no value lines = key-only)
//                           'name' type=N data
//   data:  dword:N | 'text with \\ \x00 escapes' | "text with a ' in it" | (nothing, for type 0)
#pragma once

#include "formats/gpo/registrypol.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace ipsec::test {

// Undoes the dump's escapes: \\ -> \, \xNN -> U+00NN, \' -> '.
inline QString unescapeDumpText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[i + 1];
        if (next == QLatin1Char('x') && i + 3 < text.size()) {
            out += QChar(char16_t(text.mid(i + 2, 2).toUShort(nullptr, 16)));
            i += 3;
        } else {
            out += next;
            ++i;
        }
    }
    return out;
}

// The data part of a dump line as registry bytes; `text` is the raw data form.
inline QByteArray dumpDataBytes(std::uint32_t type, const QString &text)
{
    if (text.startsWith(QStringLiteral("dword:")))
        return gpo::PolRecord::dwordValue({}, {}, text.mid(6).toUInt()).data;
    // Python-style quoting: '...' normally, "..." when the text holds a single quote.
    const bool quoted =
        text.size() >= 2 && ((text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\''))) ||
                             (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))));
    if (quoted) {
        // The dump shows the stored UTF-16 text, terminating NUL included as \x00.
        const QString s = unescapeDumpText(text.mid(1, text.size() - 2));
        QByteArray b;
        for (const QChar c : s) {
            b.append(char(c.unicode() & 0xFF));
            b.append(char(c.unicode() >> 8));
        }
        return b;
    }
    Q_UNUSED(type);
    return {};
}

struct DumpContents {
    QList<gpo::PolRecord> records;
    int declaredCount = -1; // "version 1 records N" (registry.pol dumps)
    QString error;
};

inline DumpContents readDump(const QString &path)
{
    DumpContents out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression polLine(
        QStringLiteral("^\\[(.*)\\] '(.*)' type=(\\d+) size=(\\d+) ?(.*)$"));
    static const QRegularExpression keyLine(QStringLiteral("^\\[(.*)\\]$"));
    static const QRegularExpression valueLine(QStringLiteral("^\\s+'(.*)' type=(\\d+) (.*)$"));
    static const QRegularExpression header(QStringLiteral("^version (\\d+) records (\\d+)$"));
    QString currentKey;
    bool currentKeyHasValues = true;
    auto closeKey = [&] {
        if (!currentKeyHasValues)
            out.records << gpo::PolRecord::keyOnly(currentKey);
    };
    for (const QString &line : lines) {
        if (const auto m = header.match(line); m.hasMatch()) {
            out.declaredCount = m.captured(2).toInt();
        } else if (const auto p = polLine.match(line); p.hasMatch()) {
            const std::uint32_t type = p.captured(3).toUInt();
            gpo::PolRecord r{p.captured(1), unescapeDumpText(p.captured(2)), type,
                             dumpDataBytes(type, p.captured(5))};
            if (r.data.size() != p.captured(4).toInt())
                out.error = QStringLiteral("size mismatch inside the dump: ") + line;
            out.records << r;
        } else if (const auto k = keyLine.match(line); k.hasMatch()) {
            closeKey();
            currentKey = k.captured(1);
            currentKeyHasValues = false;
        } else if (const auto v = valueLine.match(line); v.hasMatch()) {
            const std::uint32_t type = v.captured(2).toUInt();
            out.records << gpo::PolRecord{currentKey, unescapeDumpText(v.captured(1)), type,
                                          dumpDataBytes(type, v.captured(3))};
            currentKeyHasValues = true;
        } else {
            out.error = QStringLiteral("unreadable dump line: ") + line;
        }
    }
    closeKey();
    return out;
}

} // namespace ipsec::test
