#include "ldifformat.h"

#include "gpipsecconstants.h"
#include "gpipsecfindings.h"
#include "ldif.h"
#include "templates/windowsdefaults.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ipsec::gpipsec {

using Op = LdifModification::Operation;

std::optional<QString> domainDn(const QString &domain)
{
    const QString d = domain.trimmed();
    if (d.startsWith(u"DC=", Qt::CaseInsensitive))
        return d;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
    const QStringList labels = d.split(QLatin1Char('.'));
    QStringList parts;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return std::nullopt;
        parts << QStringLiteral("DC=") + l;
    }
    return parts.join(QLatin1Char(','));
}

QString ipSecurityContainer(const QString &domain)
{
    return QStringLiteral("CN=IP Security,CN=System,") + domain;
}

namespace {

QByteArray guidText(const QUuid &id)
{
    return id.toString(QUuid::WithBraces).toUpper().toLatin1();
}

// Windows' default objects as this exporter would write them, by GUID: what "unchanged" is compared with.
QHash<QUuid, StoredObject> builtinObjects()
{
    QHash<QUuid, StoredObject> out;
    StoreData defaults;
    defaults.filterLists = {windowsdefaults::allIpTraffic(), windowsdefaults::allIcmpTraffic()};
    defaults.filterActions = {windowsdefaults::permit(), windowsdefaults::requestSecurityOptional(),
                              windowsdefaults::requireSecurity()};
    defaults.policies = {windowsdefaults::clientRespondOnly(), windowsdefaults::serverRequestSecurity(),
                         windowsdefaults::secureServerRequireSecurity()};
    for (const StoredObject &o : toStoredObjects(defaults).stored.objects)
        out.insert(o.id, o);
    return out;
}

class LdifExporter {
public:
    LdifExporter(const QString &domain, const LdifExportOptions &options, Findings &findings)
        : m_container(ipSecurityContainer(domain)), m_options(options), m_findings(findings)
    {}

    QByteArray write(const StoredStore &stored, const StoreData &store)
    {
        classify(stored);
        m_out.comment(
            QStringLiteral("IPsec policy objects for %1 (MS-GPIPSEC), written by IPsec Policy Designer.\n"
                           "Load with: ldifde -i -k -f <this file>")
                .arg(m_container));
        if (m_leftOut > 0) {
            m_out.comment(QStringLiteral("%1 of Windows' built-in objects are unchanged and left out: every "
                                         "domain already holds them (--include-builtin writes them).")
                              .arg(m_leftOut));
            m_findings.append(
                makeFinding(code::BuiltinLeftOut, Severity::Info, {},
                            QStringLiteral("%1 unchanged Windows built-in objects are left out; every "
                                           "domain already holds them")
                                .arg(m_leftOut),
                            QStringLiteral("Use --include-builtin to write them anyway.")));
        }
        // 1. New objects, in the order MS-GPIPSEC §2.2.1 gives, with only the references that already exist.
        for (ObjectClass c : {ObjectClass::Policy, ObjectClass::Isakmp, ObjectClass::Nfa,
                              ObjectClass::NegotiationPolicy, ObjectClass::Filter})
            for (const StoredObject *o : std::as_const(m_added))
                if (o->objectClass == c)
                    writeAdd(*o);
        // 2. Then the policies' and rules' references, now that every object exists.
        for (ObjectClass c : {ObjectClass::Policy, ObjectClass::Nfa})
            for (const StoredObject *o : std::as_const(m_added))
                if (o->objectClass == c)
                    writeReferences(*o);
        // 3. Built-in objects that changed (or all of them, with --include-builtin), and new owners of
        // built-ins.
        for (const StoredObject *o : std::as_const(m_builtin))
            writeBuiltin(*o);
        // 4. The GPO assignment.
        if (!m_options.gpoDn.isEmpty())
            writeAssignment(stored, store);
        return m_out.data();
    }

private:
    QString dn(ObjectClass c, const QUuid &id) const
    {
        return QStringLiteral("CN=") + objectName(c, id) + QLatin1Char(',') + m_container;
    }
    QList<QByteArray> dns(ObjectClass c, const QList<QUuid> &ids) const
    {
        QList<QByteArray> out;
        for (const QUuid &id : ids)
            out << dn(c, id).toUtf8();
        return out;
    }
    static ObjectClass ownerClass(const StoredObject &o)
    {
        return o.objectClass == ObjectClass::Isakmp || o.objectClass == ObjectClass::Nfa ? ObjectClass::Policy
                                                                                         : ObjectClass::Nfa;
    }

