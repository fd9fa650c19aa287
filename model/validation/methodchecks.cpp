// Checks of the ordered method lists: quick mode security methods (filter actions and default response
// rules), the policy's key exchange (main mode) settings, and authentication methods.
#include "core/enumnames.h"
#include "validationcontext.h"
#include "validationtr.h"

namespace ipsec::validation {

namespace {

// Q3: the legacy UI range is believed to be 300-172800 s and 20480-2147483647 KB (not confirmed), so
// validation warns, never refuses (docs/formats/object-model.md, Value ranges). 0 means Windows' default
// (3600 s, 100000 KB).
constexpr std::uint32_t kQuickModeMinSeconds = 300;
constexpr std::uint32_t kQuickModeMaxSeconds = 172800;
constexpr std::uint32_t kQuickModeMinKilobytes = 20480;
// Q3: no legacy main mode range is known; warn above what WFAS can hold (2879 minutes, MS-FASP).
constexpr std::uint32_t kMainModeMaxMinutes = 2879;

bool isGcm(Encryption e)
{
    return e == Encryption::AesGcm128 || e == Encryption::AesGcm192 || e == Encryption::AesGcm256;
}
bool isGmac(Integrity i)
{
    return i == Integrity::AesGmac128 || i == Integrity::AesGmac192 || i == Integrity::AesGmac256;
}
Integrity matchingGmac(Encryption e)
{
    switch (e) {
    case Encryption::AesGcm128:
        return Integrity::AesGmac128;
    case Encryption::AesGcm192:
        return Integrity::AesGmac192;
    default:
        return Integrity::AesGmac256;
    }
}

QString strongerEncryptionHint(Encryption e)
{
    return e == Encryption::Des
               ? Validation::tr(
                     "Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; the legacy formats offer "
                     "3DES at most, which is still better than DES.")
               : Validation::tr("Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; 3DES is already the "
                                "strongest the legacy formats (netsh, ipsecData) can carry.");
}
QString strongerIntegrityHint(Integrity i)
{
    return i == Integrity::Md5
               ? Validation::tr(
                     "Use SHA-256 with a WFAS export; the legacy formats offer SHA1 at most, which is "
                     "still better than MD5.")
               : Validation::tr(
                     "Use SHA-256 (or AES-GMAC with AES-GCM) with a WFAS export; SHA1 is already the "
                     "strongest the legacy formats can carry.");
}

class SecurityMethodCheck {
public:
    SecurityMethodCheck(Context &ctx, const LocationMaker &where, const QString &owner, qsizetype index,
                        const SecurityMethod &m)
        : m_ctx(ctx), m_where(where), m_owner(owner), m_index(index), m_m(m)
    {}

    void run()
    {
        checkStructure();
        checkLifetimes();
        checkStrength();
    }

private:
    QString field(const QString &member = {}) const
    {
        return indexedField(QStringLiteral("securityMethods"), m_index, member);
    }
    QString name() const
    {
        return Validation::tr("security method %1 (%2) of %3").arg(m_index + 1).arg(describe(m_m), m_owner);
    }
    QString capitalName() const
    {
        QString s = name();
        s[0] = s[0].toUpper();
        return s;
    }

    void checkStructure()
    {
        if (m_m.usesEsp() && m_m.espEncryption == Encryption::None && m_m.espIntegrity == Integrity::None)
            m_ctx.add(
                Code::EspWithoutAlgorithms, m_where(field()),
                Validation::tr("%1 uses ESP without encryption and without integrity.").arg(capitalName()));
        if (m_m.usesAh() && m_m.ahIntegrity == Integrity::None)
            m_ctx.add(Code::AhWithoutIntegrity, m_where(field(QStringLiteral("ahIntegrity"))),
                      Validation::tr("%1 uses AH without an integrity algorithm.").arg(capitalName()));
        if (!m_m.usesAh() && m_m.ahIntegrity != Integrity::None)
            unused(QStringLiteral("ahIntegrity"), Validation::tr("an AH integrity algorithm"));
        if (!m_m.usesEsp() && m_m.espEncryption != Encryption::None)
            unused(QStringLiteral("espEncryption"), Validation::tr("an ESP encryption algorithm"));
        if (!m_m.usesEsp() && m_m.espIntegrity != Integrity::None)
            unused(QStringLiteral("espIntegrity"), Validation::tr("an ESP integrity algorithm"));
        if (!m_m.usesEsp())
            return;
        if (isGcm(m_m.espEncryption) && m_m.espIntegrity != matchingGmac(m_m.espEncryption))
            m_ctx.add(Code::GcmWithoutGmac, m_where(field(QStringLiteral("espIntegrity"))),
                      Validation::tr("%1 encrypts with %2 but its integrity is %3.")
                          .arg(capitalName(), displayName(m_m.espEncryption), displayName(m_m.espIntegrity)),
                      Validation::tr("Use %1 integrity with %2.")
                          .arg(displayName(matchingGmac(m_m.espEncryption)), displayName(m_m.espEncryption)));
        else if (m_m.espEncryption != Encryption::None && m_m.espIntegrity == Integrity::None)
            m_ctx.add(Code::EncryptionWithoutIntegrity, m_where(field(QStringLiteral("espIntegrity"))),
                      Validation::tr("%1 encrypts without integrity protection.").arg(capitalName()));
        if (m_m.protocol == IpsecProtocol::AhAndEsp && m_m.espIntegrity != Integrity::None &&
            m_m.espIntegrity != m_m.ahIntegrity)
            m_ctx.requireCapability(
                &TargetCapabilities::ahEspWithDifferentIntegrity,
                m_where(field(QStringLiteral("espIntegrity"))),
                Validation::tr("AH and ESP with different integrity algorithms in %1").arg(name()));
    }

