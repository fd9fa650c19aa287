// The Test a packet panel: protocol, source, destination and ports, evaluated live as they are typed
// against a policy of the document (model/analysis/explain.h): the winning rule, its treatment, whether that
// is certain, and every other matching filter with the reason it loses. One click keeps the packet and what
// happens to it as an intent.
#pragma once

#include "core/types.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace ipsec {

class PolicyStore;

class PacketTestPanel : public QWidget {
    Q_OBJECT
public:
    explicit PacketTestPanel(PolicyStore *store, QWidget *parent = nullptr);

    // Fills the fields (ports may be empty) and evaluates at once.
    void setPacket(const QString &protocol, const QString &source, const QString &sourcePort,
                   const QString &destination, const QString &destinationPort);
    // Fills the fields from "PROTO SRC[:PORT] -> DST[:PORT]" and the policy (empty: the assigned one);
    // false (nothing changed) when the text is not a packet.
    bool setPacketText(const QString &packet, const QString &policy = {});
    // Chooses the policy by name (empty: the assigned one, else the only one).
    void setPolicyName(const QString &name);
    // "PROTO SRC[:PORT] -> DST[:PORT]" from the fields, as the CLI's --packet takes it.
    QString packetText() const;
    // The policy's name, the treatment and the winner's rule (empty when nothing matches) of the last
    // evaluation; the treatment is meaningful only when valid() is true.
    bool valid() const { return m_valid; }
    Treatment treatment() const { return m_treatment; }
    QString winnerRule() const { return m_winnerRule; }
    QString policyName() const;
    QLabel *verdictLabel() const { return m_verdict; }
    QTreeWidget *candidatesView() const { return m_candidates; }
    QPushButton *addIntentButton() const { return m_addIntent; }

    // Evaluates now (the fields and the store are otherwise watched, coalesced).
    void evaluate();

signals:
    // The winning filter of the last evaluation (null ids when none): the window highlights its rule in the
    // rules table and its arrow in the diagram.
    void winnerChanged(const QUuid &policyId, const QUuid &ruleId, const QUuid &filterListId,
                       const QUuid &filterId);
    // "Add as Intent": the packet with what happens to it now.
    void intentRequested(const ipsec::Intent &intent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshPolicies();
    void scheduleEvaluation();

    PolicyStore *m_store;
    QComboBox *m_policy;
    QComboBox *m_protocol;
    QLineEdit *m_source;
    QLineEdit *m_sourcePort;
    QLineEdit *m_destination;
    QLineEdit *m_destinationPort;
    QLabel *m_policyLabel;
    QLabel *m_protocolLabel;
    QLabel *m_sourceLabel;
    QLabel *m_destinationLabel;
    QLabel *m_verdict;
    QTreeWidget *m_candidates;
    QPushButton *m_addIntent;
    QTimer *m_delay;
    bool m_valid = false;
    Treatment m_treatment = Treatment::None;
    QString m_winnerRule;
};

} // namespace ipsec
