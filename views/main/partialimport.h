// The window's side of an honest import (docs/gui.md, "Import"): when an import read something but lost
// objects, the window shows what was lost (object, place in the file, reason) and asks before it opens the
// partial result, as the CLI's `import` refuses to write one without --partial.
#pragma once

#include "formats/importreport.h"

#include <QCoreApplication>
#include <QString>

namespace ipsec {

class PartialImport {
    Q_DECLARE_TR_FUNCTIONS(PartialImport)
public:
    // At most this many lost objects are listed; the rest are counted.
    static constexpr qsizetype kListed = 20;

    static QString title();
    // The question: what was lost, and whether to open the rest.
    static QString question(const QString &fileName, const QList<LostItem> &lost);
};

} // namespace ipsec