    void unused(const QString &member, const QString &what)
    {
        m_ctx.add(Code::UnusedAlgorithm, m_where(field(member)),
                  Validation::tr("%1 sets %2 that its protocol does not use; Windows ignores it.")
                      .arg(capitalName(), what));
    }

    void checkLifetimes()
    {
        const std::uint32_t s = m_m.lifetimeSeconds;
        if (s != 0 && (s < kQuickModeMinSeconds || s > kQuickModeMaxSeconds))
            m_ctx.add(Code::QuickModeSecondsOutOfRange, m_where(field(QStringLiteral("lifetimeSeconds"))),
                      Validation::tr("%1 has a lifetime of %2 seconds, outside 300-172800.")
                          .arg(capitalName())
                          .arg(s));
        if (m_m.lifetimeKilobytes != 0 && m_m.lifetimeKilobytes < kQuickModeMinKilobytes)
            m_ctx.add(Code::QuickModeKilobytesOutOfRange, m_where(field(QStringLiteral("lifetimeKilobytes"))),
                      Validation::tr("%1 has a lifetime of %2 KB, below 20480 KB.")
                          .arg(capitalName())
                          .arg(m_m.lifetimeKilobytes));
        for (const TargetCapabilities *t : m_ctx.targets())
            if (t->maxQuickModeLifetimeSeconds != 0 && s > t->maxQuickModeLifetimeSeconds)
                m_ctx.add(Code::TargetCarriesWithLoss, m_where(field(QStringLiteral("lifetimeSeconds"))),
                          Validation::tr("The lifetime of %1 for %2: it is cut to %3 seconds.")
                              .arg(name(), targetDisplayName(t->target))
                              .arg(t->maxQuickModeLifetimeSeconds));
    }

    void checkStrength()
    {
        struct Algo {
            bool used;
            bool weak;
            bool legacy;
            QString member;
            QString text;
        };
        const Algo algos[] = {
            {m_m.usesAh(), isWeak(m_m.ahIntegrity), isLegacy(m_m.ahIntegrity), QStringLiteral("ahIntegrity"),
             displayName(m_m.ahIntegrity)},
            {m_m.usesEsp(), isWeak(m_m.espEncryption), isLegacy(m_m.espEncryption),
             QStringLiteral("espEncryption"), displayName(m_m.espEncryption)},
            {m_m.usesEsp(), isWeak(m_m.espIntegrity), isLegacy(m_m.espIntegrity),
             QStringLiteral("espIntegrity"), displayName(m_m.espIntegrity)},
        };
        for (const Algo &a : algos) {
            if (!a.used)
                continue;
            const Location at = m_where(field(a.member));
            if (a.weak && a.member == QLatin1String("espEncryption"))
                m_ctx.add(Code::WeakEncryption, at,
                          Validation::tr("%1 encrypts with the weak %2.").arg(capitalName(), a.text),
                          strongerEncryptionHint(m_m.espEncryption));
            else if (a.weak)
                m_ctx.add(
                    Code::WeakIntegrity, at,
                    Validation::tr("%1 uses the weak integrity algorithm %2.").arg(capitalName(), a.text),
                    strongerIntegrityHint(a.member == QLatin1String("ahIntegrity") ? m_m.ahIntegrity
                                                                                   : m_m.espIntegrity));
            if (!a.legacy) {
                const QString what = Validation::tr("%1 in %2").arg(a.text, name());
                m_ctx.requireWindows(WindowsTarget::WindowsVistaOrLater, at, what);
                m_ctx.requireModernAlgorithms(at, what);
            }
        }
    }

