#include "jsonwriter.h"

#include "core/enumnames.h"
#include "jsonformat.h"
#include "jsonintents.h"
#include "jsonkeys.h"

#include <nlohmann/json.hpp>

namespace ipsec::json::detail {
namespace {

// ordered_json keeps the insertion order, which is the documented key order.
using Json = nlohmann::ordered_json;

std::string text(const QString &s)
{
    return s.toStdString();
}
// GUIDs are written lower case without braces; the reader accepts braces and any case as well.
std::string text(const QUuid &id)
{
    const QByteArray bytes = id.toByteArray(QUuid::WithoutBraces);
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}
template <typename E> std::string tokenText(E value)
{
    return token(value).toStdString();
}

// Named protocols as their lower-case name, all others as the number.
Json protocolValue(std::uint8_t p)
{
    switch (p) {
    case protocol::Any:
    case protocol::Icmp:
    case protocol::Tcp:
    case protocol::Udp:
    case protocol::Raw:
        return protocolName(p).toLower().toStdString();
    default:
        return p;
    }
}

// The tunnel endpoint as one string: "none", an IP address, or "name:<dns name>" (as filter addresses).
std::string tunnelText(const TunnelEndpoint &t)
{
    switch (t.kind) {
    case TunnelKind::None:
        return "none";
    case TunnelKind::Address:
        return text(t.address.toString());
    case TunnelKind::DnsName:
        return "name:" + text(t.dnsName);
    }
    return "none";
}

Json filterJson(const Filter &f)
{
    Json j;
    j[key::Id] = text(f.id);
    j[key::Description] = text(f.description);
    j[key::Mirrored] = f.mirrored;
    j[key::Source] = text(formatAddress(f.source));
    j[key::Destination] = text(formatAddress(f.destination));
    j[key::Protocol] = protocolValue(f.protocol);
    j[key::SourcePort] = text(formatPorts(f.sourcePort));
    j[key::DestinationPort] = text(formatPorts(f.destinationPort));
    return j;
}

Json filterListJson(const FilterList &l)
{
    Json filters = Json::array();
    filters.get_ref<Json::array_t &>().reserve(l.filters.size());
    for (const Filter &f : l.filters)
        filters.push_back(filterJson(f));
    Json j;
    j[key::Id] = text(l.id);
    j[key::Name] = text(l.name);
    j[key::Description] = text(l.description);
    j[key::Filters] = std::move(filters);
    return j;
}

Json securityMethodJson(const SecurityMethod &m)
{
    Json j;
    j[key::Protocol] = tokenText(m.protocol);
    j[key::AhIntegrity] = tokenText(m.ahIntegrity);
    j[key::EspEncryption] = tokenText(m.espEncryption);
    j[key::EspIntegrity] = tokenText(m.espIntegrity);
    j[key::LifetimeKilobytes] = m.lifetimeKilobytes;
    j[key::LifetimeSeconds] = m.lifetimeSeconds;
    return j;
}

Json securityMethodsJson(const QList<SecurityMethod> &methods)
{
    Json a = Json::array();
    for (const SecurityMethod &m : methods)
        a.push_back(securityMethodJson(m));
    return a;
}

Json filterActionJson(const FilterAction &a)
{
    Json j;
    j[key::Id] = text(a.id);
    j[key::Name] = text(a.name);
    j[key::Description] = text(a.description);
    j[key::Action] = tokenText(a.action);
    j[key::SecurityMethods] = securityMethodsJson(a.securityMethods);
    j[key::AcceptUnsecured] = a.acceptUnsecured;
    j[key::AllowFallback] = a.allowFallback;
    j[key::SessionKeyPfs] = a.sessionKeyPfs;
    return j;
}

// Only the keys that mean something for the kind: the CA for a certificate, the key for a preshared key.
Json authMethodJson(const AuthMethod &m)
{
    Json j;
    j[key::Kind] = tokenText(m.kind);
    switch (m.kind) {
    case AuthKind::Kerberos:
        break;
    case AuthKind::Certificate:
        j[key::CertificateAuthority] = text(m.value);
        j[key::CertificateToAccountMapping] = m.certificateToAccountMapping;
        j[key::ExcludeCaName] = m.excludeCaName;
        break;
    case AuthKind::PresharedKey:
        j[key::PresharedKey] = text(m.value);
        break;
    }
    return j;
}

Json authMethodsJson(const QList<AuthMethod> &methods)
{
    Json a = Json::array();
    for (const AuthMethod &m : methods)
        a.push_back(authMethodJson(m));
    return a;
}

Json ikeJson(const IkeSettings &ike)
{
    Json methods = Json::array();
    for (const IkeMethod &m : ike.methods) {
        Json method;
        method[key::Encryption] = tokenText(m.encryption);
        method[key::Integrity] = tokenText(m.integrity);
        method[key::DhGroup] = tokenText(m.dhGroup);
        methods.push_back(std::move(method));
    }
    Json j;
    j[key::Id] = text(ike.id);
    j[key::MasterKeyPfs] = ike.masterKeyPfs;
    j[key::QuickModesPerMainMode] = ike.quickModesPerMainMode;
    j[key::LifetimeMinutes] = ike.lifetimeMinutes;
    j[key::Methods] = std::move(methods);
    return j;
}

Json defaultResponseJson(const DefaultResponseRule &d)
{
    Json j;
    j[key::Id] = text(d.id);
    j[key::NegotiationPolicyId] = text(d.negotiationPolicyId);
    j[key::Active] = d.active;
    j[key::AuthMethods] = authMethodsJson(d.authMethods);
    j[key::SecurityMethods] = securityMethodsJson(d.securityMethods);
    j[key::SessionKeyPfs] = d.sessionKeyPfs;
    return j;
}

Json ruleJson(const Rule &r)
{
    Json j;
    j[key::Id] = text(r.id);
    j[key::Name] = text(r.name);
    j[key::Description] = text(r.description);
    j[key::FilterList] = text(r.filterList);
    j[key::FilterAction] = text(r.filterAction);
    j[key::AuthMethods] = authMethodsJson(r.authMethods);
    j[key::Tunnel] = tunnelText(r.tunnel);
    j[key::ConnectionType] = tokenText(r.connectionType);
    j[key::Active] = r.active;
    j[key::InterfaceName] = text(r.interfaceName);
    return j;
}

Json policyJson(const Policy &p)
{
    Json rules = Json::array();
    for (const Rule &r : p.rules)
        rules.push_back(ruleJson(r));
    Json j;
    j[key::Id] = text(p.id);
    j[key::Name] = text(p.name);
    j[key::Description] = text(p.description);
    j[key::Assigned] = p.assigned;
    j[key::PollingIntervalMinutes] = p.pollingIntervalMinutes;
    j[key::Ike] = ikeJson(p.ike);
    j[key::DefaultResponse] = defaultResponseJson(p.defaultResponse);
    j[key::Rules] = std::move(rules);
    return j;
}

Json storeInfoJson(const StoreInfo &info)
{
    Json j;
    j[key::Name] = text(info.name);
    j[key::Description] = text(info.description);
    j[key::Location] = tokenText(info.location);
    j[key::Domain] = text(info.domain);
    j[key::OrganizationalUnit] = text(info.organizationalUnit);
    j[key::GpoName] = text(info.gpoName);
    j[key::Target] = tokenText(info.target);
    return j;
}

template <typename T, typename Fn> Json arrayOf(const std::vector<T> &items, Fn toJson)
{
    Json a = Json::array();
    a.get_ref<Json::array_t &>().reserve(items.size());
    for (const T &item : items)
        a.push_back(toJson(item));
    return a;
}

} // namespace

QByteArray writeDocument(const StoreData &store)
{
    Json doc;
    doc[key::Format] = key::kFormatName;
    doc[key::Version] = kFormatVersion;
    doc[key::Store] = storeInfoJson(store.info);
    doc[key::FilterLists] = arrayOf(store.filterLists, filterListJson);
    doc[key::FilterActions] = arrayOf(store.filterActions, filterActionJson);
    doc[key::Policies] = arrayOf(store.policies, policyJson);
    if (!store.intents.empty()) // only documents with intents carry the key
        doc[key::Intents] = intentsToJson(store.intents);
    // QString always yields valid UTF-8, so "replace" never fires; it only guarantees that nothing throws.
    std::string out = doc.dump(2, ' ', false, Json::error_handler_t::replace);
    out += '\n';
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace ipsec::json::detail
