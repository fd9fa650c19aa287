// What the engineer types is what the document holds (issue 13): each defect typed key by key into the real
// widgets of the window and the wizards, then checked in the document, the Problems panel and the saved file.
#include "core/policystore.h"
#include "editors/editors.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "problemsmodel.h"
#include "scriptpreview.h"
#include "settings.h"
#include "validation/fieldcheck.h"
#include "validationrunner.h"
#include "widgets/fieldcommit.h"
#include "widgets/filterfields.h"
#include "wizards/filteractionwizard.h"
#include "wizards/ipfilterwizard.h"
#include "wizards/propertydialogs.h"
#include "wizards/wizardwidgets.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ipsec;

namespace {

QString examplePath()
{
    return QStringLiteral(IPSEC_SOURCE_DIR "/examples/expressroute-http8080.ipsecstore");
}

FilterAddress subnet(const char *address, int prefix)
{
    return FilterAddress::subnet(*IpAddress::parse(QString::fromLatin1(address)), prefix);
}

// The store a saved file holds.
StoreData readBack(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return json::read(file.readAll(), path).store;
}

const Filter *filterIn(const StoreData &d, const std::pair<QUuid, QUuid> &ids)
{
    const FilterList *l = d.filterList(ids.first);
    if (!l)
        return nullptr;
    for (const Filter &f : l->filters)
        if (f.id == ids.second)
            return &f;
    return nullptr;
}

// Selects everything in the field and types `text` key by key, as a user does.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestFieldIntegrity : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_prompts;

    const StoreData &data() const { return m_window->store()->data(); }