    void classify(const StoredStore &stored)
    {
        const QHash<QUuid, StoredObject> defaults = builtinObjects();
        for (const StoredObject &o : stored.objects) {
            if (!isBuiltinObject(o.id)) {
                m_added.append(&o);
                continue;
            }
            const auto d = defaults.constFind(o.id);
            const bool unchanged = d != defaults.cend() && d->sameContent(o);
            if (unchanged && !m_options.includeBuiltin) {
                ++m_leftOut;
                if (!newOwners(o).isEmpty())
                    m_builtin.append(&o);
            } else {
                m_builtin.append(&o);
                m_changed.insert(o.id);
            }
        }
    }

    QList<QUuid> newOwners(const StoredObject &o) const
    {
        QList<QUuid> out;
        for (const QUuid &id : o.ownersReferences)
            if (!isBuiltinObject(id))
                out << id;
        return out;
    }

    void writeAdd(const StoredObject &o)
    {
        m_out.beginAdd(dn(o.objectClass, o.id));
        for (const char *cls : {"top", "ipsecBase"})
            m_out.attribute(QStringLiteral("objectClass"), QByteArray(cls));
        m_out.attribute(QStringLiteral("objectClass"), className(o.objectClass));
        if (!o.name.isEmpty())
            m_out.attribute(QStringLiteral("ipsecName"), o.name);
        if (!o.description.isEmpty())
            m_out.attribute(QStringLiteral("description"), o.description);
        m_out.attribute(QStringLiteral("ipsecID"), guidText(o.id));
        m_out.attribute(QStringLiteral("ipsecDataType"), QByteArray::number(kIpsecDataTypeDirectory));
        m_out.attribute(QStringLiteral("ipsecData"), o.data);
        if (o.objectClass == ObjectClass::NegotiationPolicy) {
            m_out.attribute(QStringLiteral("ipsecNegotiationPolicyType"), guidText(o.negotiationPolicyType));
            m_out.attribute(QStringLiteral("ipsecNegotiationPolicyAction"),
                            guidText(o.negotiationPolicyAction));
        }
        // Owners are added before their owned objects except policies; a policy's owner list is empty.
        for (const QByteArray &v : dns(ownerClass(o), o.ownersReferences))
            m_out.attribute(QStringLiteral("ipsecOwnersReference"), v);
    }

    void writeReferences(const StoredObject &o)
    {
        m_out.beginModify(dn(o.objectClass, o.id));
        if (o.objectClass == ObjectClass::Policy) {
            m_out.modification(Op::Replace, QStringLiteral("ipsecISAKMPReference"),
                               dns(ObjectClass::Isakmp, o.isakmpReference));
            m_out.modification(Op::Replace, QStringLiteral("ipsecNFAReference"),
                               dns(ObjectClass::Nfa, o.nfaReferences));
        } else {
            if (!o.filterReferences.isEmpty())
                m_out.modification(Op::Replace, QStringLiteral("ipsecFilterReference"),
                                   dns(ObjectClass::Filter, o.filterReferences));
            m_out.modification(Op::Replace, QStringLiteral("ipsecNegotiationPolicyReference"),
                               dns(ObjectClass::NegotiationPolicy, o.negotiationPolicyReference));
        }
    }

