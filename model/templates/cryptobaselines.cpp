#include "cryptobaselines.h"

#include "core/enumnames.h"
#include "windowsdefaults.h"

#include <QStringList>

namespace ipsec::baselines {
namespace {

QString legacyNote(WindowsTarget since)
{
    return QStringLiteral("%1 and later, every export format").arg(displayName(since));
}

QString wfasNote()
{
    return QStringLiteral("Windows Vista and later, only the Windows Firewall formats (gpo-backup, "
                          "registry-pol, powershell, consec)");
}

} // namespace

const QList<CryptoBaseline> &all()
{
    static const QList<CryptoBaseline> baselines{
        {kWindowsDefaults,
         QT_TRANSLATE_NOOP(
             "ipsec::BaselineDefaults",
             "What Windows 2000 offers by default: DES and 3DES, MD5 and SHA1, DH groups 1 and 2, any "
             "authentication."),
         Encryption::Des,
         Integrity::Md5,
         DhGroup::Group1,
         {AuthKind::Kerberos, AuthKind::Certificate, AuthKind::PresharedKey},
         windowsdefaults::defaultIkeMethods(),
         SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
         SecurityMethod::esp(Encryption::None, Integrity::Sha1),
         windowsdefaults::defaultResponseSecurityMethods()},
        {kLegacyStrongest,
         QT_TRANSLATE_NOOP(
             "ipsec::BaselineDefaults",
             "The strongest netsh and the ipsecData blobs carry: 3DES, SHA1, DH group 14 (2048-bit, Windows "
             "Server 2003 and later), Kerberos or certificates."),
         Encryption::TripleDes,
         Integrity::Sha1,
         DhGroup::Group14,
         {AuthKind::Kerberos, AuthKind::Certificate},
         {IkeMethod{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group14}},
         SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
         SecurityMethod::esp(Encryption::None, Integrity::Sha1),
         {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
          SecurityMethod::esp(Encryption::None, Integrity::Sha1)}},
        {kModern,
         QT_TRANSLATE_NOOP(
             "ipsec::BaselineDefaults",
             "Windows Firewall (Vista and later): AES-GCM or AES, SHA-256 or SHA-384, DH group 14, 19 or 20, "
             "Kerberos or certificates."),
         Encryption::Aes128,
         Integrity::Sha256,
         DhGroup::Group14,
         {AuthKind::Kerberos, AuthKind::Certificate},
         {IkeMethod{Encryption::Aes256, Integrity::Sha384, DhGroup::Group20},
          IkeMethod{Encryption::Aes128, Integrity::Sha256, DhGroup::Group19},
          IkeMethod{Encryption::Aes256, Integrity::Sha256, DhGroup::Group14}},
         SecurityMethod::esp(Encryption::AesGcm256, Integrity::AesGmac256),
         SecurityMethod::esp(Encryption::None, Integrity::Sha256),
         {SecurityMethod::esp(Encryption::AesGcm256, Integrity::AesGmac256),
          SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256)}},
    };
    return baselines;
}

const CryptoBaseline *find(const QString &name)
{
    for (const CryptoBaseline &b : all())
        if (name.compare(QLatin1StringView(b.name), Qt::CaseInsensitive) == 0)
            return &b;
    return nullptr;
}

const CryptoBaseline &defaultBaseline()
{
    return *find(QLatin1StringView(kLegacyStrongest));
}

const CryptoBaseline &findOrDefault(const QString &name)
{
    const CryptoBaseline *b = find(name);
    return b ? *b : defaultBaseline();
}

QStringList names()
{
    QStringList out;
    for (const CryptoBaseline &b : all())
        out << QLatin1StringView(b.name);
    return out;
}

int strength(Encryption e)
{
    switch (e) {
    case Encryption::None:
        return 0;
    case Encryption::Des:
        return 1;
    case Encryption::TripleDes:
        return 2;
    case Encryption::Aes128:
    case Encryption::AesGcm128:
        return 3;
    case Encryption::Aes192:
    case Encryption::AesGcm192:
        return 4;
    case Encryption::Aes256:
    case Encryption::AesGcm256:
        return 5;
    }
    return 0;
}

int strength(Integrity i)
{
    switch (i) {
    case Integrity::None:
        return 0;
    case Integrity::Md5:
        return 1;
    case Integrity::Sha1:
        return 2;
    case Integrity::Sha256:
    case Integrity::AesGmac128:
    case Integrity::AesGmac192:
    case Integrity::AesGmac256:
        return 3;
    case Integrity::Sha384:
        return 4;
    }
    return 0;
}

int strength(DhGroup g)
{
    switch (g) {
    case DhGroup::Group1:
        return 1;
    case DhGroup::Group2:
        return 2;
    case DhGroup::Group14:
    case DhGroup::Group24:
        return 3;
    case DhGroup::Group19:
        return 4;
    case DhGroup::Group20:
        return 5;
    }
    return 0;
}

QString supportNote(Encryption e)
{
    return isLegacy(e) ? legacyNote(WindowsTarget::Windows2000) : wfasNote();
}

QString supportNote(Integrity i)
{
    return isLegacy(i) ? legacyNote(WindowsTarget::Windows2000) : wfasNote();
}

QString supportNote(DhGroup g)
{
    if (g == DhGroup::Group14)
        return legacyNote(WindowsTarget::WindowsServer2003);
    return isLegacy(g) ? legacyNote(WindowsTarget::Windows2000) : wfasNote();
}

} // namespace ipsec::baselines
