#include "policydiagramview.h"

#include "core/policystore.h"
#include "diagramitems.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QSet>
#include <QStyle>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

namespace ipsec {

using diagram::DiagramStyle;
using diagram::ObjectRef;

namespace {

constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 6;
constexpr qreal kMaxFitZoom = 1.6;
constexpr qreal kWheelStep = 1.15;
constexpr qreal kHeaderHeight = 86;

// A line of text that stands for a store object and can be selected.
class ObjectTextItem : public QGraphicsSimpleTextItem {
public:
    ObjectTextItem(const QString &text, const QFont &font, const QColor &color)
    {
        setText(text);
        setFont(font);
        setBrush(color);
        setFlag(ItemIsSelectable);
        setZValue(2);
    }
    QRectF boundingRect() const override
    {
        return QGraphicsSimpleTextItem::boundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    }
    // Selected, the text sits on a tinted band with room around it: Qt's dashed selection box hugs the
    // glyphs and covered a selected rule's line.
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        QStyleOptionGraphicsItem plain(*option);
        if (isSelected()) {
            QColor band = option->palette.color(QPalette::Highlight);
            band.setAlphaF(0.22);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(option->palette.color(QPalette::Highlight), 1.5));
            painter->setBrush(band);
            painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 3, 3);
            plain.state &= ~QStyle::State_Selected;
        }
        QGraphicsSimpleTextItem::paint(painter, &plain, widget);
    }

private:
    static constexpr qreal kMargin = 3;
};

} // namespace

PolicyDiagramView::PolicyDiagramView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setAccessibleName(tr("Policy diagram"));
    setToolTip({});
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &PolicyDiagramView::rebuild);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &PolicyDiagramView::onSceneSelectionChanged);
    rebuild();
}

PolicyDiagramView::~PolicyDiagramView()
{
    // The scene's selection changes while it is destroyed; nobody listens any more.
    disconnect(scene(), nullptr, this, nullptr);
}

void PolicyDiagramView::setStore(const PolicyStore *store)
{
    for (const auto &c : std::as_const(m_storeConnections))
        disconnect(c);
    m_storeConnections.clear();
    m_store = store;
    if (store) {
        m_storeConnections << connect(store, &PolicyStore::changed, this, &PolicyDiagramView::scheduleRebuild)
                           << connect(store, &PolicyStore::wasReset, this,
                                      &PolicyDiagramView::scheduleRebuild)
                           << connect(store, &QObject::destroyed, this, &PolicyDiagramView::scheduleRebuild);
    }
    m_autoFit = true;
    rebuild();
}

void PolicyDiagramView::setPolicy(const QUuid &policyId)
{
    if (policyId == m_policyId)
        return;
    m_policyId = policyId;
    m_autoFit = true;
    rebuild();
}

qreal PolicyDiagramView::zoomFactor() const
{
    return transform().m11();
}

QList<std::tuple<ObjectKind, QUuid, QUuid>> PolicyDiagramView::selectedObjects() const
{
    QList<std::tuple<ObjectKind, QUuid, QUuid>> out;
    for (const QGraphicsItem *item : scene()->selectedItems()) {
        const ObjectRef ref = diagram::objectRef(item);
        out.append({ref.kind, ref.id, ref.parentId});
    }
    return out;
}

void PolicyDiagramView::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void PolicyDiagramView::rebuild()
{
    m_rebuildTimer.stop();
    // A hidden view (its dock behind the Script Preview's tab) is drawn when shown: a large policy's picture
    // costs a good part of a selection's time, for nobody to see.
    m_stale = !isVisible() || !m_onScreen;
    if (m_stale)
        return;
    const Policy *policy = m_store ? m_store->policy(m_policyId) : nullptr;
    m_graph = policy ? analysis::buildDiagramGraph(m_store->data(), *policy) : analysis::DiagramGraph{};
    m_layout = analysis::layoutDiagram(m_graph);
    populateScene();
    if (m_autoFit)
        fitToView();
    // Keep what was selected selected (the navigator still shows it).
    const auto [kind, id, parent] = m_lastSelection;
    if (kind != ObjectKind::None)
        selectObject(kind, id, parent);
}

