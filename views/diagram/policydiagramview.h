// The picture of what the selected policy does, the way the ExpressRoute article draws it: address sets as
// boxes, filters as arrows (two-headed when mirrored), coloured by what the rule does and labelled with
// protocol and port, grouped by filter list. The graph and its layout come from model/analysis; this view
// only draws them, follows the store's changes, zooms, and links selection with the navigator.
#pragma once

#include "analysis/diagramgraph.h"
#include "analysis/diagramlayout.h"
#include "core/finding.h"

#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

namespace ipsec {

class PolicyStore;

class PolicyDiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit PolicyDiagramView(QWidget *parent = nullptr);
    ~PolicyDiagramView() override;

    // The view follows the store's change signals; it never edits it.
    void setStore(const PolicyStore *store);
    void setPolicy(const QUuid &policyId);
    QUuid policyId() const { return m_policyId; }
    // Whether anyone can see the view: its dock tab behind another one is not on screen, yet visible to Qt.
    // Off screen (or hidden), changes only mark the picture stale; coming back on screen draws it.
    void setOnScreen(bool onScreen);

    // What is drawn (for tests and for tools that export the picture). A hidden view builds its picture when
    // it is shown, not before.
    const analysis::DiagramGraph &graph() const { return m_graph; }
    const analysis::DiagramLayout &diagramLayout() const { return m_layout; }
    qreal zoomFactor() const;
    // The object of every selected item.
    QList<std::tuple<ObjectKind, QUuid, QUuid>> selectedObjects() const;

public slots:
    // Highlights what stands for the object: a filter's arrows, a filter list's group, a rule's line and
    // arrows, a filter action's arrows. A policy (or a rule of another policy) switches the picture.
    void selectObject(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView(); // and keep fitting on resize until the user zooms
    void rebuild();   // now, or when shown if hidden (store changes are coalesced: rebuilt on the next event
                      // loop pass)

signals:
    // The user selected a node (its filter list), an arrow (its filter) or a rule line (the rule).
    void objectActivated(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void scheduleRebuild();
    void onSceneSelectionChanged();
    void zoomBy(qreal factor);
    void populateScene();
    void addHeader(const QRectF &bounds);

    QPointer<const PolicyStore> m_store;
    QList<QMetaObject::Connection> m_storeConnections;
    QUuid m_policyId;
    analysis::DiagramGraph m_graph;
    analysis::DiagramLayout m_layout;
    QTimer m_rebuildTimer;
    bool m_autoFit = true;
    bool m_onScreen = true;
    bool m_stale = false; // hidden when it should have been rebuilt
    bool m_selectingProgrammatically = false;
    std::tuple<ObjectKind, QUuid, QUuid> m_lastSelection{ObjectKind::None, {}, {}};
};

} // namespace ipsec