    Context &m_ctx;
    const LocationMaker &m_where;
    const QString &m_owner;
    qsizetype m_index;
    const SecurityMethod &m_m;
};

} // namespace

void checkSecurityMethods(Context &ctx, const QList<SecurityMethod> &methods, const LocationMaker &where,
                          const QString &owner)
{
    for (qsizetype i = 0; i < methods.size(); ++i) {
        SecurityMethodCheck(ctx, where, owner, i, methods[i]).run();
        const qsizetype first = methods.indexOf(methods[i]);
        if (first < i)
            ctx.add(Code::DuplicateOffer, where(indexedField(QStringLiteral("securityMethods"), i)),
                    Validation::tr("Security method %1 of %2 repeats method %3 (%4).")
                        .arg(i + 1)
                        .arg(owner)
                        .arg(first + 1)
                        .arg(describe(methods[i])));
    }
}

void checkIkeSettings(Context &ctx, const Policy &policy)
{
    const IkeSettings &ike = policy.ike;
    const QString owner = Validation::tr("policy %1").arg(quoted(policy.name));
    auto at = [&policy](const QString &field) { return policyLocation(policy, field); };

    if (ike.methods.isEmpty())
        ctx.add(Code::IkeWithoutMethods, at(QStringLiteral("ike.methods")),
                Validation::tr("The key exchange settings of %1 have no security methods.").arg(owner));
    if (ike.lifetimeMinutes > kMainModeMaxMinutes)
        ctx.add(Code::MainModeLifetimeTooLong, at(QStringLiteral("ike.lifetimeMinutes")),
                Validation::tr("The master key lifetime of %1 is %2 minutes.")
                    .arg(owner)
                    .arg(ike.lifetimeMinutes));
    if (ike.lifetimeMinutes == 0)
        ctx.add(Code::ZeroMeansDefault, at(QStringLiteral("ike.lifetimeMinutes")),
                Validation::tr("The master key lifetime of %1 is 0, which Windows reads as 480 minutes.")
                    .arg(owner));
    if (policy.pollingIntervalMinutes == 0)
        ctx.add(Code::ZeroMeansDefault, at(QStringLiteral("pollingIntervalMinutes")),
                Validation::tr("The polling interval of %1 is 0, which Windows reads as 180 minutes.")
                    .arg(owner));
    // "If mmpfs is specified, qmpermm is set to 1" (netsh help; docs/formats/netsh.md, Commands and tags).
    if (ike.masterKeyPfs && ike.quickModesPerMainMode != 1)
        ctx.add(Code::MasterPfsOverridesQmLimit, at(QStringLiteral("ike.quickModesPerMainMode")),
                Validation::tr("%1 has master key PFS on and %2 sessions per master key; Windows uses 1.")
                    .arg(owner.at(0).toUpper() + owner.mid(1))
                    .arg(ike.quickModesPerMainMode));

    bool mixedGroups = false;
    for (qsizetype i = 0; i < ike.methods.size(); ++i) {
        const IkeMethod &m = ike.methods[i];
        const QString name =
            Validation::tr("key exchange method %1 (%2) of %3").arg(i + 1).arg(describe(m), owner);
        const QString capital = name.at(0).toUpper() + name.mid(1);
        auto field = [i](const char *member) {
            return indexedField(QStringLiteral("ike.methods"), i, QString::fromLatin1(member));
        };
        if (m.encryption == Encryption::None || m.encryption == Encryption::AesGcm128 ||
            m.encryption == Encryption::AesGcm192 || m.encryption == Encryption::AesGcm256)
            ctx.add(Code::MainModeAlgorithmInvalid, at(field("encryption")),
                    Validation::tr("%1 uses the encryption %2, which main mode cannot use.")
                        .arg(capital, displayName(m.encryption)));
        if (m.integrity == Integrity::None || isGmac(m.integrity))
            ctx.add(Code::MainModeAlgorithmInvalid, at(field("integrity")),
                    Validation::tr("%1 uses the integrity %2, which main mode cannot use.")
                        .arg(capital, displayName(m.integrity)));
        if (isWeak(m.encryption))
            ctx.add(Code::WeakEncryption, at(field("encryption")),
                    Validation::tr("%1 encrypts with the weak %2.").arg(capital, displayName(m.encryption)),
                    strongerEncryptionHint(m.encryption));
        if (isWeak(m.integrity))
            ctx.add(Code::WeakIntegrity, at(field("integrity")),
                    Validation::tr("%1 uses the weak integrity algorithm %2.")
                        .arg(capital, displayName(m.integrity)),
                    strongerIntegrityHint(m.integrity));
        if (isWeak(m.dhGroup))
            ctx.add(Code::WeakDhGroup, at(field("dhGroup")),
                    Validation::tr("%1 uses the weak %2.").arg(capital, displayName(m.dhGroup)));
        struct Algo {
            bool modern;
            const char *member;
            QString text;
        };
        const Algo modern[] = {{!isLegacy(m.encryption), "encryption", displayName(m.encryption)},
                               {!isLegacy(m.integrity), "integrity", displayName(m.integrity)},
                               {!isLegacy(m.dhGroup), "dhGroup", displayName(m.dhGroup)}};
        for (const auto &[isModern, member, text] : modern) {
            if (!isModern)
                continue;
            const QString what = Validation::tr("%1 in %2").arg(text, name);
            ctx.requireWindows(WindowsTarget::WindowsVistaOrLater, at(field(member)), what);
            ctx.requireModernAlgorithms(at(field(member)), what);
        }
        // DH2048 (group 14) exists from Windows Server 2003 on (docs/formats/object-model.md, Windows
        // versions).
        if (m.dhGroup == DhGroup::Group14)
            ctx.requireWindows(WindowsTarget::WindowsServer2003, at(field("dhGroup")),
                               Validation::tr("DH group 14 (2048-bit) in %1").arg(name));
        if (m.dhGroup != ike.methods.front().dhGroup)
            mixedGroups = true;
        const qsizetype first = ike.methods.indexOf(m);
        if (first < i)
            ctx.add(Code::DuplicateOffer, at(indexedField(QStringLiteral("ike.methods"), i)),
                    Validation::tr("%1 repeats method %2.").arg(capital).arg(first + 1));
    }
    if (mixedGroups)
        ctx.warnIfLossy(
            &TargetCapabilities::mixedDhGroups, at(QStringLiteral("ike.methods")),
            Validation::tr("The key exchange methods of %1").arg(owner),
            Validation::tr("they use different Diffie-Hellman groups, and a WFAS main mode set holds "
                           "one group for all its methods"));
}

void checkAuthMethods(Context &ctx, const QList<AuthMethod> &methods, bool negotiates,
                      const LocationMaker &where, const QString &owner)
{
    for (qsizetype i = 0; i < methods.size(); ++i) {
        const AuthMethod &m = methods[i];
        const QString field = indexedField(QStringLiteral("authMethods"), i);
        const QString valueField = indexedField(QStringLiteral("authMethods"), i, QStringLiteral("value"));
        // Never put m.value of a preshared key into a message: it is a secret.
        const QString name = Validation::tr("authentication method %1 of %2").arg(i + 1).arg(owner);
        const QString capital = name.at(0).toUpper() + name.mid(1);
        switch (m.kind) {
        case AuthKind::Certificate:
            if (m.value.trimmed().isEmpty())
                ctx.add(
                    Code::CertificateWithoutCa, where(valueField),
                    Validation::tr("%1 is a certificate without a certification authority.").arg(capital));
            break;
        case AuthKind::PresharedKey:
            if (m.value.isEmpty())
                ctx.add(Code::EmptyPresharedKey, where(valueField),
                        Validation::tr("%1 is an empty preshared key.").arg(capital));
            if (negotiates)
                ctx.add(Code::PresharedKeyUsed, where(field),
                        Validation::tr("%1 is a preshared key.").arg(capital));
            if (ctx.anyTargetLacks(&TargetCapabilities::quotesAndControlCharacters) &&
                std::any_of(m.value.begin(), m.value.end(),
                            [](QChar c) { return c == u'"' || c.unicode() < 0x20; }))
                ctx.requireCapability(
                    &TargetCapabilities::quotesAndControlCharacters, where(valueField),
                    Validation::tr("the preshared key of %1, which holds a double quote or a "
                                   "control character")
                        .arg(name));
            break;
        case AuthKind::Kerberos:
            break;
        }
        const qsizetype first = methods.indexOf(m);
        if (first < i)
            ctx.add(
                Code::DuplicateAuthMethod, where(field),
                Validation::tr("%1 repeats method %2 (%3).").arg(capital).arg(first + 1).arg(describe(m)));
    }
}

} // namespace ipsec::validation