void PolicyDiagramView::populateScene()
{
    m_selectingProgrammatically = true;
    scene()->clear();
    m_selectingProgrammatically = false;
    const DiagramStyle style = DiagramStyle::from(palette());

    if (!m_store || !m_store->policy(m_policyId)) {
        auto *hint = scene()->addSimpleText(tr("Select a policy to see what it does."),
                                            DiagramStyle::groupTitleFont());
        hint->setBrush(style.mutedText());
        scene()->setSceneRect(hint->boundingRect().adjusted(-40, -40, 40, 40));
        return;
    }

    for (const analysis::GroupPlacement &gp : m_layout.groups) {
        const analysis::DiagramGroup &g = m_graph.groups[static_cast<std::size_t>(gp.group)];
        auto *frame = new diagram::GroupItem(gp.rect, style);
        diagram::setObjectRef(frame, {ObjectKind::FilterList, g.filterListId, {}});
        frame->setToolTip(tr("Filter list %1").arg(g.title));
        scene()->addItem(frame);

        const QFont titleFont = DiagramStyle::groupTitleFont();
        const QFontMetricsF tfm(titleFont);
        const qreal width = gp.titleRect.width();
        auto *title = new ObjectTextItem(
            tfm.elidedText(
                g.omittedEdges > 0
                    ? tr("Filter list: %1 (%2 more filters not drawn)").arg(g.title).arg(g.omittedEdges)
                    : tr("Filter list: %1").arg(g.title),
                Qt::ElideRight, width),
            titleFont, style.text());
        diagram::setObjectRef(title, {ObjectKind::FilterList, g.filterListId, {}});
        title->setPos(gp.titleRect.topLeft());
        scene()->addItem(title);

        const QFont lineFont = DiagramStyle::labelFont();
        const QFontMetricsF lfm(lineFont);
        qreal y = gp.titleRect.top() + analysis::LayoutMetrics{}.titleLineHeight + 2;
        for (const analysis::DiagramRuleLine &rule : g.rules) {
            QColor color = style.actionColor(rule.action);
            if (!rule.active)
                color = diagram::mix(style.background(), color, 0.5);
            auto *line = new ObjectTextItem(
                lfm.elidedText(QStringLiteral("■ ") + rule.text, Qt::ElideRight, width), lineFont, color);
            diagram::setObjectRef(line, {ObjectKind::Rule, rule.ruleId, m_graph.policyId});
            line->setToolTip(rule.text);
            line->setPos(gp.titleRect.left(), y);
            scene()->addItem(line);
            y += analysis::LayoutMetrics{}.titleLineHeight;
        }
    }
    for (const analysis::NodePlacement &np : m_layout.nodes) {
        const analysis::DiagramNode &node = m_graph.nodes[static_cast<std::size_t>(np.node)];
        auto *item = new diagram::NodeItem(node, np.rect, style);
        diagram::setObjectRef(
            item,
            {ObjectKind::FilterList, m_graph.groups[static_cast<std::size_t>(np.group)].filterListId, {}});
        scene()->addItem(item);
    }
    for (const analysis::EdgePlacement &ep : m_layout.edges) {
        const analysis::DiagramEdge &edge = m_graph.edges[static_cast<std::size_t>(ep.edge)];
        auto *item = new diagram::EdgeItem(edge, ep, style);
        diagram::setObjectRef(item, {ObjectKind::Filter, edge.filterId, edge.filterListId});
        scene()->addItem(item);
    }
    addHeader(m_layout.bounds);
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

void PolicyDiagramView::addHeader(const QRectF &bounds)
{
    const DiagramStyle style = DiagramStyle::from(palette());
    const qreal top = bounds.top() - kHeaderHeight;
    int active = 0;
    if (const Policy *p = m_store->policy(m_policyId))
        for (const Rule &r : p->rules)
            active += r.active;
    QString text =
        tr("Policy %1").arg(m_graph.policyName) + QStringLiteral("  ·  ") +
        (active == 1 ? tr("1 active rule") : tr("%1 active rules").arg(active)) + QStringLiteral("  ·  ") +
        (m_graph.defaultResponseActive ? tr("default response rule active (earlier versions of Windows only)")
                                       : tr("default response rule inactive"));
    if (m_graph.omittedEdges > 0)
        text += QStringLiteral("  ·  ") + tr("%1 more filters not drawn").arg(m_graph.omittedEdges);
    if (m_graph.groups.empty())
        text += QStringLiteral("  ·  ") + tr("no rules with filters: traffic is not subject to IPsec");
    auto *header = new ObjectTextItem(text, DiagramStyle::groupTitleFont(), style.text());
    diagram::setObjectRef(header, {ObjectKind::Policy, m_graph.policyId, {}});
    header->setPos(bounds.left(), top);
    scene()->addItem(header);
    auto *legend = new diagram::LegendItem(style);
    legend->setPos(bounds.left(), top + 30);
    scene()->addItem(legend);
}

void PolicyDiagramView::onSceneSelectionChanged()
{
    if (m_selectingProgrammatically)
        return;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    if (selected.isEmpty())
        return;
    const ObjectRef ref = diagram::objectRef(selected.front());
    if (ref.kind == ObjectKind::None)
        return;
    m_lastSelection = {ref.kind, ref.id, ref.parentId};
    emit objectActivated(ref.kind, ref.id, ref.parentId);
}

void PolicyDiagramView::selectObject(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (kind == ObjectKind::Policy || kind == ObjectKind::DefaultResponseRule) {
        setPolicy(kind == ObjectKind::Policy ? id : parentId);
        return;
    }
    if (kind == ObjectKind::Rule && parentId != m_policyId && !parentId.isNull())
        setPolicy(parentId);
    m_lastSelection = {kind, id, parentId};
    if (m_stale)
        return; // selected when drawn
    // A rule's and a filter action's arrows light up with it.
    QSet<QUuid> litFilters;
    if (kind == ObjectKind::Rule || kind == ObjectKind::FilterAction)
        for (const analysis::DiagramEdge &e : m_graph.edges)
            if ((kind == ObjectKind::Rule && e.ruleId == id) ||
                (kind == ObjectKind::FilterAction && e.filterActionId == id))
                litFilters.insert(e.filterId);
    m_selectingProgrammatically = true;
    scene()->clearSelection();
    QRectF focus;
    for (QGraphicsItem *item : scene()->items()) {
        const ObjectRef ref = diagram::objectRef(item);
        bool hit = false;
        switch (kind) {
        case ObjectKind::Filter:
            hit = ref.kind == ObjectKind::Filter && ref.id == id;
            break;
        case ObjectKind::FilterList:
            hit = ref.kind == ObjectKind::FilterList && ref.id == id &&
                  dynamic_cast<diagram::GroupItem *>(item);
            break;
        case ObjectKind::Rule:
            hit = ref.kind == ObjectKind::Rule && ref.id == id;
            break;
        default:
            break;
        }
        if (ref.kind == ObjectKind::Filter && litFilters.contains(ref.id))
            hit = true;
        if (hit) {
            item->setSelected(true);
            focus |= item->sceneBoundingRect();
        }
    }
    m_selectingProgrammatically = false;
    if (!focus.isNull())
        ensureVisible(focus, 40, 40);
}

void PolicyDiagramView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoomFactor() * factor, kMinZoom, kMaxZoom);
    const qreal applied = target / zoomFactor();
    m_autoFit = false;
    scale(applied, applied);
}

