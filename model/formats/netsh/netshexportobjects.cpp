// The netsh script writer's commands for each object: filter lists with their filters, filter actions,
// policies with their rules and default response rule, and the assignment (netshscriptwriter.h).
#include "core/enumnames.h"
#include "netshfindings.h"
#include "netshgrammar.h"
#include "netshscriptwriter.h"
#include "scriptquoting.h"

#include <QStringList>

namespace ipsec::netsh {

namespace sq = ipsec::scriptquoting;

void ScriptWriter::writeFilterList(const FilterList &list)
{
    if (m_ambiguous.contains(list.id))
        return;
    const Phrase listPath = filterListPath(list);
    const Site where = objectLocation(ObjectKind::FilterList, list.id, listPath);
    const auto name = quote(list.name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "name"), false);
    const auto description =
        quote(list.description, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "description"));
    if (!name || !description)
        return;
    QString line = QStringLiteral("add filterlist name=") + *name;
    if (!list.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    command(line, QStringLiteral("add filterlist ") + *name);
    m_writtenLists.insert(list.id);

    // Looked up once: a list may hold 100,000 filters. Each filter's line is built in one reused buffer
    // that starts with the list's part; its failure message is the list's, shared by all its filters.
    const Phrase filterPath = phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "%1 / filter %2"));
    const QString filterWhat = QStringLiteral("add filter to ") + *name;
    QString filter = QStringLiteral("add filter filterlist=") + *name + u' ';
    const qsizetype prefixSize = filter.size();
    filter.reserve(prefixSize + 200);
    const bool prefixIsAscii = sq::isAscii(filter);
    for (std::size_t i = 0; i < list.filters.size(); ++i) {
        const Filter &f = list.filters[i];
        if (!canWriteFilter(f)) {
            reportFilter(f, objectLocation(ObjectKind::Filter, f.id,
                                           filterPath.arg(listPath, QString::number(i + 1)), QString(),
                                           list.id));
            continue;
        }
        if (!m_renderer) { // the first pass counts the line without making it
            m_shape.command(prefixSize + filterTagsLength(f), prefixIsAscii && filterTagsAreAscii(f),
                            filterWhat);
            continue;
        }
        filter.truncate(prefixSize);
        appendFilterTags(filter, f);
        command(filter, filterWhat);
    }
}

void ScriptWriter::writeFilterAction(const FilterAction &action)
{
    if (m_ambiguous.contains(action.id))
        return;
    const Site where = objectLocation(ObjectKind::FilterAction, action.id, filterActionPath(action));
    const auto name = quote(action.name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "name"), false);
    const auto description =
        quote(action.description, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "description"));
    if (!name || !description)
        return;
    QString line = QStringLiteral("add filteraction name=") + *name;
    if (!action.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    line += QStringLiteral(" qmpfs=%1 inpass=%2 soft=%3 action=%4")
                .arg(yesNo(action.sessionKeyPfs), yesNo(action.acceptUnsecured), yesNo(action.allowFallback),
                     actionName(action.action));
    if (action.action == ActionKind::Negotiate) {
        const auto methods = securityMethods(action.securityMethods, where);
        if (!methods)
            return;
        line += u' ' + *methods;
    } else if (!action.securityMethods.isEmpty()) {
        // netsh ignores qmsecmethods unless action=negotiate (help remark), so they would be lost.
        Site at = where;
        at.field = QStringLiteral("securityMethods");
        problem(
            code::UnsupportedField, at,
            //: %1 is the netsh action keyword (permit, block), %2 a number.
            phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                     "a %1 action keeps no security methods in netsh, but this one has %2"))
                .arg(actionName(action.action), QString::number(action.securityMethods.size())),
            NetshExport::tr("remove the security methods or make the action negotiate"));
        if (!m_options.skipUnsupported)
            return;
    }
    command(line, QStringLiteral("add filteraction ") + *name);
    m_writtenActions.insert(action.id);
}

