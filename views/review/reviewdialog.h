// File → Review GPO Backup…: the structured review of a backup root, a backup, a .wfw or a registry.pol
// (docs/gui.md, "Reviewing a GPO backup"). A tree (root → GPO → profiles, global settings, firewall rules,
// connection security rules, main mode rules, sets, unknown values, findings) beside a table of the node,
// a findings list that selects the row a finding is about, a text filter over both, and "Save Report as
// HTML…" (the CLI's `review --html`). The review itself is read before (on a worker, by the main window).
#pragma once

#include "review/reviewmodel.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace ipsec {

class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    // What a tree node shows.
    enum class Node : std::uint8_t {
        Root,
        Gpo,
        Profiles,
        GlobalSettings,
        FirewallRules,
        ConnectionSecurityRules,
        MainModeRules,
        Sets,
        UnknownValues,
        ReaderFindings,
    };

    explicit ReviewDialog(review::ReviewReport report, QWidget *parent = nullptr);

    // Adds the action button that accepts the dialog ("Open Firewall Content as Document"); with two or more
    // choices a selector stands before it.
    void setAction(const QString &text, const QStringList &choices = {});
    QString choice() const;
    QPushButton *actionButton() const { return m_action; }

    // Save Report as HTML… asks for the file through this (tests answer without a dialog).
    using FileChooser = std::function<QString()>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Writes the HTML report; false (and a message box unless quiet) when it cannot be written.
    bool saveHtml(const QString &path);

    const review::ReviewReport &report() const { return m_report; }
    QTreeWidget *tree() const { return m_tree; }
    QTableView *table() const { return m_table; }
    QTreeWidget *findingsList() const { return m_findings; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The node the table shows, and its GPO (-1 for the root).
    Node currentNode() const;
    int currentGpo() const;
    // The selected table row's pointer ("/firewallRules/3"), or empty.
    QString currentPointer() const;
    // Shows the node and row a finding is about (the findings list's items call it).
    void showFinding(int gpoIndex, const QString &pointer, const QString &objectPath = {});

private:
    void buildTree();
    void buildFindings();
    void showNode(QTreeWidgetItem *item);
    void fillTable(Node node, int gpo);
    void applyFilter(const QString &text);
    void chooseAndSaveHtml();
    QTreeWidgetItem *nodeItem(int gpo, Node node) const;

    review::ReviewReport m_report;
    QTreeWidget *m_tree;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeWidget *m_findings;
    QLineEdit *m_filter;
    QComboBox *m_choices;
    QPushButton *m_action;
    QPushButton *m_save;
    FileChooser m_chooseFile;
};

} // namespace ipsec
