// The validator speaks the installed language: with the German catalogue the message, hint and object path of
// a finding are German, while its code and field path stay as they are; without a translator (the CLI) they
// are the English texts of docs/findings.md.
#include "apptranslations.h"
#include "teststores.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace ipsec;
using namespace ipsec::test;

namespace {

enum class Language { German, None };

using Mutation = void (*)(StoreData &);

void weak3desMethod(StoreData &s)
{
    actionNamed(s, "Require AES").securityMethods = {
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha256)};
}
void weakDhGroup(StoreData &s)
{
    policyNamed(s, "Datacenter").ike.methods = {{Encryption::Aes256, Integrity::Sha256, DhGroup::Group2}};
}

// The hint column of the code's row in docs/findings.md.
QString documentedHint(const QString &code)
{
    QFile file(QStringLiteral(IPSEC_SOURCE_DIR "/docs/findings.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString prefix = QStringLiteral("| ") + code + QStringLiteral(" |");
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
        if (line.startsWith(prefix)) {
            const QStringList cells = line.split(QStringLiteral(" | "));
            return cells.size() == 4 ? cells[3].chopped(2) : QString(); // drop the closing " |"
        }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Language)
Q_DECLARE_METATYPE(Mutation)

class TestValidationLanguage : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { installTranslations(*QCoreApplication::instance(), QLocale::c()); }

    void findingTexts_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint"); // empty: the hint docs/findings.md lists for the code
        QTest::addColumn<QString>("objectPath");
        QTest::addColumn<QString>("field");

        QTest::newRow("a weak 3DES method is reported in German when German is installed")
            << Language::German << Mutation(weak3desMethod) << QStringLiteral("IPS-060")
            << QStringLiteral("Sicherheitsmethode 1 (ESP[3DES,SHA-256]) von Filteraktion „Require AES“ "
                              "verschlüsselt mit dem schwachen 3DES.")
            << QStringLiteral(
                   "Verwenden Sie AES-256 (AES-GCM-256 für ESP) mit einem WFAS-Export; 3DES ist "
                   "bereits das Stärkste, was die Legacyformate (netsh, ipsecData) abbilden können.")
            << QStringLiteral("Filteraktion „Require AES“")
            << QStringLiteral("securityMethods[0].espEncryption");
        QTest::newRow("without a translator a weak 3DES method is reported in English")
            << Language::None << Mutation(weak3desMethod) << QStringLiteral("IPS-060")
            << QStringLiteral("Security method 1 (ESP[3DES,SHA-256]) of filter action 'Require AES' encrypts "
                              "with the weak 3DES.")
            << QStringLiteral("Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; 3DES is already the "
                              "strongest the legacy formats (netsh, ipsecData) can carry.")
            << QStringLiteral("Filter action 'Require AES'")
            << QStringLiteral("securityMethods[0].espEncryption");
        QTest::newRow("a weak DH group carries the German general hint when German is installed")
            << Language::German << Mutation(weakDhGroup) << QStringLiteral("IPS-062")
            << QStringLiteral("Schlüsselaustauschmethode 1 (AES-256-SHA-256-DH2) von Richtlinie „Datacenter“ "
                              "verwendet die schwache DH group 2 (1024-bit, Medium).")
            << QStringLiteral("Verwenden Sie DH group 14 (2048 Bit, Legacyformate ab Server 2003) oder ECDH "
                              "P-256/P-384 mit WFAS.")
            << QStringLiteral("Richtlinie „Datacenter“") << QStringLiteral("ike.methods[0].dhGroup");
        QTest::newRow("without a translator the messages are the English ones docs/findings.md lists")
            << Language::None << Mutation(weakDhGroup) << QStringLiteral("IPS-062")
            << QStringLiteral(
                   "Key exchange method 1 (AES-256-SHA-256-DH2) of policy 'Datacenter' uses the weak "
                   "DH group 2 (1024-bit, Medium).")
            << QString() << QStringLiteral("Policy 'Datacenter'") << QStringLiteral("ike.methods[0].dhGroup");
    }

    void findingTexts()
    {
        QFETCH(Language, language);
        QFETCH(Mutation, mutation);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        QFETCH(QString, objectPath);
        QFETCH(QString, field);

        const QLocale locale = language == Language::German ? QLocale(QLocale::German) : QLocale::c();
        QCOMPARE(installTranslations(*QCoreApplication::instance(), locale), language == Language::German);
        if (hint.isEmpty()) {
            hint = documentedHint(code);
            QVERIFY2(!hint.isEmpty(), qPrintable(code + QStringLiteral(" is not in docs/findings.md")));
        }

        StoreData store = cleanModernStore();
        mutation(store);
        const Findings findings = validate(store);
        const auto found = std::find_if(findings.begin(), findings.end(),
                                        [&](const Finding &f) { return f.location.field == field; });
        QVERIFY2(found != findings.end(), qPrintable(QStringLiteral("no finding on ") + field));
        QCOMPARE(found->code, code);
        QCOMPARE(found->message, message);
        QCOMPARE(found->hint, hint);
        QCOMPARE(found->location.objectPath, objectPath);
    }
};

QTEST_GUILESS_MAIN(TestValidationLanguage)
#include "tst_validationlanguage.moc"
