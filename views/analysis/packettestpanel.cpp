#include "packettestpanel.h"

#include "analysis/explain.h"
#include "analysis/packettext.h"
#include "core/enumnames.h"
#include "core/policystore.h"

#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace ipsec {
namespace {

// "10.0.0.1:80", "[2001:db8::1]:443", or the address alone without a port.
QString side(const QString &address, const QString &port)
{
    const QString a = address.trimmed();
    const QString p = port.trimmed();
    if (p.isEmpty())
        return a;
    return (a.contains(u':') ? u'[' + a + u']' : a) + u':' + p;
}

QString treatmentText(Treatment t)
{
    switch (t) {
    case Treatment::None:
        return PacketTestPanel::tr("no filter matches: clear text");
    case Treatment::Permit:
        return PacketTestPanel::tr("permit");
    case Treatment::Block:
        return PacketTestPanel::tr("block");
    case Treatment::Negotiate:
        return PacketTestPanel::tr("negotiate security");
    }
    return {};
}

} // namespace

PacketTestPanel::PacketTestPanel(PolicyStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_policy(new QComboBox(this)), m_protocol(new QComboBox(this)),
      m_source(new QLineEdit(this)), m_sourcePort(new QLineEdit(this)), m_destination(new QLineEdit(this)),
      m_destinationPort(new QLineEdit(this)), m_policyLabel(new QLabel(this)),
      m_protocolLabel(new QLabel(this)), m_sourceLabel(new QLabel(this)),
      m_destinationLabel(new QLabel(this)), m_verdict(new QLabel(this)), m_candidates(new QTreeWidget(this)),
      m_addIntent(new QPushButton(this)), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("packetTestPanel"));
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_source->setObjectName(QStringLiteral("source"));
    m_sourcePort->setObjectName(QStringLiteral("sourcePort"));
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destinationPort->setObjectName(QStringLiteral("destinationPort"));
    m_protocol->setEditable(true);
    m_protocol->addItems(
        {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("any")});
    m_source->setText(QStringLiteral("me"));
    for (QLineEdit *port : {m_sourcePort, m_destinationPort})
        port->setMaximumWidth(80);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_candidates->setColumnCount(6);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setAlternatingRowColors(true);
    m_candidates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidates->header()->setStretchLastSection(true);
    m_addIntent->setObjectName(QStringLiteral("addIntent"));
    m_policyLabel->setBuddy(m_policy);
    m_protocolLabel->setBuddy(m_protocol);
    m_sourceLabel->setBuddy(m_source);
    m_destinationLabel->setBuddy(m_destination);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_policyLabel, 0, 0);
    grid->addWidget(m_policy, 0, 1, 1, 3);
    grid->addWidget(m_protocolLabel, 0, 4);
    grid->addWidget(m_protocol, 0, 5);
    grid->addWidget(m_sourceLabel, 1, 0);
    grid->addWidget(m_source, 1, 1);
    grid->addWidget(m_sourcePort, 1, 2);
    grid->addWidget(m_destinationLabel, 1, 3);
    grid->addWidget(m_destination, 1, 4);
    grid->addWidget(m_destinationPort, 1, 5);
    grid->addWidget(m_verdict, 2, 0, 1, 5);
    grid->addWidget(m_addIntent, 2, 5);
    grid->addWidget(m_candidates, 3, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(0);
    connect(m_delay, &QTimer::timeout, this, &PacketTestPanel::evaluate);
    for (QLineEdit *e : {m_source, m_sourcePort, m_destination, m_destinationPort})
        connect(e, &QLineEdit::textChanged, this, &PacketTestPanel::scheduleEvaluation);
    connect(m_protocol, &QComboBox::currentTextChanged, this, &PacketTestPanel::scheduleEvaluation);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &PacketTestPanel::scheduleEvaluation);
    connect(m_store, &PolicyStore::changed, this, [this] {
        refreshPolicies();
        scheduleEvaluation();
    });
    connect(m_store, &PolicyStore::wasReset, this, [this] {
        refreshPolicies();
        scheduleEvaluation();
    });
    connect(m_addIntent, &QPushButton::clicked, this, [this] {
        emit intentRequested({packetText(), policyName(), packetText(), m_treatment});
    });
    retranslate();
    refreshPolicies();
    evaluate();
}

void PacketTestPanel::setPacket(const QString &protocol, const QString &source, const QString &sourcePort,
                                const QString &destination, const QString &destinationPort)
{
    m_protocol->setCurrentText(protocol);
    m_source->setText(source);
    m_sourcePort->setText(sourcePort);
    m_destination->setText(destination);
    m_destinationPort->setText(destinationPort);
    evaluate();
}

bool PacketTestPanel::setPacketText(const QString &packet, const QString &policy)
{
    const std::optional<analysis::Packet> p = analysis::parsePacket(packet);
    if (!p)
        return false;
    auto host = [](const IpAddress &a, const QString &keyword) {
        return keyword.isEmpty() ? a.toString() : keyword;
    };
    auto port = [](std::uint16_t n) { return n ? QString::number(n) : QString(); };
    setPolicyName(policy);
    setPacket(analysis::formatPacket(*p).section(u' ', 0, 0), host(p->source, p->sourceKeyword),
              port(p->sourcePort), host(p->destination, p->destinationKeyword), port(p->destinationPort));
    return true;
}

