#pragma once

#include "core/types.h"
#include "objecteditor.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace ipsec {

class AddressPicker;
class PortPicker;
class ProtocolPicker;

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
    void updatePortsEnabled();
    AddressPicker *m_source;
    AddressPicker *m_destination;
    QCheckBox *m_mirrored;
    ProtocolPicker *m_protocol;
    PortPicker *m_ports;
    QPlainTextEdit *m_description;
    QLabel *m_listInfo;
};

} // namespace ipsec
