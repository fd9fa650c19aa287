#include "regformat.h"

#include "gpipsecconstants.h"
#include "gpipsecfindings.h"
#include "regfile.h"

#include <QDateTime>
#include <QHash>

namespace ipsec::gpipsec {

namespace {

const QString kHive = QStringLiteral("HKEY_LOCAL_MACHINE\\");

QString keyPath(ObjectClass c, const QUuid &id)
{
    return kLocalStoreKey + QLatin1Char('\\') + objectName(c, id);
}

QStringList keyPaths(ObjectClass c, const QList<QUuid> &ids)
{
    QStringList out;
    for (const QUuid &id : ids)
        out << keyPath(c, id);
    return out;
}

} // namespace

RegExportResult writeReg(const StoreData &store, const RegExportOptions &options)
{
    RegExportResult result;
    StoredResult stored = toStoredObjects(store);
    result.findings.append(stored.findings);
    if (!stored.ok)
        return result;
    const std::uint32_t whenChanged =
        options.whenChanged.value_or(static_cast<std::uint32_t>(QDateTime::currentSecsSinceEpoch()));

    RegWriter w;
    w.key(kHive + kLocalStoreKey);
    if (!stored.stored.assignedPolicy.isNull())
        w.string(QStringLiteral("ActivePolicy"), keyPath(ObjectClass::Policy, stored.stored.assignedPolicy));
    for (const StoredObject &o : std::as_const(stored.stored.objects)) {
        const ObjectClass ownerClass =
            o.objectClass == ObjectClass::Isakmp || o.objectClass == ObjectClass::Nfa ? ObjectClass::Policy
                                                                                      : ObjectClass::Nfa;
        w.key(kHive + keyPath(o.objectClass, o.id));
        w.string(QStringLiteral("ClassName"), className(o.objectClass));
        w.string(QStringLiteral("name"), objectName(o.objectClass, o.id));
        w.string(QStringLiteral("ipsecID"), bracedId(o.id));
        if (!o.name.isEmpty())
            w.string(QStringLiteral("ipsecName"), o.name);
        if (!o.description.isEmpty())
            w.string(QStringLiteral("description"), o.description);
        w.dword(QStringLiteral("ipsecDataType"), kIpsecDataTypeRegistry);
        w.binary(QStringLiteral("ipsecData"), o.data);
        w.dword(QStringLiteral("whenChanged"), whenChanged);
        switch (o.objectClass) {
        case ObjectClass::Policy:
            if (!o.isakmpReference.isEmpty())
                w.string(QStringLiteral("ipsecISAKMPReference"),
                         keyPath(ObjectClass::Isakmp, o.isakmpReference.first()));
            w.multiString(QStringLiteral("ipsecNFAReference"), keyPaths(ObjectClass::Nfa, o.nfaReferences));
            break;
        case ObjectClass::Nfa:
            w.multiString(QStringLiteral("ipsecOwnersReference"), keyPaths(ownerClass, o.ownersReferences));
            if (!o.filterReferences.isEmpty())
                w.multiString(QStringLiteral("ipsecFilterReference"),
                              keyPaths(ObjectClass::Filter, o.filterReferences));
            if (!o.negotiationPolicyReference.isEmpty())
                w.string(QStringLiteral("ipsecNegotiationPolicyReference"),
                         keyPath(ObjectClass::NegotiationPolicy, o.negotiationPolicyReference.first()));
            break;
        case ObjectClass::NegotiationPolicy:
            w.multiString(QStringLiteral("ipsecOwnersReference"), keyPaths(ownerClass, o.ownersReferences));
            w.string(QStringLiteral("ipsecNegotiationPolicyAction"), bracedId(o.negotiationPolicyAction));
            w.string(QStringLiteral("ipsecNegotiationPolicyType"), bracedId(o.negotiationPolicyType));
            break;
        case ObjectClass::Isakmp:
        case ObjectClass::Filter:
            w.multiString(QStringLiteral("ipsecOwnersReference"), keyPaths(ownerClass, o.ownersReferences));
            break;
        }
    }
    result.reg = w.data();
    result.ok = true;
    return result;
}

namespace {

class RegImporter {
public:
    RegImporter(const QString &file, Findings &findings) : m_file(file), m_findings(findings) {}

