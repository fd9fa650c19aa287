// A store as the LDIF of its directory objects (docs/formats/gpipsec.md, Directory objects and references),
// and back.
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "storedobjects.h"

#include <QByteArray>
#include <QString>

namespace ipsec::gpipsec {

struct LdifExportOptions {
    QString domain;              // "ipsectest.com" or "DC=ipsectest,DC=com"; empty: the store's own domain
    QString gpoDn;               // CN={GUID},CN=Policies,CN=System,DC=...: also write the assignment object
    bool includeBuiltin = false; // write Windows' built-in objects even when unchanged (as modifications)
};

struct LdifExportResult {
    bool ok = false;
    QByteArray ldif;
    Findings findings;
};

// Objects are added without forward references, then the references are set by modifications, as
// MS-GPIPSEC §2.2.1 orders it, so a directory that checks DN references accepts the file.
LdifExportResult writeLdif(const StoreData &store, const LdifExportOptions &options);

// What the LDIF and .reg readers return: the store rebuilt from the objects, with every finding.
using StoreImport = StoreReadResult;

// Reads this exporter's files and plain ldifde / ldapsearch / ldbsearch exports; entries that are not IPsec
// objects are skipped with a note.
StoreImport readLdif(const QByteArray &bytes, const QString &fileName = {});

// "ipsectest.com" → "DC=ipsectest,DC=com"; a DN is returned as given; nothing when neither.
std::optional<QString> domainDn(const QString &domain);
// "CN=IP Security,CN=System,<domain DN>"
QString ipSecurityContainer(const QString &domainDn);

} // namespace ipsec::gpipsec
