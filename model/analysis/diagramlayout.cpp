#include "diagramlayout.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace ipsec::analysis {
namespace {

QPointF cubicPoint(const EdgePlacement &e, qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * e.start + 3 * u * u * t * e.c1 + 3 * u * t * t * e.c2 + t * t * t * e.end;
}

// One group laid out at the origin; the grid moves it into place afterwards.
struct GroupBox {
    GroupPlacement group;
    std::vector<NodePlacement> nodes;
    std::vector<EdgePlacement> edges; // placement indexes are local to this box
};

class GroupLayouter {
public:
    GroupLayouter(const DiagramGraph &graph, const LayoutMetrics &m, int group)
        : m_graph(graph), m_m(m), m_group(group)
    {
        for (std::size_t i = 0; i < graph.edges.size(); ++i)
            if (graph.edges[i].group == group)
                m_edges.push_back(static_cast<int>(i));
    }

    GroupBox run()
    {
        assignColumns();
        orderColumns();
        placeNodes();
        placeEdges();
        return std::move(m_box);
    }

private:
    const DiagramEdge &edge(int i) const { return m_graph.edges[static_cast<std::size_t>(i)]; }
    bool prefersLeft(int node) const
    {
        return m_graph.nodes[static_cast<std::size_t>(node)].address.kind == AddressKind::Me;
    }

    void put(int node, bool left)
    {
        m_side.insert(node, left);
        (left ? m_left : m_right).push_back(node);
    }

    // The two ends of an edge go to opposite columns where possible; "me" prefers the left.
    void assignColumns()
    {
        for (const int i : m_edges) {
            const int s = edge(i).source;
            const int t = edge(i).target;
            const bool hasS = m_side.contains(s);
            const bool hasT = m_side.contains(t);
            if (!hasS && !hasT) {
                const bool swap = prefersLeft(t) && !prefersLeft(s);
                put(swap ? t : s, true);
                if (t != s)
                    put(swap ? s : t, false);
            } else if (!hasS) {
                put(s, !m_side.value(t));
            } else if (!hasT) {
                put(t, !m_side.value(s));
            }
        }
    }

    std::vector<int> neighbours(int node) const
    {
        std::vector<int> out;
        for (const int i : m_edges) {
            if (edge(i).source == node && edge(i).target != node)
                out.push_back(edge(i).target);
            else if (edge(i).target == node && edge(i).source != node)
                out.push_back(edge(i).source);
        }
        return out;
    }

    // One barycentre pass each way: a node moves towards the mean position of its neighbours in the other
    // column; nodes without such neighbours keep their place at the end (stable sort keeps appearance order).
    void sortByBarycentre(std::vector<int> &column, const std::vector<int> &other)
    {
        QHash<int, qreal> key;
        for (std::size_t i = 0; i < column.size(); ++i) {
            qreal sum = 0;
            int count = 0;
            for (const int n : neighbours(column[i])) {
                const auto it = std::find(other.begin(), other.end(), n);
                if (it != other.end()) {
                    sum += static_cast<qreal>(it - other.begin());
                    ++count;
                }
            }
            key.insert(column[i], count ? sum / count : 1e9 + static_cast<qreal>(i));
        }
        std::stable_sort(column.begin(), column.end(),
                         [&key](int a, int b) { return key.value(a) < key.value(b); });
    }

    void orderColumns()
    {
        sortByBarycentre(m_right, m_left);
        sortByBarycentre(m_left, m_right);
    }

    int degree(int node) const
    {
        int d = 0;
        for (const int i : m_edges)
            d += (edge(i).source == node) + (edge(i).target == node);
        return d;
    }

