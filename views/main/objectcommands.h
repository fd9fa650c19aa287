// The Policy menu's commands and Edit → Delete on the window's selection: add a policy, rule, filter list,
// filter or filter action, assign a policy, delete the selected object, and run the four wizards. Each is one
// undo step that ends with the new object selected. Its texts keep the MainWindow translation context.
#pragma once

#include <QObject>
#include <QUuid>

namespace ipsec {

class MainWindow;
class Settings;
struct WindowHooks;

class ObjectCommands : public QObject {
public:
    enum WizardKind { PolicyWizardKind, RuleWizardKind, FilterWizardKind, FilterActionWizardKind };

    ObjectCommands(MainWindow *window, Settings *settings, const WindowHooks &hooks);

    void addPolicy();
    void addRule(const QUuid &policyId);
    void addFilterList();
    // Into the selected filter list (or the list of the selected filter).
    void addFilter();
    void addFilterAction();
    void toggleAssigned();
    // A filter list or action that rules use is deleted only with those rules, after asking.
    bool deleteSelected();
    void runWizard(WizardKind which);

private:
    MainWindow *m_window;
    Settings *m_settings;
    const WindowHooks &m_hooks;
};

} // namespace ipsec