void PacketTestPanel::setPolicyName(const QString &name)
{
    const int i = name.isEmpty() ? 0 : m_policy->findText(name, Qt::MatchFixedString);
    m_policy->setCurrentIndex(std::max(i, 0));
    evaluate();
}

QString PacketTestPanel::packetText() const
{
    return QStringLiteral("%1 %2 -> %3")
        .arg(m_protocol->currentText().trimmed(), side(m_source->text(), m_sourcePort->text()),
             side(m_destination->text(), m_destinationPort->text()));
}

QString PacketTestPanel::policyName() const
{
    return m_policy->currentIndex() <= 0 ? QString() : m_policy->currentText();
}

void PacketTestPanel::scheduleEvaluation()
{
    m_delay->start();
}

void PacketTestPanel::refreshPolicies()
{
    const QString current = policyName();
    const QSignalBlocker block(m_policy);
    m_policy->clear();
    m_policy->addItem(tr("The assigned policy"));
    for (const Policy &p : m_store->data().policies)
        m_policy->addItem(p.name);
    const int i = current.isEmpty() ? 0 : m_policy->findText(current, Qt::MatchFixedString);
    m_policy->setCurrentIndex(std::max(i, 0));
}

void PacketTestPanel::evaluate()
{
    m_delay->stop();
    m_candidates->clear();
    m_valid = false;
    m_treatment = Treatment::None;
    m_winnerRule.clear();
    const auto fail = [this](const QString &message) {
        m_verdict->setText(message);
        m_verdict->setStyleSheet(QStringLiteral("color: palette(link)"));
        m_addIntent->setEnabled(false);
        emit winnerChanged({}, {}, {}, {});
    };
    if (m_destination->text().trimmed().isEmpty())
        return fail(tr("Type a destination address (and a source: an address or me)."));
    QString why;
    const std::optional<analysis::Packet> packet = analysis::parsePacket(packetText(), &why);
    if (!packet)
        return fail(tr("Not a packet: %1.").arg(why));
    const Policy *policy = analysis::choosePolicy(m_store->data(), policyName(), &why);
    if (!policy)
        return fail(tr("No policy to test: %1.").arg(why));

    const analysis::Explanation e = analysis::explain(m_store->data(), *policy, *packet);
    m_valid = true;
    m_treatment = e.treatment();
    m_verdict->setStyleSheet({});
    m_addIntent->setEnabled(true);
    const analysis::ExplainedCandidate *w = e.winner();
    if (!w) {
        m_verdict->setText(tr("Policy '%1': %2.").arg(policy->name, treatmentText(Treatment::None)));
        emit winnerChanged(policy->id, {}, {}, {});
        return;
    }
    const analysis::PolicyFilter &pf = w->match.filter;
    m_winnerRule = pf.rule->name;
    QString verdict =
        tr("Policy '%1': rule '%2' wins → %3.").arg(policy->name, pf.rule->name, treatmentText(m_treatment));
    if (e.tie)
        verdict +=
            u' ' + tr("Tie: an equally specific filter treats it differently; which one Windows applies is "
                      "not confirmed.");
    else if (!e.certain)
        verdict += u' ' + tr("Not certain: the filters overlap without nesting, so the order rests on the "
                             "documented weight model.");
    m_verdict->setText(verdict);
    for (const analysis::ExplainedCandidate &c : e.candidates) {
        const analysis::PolicyFilter &f = c.match.filter;
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(0, f.rule->name);
        item->setText(1, f.filterList->name);
        item->setText(2,
                      analysis::filterDescription(f) + (c.match.viaMirror ? tr(" (mirrored)") : QString()));
        item->setText(3, f.action ? f.action->name : tr("<missing>"));
        item->setText(4, treatmentText(c.treatment));
        item->setText(5, c.reason);
        item->setData(0, Qt::UserRole, f.rule->id);
    }
    if (QTreeWidgetItem *first = m_candidates->topLevelItem(0)) {
        QFont bold = first->font(0);
        bold.setBold(true);
        for (int col = 0; col < m_candidates->columnCount(); ++col)
            first->setFont(col, bold);
    }
    emit winnerChanged(policy->id, pf.rule->id, pf.filterList->id, pf.filter->id);
}

void PacketTestPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshPolicies();
        evaluate();
    }
    QWidget::changeEvent(event);
}

void PacketTestPanel::retranslate()
{
    m_policyLabel->setText(tr("&Policy:"));
    m_protocolLabel->setText(tr("P&rotocol:"));
    m_sourceLabel->setText(tr("&Source:"));
    m_destinationLabel->setText(tr("&Destination:"));
    m_source->setPlaceholderText(tr("address or me"));
    m_destination->setPlaceholderText(tr("address or me"));
    m_sourcePort->setPlaceholderText(tr("port"));
    m_destinationPort->setPlaceholderText(tr("port"));
    m_addIntent->setText(tr("Add as &Intent"));
    m_addIntent->setToolTip(tr("Keep this packet and what happens to it now as an intent: validation then "
                               "reports when a change breaks it."));
    m_candidates->setHeaderLabels(
        {tr("Rule"), tr("Filter list"), tr("Filter"), tr("Filter action"), tr("Treatment"), tr("Why")});
}

} // namespace ipsec
