#pragma once

#include "core/types.h"
#include "objecteditor.h"

class QLabel;

namespace ipsec {

class FilterFieldTabs;

// Filter Properties: Addresses (source, destination, mirrored), Protocol (type, ports), Description.
class FilterEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit FilterEditor(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitFilter(const QString &field);
    FilterFieldTabs *m_tabs;
    QLabel *m_listInfo;
};

} // namespace ipsec
