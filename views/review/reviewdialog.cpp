#include "reviewdialog.h"

#include "core/savefile.h"
#include "review/reviewoutput.h"
#include "reviewtables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ipsec {

namespace {

constexpr int GpoRole = Qt::UserRole;
constexpr int NodeRole = Qt::UserRole + 1;
constexpr int PointerRole = Qt::UserRole + 2;
constexpr int ObjectPathRole = Qt::UserRole + 3;

// The node a pointer's list lives in ("/firewallRules/3" -> FirewallRules).
ReviewDialog::Node nodeOfPointer(const QString &pointer)
{
    using Node = ReviewDialog::Node;
    const QString list = pointer.section(u'/', 1, 1);
    if (list == u"firewallRules")
        return Node::FirewallRules;
    if (list == u"connectionSecurityRules")
        return Node::ConnectionSecurityRules;
    if (list == u"mainModeRules")
        return Node::MainModeRules;
    if (list == u"sets")
        return Node::Sets;
    if (list == u"firewallProfiles")
        return Node::Profiles;
    if (list == u"globalSettings")
        return Node::GlobalSettings;
    return Node::ReaderFindings;
}

} // namespace

ReviewDialog::ReviewDialog(review::ReviewReport report, QWidget *parent)
    : QDialog(parent), m_report(std::move(report)), m_tree(new QTreeWidget(this)),
      m_table(new QTableView(this)), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_findings(new QTreeWidget(this)),
      m_filter(new QLineEdit(this)), m_choices(new QComboBox(this)), m_action(new QPushButton(this)),
      m_save(new QPushButton(tr("&Save Report as HTML…"), this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review of %1").arg(QFileInfo(m_report.path).fileName()));
    m_tree->setObjectName(QStringLiteral("reviewTree"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_choices->setObjectName(QStringLiteral("reportChoice"));
    m_action->setObjectName(QStringLiteral("reportAction"));
    m_save->setObjectName(QStringLiteral("saveHtml"));

    m_tree->setHeaderHidden(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_findings->setColumnCount(5);
    m_findings->setHeaderLabels({tr("Severity"), tr("Code"), tr("GPO"), tr("Where"), tr("Finding")});
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_filter->setPlaceholderText(tr("Filter rules, settings and findings"));
    m_filter->setClearButtonEnabled(true);
    m_choices->hide();
    m_action->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Filter:"), this));
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_filter);
    top->addWidget(m_filter, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_table);
    split->setStretchFactor(1, 4);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    vertical->addWidget(m_findings);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_save);
    bottom->addStretch(1);
    bottom->addWidget(m_choices, 1);
    bottom->addWidget(m_action);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_save, &QPushButton::clicked, this, &ReviewDialog::chooseAndSaveHtml);
    connect(m_filter, &QLineEdit::textChanged, this, &ReviewDialog::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showNode(item); });
    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showFinding(item->data(0, GpoRole).toInt(), item->data(0, PointerRole).toString(),
                        item->data(0, ObjectPathRole).toString());
    });
    m_chooseFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save Report as HTML"),
                                            QFileInfo(m_report.path).completeBaseName() +
                                                QStringLiteral("-review.html"),
                                            tr("HTML pages (*.html *.htm)"));
    };
    buildTree();
    buildFindings();
    resize(1200, 760);
    split->setSizes({260, 940});
}

void ReviewDialog::buildTree()
{
    auto *root = new QTreeWidgetItem(m_tree, {QFileInfo(m_report.path).fileName()});
    root->setToolTip(0, m_report.path);
    root->setData(0, GpoRole, -1);
    root->setData(0, NodeRole, int(Node::Root));
    auto child = [](QTreeWidgetItem *parent, const QString &text, int gpo, Node node) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setData(0, GpoRole, gpo);
        item->setData(0, NodeRole, int(node));
        return item;
    };
    for (int i = 0; i < int(m_report.gpos.size()); ++i) {
        const review::ReviewedGpo &g = m_report.gpos[i];
        QTreeWidgetItem *gpo = child(root, g.title(), i, Node::Gpo);
        child(gpo, tr("Profiles"), i, Node::Profiles);
        if (!g.content.globalSettings.isEmpty())
            child(gpo, tr("Global IPsec settings (%1)").arg(g.content.globalSettings.size()), i,
                  Node::GlobalSettings);
        child(gpo, tr("Firewall rules (%1)").arg(g.content.firewallRules.size()), i, Node::FirewallRules);
        child(gpo, tr("Connection security rules (%1)").arg(g.content.connectionSecurityRules.size()), i,
              Node::ConnectionSecurityRules);
        if (!g.content.mainModeRules.isEmpty())
            child(gpo, tr("Main mode rules (%1)").arg(g.content.mainModeRules.size()), i,
                  Node::MainModeRules);
        child(gpo, tr("Sets (%1)").arg(g.content.sets.size()), i, Node::Sets);
        if (!g.content.unknownValues.isEmpty())
            child(gpo, tr("Unknown values (%1)").arg(g.content.unknownValues.size()), i, Node::UnknownValues);
        if (!g.source.findings.isEmpty())
            child(gpo, tr("Reading the files (%1)").arg(g.source.findings.size()), i, Node::ReaderFindings);
        gpo->setExpanded(m_report.gpos.size() < 20);
    }
    root->setExpanded(true);
    // A single GPO opens on its profiles: what a reviewer asks first.
    m_tree->setCurrentItem(m_report.gpos.size() == 1 ? nodeItem(0, Node::Profiles) : root);
}