    void placeNodes()
    {
        const DiagramGroup &g = m_graph.groups[static_cast<std::size_t>(m_group)];
        const qreal width = 2 * m_m.groupPadding + 2 * m_m.loopMargin + 2 * m_m.nodeWidth + m_m.columnGap;
        const qreal titleHeight = m_m.titleLineHeight * static_cast<qreal>(1 + g.rules.size());
        m_box.group.group = m_group;
        m_box.group.titleRect =
            QRectF(m_m.groupPadding, m_m.groupPadding, width - 2 * m_m.groupPadding, titleHeight);
        const qreal top = m_m.groupPadding + titleHeight + 14;
        const qreal leftX = m_m.groupPadding + m_m.loopMargin;
        const qreal rightX = leftX + m_m.nodeWidth + m_m.columnGap;

        const auto columnHeight = [this](const std::vector<int> &column) {
            qreal h = 0;
            for (const int n : column)
                h += nodeHeight(n) + m_m.nodeGap;
            return column.empty() ? 0 : h - m_m.nodeGap;
        };
        const qreal leftHeight = columnHeight(m_left);
        const qreal rightHeight = columnHeight(m_right);
        const qreal contentHeight = std::max(leftHeight, rightHeight);
        const auto stack = [&](const std::vector<int> &column, qreal x, qreal height, bool left) {
            qreal y = top + (contentHeight - height) / 2; // the shorter column is centred
            for (const int n : column) {
                const qreal h = nodeHeight(n);
                m_placement.insert(n, static_cast<int>(m_box.nodes.size()));
                m_box.nodes.push_back({n, m_group, left, QRectF(x, y, m_m.nodeWidth, h)});
                y += h + m_m.nodeGap;
            }
        };
        stack(m_left, leftX, leftHeight, true);
        stack(m_right, rightX, rightHeight, false);
        const qreal height = top + contentHeight + (contentHeight > 0 ? m_m.groupPadding + 6 : 0);
        m_box.group.rect = QRectF(0, 0, width, height);
    }

    qreal nodeHeight(int node) const
    {
        return std::max(m_m.nodeMinHeight, degree(node) * m_m.slotSpacing + 8);
    }

    // Each edge end gets its own slot on its node, ordered by where the other end is, so that edges from one
    // node fan out without crossing each other.
    void placeEdges()
    {
        struct End {
            int edgeSlot; // index into m_box.edges
            bool isStart;
            qreal otherY;
        };
        QHash<int, std::vector<End>> ends; // by placement
        for (const int i : m_edges) {
            EdgePlacement p;
            p.edge = i;
            p.sourcePlacement = m_placement.value(edge(i).source);
            p.targetPlacement = m_placement.value(edge(i).target);
            const NodePlacement &s = m_box.nodes[static_cast<std::size_t>(p.sourcePlacement)];
            const NodePlacement &t = m_box.nodes[static_cast<std::size_t>(p.targetPlacement)];
            p.sameColumn = s.leftColumn == t.leftColumn;
            const int slot = static_cast<int>(m_box.edges.size());
            ends[p.sourcePlacement].push_back({slot, true, t.rect.center().y()});
            ends[p.targetPlacement].push_back({slot, false, s.rect.center().y()});
            m_box.edges.push_back(p);
        }
        for (auto it = ends.begin(); it != ends.end(); ++it) {
            std::vector<End> &list = it.value();
            std::stable_sort(list.begin(), list.end(),
                             [](const End &a, const End &b) { return a.otherY < b.otherY; });
            const NodePlacement &n = m_box.nodes[static_cast<std::size_t>(it.key())];
            for (std::size_t k = 0; k < list.size(); ++k) {
                EdgePlacement &p = m_box.edges[static_cast<std::size_t>(list[k].edgeSlot)];
                const NodePlacement &other = m_box.nodes[static_cast<std::size_t>(
                    list[k].isStart ? p.targetPlacement : p.sourcePlacement)];
                const bool towardsRight =
                    p.sameColumn ? !n.leftColumn : other.rect.center().x() > n.rect.center().x();
                const qreal y = n.rect.top() + (static_cast<qreal>(k) + 0.5) * n.rect.height() /
                                                   static_cast<qreal>(list.size());
                const QPointF point(towardsRight ? n.rect.right() : n.rect.left(), y);
                (list[k].isStart ? p.start : p.end) = point;
            }
        }
        std::vector<QRectF> taken;
        for (const NodePlacement &n : m_box.nodes)
            taken.push_back(n.rect);
        for (EdgePlacement &p : m_box.edges) {
            const NodePlacement &s = m_box.nodes[static_cast<std::size_t>(p.sourcePlacement)];
            if (p.sameColumn) {
                const qreal bulge = (s.leftColumn ? -1 : 1) * m_m.loopMargin * 0.85;
                p.c1 = p.start + QPointF(bulge, 0);
                p.c2 = p.end + QPointF(bulge, 0);
            } else {
                const qreal dx = (p.end.x() - p.start.x()) * 0.4;
                p.c1 = p.start + QPointF(dx, 0);
                p.c2 = p.end - QPointF(dx, 0);
            }
            p.label = edge(p.edge).label(p.sameColumn || s.leftColumn);
            placeLabel(p, taken);
        }
    }

