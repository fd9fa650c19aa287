// Colours and fonts of the diagram, in one place, derived from the widget palette so that light and dark
// palettes both read well.
#pragma once

#include "analysis/diagramgraph.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>

namespace ipsec::diagram {

struct DiagramStyle {
    QPalette palette;

    static DiagramStyle from(const QPalette &palette) { return {palette}; }

    QColor actionColor(analysis::DiagramAction action) const;
    QColor nodeFill(AddressKind kind) const;
    QColor nodeBorder() const;
    QColor text() const { return palette.color(QPalette::Text); }
    QColor mutedText() const;
    QColor background() const { return palette.color(QPalette::Base); }
    QColor groupFill() const;
    QColor groupBorder() const;
    QColor selection() const { return palette.color(QPalette::Highlight); }
    // The pen of an edge: the action's colour, dashed when unsecured traffic is accepted, faded when
    // inactive.
    QPen edgePen(const analysis::DiagramEdge &edge) const;

    static QFont titleFont();
    static QFont captionFont();
    static QFont labelFont();
    static QFont groupTitleFont();
};

// a blended with b: 0 gives a, 1 gives b
QColor mix(const QColor &a, const QColor &b, qreal amount);

} // namespace ipsec::diagram
