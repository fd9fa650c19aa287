// Windows Firewall policy export files (.wfw): registry hives ("regf") whose root key (a GUID) holds the same
// keys and values as the firewall part of a registry.pol (docs/formats/gpo.md, registry.pol). The hive is
// read through Debian's libhivex, never by a hand-written parser; a build without hivex reports so.
#pragma once

#include "registrypol.h"
#include "wfaspolicy.h"

#include <QString>

namespace ipsec::gpo {

// True when this build can read .wfw files (libhivex was found by pkg-config at configure time).
bool wfwSupported();

struct WfwReadResult {
    bool ok = false;
    QString rootKey; // the hive root's name, e.g. {08DBE27E-...}
    QList<PolRecord>
        records;       // every value, depth first in hive order; a key without values as a key-only record
    WfasPolicy policy; // records decoded below the root key
    Findings findings;
};

WfwReadResult readWfwFile(const QString &path);

// The first bytes of a hive file: "regf".
bool looksLikeHive(const QByteArray &firstBytes);

} // namespace ipsec::gpo
