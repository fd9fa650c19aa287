#include "diagramitems.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace ipsec::diagram {
namespace {

// Zoomed far out (a large policy fitted into the panel), text is a few pixels high and unreadable, and
// drawing it is most of a repaint's cost: below this scale only the shapes are drawn.
constexpr qreal kReadableScale = 0.4;

bool textIsReadable(const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    return !option || option->levelOfDetailFromTransform(painter->worldTransform()) >= kReadableScale;
}

enum DataKey { KindKey = 0, IdKey = 1, ParentKey = 2 };

constexpr qreal kArrowLength = 11;
constexpr qreal kArrowHalfWidth = 5;

void drawSelectionOutline(QPainter *p, const QRectF &r, const DiagramStyle &style, qreal radius)
{
    QPen pen(style.selection(), 3);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r.adjusted(-3, -3, 3, 3), radius + 3, radius + 3);
}

struct LegendEntry {
    analysis::DiagramAction action;
    bool dashed;
    bool faded;
    QString text;
};

QList<LegendEntry> legendEntries()
{
    using analysis::DiagramAction;
    return {
        {DiagramAction::Encrypt, false, false, displayName(DiagramAction::Encrypt)},
        {DiagramAction::IntegrityOnly, false, false, displayName(DiagramAction::IntegrityOnly)},
        {DiagramAction::Permit, false, false, displayName(DiagramAction::Permit)},
        {DiagramAction::Block, false, false, displayName(DiagramAction::Block)},
        {DiagramAction::Encrypt, true, false,
         QCoreApplication::translate("ipsec::DiagramLegend", "Accepts or falls back to unsecured")},
        {DiagramAction::Encrypt, false, true,
         QCoreApplication::translate("ipsec::DiagramLegend", "Inactive rule")},
    };
}

constexpr qreal kLegendEntryWidth = 250;
constexpr qreal kLegendRowHeight = 20;
constexpr int kLegendColumns = 3;

} // namespace

void setObjectRef(QGraphicsItem *item, const ObjectRef &ref)
{
    item->setData(KindKey, static_cast<int>(ref.kind));
    item->setData(IdKey, ref.id);
    item->setData(ParentKey, ref.parentId);
}

ObjectRef objectRef(const QGraphicsItem *item)
{
    return {static_cast<ObjectKind>(item->data(KindKey).toInt()), item->data(IdKey).toUuid(),
            item->data(ParentKey).toUuid()};
}

// ---- NodeItem ----

NodeItem::NodeItem(const analysis::DiagramNode &node, const QRectF &rect, const DiagramStyle &style)
    : m_key(node.key), m_title(node.title), m_caption(node.caption), m_kind(node.address.kind), m_rect(rect),
      m_style(style)
{
    setFlag(ItemIsSelectable);
    setZValue(2);
    setToolTip(node.title + u'\n' + node.caption);
}

QRectF NodeItem::boundingRect() const
{
    return m_rect.adjusted(-5, -5, 5, 5);
}

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    constexpr qreal radius = 8;
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(m_style.nodeBorder(), m_kind == AddressKind::Me ? 2 : 1.2));
    p->setBrush(m_style.nodeFill(m_kind));
    p->drawRoundedRect(m_rect, radius, radius);
    if (isSelected())
        drawSelectionOutline(p, m_rect, m_style, radius);
    if (!textIsReadable(option, p))
        return;

    const QFont titleFont = DiagramStyle::titleFont();
    const QFont captionFont = DiagramStyle::captionFont();
    const QFontMetricsF tm(titleFont);
    const QFontMetricsF cm(captionFont);
    const qreal textWidth = m_rect.width() - 16;
    const qreal block = tm.height() + cm.height();
    const qreal top = m_rect.center().y() - block / 2;
    p->setPen(m_style.text());
    p->setFont(titleFont);
    p->drawText(QRectF(m_rect.left() + 8, top, textWidth, tm.height()), Qt::AlignCenter,
                tm.elidedText(m_title, Qt::ElideMiddle, textWidth));
    p->setPen(m_style.mutedText());
    p->setFont(captionFont);
    p->drawText(QRectF(m_rect.left() + 8, top + tm.height(), textWidth, cm.height()), Qt::AlignCenter,
                cm.elidedText(m_caption, Qt::ElideRight, textWidth));
}

// ---- EdgeItem ----

