// A store as the local registry store HKLM\SOFTWARE\Policies\Microsoft\Windows\IPSec\Policy\Local in a .reg
// file (docs/formats/gpipsec.md, Directory objects and references), and back.
#pragma once

#include "ldifformat.h"

#include <QByteArray>
#include <optional>

class QIODevice;

namespace ipsec::gpipsec {

inline const QString kLocalStoreKey =
    QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows\\IPSec\\Policy\\Local");

struct RegExportOptions {
    std::optional<std::uint32_t> whenChanged; // Unix seconds for every object; default: now
};

struct RegExportResult {
    bool ok = false;
    QByteArray reg; // UTF-16LE with BOM
    Findings findings;
};

RegExportResult writeReg(const StoreData &store, const RegExportOptions &options = {});
// Reads regedit exports of the local store (version 5 and REGEDIT4) and this exporter's files.
StoreImport readReg(const QByteArray &bytes, const QString &fileName = {});
// The same, read from an open file a chunk at a time (regfile.h).
StoreImport readReg(QIODevice &device, const QString &fileName = {});

} // namespace ipsec::gpipsec