    void writeBuiltin(const StoredObject &o)
    {
        m_out.beginModify(dn(o.objectClass, o.id));
        if (m_changed.contains(o.id)) {
            auto text = [](const QString &v) {
                return v.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{v.toUtf8()};
            };
            m_out.modification(Op::Replace, QStringLiteral("ipsecName"), text(o.name));
            m_out.modification(Op::Replace, QStringLiteral("description"), text(o.description));
            m_out.modification(Op::Replace, QStringLiteral("ipsecDataType"),
                               {QByteArray::number(kIpsecDataTypeDirectory)});
            m_out.modification(Op::Replace, QStringLiteral("ipsecData"), {o.data});
            switch (o.objectClass) {
            case ObjectClass::Policy:
                m_out.modification(Op::Replace, QStringLiteral("ipsecISAKMPReference"),
                                   dns(ObjectClass::Isakmp, o.isakmpReference));
                m_out.modification(Op::Replace, QStringLiteral("ipsecNFAReference"),
                                   dns(ObjectClass::Nfa, o.nfaReferences));
                break;
            case ObjectClass::Nfa:
                m_out.modification(Op::Replace, QStringLiteral("ipsecFilterReference"),
                                   dns(ObjectClass::Filter, o.filterReferences));
                m_out.modification(Op::Replace, QStringLiteral("ipsecNegotiationPolicyReference"),
                                   dns(ObjectClass::NegotiationPolicy, o.negotiationPolicyReference));
                break;
            case ObjectClass::NegotiationPolicy:
                m_out.modification(Op::Replace, QStringLiteral("ipsecNegotiationPolicyType"),
                                   {guidText(o.negotiationPolicyType)});
                m_out.modification(Op::Replace, QStringLiteral("ipsecNegotiationPolicyAction"),
                                   {guidText(o.negotiationPolicyAction)});
                break;
            default:
                break;
            }
        }
        // Built-in owners are already listed in the directory; adding them again would be refused.
        if (const QList<QUuid> owners = newOwners(o); !owners.isEmpty())
            m_out.modification(Op::Add, QStringLiteral("ipsecOwnersReference"), dns(ownerClass(o), owners));
    }

    void writeAssignment(const StoredStore &stored, const StoreData &store)
    {
        const Policy *assigned = store.assignedPolicy();
        if (stored.assignedPolicy.isNull() || !assigned) {
            m_findings.append(
                makeFinding(code::BadOption, Severity::Warning, {},
                            QStringLiteral("--gpo-dn is given but no policy of the store is assigned; "
                                           "no assignment is written")));
            return;
        }
        // A fresh GPO has only CN=Machine; ldifde -k skips these two when another extension made them.
        const QString machine = QStringLiteral("CN=Machine,") + m_options.gpoDn;
        const QString microsoft = QStringLiteral("CN=Microsoft,") + machine;
        const QString windows = QStringLiteral("CN=Windows,") + microsoft;
        for (const QString &container : {microsoft, windows}) {
            m_out.beginAdd(container);
            m_out.attribute(QStringLiteral("objectClass"), QByteArray("top"));
            m_out.attribute(QStringLiteral("objectClass"), QByteArray("container"));
        }
        m_out.beginAdd(QStringLiteral("CN=ipsec,") + windows);
        m_out.attribute(QStringLiteral("objectClass"), QByteArray("top"));
        m_out.attribute(QStringLiteral("objectClass"), QByteArray("ipsecBase"));
        m_out.attribute(QStringLiteral("objectClass"), QByteArray("ipsecPolicy"));
        if (!assigned->name.isEmpty())
            m_out.attribute(QStringLiteral("ipsecName"), assigned->name);
        if (!assigned->description.isEmpty())
            m_out.attribute(QStringLiteral("description"), assigned->description);
        m_out.attribute(QStringLiteral("ipsecOwnersReference"),
                        dn(ObjectClass::Policy, stored.assignedPolicy).toUtf8());
    }

    QString m_container;
    const LdifExportOptions &m_options;
    Findings &m_findings;
    LdifWriter m_out;
    QList<const StoredObject *> m_added;
    QList<const StoredObject *> m_builtin;
    QSet<QUuid> m_changed;
    int m_leftOut = 0;
};

} // namespace

LdifExportResult writeLdif(const StoreData &store, const LdifExportOptions &options)
{
    LdifExportResult result;
    const QString wanted = options.domain.isEmpty() ? store.info.domain : options.domain;
    const auto domain = domainDn(wanted);
    if (wanted.isEmpty() || !domain) {
        result.findings.append(makeFinding(code::BadOption, Severity::Error, {},
                                           wanted.isEmpty()
                                               ? QStringLiteral("the directory form needs a domain")
                                               : QStringLiteral("'%1' is not a domain name").arg(wanted),
                                           QStringLiteral("Give --domain ipsectest.com (or a DN such as "
                                                          "DC=ipsectest,DC=com).")));
        return result;
    }
    static const QRegularExpression gpoPattern(
        QStringLiteral("^CN=\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\},CN=Policies,"
                       "CN=System,DC="),
        QRegularExpression::CaseInsensitiveOption);
    if (!options.gpoDn.isEmpty() && !gpoPattern.match(options.gpoDn).hasMatch()) {
        result.findings.append(
            makeFinding(code::BadOption, Severity::Error, {},
                        QStringLiteral("'%1' is not the DN of a GPO").arg(options.gpoDn),
                        QStringLiteral("Expected CN={GPO GUID},CN=Policies,CN=System,DC=...")));
        return result;
    }
    StoredResult stored = toStoredObjects(store);
    result.findings.append(stored.findings);
    if (!stored.ok)
        return result;
    LdifExporter exporter(*domain, options, result.findings);
    result.ldif = exporter.write(stored.stored, store);
    result.ok = true;
    return result;
}