EdgeItem::EdgeItem(const analysis::DiagramEdge &edge, const analysis::EdgePlacement &placement,
                   const DiagramStyle &style)
    : m_label(placement.label), m_labelRect(placement.labelRect), m_color(style.edgePen(edge).color()),
      m_style(style)
{
    // The curve stops short of the node so that the arrowhead's tip, not the line's cap, touches it.
    QPainterPath path(placement.start);
    path.cubicTo(placement.c1, placement.c2, placement.end);
    setPath(path);
    setPen(style.edgePen(edge));
    setFlag(ItemIsSelectable);
    setZValue(edge.ruleActive ? 1 : 0.5);
    m_endHead = arrowHead(placement.end, placement.c2);
    if (edge.mirrored)
        m_startHead = arrowHead(placement.start, placement.c1);
    QString tip = QStringLiteral("%1\n%2 (%3)").arg(edge.label(), edge.actionText, displayName(edge.action));
    if (edge.mirrored)
        tip += u'\n' + QCoreApplication::translate("ipsec::DiagramLegend",
                                                   "Mirrored: also matches the reverse direction");
    if (!edge.ruleActive)
        tip += u'\n' + QCoreApplication::translate("ipsec::DiagramLegend", "The rule is inactive");
    setToolTip(tip);
}

QPolygonF EdgeItem::arrowHead(const QPointF &tip, const QPointF &from) const
{
    QLineF line(tip, from);
    if (qFuzzyIsNull(line.length()))
        line.setP2(tip + QPointF(1, 0));
    line.setLength(kArrowLength);
    const QPointF base = line.p2();
    const QPointF normal(-(base.y() - tip.y()) / kArrowLength * kArrowHalfWidth,
                         (base.x() - tip.x()) / kArrowLength * kArrowHalfWidth);
    return QPolygonF({tip, base + normal, base - normal});
}

QRectF EdgeItem::boundingRect() const
{
    // From the curve's control points, not QGraphicsPathItem's (which strokes shape(): a QPainterPathStroker
    // pass per arrow, 1,500 of them each time a large policy is drawn). The margin covers the arrowheads,
    // the selection halo and shape()'s stroke.
    const qreal margin = std::max(kArrowLength, pen().widthF() + 6);
    return path().controlPointRect().united(m_labelRect).adjusted(-margin, -margin, margin, margin);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(path());
    s.addRect(m_labelRect);
    return s;
}

void EdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    QPen linePen = pen();
    if (isSelected()) {
        QPen halo(m_style.selection(), linePen.widthF() + 5);
        halo.setCapStyle(Qt::RoundCap);
        p->setPen(halo);
        p->drawPath(path());
        linePen.setWidthF(linePen.widthF() + 0.8);
    }
    p->setPen(linePen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path());
    p->setPen(Qt::NoPen);
    p->setBrush(linePen.color());
    p->drawPolygon(m_endHead);
    if (!m_startHead.isEmpty())
        p->drawPolygon(m_startHead);
    if (!textIsReadable(option, p))
        return;

    const QFont font = DiagramStyle::labelFont();
    const QFontMetricsF fm(font);
    QRectF box(QPointF(), QSizeF(fm.horizontalAdvance(m_label) + 10, fm.height() + 4));
    box.moveCenter(m_labelRect.center());
    p->setPen(QPen(linePen.color(), isSelected() ? 2 : 1));
    p->setBrush(m_style.background());
    p->drawRoundedRect(box, 4, 4);
    p->setFont(font);
    p->setPen(m_style.text());
    p->drawText(box, Qt::AlignCenter, m_label);
}

// ---- GroupItem ----

GroupItem::GroupItem(const QRectF &rect, const DiagramStyle &style) : QGraphicsRectItem(rect), m_style(style)
{
    setFlag(ItemIsSelectable);
    setZValue(-1);
}

void GroupItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(isSelected() ? m_style.selection() : m_style.groupBorder(), isSelected() ? 2.5 : 1));
    p->setBrush(m_style.groupFill());
    p->drawRoundedRect(rect(), 10, 10);
}

// ---- LegendItem ----

LegendItem::LegendItem(const DiagramStyle &style) : m_style(style)
{
    setZValue(3);
}

QStringList LegendItem::texts()
{
    QStringList out;
    for (const LegendEntry &e : legendEntries())
        out.append(e.text);
    return out;
}

QRectF LegendItem::boundingRect() const
{
    const auto rows = (legendEntries().size() + kLegendColumns - 1) / kLegendColumns;
    return QRectF(0, 0, kLegendColumns * kLegendEntryWidth, static_cast<qreal>(rows) * kLegendRowHeight);
}

void LegendItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(DiagramStyle::labelFont());
    const QList<LegendEntry> entries = legendEntries();
    for (int i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries[i];
        const qreal x = (i % kLegendColumns) * kLegendEntryWidth;
        const qreal y = (i / kLegendColumns) * kLegendRowHeight + kLegendRowHeight / 2;
        analysis::DiagramEdge sample;
        sample.action = e.action;
        sample.allowsUnsecured = e.dashed;
        sample.ruleActive = !e.faded;
        p->setPen(m_style.edgePen(sample));
        p->drawLine(QPointF(x, y), QPointF(x + 34, y));
        p->setPen(m_style.text());
        p->drawText(QRectF(x + 42, y - kLegendRowHeight / 2, kLegendEntryWidth - 46, kLegendRowHeight),
                    Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
}

} // namespace ipsec::diagram
