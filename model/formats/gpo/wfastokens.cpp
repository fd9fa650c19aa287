#include "wfastokens.h"

#include <QHash>

namespace ipsec::gpo {

QString boolToken(bool b)
{
    return b ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

QString dhToken(DhGroup g)
{
    switch (g) {
    case DhGroup::Group1:
        return QStringLiteral("DH1");
    case DhGroup::Group2:
        return QStringLiteral("DH2");
    case DhGroup::Group14:
        return QStringLiteral("DH2048"); // there is no DH14 token (docs/formats/gpo.md)
    case DhGroup::Group19:
        return QStringLiteral("ECDH-256");
    case DhGroup::Group20:
        return QStringLiteral("ECDH-384");
    case DhGroup::Group24:
        return QStringLiteral("DH24");
    }
    return {};
}

std::optional<QString> cipherToken(Encryption e, bool *needs2_1)
{
    *needs2_1 = false;
    switch (e) {
    case Encryption::None:
        return QString();
    case Encryption::Des:
        return QStringLiteral("DES");
    case Encryption::TripleDes:
        return QStringLiteral("3DES");
    case Encryption::Aes128:
        return QStringLiteral("AES-128");
    case Encryption::Aes192:
        return QStringLiteral("AES-192");
    case Encryption::Aes256:
        return QStringLiteral("AES-256");
    case Encryption::AesGcm128:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM128");
    case Encryption::AesGcm192:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM192");
    case Encryption::AesGcm256:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM256");
    }
    return std::nullopt;
}

// Quick-mode integrity: MD5/SHA1 plain, SHA-256 and GMAC as 2_1 values; SHA-384 is not allowed for AH/ESP.
std::optional<QString> qmHashToken(Integrity i, bool *needs2_1)
{
    *needs2_1 = false;
    switch (i) {
    case Integrity::None:
        return QString();
    case Integrity::Md5:
        return QStringLiteral("MD5");
    case Integrity::Sha1:
        return QStringLiteral("SHA1");
    case Integrity::Sha256:
        *needs2_1 = true;
        return QStringLiteral("SHA256");
    case Integrity::AesGmac128:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM128");
    case Integrity::AesGmac192:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM192");
    case Integrity::AesGmac256:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM256");
    case Integrity::Sha384:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Encryption> encryptionFrom(const QString &t)
{
    static const QHash<QString, Encryption> map{{QStringLiteral("DES"), Encryption::Des},
                                                {QStringLiteral("3DES"), Encryption::TripleDes},
                                                {QStringLiteral("AES-128"), Encryption::Aes128},
                                                {QStringLiteral("AES-192"), Encryption::Aes192},
                                                {QStringLiteral("AES-256"), Encryption::Aes256},
                                                {QStringLiteral("AES-GCM128"), Encryption::AesGcm128},
                                                {QStringLiteral("AES-GCM192"), Encryption::AesGcm192},
                                                {QStringLiteral("AES-GCM256"), Encryption::AesGcm256}};
    if (t.isEmpty())
        return Encryption::None;
    const auto it = map.constFind(t.toUpper());
    return it == map.cend() ? std::nullopt : std::optional<Encryption>(*it);
}

std::optional<Integrity> integrityFrom(const QString &t)
{
    static const QHash<QString, Integrity> map{{QStringLiteral("MD5"), Integrity::Md5},
                                               {QStringLiteral("SHA1"), Integrity::Sha1},
                                               {QStringLiteral("SHA256"), Integrity::Sha256},
                                               {QStringLiteral("SHA384"), Integrity::Sha384},
                                               {QStringLiteral("AES-GCM128"), Integrity::AesGmac128},
                                               {QStringLiteral("AES-GCM192"), Integrity::AesGmac192},
                                               {QStringLiteral("AES-GCM256"), Integrity::AesGmac256}};
    if (t.isEmpty())
        return Integrity::None;
    const auto it = map.constFind(t.toUpper());
    return it == map.cend() ? std::nullopt : std::optional<Integrity>(*it);
}

std::optional<DhGroup> dhFrom(const QString &t)
{
    static const QHash<QString, DhGroup> map{
        {QStringLiteral("DH1"), DhGroup::Group1},       {QStringLiteral("DH2"), DhGroup::Group2},
        {QStringLiteral("DH2048"), DhGroup::Group14},   {QStringLiteral("ECDH-256"), DhGroup::Group19},
        {QStringLiteral("ECDH-384"), DhGroup::Group20}, {QStringLiteral("DH24"), DhGroup::Group24}};
    const auto it = map.constFind(t.toUpper());
    return it == map.cend() ? std::nullopt : std::optional<DhGroup>(*it);
}

} // namespace ipsec::gpo