// ---- reading ----

namespace {

// The first RDN value of a DN: "CN=ipsecNFA{...},CN=IP Security,..." → "ipsecNFA{...}".
QString firstRdnValue(const QString &dn)
{
    const qsizetype eq = dn.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {};
    qsizetype end = eq + 1;
    while (end < dn.size() && dn[end] != QLatin1Char(',')) {
        if (dn[end] == QLatin1Char('\\'))
            ++end;
        ++end;
    }
    return dn.mid(eq + 1, end - eq - 1).trimmed();
}

QString domainOfDn(const QString &dn)
{
    QStringList labels;
    for (const QString &rdn : dn.split(QLatin1Char(',')))
        if (rdn.trimmed().startsWith(u"DC=", Qt::CaseInsensitive))
            labels << rdn.trimmed().mid(3);
    return labels.join(QLatin1Char('.')).toLower();
}

// The attributes of one directory object, accumulated over add and modify records.
struct EntryState {
    ObjectClass objectClass = ObjectClass::Policy;
    QUuid id;
    QString dn;
    Location location;
    QHash<QString, QList<QByteArray>> attributes; // lower-case name → values
};

class LdifImporter {
public:
    LdifImporter(const QString &file, Findings &findings) : m_file(file), m_findings(findings) {}

    StoreImport read(const QByteArray &bytes)
    {
        LdifParseResult parsed = parseLdif(bytes, m_file);
        m_findings.append(parsed.findings);
        for (const LdifRecord &r : std::as_const(parsed.records))
            apply(r);
        StoredStore stored;
        for (const QString &key : std::as_const(m_order))
            stored.objects.append(toObject(m_entries[key]));
        stored.assignedPolicy = m_assigned;
        StoreInfo info;
        info.location = StoreLocation::Domain;
        info.domain = m_domain;
        StoreImport out = fromStoredObjects(stored, info);
        m_findings.append(out.findings);
        out.findings = m_findings;
        return out;
    }

private:
    Location at(int line) const { return fileLineLocation(m_file, line); }

    void apply(const LdifRecord &r)
    {
        if (r.changeType == LdifRecord::ChangeType::Delete ||
            r.changeType == LdifRecord::ChangeType::ModRdn) {
            m_findings.append(makeFinding(
                code::LdifChangeType, Severity::Warning, at(r.line),
                QStringLiteral("line %1: delete and rename records are not applied").arg(r.line)));
            return;
        }
        const QString rdn = firstRdnValue(r.dn);
        const auto name = parseObjectName(rdn);
        if (!name) {
            if (rdn.compare(u"ipsec", Qt::CaseInsensitive) == 0 &&
                r.dn.contains(u",CN=Machine,", Qt::CaseInsensitive))
                readAssignment(r);
            else
                m_findings.append(makeFinding(
                    code::LdifOtherEntry, Severity::Info, at(r.line),
                    QStringLiteral("line %1: %2 is not an IPsec object; skipped").arg(r.line).arg(r.dn)));
            return;
        }
        m_findings.append(r.valueProblems);
        const QString key = objectName(name->first, name->second);
        if (!m_entries.contains(key)) {
            EntryState e;
            e.objectClass = name->first;
            e.id = name->second;
            e.dn = r.dn;
            e.location = at(r.line);
            e.location.objectPath = key;
            m_entries.insert(key, e);
            m_order.append(key);
            if (m_domain.isEmpty())
                m_domain = domainOfDn(r.dn);
        } else if (r.changeType != LdifRecord::ChangeType::Modify) {
            m_findings.append(makeFinding(
                code::DuplicateObject, Severity::Warning, at(r.line),
                QStringLiteral("line %1: %2 appears again; its values are merged").arg(r.line).arg(key)));
        }
        EntryState &e = m_entries[key];
        for (const LdifAttribute &a : r.attributes)
            e.attributes[a.name.toLower()].append(a.value);
        for (const LdifModification &m : r.modifications) {
            QList<QByteArray> &values = e.attributes[m.attribute.toLower()];
            if (m.operation == Op::Replace)
                values = m.values;
            else if (m.operation == Op::Add)
                values.append(m.values);
            else if (m.values.isEmpty())
                values.clear();
            else
                for (const QByteArray &v : m.values)
                    values.removeAll(v);
        }
    }