void PolicyDiagramView::zoomIn()
{
    zoomBy(kWheelStep * kWheelStep);
}

void PolicyDiagramView::zoomOut()
{
    zoomBy(1 / (kWheelStep * kWheelStep));
}

void PolicyDiagramView::resetZoom()
{
    m_autoFit = false;
    setTransform(QTransform());
}

void PolicyDiagramView::fitToView()
{
    m_autoFit = true;
    const QRectF r = scene()->sceneRect();
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    // A small policy fills the dock (it used to stay at its natural size in a mostly empty dock), but its
    // text never grows beyond what reads comfortably.
    if (zoomFactor() > kMaxFitZoom)
        setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
    if (zoomFactor() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
}

void PolicyDiagramView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kWheelStep, delta / 120.0));
    event->accept();
}

void PolicyDiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) ||
        (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0)
        fitToView();
    else
        QGraphicsView::keyPressEvent(event);
}

void PolicyDiagramView::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen && m_stale)
        rebuild();
}

void PolicyDiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_stale)
        rebuild();
}

void PolicyDiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

void PolicyDiagramView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // The items keep the colours and labels they were made with: a theme or language switch draws them again.
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Policy diagram"));
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        scheduleRebuild();
}

void PolicyDiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base));
}

} // namespace ipsec
