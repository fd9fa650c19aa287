// What an import or an export did, for the report that ends it: what was read or written, how big, how long,
// how many objects, what was renamed, and every finding with its location. The rule for when that deserves a
// dialog rather than a status-bar line lives here too (docs/gui.md, "Import and export").
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstddef>

namespace ipsec {

struct ObjectCounts {
    std::size_t policies = 0;
    std::size_t rules = 0;
    std::size_t filterLists = 0;
    std::size_t filters = 0;
    std::size_t filterActions = 0;

    static ObjectCounts of(const StoreData &store);
};

struct TransferReport {
    Q_DECLARE_TR_FUNCTIONS(TransferReport)
public:
    enum class Direction : std::uint8_t { Import, Export };

    // A transfer with no findings and no renames, of fewer filters than this, done quicker than kQuietMs,
    // only gets a status-bar line: nothing in a dialog would be news.
    static constexpr std::size_t kQuietFilterLimit = 1000;
    static constexpr qint64 kQuietMs = 2000;

    Direction direction = Direction::Import;
    QString formatName;
    QStringList files; // the file read, or every file written
    qint64 bytes = 0;  // their size together
    qint64 elapsedMs = 0;
    ObjectCounts counts;    // import: what was added; export: what the exported document held
    QStringList mergeNotes; // import: objects renamed because their name was taken, policies left unassigned
    Findings findings;

    bool needsDialog() const;
    QString title() const;
    QString summary() const; // one line, for the status bar
    QString text() const;    // the whole report

    // The size of a file, or of every file below a folder.
    static qint64 sizeOnDisk(const QString &path);
};

} // namespace ipsec
