// The property dialogs the wizards open when "Use Add Wizard" is cleared, and the IP Filter List dialog that
// the Security Rule wizard's Add button opens. Like the wizards, they return values and never edit a store.
#pragma once

#include "core/types.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTreeWidget;

namespace ipsec {

class FilterFieldTabs;

// "IP Filter Properties": Addresses (with Mirrored), Protocol, Description.
class FilterPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit FilterPropertiesDialog(const Filter &filter = {}, QWidget *parent = nullptr);
    std::optional<Filter> filter(QString *error = nullptr) const;

private:
    QUuid m_id;
    FilterFieldTabs *m_tabs;
};

// "IP Filter List": name, description, the filters, Add/Remove and "Use Add Wizard".
class FilterListDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` is used to refuse a name that is already taken.
    explicit FilterListDialog(const StoreData &existing, QWidget *parent = nullptr);
    FilterList filterList() const;
    void addFilter(const Filter &filter); // what Add does once its wizard or dialog is accepted
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *useAddWizardBox() const { return m_useWizard; }

private:
    void add();
    void removeSelected();
    void refresh();
    void accept() override;

    const StoreData &m_existing;
    QUuid m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QTreeWidget *m_filters;
    QCheckBox *m_useWizard;
    std::vector<Filter> m_list;
};

// "New Filter Action Properties": Security Methods and General.
class FilterActionPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit FilterActionPropertiesDialog(const StoreData &existing, QWidget *parent = nullptr);
    FilterAction filterAction() const;

private:
    void addMethod();
    void editMethod();
    void moveMethod(int delta);
    void refresh();
    void accept() override;

    const StoreData &m_existing;
    QUuid m_id;
    QRadioButton *m_permit;
    QRadioButton *m_block;
    QRadioButton *m_negotiate;
    QListWidget *m_methods;
    QCheckBox *m_acceptUnsecured;
    QCheckBox *m_fallback;
    QCheckBox *m_pfs;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QList<SecurityMethod> m_list;
};

// A name that no object of that kind has yet: "New IP Filter List", "New IP Filter List (2)", ...
QString uniqueName(const QString &base, const std::function<bool(const QString &)> &taken);

} // namespace ipsec