    void readAssignment(const LdifRecord &r)
    {
        m_findings.append(r.valueProblems);
        QList<QByteArray> owners = r.values(QStringLiteral("ipsecOwnersReference"));
        for (const LdifModification &m : r.modifications)
            if (m.attribute.compare(u"ipsecOwnersReference", Qt::CaseInsensitive) == 0)
                owners = m.values;
        if (owners.isEmpty())
            return;
        if (const auto name = parseObjectName(firstRdnValue(QString::fromUtf8(owners.first()))))
            m_assigned = name->second;
    }

    QList<QUuid> references(const EntryState &e, const char *attribute, ObjectClass expected)
    {
        QList<QUuid> out;
        for (const QByteArray &v : e.attributes.value(QString::fromLatin1(attribute).toLower())) {
            const QString dn = QString::fromUtf8(v);
            const auto name = parseObjectName(firstRdnValue(dn));
            if (!name || name->first != expected) {
                m_findings.append(makeFinding(code::DanglingReference, Severity::Error, e.location,
                                              QStringLiteral("%1: %2 '%3' does not name an %4 object")
                                                  .arg(e.location.objectPath, QString::fromLatin1(attribute),
                                                       dn, className(expected))));
                continue;
            }
            out << name->second;
        }
        return out;
    }

    QString text(const EntryState &e, const char *attribute) const
    {
        const QList<QByteArray> v = e.attributes.value(QString::fromLatin1(attribute).toLower());
        return v.isEmpty() ? QString() : QString::fromUtf8(v.first());
    }

    StoredObject toObject(const EntryState &e)
    {
        StoredObject o;
        o.objectClass = e.objectClass;
        o.id = e.id;
        o.location = e.location;
        o.name = text(e, "ipsecName");
        o.description = text(e, "description");
        const QList<QByteArray> data = e.attributes.value(QStringLiteral("ipsecdata"));
        if (!data.isEmpty())
            o.data = data.first();
        bool ok = false;
        if (const int type = text(e, "ipsecDataType").trimmed().toInt(&ok); ok)
            o.dataType = type;
        if (const QString id = text(e, "ipsecID"); !id.isEmpty() && QUuid::fromString(id.trimmed()) != e.id)
            m_findings.append(makeFinding(code::IdMismatch, Severity::Warning, e.location,
                                          QStringLiteral("%1 has ipsecID %2; the GUID of its name is used")
                                              .arg(e.location.objectPath, id)));
        o.isakmpReference = references(e, "ipsecISAKMPReference", ObjectClass::Isakmp);
        o.nfaReferences = references(e, "ipsecNFAReference", ObjectClass::Nfa);
        o.filterReferences = references(e, "ipsecFilterReference", ObjectClass::Filter);
        o.negotiationPolicyReference =
            references(e, "ipsecNegotiationPolicyReference", ObjectClass::NegotiationPolicy);
        o.negotiationPolicyType = QUuid::fromString(text(e, "ipsecNegotiationPolicyType").trimmed());
        o.negotiationPolicyAction = QUuid::fromString(text(e, "ipsecNegotiationPolicyAction").trimmed());
        return o;
    }

    QString m_file;
    Findings &m_findings;
    QHash<QString, EntryState> m_entries;
    QStringList m_order;
    QUuid m_assigned;
    QString m_domain;
};

} // namespace

StoreImport readLdif(const QByteArray &bytes, const QString &fileName)
{
    Findings findings;
    LdifImporter importer(fileName, findings);
    return importer.read(bytes);
}

} // namespace ipsec::gpipsec