void ScriptWriter::writePolicy(const Policy &policy)
{
    if (m_ambiguous.contains(policy.id))
        return;
    const Site where = objectLocation(ObjectKind::Policy, policy.id, policyPath(policy));
    const auto name = quote(policy.name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "name"), false);
    const auto description =
        quote(policy.description, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "description"));
    if (!name || !description)
        return;
    if (policy.ike.masterKeyPfs &&
        policy.ike.quickModesPerMainMode != defaults::kQuickModesWithMasterKeyPfs) {
        Site at = where;
        at.field = QStringLiteral("ike.quickModesPerMainMode");
        problem(
            code::UnsupportedField, at,
            phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                     "with master key PFS netsh sets quick modes per main mode to 1, not %1"))
                .arg(QString::number(policy.ike.quickModesPerMainMode)),
            NetshExport::tr("set quick modes per main mode to 1"));
        if (!m_options.skipUnsupported)
            return;
    }
    QStringList methods;
    for (qsizetype i = 0; i < policy.ike.methods.size(); ++i) {
        QString why;
        if (const auto text = formatIkeMethod(policy.ike.methods[i], &why)) {
            methods << *text;
        } else {
            Site at = where;
            at.field = QStringLiteral("ike.methods[%1]").arg(i);
            problem(code::UnsupportedAlgorithm, at,
                    //: %1 is the method's number, %2 the method, %3 why netsh cannot write it.
                    phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "IKE method %1 (%2): %3"))
                        .arg(QString::number(i + 1), describe(policy.ike.methods[i]), why));
        }
    }
    if (methods.isEmpty()) {
        Site at = where;
        at.field = QStringLiteral("ike.methods");
        problem(code::EmptyList, at,
                phrase(QT_TRANSLATE_NOOP(
                    "ipsec::NetshExport",
                    "no IKE security method netsh can write; without mmsecmethods netsh would "
                    "use its defaults (Q2)")));
        return;
    }
    QString line = QStringLiteral("add policy name=") + *name;
    if (!policy.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    line += QStringLiteral(" mmpfs=%1 qmpermm=%2 mmlifetime=%3 activatedefaultrule=%4 pollinginterval=%5 "
                           "assign=no mmsecmethods=\"%6\"")
                .arg(yesNo(policy.ike.masterKeyPfs))
                .arg(policy.ike.masterKeyPfs ? defaults::kQuickModesWithMasterKeyPfs
                                             : policy.ike.quickModesPerMainMode)
                .arg(policy.ike.lifetimeMinutes)
                .arg(yesNo(policy.defaultResponse.active))
                .arg(policy.pollingIntervalMinutes)
                .arg(methods.join(u' '));
    command(line, QStringLiteral("add policy ") + *name);
    m_writtenPolicies.insert(policy.id);
}

void ScriptWriter::writeRule(const Policy &policy, const Rule &rule)
{
    if (m_ambiguous.contains(rule.id) || !m_writtenPolicies.contains(policy.id))
        return;
    const Site where = objectLocation(ObjectKind::Rule, rule.id, rulePath(policy, rule), {}, policy.id);
    const FilterList *list = m_store.filterList(rule.filterList);
    const FilterAction *action = m_store.filterAction(rule.filterAction);
    if (!list || !action) {
        Site at = where;
        at.field = list ? QStringLiteral("filterAction") : QStringLiteral("filterList");
        problem(
            code::DanglingReference, at,
            list ? phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "the rule's filter action does not exist"))
                 : phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                            "the rule has no filter list, or it does not exist")),
            NetshExport::tr("choose an existing filter list and filter action"));
        return;
    }
    if (!m_writtenLists.contains(list->id) || !m_writtenActions.contains(action->id)) {
        problem(
            code::DanglingReference, where,
            phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "the rule uses %1, which was not written"))
                .arg(m_writtenLists.contains(list->id) ? filterActionPath(*action) : filterListPath(*list)));
        return;
    }
    if (!rule.interfaceName.isEmpty()) {
        Site at = where;
        at.field = QStringLiteral("interfaceName");
        problem(
            code::UnsupportedField, at,
            phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "netsh has no tag for a rule's interface name")));
        if (!m_options.skipUnsupported)
            return;
    }
    const auto name = quote(rule.name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "name"), false);
    const auto description =
        quote(rule.description, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "description"));
    const auto auth = authTags(rule.authMethods, where);
    if (!name || !description || !auth)
        return;
    QString tunnel;
    if (rule.tunnel.kind == TunnelKind::Address) {
        if (!rule.tunnel.address.isIPv4()) {
            Site at = where;
            at.field = QStringLiteral("tunnel");
            problem(
                code::UnsupportedAddress, at,
                phrase(QT_TRANSLATE_NOOP(
                           "ipsec::NetshExport",
                           "the tunnel endpoint %1 is not IPv4; netsh ipsec static takes IPv4 or a DNS name"))
                    .arg(rule.tunnel.address.toString()));
            return;
        }
        tunnel = QStringLiteral(" tunnel=") + rule.tunnel.address.toString();
    } else if (rule.tunnel.kind == TunnelKind::DnsName) {
        Site at = where;
        at.field = QStringLiteral("tunnel");
        const auto q = quote(rule.tunnel.dnsName, at,
                             QT_TRANSLATE_NOOP("ipsec::NetshExport", "tunnel endpoint name"), false);
        if (!q)
            return;
        if (IpAddress::parse(rule.tunnel.dnsName)) {
            problem(
                code::UnsupportedAddress, at,
                phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "the tunnel DNS name looks like an address")));
            return;
        }
        tunnel = QStringLiteral(" tunnel=") + *q;
    }
    QString line =
        QStringLiteral("add rule name=%1 policy=%2 filterlist=%3 filteraction=%4")
            .arg(*name, *quote(policy.name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "policy name")),
                 *quote(list->name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "filter list name")),
                 *quote(action->name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "filter action name")));
    line += tunnel;
    line += QStringLiteral(" conntype=%1 activate=%2")
                .arg(connectionTypeName(rule.connectionType), yesNo(rule.active));
    if (!rule.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    line += u' ' + *auth;
    command(line, QStringLiteral("add rule ") + *name);
}

