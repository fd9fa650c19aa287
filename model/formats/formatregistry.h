// The formats the CLI and the GUI can import and export, by name. Each format lives in its own folder under
// model/formats/<name>/ as a pair of pure functions; its descriptor adapts them to files and to the
// options the CLI offers (`import --from NAME`, `export --to NAME`).
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

// Option values as the user gave them: flags map to "1".
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

private:
    QHash<QString, QString> m_values;
};

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

// Every format the build has, in a stable order.
const QList<FormatDescriptor> &formats();
const FormatDescriptor *findFormat(const QString &name);

} // namespace ipsec
