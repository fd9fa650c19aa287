// A deterministic layout of a DiagramGraph, computed here (not in the view) so that it can be tested.
//
// Each filter-list group is a box: its address sets in two columns with the filters as edges between them
// (an address set used by several groups appears in each, so groups never cross each other). Inside a box,
// the two ends of each edge go to opposite columns where possible ("me" prefers the left), columns are
// ordered by the barycentre of their neighbours to reduce crossings, and every edge gets its own attachment
// slot, so parallel filters between the same two address sets stay apart. Edge labels are moved along their
// edge until they do not overlap. Boxes are arranged in a grid whose column count keeps the picture close to
// 16:10.
#pragma once

#include "diagramgraph.h"

#include <QPointF>
#include <QRectF>
#include <vector>

namespace ipsec::analysis {

struct LayoutMetrics {
    qreal nodeWidth = 200;
    qreal nodeMinHeight = 50;
    qreal slotSpacing = 24; // vertical distance between two edges leaving one node
    qreal nodeGap = 22;     // between two nodes of a column
    qreal columnGap = 300;  // between the two columns: edges and their labels
    qreal loopMargin = 70;  // outside a column: arcs of edges whose ends share a column
    qreal groupPadding = 16;
    qreal titleLineHeight = 19;
    qreal groupGap = 36;
    qreal labelCharWidth = 7; // an estimate of the label font, for overlap avoidance
    qreal labelHeight = 18;
    int maxGridColumns = 4;
    qreal targetAspect = 1.6;
};

struct NodePlacement {
    int node = 0;  // index into DiagramGraph::nodes
    int group = 0; // index into DiagramGraph::groups
    bool leftColumn = true;
    QRectF rect;
};

struct EdgePlacement {
    int edge = 0;            // index into DiagramGraph::edges
    int sourcePlacement = 0; // index into DiagramLayout::nodes
    int targetPlacement = 0;
    QPointF start, c1, c2, end; // a cubic curve from the source to the target
    bool sameColumn = false;    // both ends in one column: an arc outside it
    QString label;              // the edge's label, read in the drawing's direction
    QRectF labelRect;
};

struct GroupPlacement {
    int group = 0;
    QRectF rect;
    QRectF titleRect; // title line and one line per rule
};

struct DiagramLayout {
    std::vector<NodePlacement> nodes;
    std::vector<EdgePlacement> edges;
    std::vector<GroupPlacement> groups;
    QRectF bounds;
    int gridColumns = 1;
};

DiagramLayout layoutDiagram(const DiagramGraph &graph, const LayoutMetrics &metrics = {});

} // namespace ipsec::analysis
