// What a format is to the rest of the program: its descriptor (name, suffixes, options, an import and an
// export function over files), the options the user gave, the results, and the progress callback. Each
// format lives in its own folder under model/formats/<name>/ as a pair of pure functions; the registry
// (formatregistry.h) lists the descriptors.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ipsec {

struct FormatOption {
    QString name;        // the long option, without dashes: "domain"
    QString description; // one line for --help
    QString valueName;   // empty for a flag
    QString defaultValue;
};

// How far a long read or write has come, and whether to go on: `done` of `total` units (bytes, lines or
// objects; total 0 = unknown). Returning false asks the format to stop: a reader then returns ok=false with
// kCancelledCode, a writer commits no file. Called on the thread the format runs on.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// The finding of a read or write stopped through its ProgressCallback (docs/findings.md).
inline constexpr char16_t kCancelledCode[] = u"IPS-910";
// (Inline: the format libraries use it without linking the registry.)
inline Finding cancelledFinding(const QString &file)
{
    Finding f;
    f.code = QString::fromUtf16(kCancelledCode);
    f.severity = Severity::Error;
    f.location.file = file;
    f.message = QStringLiteral("cancelled; nothing was read or written");
    return f;
}

// Option values as the user gave them: flags map to "1". The GUI adds a progress callback; the CLI does not.
class FormatOptions {
public:
    FormatOptions() = default;
    explicit FormatOptions(QHash<QString, QString> values) : m_values(std::move(values)) {}
    bool isSet(const QString &name) const { return m_values.contains(name); }
    bool flag(const QString &name) const { return m_values.contains(name) && m_values.value(name) != u"0"; }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    void set(const QString &name, const QString &value = QStringLiteral("1"))
    {
        m_values.insert(name, value);
    }
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    const ProgressCallback &progress() const { return m_progress; }
    // Reports progress; true to go on (always, when no callback is set). Writers call it before they
    // commit their file, so a cancel leaves nothing behind.
    bool reportProgress(qint64 done, qint64 total) const { return !m_progress || m_progress(done, total); }

private:
    QHash<QString, QString> m_values;
    ProgressCallback m_progress;
};

// ok with an error finding is a partial import: something of the input was lost (formats/importreport.h).
struct ImportResult {
    bool ok = false; // false: nothing usable was read (findings say why)
    StoreData store;
    Findings findings;
};

struct ExportResult {
    bool ok = false; // false: nothing was written (findings say why)
    QStringList writtenFiles;
    Findings findings;
};

struct FormatDescriptor {
    QString name;                // "json", "netsh", "ldif", ...
    QString description;         // one line
    QStringList fileSuffixes;    // without dots: {"cmd", "bat", "txt"}
    bool outputIsFolder = false; // a GPO backup writes a folder
    QList<FormatOption> importOptions;
    QList<FormatOption> exportOptions;
    // Empty when the format cannot be read / written.
    std::function<ImportResult(const QString &inputPath, const FormatOptions &options)> importFile;
    std::function<ExportResult(const StoreData &store, const QString &outputPath,
                               const FormatOptions &options)>
        exportFile;
};

} // namespace ipsec