    StoreImport read(const RegParseResult &parsed)
    {
        StoreImport out;
        m_findings.append(parsed.findings);
        if (!parsed.ok) {
            out.findings = m_findings;
            return out;
        }
        StoredStore stored;
        QHash<QString, qsizetype> seen;
        for (const RegKey &k : std::as_const(parsed.keys)) {
            if (k.deleted)
                continue;
            const QString last = k.path.section(QLatin1Char('\\'), -1);
            if (const auto name = parseObjectName(last)) {
                const QString key = objectName(name->first, name->second);
                if (seen.contains(key)) { // regedit may split a key; merge its values
                    StoredObject &o = stored.objects[seen.value(key)];
                    readValues(k, o);
                    continue;
                }
                StoredObject o;
                o.objectClass = name->first;
                o.id = name->second;
                o.location.file = m_file;
                o.location.line = k.line;
                o.location.objectPath = key;
                readValues(k, o);
                seen.insert(key, stored.objects.size());
                stored.objects.append(o);
            } else if (const RegValue *active = k.value(QStringLiteral("ActivePolicy"))) {
                if (const auto policy = parseObjectName(active->text().section(QLatin1Char('\\'), -1)))
                    stored.assignedPolicy = policy->second;
            }
        }
        StoreInfo info;
        info.location = StoreLocation::Local;
        out = fromStoredObjects(stored, info);
        m_findings.append(out.findings);
        out.findings = m_findings;
        return out;
    }

private:
    Location at(int line) const { return fileLineLocation(m_file, line); }

    QList<QUuid> references(const RegKey &k, const QString &value, ObjectClass expected)
    {
        const RegValue *v = k.value(value);
        if (!v)
            return {};
        QList<QUuid> out;
        for (const QString &path : v->texts()) {
            const auto name = parseObjectName(path.section(QLatin1Char('\\'), -1));
            if (!name || name->first != expected) {
                m_findings.append(makeFinding(code::DanglingReference, Severity::Error, at(v->line),
                                              QStringLiteral("line %1: %2 '%3' does not name an %4 key")
                                                  .arg(v->line)
                                                  .arg(value, path, className(expected))));
                continue;
            }
            out << name->second;
        }
        return out;
    }

    void readValues(const RegKey &k, StoredObject &o)
    {
        auto textOf = [&k](const QString &name) {
            const RegValue *v = k.value(name);
            return v ? v->text() : QString();
        };
        for (const RegValue &v : k.values) {
            const bool stringType = v.type == regtype::String || v.type == regtype::ExpandString ||
                                    v.type == regtype::MultiString;
            const QString n = v.name.toLower();
            const bool expectsBinary = n == u"ipsecdata";
            const bool expectsDword = n == u"ipsecdatatype" || n == u"whenchanged";
            if ((expectsBinary && v.type != regtype::Binary) || (expectsDword && v.type != regtype::Dword) ||
                (!expectsBinary && !expectsDword && !stringType))
                m_findings.append(makeFinding(code::RegValueType, Severity::Warning, at(v.line),
                                              QStringLiteral("line %1: value '%2' has the unexpected type %3")
                                                  .arg(v.line)
                                                  .arg(v.name)
                                                  .arg(v.type)));
        }
        if (const RegValue *v = k.value(QStringLiteral("ipsecName")))
            o.name = v->text();
        if (const RegValue *v = k.value(QStringLiteral("description")))
            o.description = v->text();
        if (const RegValue *v = k.value(QStringLiteral("ipsecData")))
            o.data = v->data;
        if (const RegValue *v = k.value(QStringLiteral("ipsecDataType")))
            o.dataType = static_cast<int>(v->dword());
        if (const QString id = textOf(QStringLiteral("ipsecID"));
            !id.isEmpty() && QUuid::fromString(id) != o.id)
            m_findings.append(
                makeFinding(code::IdMismatch, Severity::Warning, at(k.line),
                            QStringLiteral("%1 has ipsecID %2; the GUID of its key name is used")
                                .arg(objectName(o.objectClass, o.id), id)));
        auto merge = [](QList<QUuid> &target, const QList<QUuid> &values) {
            if (!values.isEmpty())
                target = values;
        };
        merge(o.isakmpReference, references(k, QStringLiteral("ipsecISAKMPReference"), ObjectClass::Isakmp));
        merge(o.nfaReferences, references(k, QStringLiteral("ipsecNFAReference"), ObjectClass::Nfa));
        merge(o.filterReferences, references(k, QStringLiteral("ipsecFilterReference"), ObjectClass::Filter));
        merge(o.negotiationPolicyReference, references(k, QStringLiteral("ipsecNegotiationPolicyReference"),
                                                       ObjectClass::NegotiationPolicy));
        if (const QString t = textOf(QStringLiteral("ipsecNegotiationPolicyType")); !t.isEmpty())
            o.negotiationPolicyType = QUuid::fromString(t.trimmed());
        if (const QString a = textOf(QStringLiteral("ipsecNegotiationPolicyAction")); !a.isEmpty())
            o.negotiationPolicyAction = QUuid::fromString(a.trimmed());
    }

    QString m_file;
    Findings &m_findings;
};

} // namespace

StoreImport readReg(const QByteArray &bytes, const QString &fileName)
{
    Findings findings;
    RegImporter importer(fileName, findings);
    return importer.read(parseRegFile(bytes, fileName));
}

StoreImport readReg(QIODevice &device, const QString &fileName)
{
    Findings findings;
    RegImporter importer(fileName, findings);
    return importer.read(parseRegFile(device, fileName));
}

} // namespace ipsec::gpipsec