void ReviewDialog::buildFindings()
{
    auto add = [this](const Finding &f, int gpo, const QString &gpoTitle) {
        auto *item = new QTreeWidgetItem(
            m_findings, {severityName(f.severity), f.code, gpoTitle, f.location.toString(), f.message});
        item->setToolTip(4, f.hint.isEmpty() ? f.message : f.message + u'\n' + f.hint);
        item->setData(0, GpoRole, gpo);
        item->setData(0, PointerRole, f.location.pointer);
        item->setData(0, ObjectPathRole, f.location.objectPath);
        if (f.severity != Severity::Info)
            for (int c = 0; c < 5; ++c)
                item->setBackground(c, QColor(f.severity == Severity::Error ? 0xffebe9 : 0xfff8c5));
    };
    for (const Finding &f : m_report.findings)
        add(f, -1, {});
    for (int i = 0; i < int(m_report.gpos.size()); ++i) {
        for (const Finding &f : m_report.gpos[i].findings)
            add(f, i, m_report.gpos[i].title());
        for (const Finding &f : m_report.gpos[i].source.findings)
            add(f, i, m_report.gpos[i].title());
    }
    for (int c = 0; c < 4; ++c) {
        m_findings->resizeColumnToContents(c);
        m_findings->setColumnWidth(c, std::min(m_findings->columnWidth(c), 420));
    }
}

QTreeWidgetItem *ReviewDialog::nodeItem(int gpo, Node node) const
{
    QTreeWidgetItem *root = m_tree->topLevelItem(0);
    if (gpo < 0 || gpo >= root->childCount())
        return root;
    QTreeWidgetItem *gpoItem = root->child(gpo);
    for (int i = 0; i < gpoItem->childCount(); ++i)
        if (gpoItem->child(i)->data(0, NodeRole).toInt() == int(node))
            return gpoItem->child(i);
    return gpoItem;
}

ReviewDialog::Node ReviewDialog::currentNode() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? Node(item->data(0, NodeRole).toInt()) : Node::Root;
}

int ReviewDialog::currentGpo() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, GpoRole).toInt() : -1;
}

QString ReviewDialog::currentPointer() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy->index(current.row(), 0).data(reviewtables::PointerRole).toString();
}

void ReviewDialog::showNode(QTreeWidgetItem *item)
{
    if (!item)
        return;
    m_table->setSortingEnabled(false);
    reviewtables::fill(m_model, m_report, Node(item->data(0, NodeRole).toInt()),
                       item->data(0, GpoRole).toInt());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 360));
}

void ReviewDialog::showFinding(int gpoIndex, const QString &pointer, const QString &objectPath)
{
    const Node node =
        pointer.isEmpty() ? (gpoIndex < 0 ? Node::Root : Node::ReaderFindings) : nodeOfPointer(pointer);
    QTreeWidgetItem *target = nodeItem(gpoIndex, node);
    if (m_tree->currentItem() != target)
        m_tree->setCurrentItem(target);
    if (pointer.startsWith(QStringLiteral("/firewallProfiles/"))) {
        const QString profile = pointer.section(u'/', 2, 2);
        const auto &profiles = m_report.gpos.value(gpoIndex).content.profiles;
        for (int i = 0; i < int(profiles.size()); ++i)
            if (profiles[i].key == profile) {
                m_table->clearSelection();
                m_table->selectColumn(i + 1);
            }
        return;
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            // Global settings share one pointer: the finding's object path names the row.
            if (index.data(reviewtables::PointerRole).toString() != pointer ||
                (node == Node::GlobalSettings && !objectPath.isEmpty() &&
                 index.data().toString() != objectPath))
                continue;
            m_table->selectRow(row);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
        // Filtered out: show everything again, then look once more.
        if (m_filter->text().isEmpty())
            return;
        m_filter->clear();
    }
}

void ReviewDialog::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_findings->topLevelItem(i);
        bool match = text.isEmpty();
        for (int c = 0; c < m_findings->columnCount() && !match; ++c)
            match = item->text(c).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void ReviewDialog::setAction(const QString &text, const QStringList &choices)
{
    m_action->setText(text);
    m_action->show();
    m_choices->clear();
    m_choices->addItems(choices);
    m_choices->setVisible(choices.size() > 1);
}

QString ReviewDialog::choice() const
{
    return m_choices->currentText();
}

bool ReviewDialog::saveHtml(const QString &path)
{
    QString error;
    if (writeFileAtomically(path, review::reportToHtml(m_report), &error))
        return true;
    QMessageBox::critical(this, tr("Save Report as HTML"),
                          tr("%1 could not be written: %2").arg(path, error));
    return false;
}

void ReviewDialog::chooseAndSaveHtml()
{
    const QString path = m_chooseFile ? m_chooseFile() : QString();
    if (!path.isEmpty())
        saveHtml(path);
}

} // namespace ipsec