    // The filter 10.0.1.0/24 <-> 10.2.27.0/25 of the example, shown in the editor.
    std::pair<QUuid, QUuid> showExampleFilter()
    {
        for (const FilterList &l : data().filterLists)
            for (const Filter &f : l.filters)
                if (f.source == subnet("10.0.1.0", 24) && f.destination == subnet("10.2.27.0", 25)) {
                    m_window->showObject(ObjectKind::Filter, f.id, l.id);
                    return {l.id, f.id};
                }
        return {};
    }
    const Filter *filter(const std::pair<QUuid, QUuid> &ids) const
    {
        return m_window->store()->filter(ids.first, ids.second);
    }
    QStringList problemCodes() const
    {
        QStringList codes;
        for (int r = 0; r < m_window->problemsModel()->rowCount(); ++r)
            codes.append(m_window->problemsModel()->finding(r).code);
        return codes;
    }
    Finding problem(const QString &code) const
    {
        for (int r = 0; r < m_window->problemsModel()->rowCount(); ++r)
            if (m_window->problemsModel()->finding(r).code == code)
                return m_window->problemsModel()->finding(r);
        return {};
    }
    QString saved()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.ipsecstore"));
        return m_window->saveAs(path) ? path : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::RecoveryDirectory, m_dir.filePath(QStringLiteral("recovery")));
        // A long pause: only Enter, Tab and Esc finish a field in these tests.
        m_settings->setValue(Settings::Key::ValidationDelayMs, 5000);
        m_prompts.clear();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setPrompt(
            [this](QMessageBox::Icon, const QString &, const QString &text, QMessageBox::StandardButtons) {
                m_prompts.append(text);
                return QMessageBox::No;
            });
        QVERIFY(m_window->openFile(examplePath()));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window->setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        m_window.reset();
    }

    // Defect 1: "10.0.1.300" used to commit its last valid prefix 10.0.1.30.
    void anInvalidAddressStaysInTheFieldAndNeverReachesTheDocument()
    {
        const auto ids = showExampleFilter();
        QVERIFY(filter(ids));
        auto *source = m_window->currentEditor()->findChild<QLineEdit *>(QStringLiteral("sourceAddress"));
        QVERIFY(source && source->isVisible());
        retype(source, QStringLiteral("10.0.1.300"));
        QTest::keyClick(source, Qt::Key_Tab);
        QCOMPARE(source->text(), QStringLiteral("10.0.1.300"));
        QCOMPARE(filter(ids)->source, subnet("10.0.1.0", 24));
        QCOMPARE(m_window->undoStack()->count(), 0);
        // Problems lists the field's error with the reason, the page says it under the field.
        const Finding f = problem(QStringLiteral("IPS-025"));
        QCOMPARE(f.severity, Severity::Error);
        QVERIFY2(f.message.contains(QStringLiteral("300 is not an octet: 0–255")), qPrintable(f.message));
        QCOMPARE(f.location.objectId, ids.second);
        QCOMPARE(f.location.field, QStringLiteral("source.address"));
        auto *inlineMessage = m_window->currentEditor()->findChild<QLabel *>(QStringLiteral("sourceProblem"));
        QVERIFY(inlineMessage && inlineMessage->isVisible());
        QVERIFY(inlineMessage->text().contains(QStringLiteral("300")));
        // The saved file holds the document's address, never a prefix of the typed text.
        const StoreData file = readBack(saved());
        const Filter *savedFilter = filterIn(file, ids);
        QVERIFY(savedFilter);
        QCOMPARE(savedFilter->source, subnet("10.0.1.0", 24));
        // Esc restores the document's value and the error goes.
        source->setFocus();
        QTest::keyClick(source, Qt::Key_Escape);
        QCOMPARE(source->text(), QStringLiteral("10.0.1.0/24"));
        QVERIFY(!problemCodes().contains(QStringLiteral("IPS-025")));
    }

    void aFinishedAddressIsOneUndoStepNamedAfterTheField()
    {
        const auto ids = showExampleFilter();
        auto *source = m_window->currentEditor()->findChild<QLineEdit *>(QStringLiteral("sourceAddress"));
        retype(source, QStringLiteral("10.0.1.0/25"));
        // Nothing reaches the document while typing.
        QCOMPARE(filter(ids)->source, subnet("10.0.1.0", 24));
        QTest::keyClick(source, Qt::Key_Return);
        QCOMPARE(filter(ids)->source, subnet("10.0.1.0", 25));
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY2(
            m_window->undoStack()->undoText().startsWith(QStringLiteral("Edit source address of filter")),
            qPrintable(m_window->undoStack()->undoText()));
        QCOMPARE(filterIn(readBack(saved()), ids)->source, subnet("10.0.1.0", 25));
        m_window->undoStack()->undo();
        QCOMPARE(filter(ids)->source, subnet("10.0.1.0", 24));
        QCOMPARE(source->text(), QStringLiteral("10.0.1.0/24"));
    }

    // Defect 2: "70000" showed as 7000 in a spin box while the document kept 8080.
    void aPortAbove65535StaysAsTypedAndSaysWhy()
    {
        const auto ids = showExampleFilter();
        QCOMPARE(filter(ids)->destinationPort, PortRange::single(8080));
        auto *tabs = m_window->currentEditor()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(1);
        auto *port = m_window->currentEditor()->findChild<QLineEdit *>(QStringLiteral("destinationPort"));
        QVERIFY(port && port->isVisible());
        retype(port, QStringLiteral("70000"));
        QTest::keyClick(port, Qt::Key_Tab);
        QCOMPARE(port->text(), QStringLiteral("70000"));
        QCOMPARE(filter(ids)->destinationPort, PortRange::single(8080));
        const Finding f = problem(QStringLiteral("IPS-026"));
        QVERIFY2(f.message.contains(QStringLiteral("ports go up to 65535")), qPrintable(f.message));
        QCOMPARE(filterIn(readBack(saved()), ids)->destinationPort, PortRange::single(8080));
        // A real port is taken once finished.
        retype(port, QStringLiteral("8443"));
        QTest::keyClick(port, Qt::Key_Return);
        QCOMPARE(filter(ids)->destinationPort, PortRange::single(8443));
        QVERIFY(!problemCodes().contains(QStringLiteral("IPS-026")));
        QCOMPARE(filterIn(readBack(saved()), ids)->destinationPort, PortRange::single(8443));
    }

    // Defect 2 in the IP Filter wizard, and defect 3: the wizard checks as the editor does.
    void theIpFilterWizardRefusesWhatTheEditorRefusesWithTheSameCodes()
    {
        IpFilterWizard wizard;
        wizard.show();
        wizard.next(); // welcome
        wizard.next(); // description
        QCOMPARE(wizard.currentId(), int(IpFilterWizard::SourcePage));
        wizard.sourcePicker()->kindCombo()->setCurrentIndex(AddressPicker::AddressOrSubnet);
        QLineEdit *address = wizard.sourcePicker()->addressEdit();
        retype(address, QStringLiteral("10.0.1.0/255.0.255.0"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto checked = wizard.sourcePicker()->check();
        QCOMPARE(checked.problems.front().code, QStringLiteral("IPS-014"));
        QVERIFY(address->toolTip().contains(QStringLiteral("IPS-014")));
        retype(address, QStringLiteral("10.0.1.0/255.255.255.0"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        wizard.next(); // destination: any
        auto *combo = wizard.findChild<ProtocolPicker *>()->combo();
        combo->setCurrentIndex(combo->findText(QStringLiteral("TCP")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(IpFilterWizard::PortPage));
        auto *ports = wizard.findChild<PortPicker *>();
        ports->toThisPort()->setChecked(true);
        retype(ports->toPortBox(), QStringLiteral("70000"));
        QCOMPARE(ports->toPortBox()->text(), QStringLiteral("70000"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *portProblem = wizard.findChild<QLabel *>(QStringLiteral("portProblem"));
        QVERIFY(portProblem->text().contains(QStringLiteral("ports go up to 65535")));
        retype(ports->toPortBox(), QStringLiteral("8080"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        const Filter f = wizard.filter();
        QCOMPARE(f.source, subnet("10.0.1.0", 24));
        QCOMPARE(f.destinationPort, PortRange::single(8080));

        // The editor names the same mask with the same code.
        const auto ids = showExampleFilter();
        auto *source = m_window->currentEditor()->findChild<QLineEdit *>(QStringLiteral("sourceAddress"));
        retype(source, QStringLiteral("10.0.1.0/255.0.255.0"));
        QTest::keyClick(source, Qt::Key_Return);
        m_window->validation()->runNow();
        QCOMPARE(problem(QStringLiteral("IPS-014")).location.objectId, ids.second);
    }

    // Defect 4: the duplicate-name check popped a dialog at the prefix "myEncryption" and lost the rest.
    void aNameThatIsTakenWhileTypingNeitherInterruptsNorLosesKeystrokes()
    {
        QVERIFY(data().filterActionByName(QStringLiteral("myEncryption")));
        m_window->findChild<QAction *>(QStringLiteral("actionAddFilterAction"))->trigger();
        const QUuid id = std::get<1>(m_window->selectedObject());
        auto *name = m_window->currentEditor()->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name);
        retype(name, QStringLiteral("myEncryption-AES"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY2(m_prompts.isEmpty(), qPrintable(m_prompts.join(u'\n')));
        QCOMPARE(m_window->store()->filterAction(id)->name, QStringLiteral("myEncryption-AES"));
        QCOMPARE(m_window->undoStack()->undoText(),
                 QStringLiteral("Edit name of filter action 'myEncryption-AES'"));
        // A taken name stays in the field, inline, and is listed; the document keeps its name.
        retype(name, QStringLiteral("myencryption"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(m_prompts.isEmpty());
        QCOMPARE(name->text(), QStringLiteral("myencryption"));
        QCOMPARE(m_window->store()->filterAction(id)->name, QStringLiteral("myEncryption-AES"));
        QCOMPARE(problem(QStringLiteral("IPS-027")).location.objectId, id);
        QCOMPARE(readBack(saved()).filterAction(id)->name, QStringLiteral("myEncryption-AES"));
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(name->text(), QStringLiteral("myEncryption-AES"));
        QVERIFY(!problemCodes().contains(QStringLiteral("IPS-027")));
    }

    // Defect 5, last part: Ctrl+Z inside a spin box undid only the box's text.
    void ctrlZInASpinBoxUndoesTheDocument()
    {
        const Policy &p = data().policies.front();
        m_window->showObject(ObjectKind::Policy, p.id);
        auto *polling =
            m_window->currentEditor()->findChild<QSpinBox *>(QStringLiteral("pollingIntervalMinutes"));
        QVERIFY(polling);
        const auto before = p.pollingIntervalMinutes;
        polling->setFocus();
        polling->selectAll();
        QTest::keyClicks(polling, QStringLiteral("42"));
        QCOMPARE(data().policies.front().pollingIntervalMinutes, before); // not finished yet
        QTest::keyClick(polling, Qt::Key_Return);
        QCOMPARE(data().policies.front().pollingIntervalMinutes, 42u);
        QTest::keyClick(polling, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(data().policies.front().pollingIntervalMinutes, before);
        QCOMPARE(polling->value(), int(before));
    }

    // Defect 5: the wizards did nothing without a selection, and Add... named the wrong missing piece.
    void entriesThatNeedASelectionAreDisabledAndSayWhatToSelect()
    {
        QAction *filterWizard = m_window->findChild<QAction *>(QStringLiteral("actionFilterWizard"));
        QAction *ruleWizard = m_window->findChild<QAction *>(QStringLiteral("actionRuleWizard"));
        m_window->navigator()->setCurrentIndex({}); // the store: nothing selected
        QVERIFY(!filterWizard->isEnabled());
        QVERIFY(filterWizard->statusTip().contains(QStringLiteral("IP filter list")));
        m_window->showObject(ObjectKind::Policy, data().policies.front().id);
        QVERIFY(ruleWizard->isEnabled());
        // A document without a policy: the rule wizard has nothing to add to, and says so.
        StoreData noPolicies = data();
        noPolicies.policies.clear();
        m_window->store()->reset(noPolicies);
        m_window->navigator()->setCurrentIndex({});
        QVERIFY(!ruleWizard->isEnabled());
        QVERIFY(ruleWizard->statusTip().contains(QStringLiteral("policy")));
        m_window->store()->reset(readBack(examplePath()));
        // With a policy selected and no filter action, Add... on the rules tab names the filter action.
        StoreData noActions = data();
        noActions.policies.front().rules.clear();
        noActions.filterActions.clear();
        m_window->store()->reset(noActions);
        m_window->showObject(ObjectKind::Policy, data().policies.front().id);
        m_window->currentEditor()->findChild<QAbstractButton *>(QStringLiteral("addRuleButton"))->click();
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY2(m_prompts.front().startsWith(QStringLiteral("Create a filter action first")),
                 qPrintable(m_prompts.front()));
    }

    void aWizardInsideAnotherDoesNotOfferEditProperties()
    {
        FilterActionWizard wizard(data());
        auto *edit = wizard.findChild<QCheckBox *>(QStringLiteral("editProperties"));
        QVERIFY(edit && edit->isChecked());
        withoutEditProperties(wizard);
        QVERIFY(!edit->isChecked());
        QVERIFY(edit->isHidden());
        QVERIFY(!wizard.result().editPropertiesAfterwards);
    }

    // Defect 6: the preview spoke of --assign and --gpo-name, which the window does not have.
    void thePreviewSpeaksOfTheWindowsSettingsNotOfCommandLineOptions()
    {
        m_window->showObject(ObjectKind::Policy, data().policies.front().id);
        m_window->scriptPreview()->setOnScreen(true);
        m_window->scriptPreview()->refreshNow();
        auto *status = m_window->scriptPreview()->findChild<QLabel *>(QStringLiteral("previewStatus"));
        QVERIFY(status);
        QVERIFY2(!status->text().contains(QStringLiteral("--")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("GPO name on the store's page")),
                 qPrintable(status->text()));
        // With the GPO named on the store's page, the script assigns the policy and the note goes.
        StoreInfo info = data().info;
        info.gpoName = QStringLiteral("IPsec GPO");
        m_window->store()->setInfo(info);
        m_window->scriptPreview()->refreshNow();
        QVERIFY2(!status->text().contains(QStringLiteral("IPS-258")), qPrintable(status->text()));
        QVERIFY(m_window->scriptPreview()->text().contains(QStringLiteral("IPsec GPO")));
    }

    // Defect 7: steps were named after the first typed character ("Edit filter action 'm'").
    void undoStepsAreNamedAfterTheFieldAndTheWholeValue()
    {
        const FilterAction &a = data().filterActions.front();
        m_window->showObject(ObjectKind::FilterAction, a.id);
        auto *name = m_window->currentEditor()->findChild<QLineEdit *>(QStringLiteral("name"));
        retype(name, QStringLiteral("mine"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_window->undoStack()->count(), 1);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit name of filter action 'mine'"));
    }

    // The field checks, one row per code fired and not fired.
    void theFieldChecksNameTheProblem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("an octet above 255 is not an address") << "address"
                                                              << "10.0.1.300"
                                                              << "IPS-025"
                                                              << "300 is not an octet: 0–255";
        QTest::newRow("three parts are not an address") << "address"
                                                        << "10.0.1"
                                                        << "IPS-025"
                                                        << "four numbers";
        QTest::newRow("a subnet with a prefix is an address") << "address"
                                                              << "10.0.1.0/24"
                                                              << ""
                                                              << "";
        QTest::newRow("a mask with holes is IPS-014") << "address"
                                                      << "10.0.1.0/255.0.255.0"
                                                      << "IPS-014"
                                                      << "not contiguous";
        QTest::newRow("a port above 65535 is not a port") << "port"
                                                          << "70000"
                                                          << "IPS-026"
                                                          << "ports go up to 65535";
        QTest::newRow("8080 is a port") << "port"
                                        << "8080"
                                        << ""
                                        << "";
        QTest::newRow("a taken name is refused") << "name"
                                                 << "Taken"
                                                 << "IPS-027"
                                                 << "is taken";
        QTest::newRow("a free name is fine") << "name"
                                             << "Free"
                                             << ""
                                             << "";
        QTest::newRow("a protocol number above 255 is refused") << "number"
                                                                << "300"
                                                                << "IPS-028"
                                                                << "0 to 255";
        QTest::newRow("a protocol number 47 is fine") << "number"
                                                      << "47"
                                                      << ""
                                                      << "";
        QTest::newRow("a host name with a space is refused") << "host"
                                                             << "host 1"
                                                             << "IPS-029"
                                                             << "no spaces";
        QTest::newRow("a host name is fine") << "host"
                                             << "host1.ipsectest.com"
                                             << ""
                                             << "";
    }
    void theFieldChecksNameTheProblem()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const auto taken = [](const QString &n) {
            return n.compare(QStringLiteral("taken"), Qt::CaseInsensitive) == 0;
        };
        Findings problems;
        if (kind == QLatin1String("address"))
            problems = fieldcheck::addressOrSubnet(text, QStringLiteral("source.address")).problems;
        else if (kind == QLatin1String("port"))
            problems = fieldcheck::port(text, QStringLiteral("destinationPort")).problems;
        else if (kind == QLatin1String("name"))
            problems = fieldcheck::objectName(text, taken, QStringLiteral("name")).problems;
        else if (kind == QLatin1String("number"))
            problems = fieldcheck::number(text, 0, 255, QStringLiteral("protocol")).problems;
        else
            problems = fieldcheck::hostName(text, QStringLiteral("source.dnsName")).problems;
        if (code.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
            return;
        }
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.front().code, code);
        QVERIFY2(problems.front().message.contains(says), qPrintable(problems.front().message));
    }

    void thePortsAreEditableOnlyForAProtocolWithPorts_data()
    {
        QTest::addColumn<int>("protocolNumber");
        QTest::addColumn<bool>("portsEditable");
        QTest::newRow("TCP has ports") << int(protocol::Tcp) << true;
        QTest::newRow("UDP has ports") << int(protocol::Udp) << true;
        QTest::newRow("ICMP has none") << int(protocol::Icmp) << false;
        QTest::newRow("any protocol has none") << int(protocol::Any) << false;
    }

    // The filter editor and the IP Filter Properties dialog share FilterFieldTabs, which keeps the ports in
    // step with the protocol chosen, and with the protocol of the filter a dialog opens on.
    void thePortsAreEditableOnlyForAProtocolWithPorts()
    {
        QFETCH(int, protocolNumber);
        QFETCH(bool, portsEditable);
        FilterFieldTabs tabs(QStringLiteral("Mirrored"), QStringLiteral("Description"));
        QComboBox *combo = tabs.protocol()->combo();
        combo->setCurrentIndex(
            combo->findData(protocol::Tcp == protocolNumber ? int(protocol::Udp) : int(protocol::Tcp)));
        QVERIFY(tabs.ports()->isEnabled());
        combo->setCurrentIndex(combo->findData(protocolNumber));
        QCOMPARE(tabs.ports()->isEnabled(), portsEditable);

        Filter f;
        f.protocol = static_cast<std::uint8_t>(protocolNumber);
        const FilterPropertiesDialog dialog(f);
        const auto *ports = dialog.findChild<FilterFieldTabs *>()->ports();
        QCOMPARE(ports->isEnabled(), portsEditable);
    }

    void docsListEveryFieldCode()
    {
        QFile doc(QStringLiteral(IPSEC_SOURCE_DIR "/docs/findings.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const FindingCodeInfo &i : fieldcheck::codes()) {
            const QString row =
                QStringLiteral("| %1 | %2 | %3 |").arg(i.code, severityName(i.severity), i.title);
            QVERIFY2(text.contains(row), qPrintable(QStringLiteral("docs/findings.md lacks the row ") + row));
        }
    }
};

QTEST_MAIN(TestFieldIntegrity)
#include "tst_fieldintegrity.moc"
