#include "diagramstyle.h"

#include <QGuiApplication>

namespace ipsec::diagram {

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1 - amount;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amount),
                            static_cast<float>(a.greenF() * keep + b.greenF() * amount),
                            static_cast<float>(a.blueF() * keep + b.blueF() * amount));
}

QColor DiagramStyle::actionColor(analysis::DiagramAction action) const
{
    const bool dark = background().lightnessF() < 0.5;
    switch (action) {
    case analysis::DiagramAction::Encrypt:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case analysis::DiagramAction::IntegrityOnly:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case analysis::DiagramAction::Permit:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x5c, 0x00);
    case analysis::DiagramAction::Block:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case analysis::DiagramAction::Missing:
        return mutedText();
    }
    return text();
}

QColor DiagramStyle::nodeFill(AddressKind kind) const
{
    QColor tint;
    switch (kind) {
    case AddressKind::Me:
        tint = QColor(0x42, 0x7a, 0xd8);
        break;
    case AddressKind::Any:
        tint = QColor(0x9e, 0x9e, 0x9e);
        break;
    case AddressKind::DnsServers:
    case AddressKind::WinsServers:
    case AddressKind::DhcpServer:
    case AddressKind::DefaultGateway:
        tint = QColor(0x8e, 0x5c, 0xc2);
        break;
    case AddressKind::DnsName:
        tint = QColor(0x00, 0x89, 0x7b);
        break;
    case AddressKind::Host:
    case AddressKind::Subnet:
    case AddressKind::Range:
        tint = QColor(0x60, 0x7d, 0x8b);
        break;
    }
    return mix(background(), tint, 0.16);
}

QColor DiagramStyle::nodeBorder() const
{
    return mix(background(), text(), 0.45);
}

QColor DiagramStyle::mutedText() const
{
    return mix(background(), text(), 0.6);
}

QColor DiagramStyle::groupFill() const
{
    return mix(background(), palette.color(QPalette::Window), 0.6);
}

QColor DiagramStyle::groupBorder() const
{
    return mix(background(), text(), 0.22);
}

QPen DiagramStyle::edgePen(const analysis::DiagramEdge &edge) const
{
    QColor c = actionColor(edge.action);
    if (!edge.ruleActive)
        c = mix(background(), c, 0.35);
    QPen pen(c, 2.2);
    pen.setCapStyle(Qt::RoundCap);
    if (edge.allowsUnsecured)
        pen.setStyle(Qt::DashLine);
    return pen;
}

QFont DiagramStyle::titleFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(10);
    f.setBold(true);
    return f;
}

QFont DiagramStyle::captionFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(8);
    return f;
}

QFont DiagramStyle::labelFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(8.5);
    return f;
}

QFont DiagramStyle::groupTitleFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(10.5);
    f.setBold(true);
    return f;
}

} // namespace ipsec::diagram