void ScriptWriter::writeDefaultRule(const Policy &policy)
{
    if (!m_writtenPolicies.contains(policy.id))
        return;
    const DefaultResponseRule &d = policy.defaultResponse;
    const Site where =
        objectLocation(ObjectKind::DefaultResponseRule, d.id, defaultRulePath(policy), {}, policy.id);
    const auto methods = securityMethods(d.securityMethods, where);
    const auto auth = authTags(d.authMethods, where);
    if (!methods || !auth)
        return;
    command(QStringLiteral("set defaultrule policy=%1 qmpfs=%2 activate=%3 %4 %5")
                .arg(*quote(policy.name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "policy name")),
                     yesNo(d.sessionKeyPfs), yesNo(d.active), *methods, *auth),
            QStringLiteral("set defaultrule of ") +
                *quote(policy.name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "policy name")));
}

void ScriptWriter::writeAssignment()
{
    const Policy *assigned = nullptr;
    for (const Policy *p : m_policies)
        if (p->assigned && m_writtenPolicies.contains(p->id))
            assigned = p;
    const auto note = [this](const QString &message, const Location &where = {}) {
        m_findings << Finding{code::AssignmentNotWritten, Severity::Warning, where, message, {}};
    };
    if (m_location == StoreLocation::Local) {
        if (!m_options.gpoName.isEmpty())
            note(NetshExport::tr("--gpo-name applies to the domain store only; it was not written"));
        if (!assigned) {
            if (m_options.assign)
                note(NetshExport::tr("--assign was given, but no exported policy is marked assigned"));
            return;
        }
        const Site where = objectLocation(ObjectKind::Policy, assigned->id, policyPath(*assigned),
                                          QStringLiteral("assigned"));
        if (!m_options.assign) {
            note(NetshExport::tr("the policy is marked assigned, but the script does not assign it"), where);
            m_findings.last().hint =
                NetshExport::tr("export with --assign to write set policy ... assign=yes");
            return;
        }
        const QString name = *quote(assigned->name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "name"));
        blank();
        comment(QStringLiteral("Assign the policy (only one policy of the local store is assigned)."));
        command(QStringLiteral("set policy name=%1 assign=yes").arg(name), QStringLiteral("assign ") + name);
        return;
    }
    if (m_options.assign)
        note(NetshExport::tr("--assign has no effect in the domain store (netsh help); use --gpo-name"));
    if (!assigned) {
        if (!m_options.gpoName.isEmpty())
            note(NetshExport::tr("--gpo-name was given, but no exported policy is marked assigned"));
        return;
    }
    const Site where =
        objectLocation(ObjectKind::Policy, assigned->id, policyPath(*assigned), QStringLiteral("assigned"));
    if (m_options.gpoName.isEmpty()) {
        note(NetshExport::tr("the policy is marked assigned, but no GPO was named"), where);
        m_findings.last().hint = NetshExport::tr("export with --gpo-name NAME to write the GPO assignment");
        return;
    }
    const auto gpo =
        quote(m_options.gpoName, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "GPO name"), false);
    if (!gpo)
        return;
    const QString name = *quote(assigned->name, where, QT_TRANSLATE_NOOP("ipsec::NetshExport", "name"));
    m_findings << Finding{
        code::UnconfirmedOutput, Severity::Warning, where,
        NetshExport::tr("set policy gponame= assigns the policy to the GPO; its exact behaviour is "
                        "not confirmed (Q11)"),
        NetshExport::tr("check the GPO's IP Security setting after running the script")};
    blank();
    comment(QStringLiteral("Assign the policy to the GPO (behaviour of gponame= not confirmed, Q11)."));
    command(QStringLiteral("set policy name=%1 gponame=%2").arg(name, *gpo),
            QStringLiteral("assign ") + name);
}

} // namespace ipsec::netsh
