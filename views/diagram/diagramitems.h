// The graphics items of the policy diagram. Each selectable item carries the store object it stands for
// (kind, id, parent id in QGraphicsItem::data), which is what selection in the diagram reports.
#pragma once

#include "analysis/diagramlayout.h"
#include "core/finding.h"
#include "diagramstyle.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>

namespace ipsec::diagram {

struct ObjectRef {
    ObjectKind kind = ObjectKind::None;
    QUuid id;
    QUuid parentId;
};

void setObjectRef(QGraphicsItem *item, const ObjectRef &ref);
ObjectRef objectRef(const QGraphicsItem *item);

// An address set: rounded box with its title and caption.
class NodeItem : public QGraphicsItem {
public:
    NodeItem(const analysis::DiagramNode &node, const QRectF &rect, const DiagramStyle &style);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const QString &key() const { return m_key; }
    const QString &title() const { return m_title; }
    const QString &caption() const { return m_caption; }

private:
    QString m_key;
    QString m_title;
    QString m_caption;
    AddressKind m_kind;
    QRectF m_rect;
    DiagramStyle m_style;
};

// A filter: a curve with an arrowhead at the target (and at the source when mirrored) and a label.
class EdgeItem : public QGraphicsPathItem {
public:
    EdgeItem(const analysis::DiagramEdge &edge, const analysis::EdgePlacement &placement,
             const DiagramStyle &style);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF arrowHead(const QPointF &tip, const QPointF &from) const;

    QPolygonF m_endHead;
    QPolygonF m_startHead;
    QString m_label;
    QRectF m_labelRect;
    QColor m_color;
    DiagramStyle m_style;
};

// A filter list with the rules that use it.
class GroupItem : public QGraphicsRectItem {
public:
    GroupItem(const QRectF &rect, const DiagramStyle &style);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagramStyle m_style;
};

// The colours and line styles, explained.
class LegendItem : public QGraphicsItem {
public:
    explicit LegendItem(const DiagramStyle &style);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The entries' texts as drawn, in the language of the moment.
    static QStringList texts();

private:
    DiagramStyle m_style;
};

} // namespace ipsec::diagram