    void placeLabel(EdgePlacement &p, std::vector<QRectF> &taken) const
    {
        const QSizeF size(static_cast<qreal>(p.label.size()) * m_m.labelCharWidth + 10, m_m.labelHeight);
        static constexpr qreal kPositions[] = {0.5, 0.38, 0.62, 0.28, 0.72, 0.44, 0.56, 0.2, 0.8, 0.33, 0.67};
        QRectF chosen;
        for (const qreal t : kPositions) {
            QRectF r(QPointF(), size);
            r.moveCenter(cubicPoint(p, t));
            if (std::none_of(taken.begin(), taken.end(), [&r](const QRectF &o) { return o.intersects(r); })) {
                chosen = r;
                break;
            }
        }
        if (chosen.isNull()) { // crowded: the middle, where it is at least attached to its edge
            chosen = QRectF(QPointF(), size);
            chosen.moveCenter(cubicPoint(p, 0.5));
        }
        p.labelRect = chosen;
        taken.push_back(chosen);
    }

    const DiagramGraph &m_graph;
    const LayoutMetrics &m_m;
    int m_group;
    std::vector<int> m_edges;
    QHash<int, bool> m_side; // node → left column
    std::vector<int> m_left, m_right;
    QHash<int, int> m_placement; // node → index in m_box.nodes
    GroupBox m_box;
};

struct Grid {
    int columns = 1;
    qreal width = 0;
    qreal height = 0;
};

Grid gridFor(const std::vector<GroupBox> &boxes, int columns, const LayoutMetrics &m)
{
    Grid g{columns, 0, 0};
    for (std::size_t rowStart = 0; rowStart < boxes.size(); rowStart += static_cast<std::size_t>(columns)) {
        qreal rowHeight = 0;
        qreal rowWidth = 0;
        for (std::size_t i = rowStart;
             i < std::min(boxes.size(), rowStart + static_cast<std::size_t>(columns)); ++i) {
            rowHeight = std::max(rowHeight, boxes[i].group.rect.height());
            rowWidth += boxes[i].group.rect.width() + (i > rowStart ? m.groupGap : 0);
        }
        g.height += rowHeight + (rowStart > 0 ? m.groupGap : 0);
        g.width = std::max(g.width, rowWidth);
    }
    return g;
}

} // namespace

DiagramLayout layoutDiagram(const DiagramGraph &graph, const LayoutMetrics &m)
{
    std::vector<GroupBox> boxes;
    for (std::size_t gi = 0; gi < graph.groups.size(); ++gi)
        boxes.push_back(GroupLayouter(graph, m, static_cast<int>(gi)).run());

    DiagramLayout layout;
    if (boxes.empty())
        return layout;

    // The column count whose picture is closest to the target aspect ratio (first one on equal scores).
    Grid best = gridFor(boxes, 1, m);
    const int maxColumns = std::min<int>(m.maxGridColumns, static_cast<int>(boxes.size()));
    for (int c = 2; c <= maxColumns; ++c) {
        const Grid g = gridFor(boxes, c, m);
        const auto score = [&m](const Grid &x) {
            return std::abs(std::log(x.width / x.height / m.targetAspect));
        };
        if (score(g) < score(best))
            best = g;
    }
    layout.gridColumns = best.columns;

    qreal y = 0;
    for (std::size_t rowStart = 0; rowStart < boxes.size();
         rowStart += static_cast<std::size_t>(best.columns)) {
        const std::size_t rowEnd = std::min(boxes.size(), rowStart + static_cast<std::size_t>(best.columns));
        qreal x = 0;
        qreal rowHeight = 0;
        for (std::size_t i = rowStart; i < rowEnd; ++i)
            rowHeight = std::max(rowHeight, boxes[i].group.rect.height());
        for (std::size_t i = rowStart; i < rowEnd; ++i) {
            GroupBox &box = boxes[i];
            const QPointF offset(x, y);
            const int nodeBase = static_cast<int>(layout.nodes.size());
            GroupPlacement gp = box.group;
            gp.rect = QRectF(offset, QSizeF(gp.rect.width(), rowHeight)); // one row, one height: a tidy grid
            gp.titleRect.translate(offset);
            layout.groups.push_back(gp);
            for (NodePlacement n : box.nodes) {
                n.rect.translate(offset);
                layout.nodes.push_back(n);
            }
            for (EdgePlacement e : box.edges) {
                e.sourcePlacement += nodeBase;
                e.targetPlacement += nodeBase;
                for (QPointF *p : {&e.start, &e.c1, &e.c2, &e.end})
                    *p += offset;
                e.labelRect.translate(offset);
                layout.edges.push_back(e);
            }
            x += box.group.rect.width() + m.groupGap;
        }
        y += rowHeight + m.groupGap;
    }
    for (const GroupPlacement &g : layout.groups)
        layout.bounds |= g.rect;
    return layout;
}

} // namespace ipsec::analysis
