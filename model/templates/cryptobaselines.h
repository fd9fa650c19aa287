// Named crypto baselines: the weakest encryption, integrity and Diffie-Hellman group a policy may use, the
// authentication it may use, and the offers the wizards start from (docs/analysis.md, "Crypto baselines").
// `validate --baseline NAME` checks a store against one; the window's settings choose the wizards' one.
#pragma once

#include "core/types.h"

#include <QList>
#include <QString>

namespace ipsec::baselines {

struct CryptoBaseline {
    const char *name;             // "legacy-strongest"
    const char *description;      // one sentence (English; the GUI translates it in context ipsec::Baselines)
    Encryption weakestEncryption; // for methods that encrypt (integrity-only ESP and AH are not judged)
    Integrity weakestIntegrity;
    DhGroup weakestDhGroup;
    QList<AuthKind> authentication;
    QList<IkeMethod> ikeMethods;                 // the policy wizard's key exchange methods
    SecurityMethod encryptionOffer;              // the filter action wizard's "Integrity and encryption"
    SecurityMethod integrityOffer;               // ... its "Integrity only"
    QList<SecurityMethod> defaultResponseOffers; // the policy wizard's default response rule
};

inline constexpr char kWindowsDefaults[] = "windows-defaults";
inline constexpr char kLegacyStrongest[] = "legacy-strongest";
inline constexpr char kModern[] = "modern";

const QList<CryptoBaseline> &all();                       // windows-defaults, legacy-strongest, modern
const CryptoBaseline *find(const QString &name);          // case-insensitive; null when unknown
const CryptoBaseline &defaultBaseline();                  // legacy-strongest
const CryptoBaseline &findOrDefault(const QString &name); // the named one, else the default
QStringList names();

// Strength order (higher is stronger) within each kind; AES-GCM ranks with AES-CBC of the same key size.
int strength(Encryption e);
int strength(Integrity i);
int strength(DhGroup g);

// Which Windows and which export formats carry an algorithm: "Windows 2000 and later, every export format"
// or "Windows Vista and later, only the Windows Firewall formats (gpo-backup, registry-pol, powershell,
// consec)"; DH group 14 needs Windows Server 2003 in the legacy formats.
QString supportNote(Encryption e);
QString supportNote(Integrity i);
QString supportNote(DhGroup g);

} // namespace ipsec::baselines
