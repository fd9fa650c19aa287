// The two passes of the netsh script writer (netshscriptwriter.h): the script's header, the first pass that
// finds the findings and the shape, and the second that renders each line as it is made
// (docs/formats/netsh.md, "What the exporter writes"; docs/performance.md, "Fifth machine, session 10").
#include "netshexport.h"
#include "netshexporttr.h"
#include "netshfindings.h"
#include "netshscriptwriter.h"
#include "scriptquoting.h"

#include <utility>

namespace ipsec::netsh {

namespace sq = ipsec::scriptquoting;

QStringList ScriptWriter::header() const
{
    QStringList lines;
    lines << QStringLiteral("netsh ipsec static script written by IPsec Policy Designer.");
    QStringList names;
    for (const Policy *p : m_policies)
        if (m_writtenPolicies.contains(p->id))
            names << sq::netshValue(p->name).text;
    std::size_t rules = 0;
    for (const Policy *p : m_policies)
        rules += static_cast<std::size_t>(p->rules.size());
    lines << QStringLiteral(
                 "It creates %1 filter list(s), %2 filter action(s) and %3 policy(ies) with %4 rule(s)%5.")
                 .arg(m_writtenLists.size())
                 .arg(m_writtenActions.size())
                 .arg(m_writtenPolicies.size())
                 .arg(rules)
                 .arg(names.isEmpty() || names.size() > 5 ? QString()
                                                          : QStringLiteral(": ") + names.join(u", "));
    if (m_location == StoreLocation::Local)
        lines << QStringLiteral("Store: the local IPsec policy store of the computer that runs it.");
    else if (m_domain.isEmpty())
        lines << QStringLiteral("Store: the IPsec policy store in Active Directory of the current domain.");
    else
        lines << QStringLiteral("Store: the IPsec policy store in Active Directory of the domain %1.")
                     .arg(sq::netshValue(m_domain).text);
    if (m_options.idempotent)
        lines << QStringLiteral(
            "It first deletes the policies, filter actions and filter lists of the same names.");
    if (m_options.form == ScriptForm::Cmd)
        lines << QStringLiteral(
            "Run it from an elevated command prompt; it stops at the first failing command and "
            "says which one.");
    else
        lines << QStringLiteral("Run it with: netsh -f <this file> (from an elevated command prompt).");
    return lines;
}

QByteArray ScriptWriter::render(const ByteSink &sink)
{
    if (m_options.form != ScriptForm::Cmd && m_shape.nonAscii)
        m_findings << Finding{
            code::NetshScriptEncoding,
            Severity::Warning,
            {},
            NetshExport::tr("the script holds non-ASCII names; netsh -f reads it in the console code "
                            "page"),
            NetshExport::tr("run chcp 65001 before netsh -f, or use the cmd form")};
    // Reported after the objects' findings, as when the script was rendered after it was written.
    Findings refusals;
    const auto unquotable = [&refusals](sq::Refusal refusal) {
        refusals << Finding{code::Unquotable,
                            Severity::Error,
                            {},
                            NetshExport::tr("a command could not be made safe for cmd.exe: %1")
                                .arg(NetshExport::tr(sq::explanation(refusal))),
                            {}};
    };
    QByteArray bytes;
    ScriptRenderer renderer(m_shape, unquotable,
                            sink ? ScriptRenderer::utf8Pieces(sink)
                                 : ScriptRenderer::utf8Into(bytes, m_shape.characters));
    renderer.prologue(header());

    // The second pass writes the same objects again, now into the renderer. Its findings and counts are the
    // first pass's over again: they are set aside and the first pass's kept.
    Findings found = std::exchange(m_findings, {});
    const bool failed = m_failed;
    const int leftOut = m_leftOut;
    m_renderer = &renderer;
    writeScript();
    m_renderer = nullptr;
    m_findings = std::move(found);
    m_failed = failed;
    m_leftOut = leftOut;

    renderer.finish();
    if (!refusals.isEmpty()) {
        m_findings += refusals;
        m_failed = true;
    }
    return bytes;
}

void ScriptWriter::comment(const QString &text)
{
    if (m_renderer)
        m_renderer->comment(text);
    else
        m_shape.comment(text);
}

void ScriptWriter::blank()
{
    if (m_renderer)
        m_renderer->blank();
    else
        m_shape.blank();
}

void ScriptWriter::command(const QString &text, const QString &what, bool mayFail)
{
    if (m_renderer)
        m_renderer->command(text, what, mayFail);
    else
        m_shape.command(text, what, mayFail);
}

ExportOutput ScriptWriter::run(const ByteSink &sink)
{
    m_location = m_options.store.value_or(m_store.info.location);
    m_domain = m_options.domain.isEmpty() ? m_store.info.domain : m_options.domain;
    if (m_location == StoreLocation::Local)
        m_domain.clear();
    selectObjects();
    if (m_failed)
        return {false, {}, m_findings};

    // The first pass finds the findings and the script's shape (the header's counts, the steps, non-ASCII
    // text) and keeps no text; render() is the second.
    m_shape = {m_options.form, QStringLiteral("ipsec static ")};
    writeScript();
    if (m_leftOut > 0)
        m_findings << Finding{
            code::Skipped, Severity::Warning, storeLocation(),
            NetshExport::tr("%n item(s) that netsh cannot express were left out of the script", nullptr,
                            m_leftOut),
            NetshExport::tr("each is listed above and marked SKIPPED in the script")};
    ExportOutput output;
    output.bytes = render(sink);
    output.ok = !m_failed;
    output.findings = m_findings;
    return output;
}

Site ScriptWriter::storeLocation()
{
    Site l;
    l.kind = ObjectKind::Store;
    l.objectPath = NetshExport::tr("Store");
    l.englishPath = QStringLiteral("Store");
    return l;
}

void ScriptWriter::writeScript()
{
    checkNames(); // its SKIPPED comments come first
    comment(QStringLiteral("Choose the policy store."));
    if (m_location == StoreLocation::Local) {
        command(QStringLiteral("set store location=local"), QStringLiteral("set store"));
    } else {
        QString line = QStringLiteral("set store location=domain");
        if (!m_domain.isEmpty())
            if (const auto d = quote(m_domain, storeLocation(),
                                     QT_TRANSLATE_NOOP("ipsec::NetshExport", "domain name"), false))
                line += QStringLiteral(" domain=") + *d;
        command(line, QStringLiteral("set store"));
    }
    if (m_options.form == ScriptForm::Cmd && (m_location == StoreLocation::Domain || m_options.batch))
        m_findings << Finding{
            code::UnconfirmedOutput, Severity::Warning, storeLocation(),
            NetshExport::tr("each line of a .cmd file runs its own netsh process; whether set store "
                            "and set batch carry over to the next process is not confirmed"),
            NetshExport::tr("for a domain store or batch mode, prefer --form netsh-f")};
    if (m_options.idempotent) {
        blank();
        comment(QStringLiteral("Delete the objects of the same names first, so the script can run again."));
        const auto deleteEach = [this](const auto &objects, ObjectKind kind, const auto &pathOf,
                                       const QString &object) {
            for (const auto *o : objects)
                if (!m_ambiguous.contains(o->id))
                    if (const auto q = quote(o->name, objectLocation(kind, o->id, pathOf(*o)),
                                             QT_TRANSLATE_NOOP("ipsec::NetshExport", "name"), false))
                        command(QStringLiteral("delete ") + object + QStringLiteral(" name=") + *q,
                                QStringLiteral("delete ") + object, true);
        };
        deleteEach(m_policies, ObjectKind::Policy, policyPath, QStringLiteral("policy"));
        deleteEach(m_actions, ObjectKind::FilterAction, filterActionPath, QStringLiteral("filteraction"));
        deleteEach(m_lists, ObjectKind::FilterList, filterListPath, QStringLiteral("filterlist"));
    }
    if (m_options.batch) {
        blank();
        command(QStringLiteral("set batch mode=enable"), QStringLiteral("set batch mode=enable"));
    }
    if (!m_lists.empty()) {
        blank();
        comment(QStringLiteral("Filter lists and their filters."));
        for (const FilterList *l : m_lists)
            writeFilterList(*l);
    }
    if (!m_actions.empty()) {
        blank();
        comment(QStringLiteral("Filter actions."));
        for (const FilterAction *a : m_actions)
            writeFilterAction(*a);
    }
    for (const Policy *p : m_policies) {
        blank();
        comment(QStringLiteral("Policy, its rules and its default response rule."));
        writePolicy(*p);
        for (const Rule &r : p->rules)
            writeRule(*p, r);
        writeDefaultRule(*p);
    }
    writeAssignment();
    if (m_options.batch) {
        blank();
        command(QStringLiteral("set batch mode=disable"), QStringLiteral("set batch mode=disable"));
    }
}

ExportOutput write(const StoreData &store, const ExportOptions &options)
{
    return ScriptWriter(store, options).run();
}

ExportOutput write(const StoreData &store, const ExportOptions &options, const ByteSink &sink)
{
    return ScriptWriter(store, options).run(sink);
}

} // namespace ipsec::netsh
