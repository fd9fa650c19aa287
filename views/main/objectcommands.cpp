#include "objectcommands.h"

#include "core/policystore.h"
#include "mainwindow.h"
#include "templates/cryptobaselines.h"
#include "templates/windowsdefaults.h"
#include "undocommands.h"
#include "windowhooks.h"
#include "wizards/filteractionwizard.h"
#include "wizards/ipfilterwizard.h"
#include "wizards/policywizard.h"
#include "wizards/securityrulewizard.h"

#include <QStatusBar>
#include <QUndoStack>
#include <memory>

namespace ipsec {
namespace {

template <typename Vec> QString freeName(const Vec &existing, const QString &base)
{
    auto taken = [&](const QString &name) {
        return std::any_of(existing.begin(), existing.end(),
                           [&](const auto &o) { return o.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n)
        if (!taken(QStringLiteral("%1 (%2)").arg(base).arg(n)))
            return QStringLiteral("%1 (%2)").arg(base).arg(n);
}

// A wizard's title in the language of the moment (the wizards set the same texts as their window titles).
QString wizardTitle(ObjectCommands::WizardKind which)
{
    switch (which) {
    case ObjectCommands::PolicyWizardKind:
        return QCoreApplication::translate("ipsec::IpSecurityPolicyWizard", "IP Security Policy Wizard");
    case ObjectCommands::RuleWizardKind:
        return QCoreApplication::translate("ipsec::SecurityRuleWizard", "Security Rule Wizard");
    case ObjectCommands::FilterWizardKind:
        return QCoreApplication::translate("ipsec::IpFilterWizard", "IP Filter Wizard");
    default:
        return QCoreApplication::translate("ipsec::FilterActionWizard", "Filter Action Wizard");
    }
}

} // namespace

ObjectCommands::ObjectCommands(MainWindow *window, Settings *settings, const WindowHooks &hooks)
    : QObject(window), m_window(window), m_settings(settings), m_hooks(hooks)
{}

void ObjectCommands::addPolicy()
{
    Policy p;
    p.name = freeName(m_window->store()->data().policies, MainWindow::tr("New IP Security Policy"));
    p.ike.id = newId();
    p.defaultResponse.id = newId();
    p.defaultResponse.negotiationPolicyId = newId();
    p.defaultResponse.authMethods = {AuthMethod::kerberos()};
    p.ike.methods = windowsdefaults::defaultIkeMethods();
    p.defaultResponse.securityMethods = windowsdefaults::defaultResponseSecurityMethods();
    auto *command = new AddPolicyCommand(m_window->store(), {}, p);
    const QUuid id = command->objectId();
    if (execute(m_window->undoStack(), command).ok)
        m_window->showObject(ObjectKind::Policy, id, {}, QStringLiteral("name"));
}

void ObjectCommands::addRule(const QUuid &policyId)
{
    const StoreData &d = m_window->store()->data();
    if (!m_window->store()->policy(policyId) || d.filterActions.empty()) {
        m_hooks.ask(
            m_window, QMessageBox::Information, MainWindow::tr("Add Rule"),
            m_window->store()->policy(policyId)
                ? MainWindow::tr(
                      "Create a filter action first (Policy → Add Filter Action): every rule needs one.")
                : MainWindow::tr("Select a policy first."));
        return;
    }
    Rule r;
    r.filterList = d.filterLists.empty() ? QUuid() : d.filterLists.front().id;
    r.filterAction = d.filterActions.front().id;
    r.authMethods = {AuthMethod::kerberos()};
    const Policy *p = m_window->store()->policy(policyId);
    r.name = freeName(p->rules, MainWindow::tr("New rule"));
    auto *command = new AddRuleCommand(m_window->store(), policyId, r);
    const QUuid id = command->objectId();
    const EditResult result = execute(m_window->undoStack(), command);
    if (result.ok)
        m_window->showObject(ObjectKind::Rule, id, policyId);
    else
        m_hooks.ask(m_window, QMessageBox::Warning, MainWindow::tr("Add Rule"), result.error);
}

void ObjectCommands::addFilterList()
{
    FilterList l;
    l.name = freeName(m_window->store()->data().filterLists, MainWindow::tr("New IP Filter List"));
    auto *command = new AddFilterListCommand(m_window->store(), {}, l);
    const QUuid id = command->objectId();
    if (execute(m_window->undoStack(), command).ok)
        m_window->showObject(ObjectKind::FilterList, id, {}, QStringLiteral("name"));
}

void ObjectCommands::addFilter()
{
    const QUuid listId = m_window->selectedFilterListId();
    if (listId.isNull())
        return;
    auto *command = new AddFilterCommand(m_window->store(), listId, Filter{});
    const QUuid filterId = command->objectId();
    if (execute(m_window->undoStack(), command).ok)
        m_window->showObject(ObjectKind::Filter, filterId, listId);
}

void ObjectCommands::addFilterAction()
{
    FilterAction a;
    a.name = freeName(m_window->store()->data().filterActions, MainWindow::tr("New Filter Action"));
    a.action = ActionKind::Negotiate;
    a.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    auto *command = new AddFilterActionCommand(m_window->store(), {}, a);
    const QUuid id = command->objectId();
    if (execute(m_window->undoStack(), command).ok)
        m_window->showObject(ObjectKind::FilterAction, id, {}, QStringLiteral("name"));
}

void ObjectCommands::toggleAssigned()
{
    const QUuid policyId = m_window->selectedPolicyId();
    const Policy *p = m_window->store()->policy(policyId);
    if (!p)
        return;
    execute(m_window->undoStack(),
            new AssignPolicyCommand(m_window->store(), p->assigned ? QUuid() : policyId));
}

bool ObjectCommands::deleteSelected()
{
    const auto [kind, id, parentId] = m_window->selectedObject();
    StoreCommand *command = nullptr;
    switch (kind) {
    case ObjectKind::Policy:
        command = new RemovePolicyCommand(m_window->store(), {}, id);
        break;
    case ObjectKind::Rule:
        command = new RemoveRuleCommand(m_window->store(), parentId, id);
        break;
    case ObjectKind::Filter:
        command = new RemoveFilterCommand(m_window->store(), parentId, id);
        break;
    case ObjectKind::FilterList:
    case ObjectKind::FilterAction: {
        const QList<RuleRef> users = kind == ObjectKind::FilterList
                                         ? m_window->store()->usersOfFilterList(id)
                                         : m_window->store()->usersOfFilterAction(id);
        Removal mode = Removal::RefuseIfUsed;
        if (!users.isEmpty()) {
            // Windows refuses; we offer the cascade explicitly, and refuse otherwise.
            QStringList names;
            for (const RuleRef &u : users)
                names.append(QStringLiteral("  %1 / %2").arg(u.policyName, u.ruleName));
            const auto answer = m_hooks.ask(m_window, QMessageBox::Question, MainWindow::tr("Delete"),
                                            MainWindow::tr("It is %1:\n%2\n\nDelete those rules too?")
                                                .arg(PolicyStore::describeUsage(users), names.join(u'\n')),
                                            QMessageBox::Yes | QMessageBox::No);
            if (answer == QMessageBox::Yes)
                mode = Removal::Cascade;
        }
        if (kind == ObjectKind::FilterList)
            command = new RemoveFilterListCommand(m_window->store(), {}, id, mode);
        else
            command = new RemoveFilterActionCommand(m_window->store(), {}, id, mode);
        break;
    }
    default:
        return false;
    }
    const EditResult result = execute(m_window->undoStack(), command);
    if (!result.ok) {
        m_window->statusBar()->showMessage(result.error, 8000);
        m_hooks.ask(m_window, QMessageBox::Warning, MainWindow::tr("Not deleted"), result.error);
    }
    return result.ok;
}

void ObjectCommands::runWizard(WizardKind which)
{
    WizardResult result;
    const StoreData &d = m_window->store()->data();
    // The policy and filter action wizards propose the methods of the chosen baseline.
    const baselines::CryptoBaseline &baseline =
        baselines::findOrDefault(m_settings->value(Settings::Key::CryptoBaseline).toString());
    switch (which) {
    case PolicyWizardKind: {
        IpSecurityPolicyWizard wizard(d, m_window);
        wizard.setCryptoBaseline(baseline);
        if (m_hooks.runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result();
        break;
    }
    case RuleWizardKind: {
        if (!m_window->store()->policy(m_window->selectedPolicyId()))
            return;
        SecurityRuleWizard wizard(d, m_window->selectedPolicyId(), m_window);
        if (m_hooks.runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result();
        break;
    }
    case FilterWizardKind: {
        const QUuid listId = m_window->selectedFilterListId();
        if (listId.isNull())
            return;
        IpFilterWizard wizard(m_window);
        if (m_hooks.runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result(listId);
        break;
    }
    default: {
        FilterActionWizard wizard(d, m_window);
        wizard.setCryptoBaseline(baseline);
        if (m_hooks.runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result();
        break;
    }
    }
    if (result.isEmpty())
        return;
    StoreData after = d;
    const EditResult applied = applyWizardResult(after, result);
    if (!applied.ok) {
        m_hooks.ask(m_window, QMessageBox::Warning, MainWindow::tr("Wizard"), applied.error);
        return;
    }
    const auto [kind, id, parentId] = result.primaryObject();
    auto *step = new ReplaceStoreCommand(m_window->store(), std::move(after), QString());
    step->setTextMaker([which, added = std::make_shared<WizardResult>(result)] {
        //: History entry of a finished wizard: "IP Filter Wizard: filter 'me ↔ any'". %1 wizard, %2 what.
        return MainWindow::tr("%1: %2").arg(wizardTitle(which), added->describe());
    });
    execute(m_window->undoStack(), step);
    m_window->showObject(kind, id, parentId);
}

} // namespace ipsec
