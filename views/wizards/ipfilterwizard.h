// The IP Filter Wizard: description and mirrored, IP traffic source, IP traffic destination, protocol type,
// protocol ports (TCP and UDP only), completion.
#pragma once

#include "wizardresult.h"

#include <QWizard>

namespace ipsec {

class AddressPicker;
class PortPicker;
class ProtocolPicker;

class IpFilterWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        WelcomePage,
        DescriptionPage,
        SourcePage,
        DestinationPage,
        ProtocolPage,
        PortPage,
        CompletionPage
    };
    // Fields: description, mirrored, sourceKind, sourceAddress, sourceRangeEnd, sourceDnsName,
    // destinationKind, destinationAddress, destinationRangeEnd, destinationDnsName, protocolIndex,
    // protocolNumber, fromThisPort, sourcePort, toThisPort, destinationPort, editProperties. The *Kind fields
    // take AddressPicker::Choice.

    explicit IpFilterWizard(QWidget *parent = nullptr);

    Filter filter() const;
    // The filter, to be added to the given list.
    WizardResult result(const QUuid &filterListId) const;
    int nextId() const override;

    AddressPicker *sourcePicker() const { return m_source; }
    AddressPicker *destinationPicker() const { return m_destination; }

private:
    QUuid m_id;
    AddressPicker *m_source;
    AddressPicker *m_destination;
    ProtocolPicker *m_protocol;
    PortPicker *m_ports;
};

} // namespace ipsec
