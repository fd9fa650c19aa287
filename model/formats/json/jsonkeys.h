// The key names of the document format, in the order the writer emits them (docs/file-format.md). Reader and
// writer share these lists so that they cannot drift apart; the schema test checks the schema against them.
#pragma once

#include <array>
#include <string_view>

namespace ipsec::json::key {

inline constexpr std::string_view kFormatName = "ipsec-policy-designer";

// Top level.
inline constexpr std::string_view Format = "format";
inline constexpr std::string_view Version = "version";
inline constexpr std::string_view Store = "store";
inline constexpr std::string_view FilterLists = "filterLists";
inline constexpr std::string_view FilterActions = "filterActions";
inline constexpr std::string_view Policies = "policies";
inline constexpr std::string_view Intents = "intents";

// Shared by several objects.
inline constexpr std::string_view Id = "id";
inline constexpr std::string_view Name = "name";
inline constexpr std::string_view Description = "description";
inline constexpr std::string_view Active = "active";
inline constexpr std::string_view SecurityMethods = "securityMethods";
inline constexpr std::string_view AuthMethods = "authMethods";
inline constexpr std::string_view SessionKeyPfs = "sessionKeyPfs";
inline constexpr std::string_view Protocol = "protocol";

// store
inline constexpr std::string_view Location = "location";
inline constexpr std::string_view Domain = "domain";
inline constexpr std::string_view OrganizationalUnit = "organizationalUnit";
inline constexpr std::string_view GpoName = "gpoName";
inline constexpr std::string_view Target = "target";

// filter lists and filters
inline constexpr std::string_view Filters = "filters";
inline constexpr std::string_view Mirrored = "mirrored";
inline constexpr std::string_view Source = "source";
inline constexpr std::string_view Destination = "destination";
inline constexpr std::string_view SourcePort = "sourcePort";
inline constexpr std::string_view DestinationPort = "destinationPort";

// filter actions and security methods
inline constexpr std::string_view Action = "action";
inline constexpr std::string_view AcceptUnsecured = "acceptUnsecured";
inline constexpr std::string_view AllowFallback = "allowFallback";
inline constexpr std::string_view AhIntegrity = "ahIntegrity";
inline constexpr std::string_view EspEncryption = "espEncryption";
inline constexpr std::string_view EspIntegrity = "espIntegrity";
inline constexpr std::string_view LifetimeKilobytes = "lifetimeKilobytes";
inline constexpr std::string_view LifetimeSeconds = "lifetimeSeconds";

// policies, IKE, default response rule
inline constexpr std::string_view Assigned = "assigned";
inline constexpr std::string_view PollingIntervalMinutes = "pollingIntervalMinutes";
inline constexpr std::string_view Ike = "ike";
inline constexpr std::string_view DefaultResponse = "defaultResponse";
inline constexpr std::string_view Rules = "rules";
inline constexpr std::string_view MasterKeyPfs = "masterKeyPfs";
inline constexpr std::string_view QuickModesPerMainMode = "quickModesPerMainMode";
inline constexpr std::string_view LifetimeMinutes = "lifetimeMinutes";
inline constexpr std::string_view Methods = "methods";
inline constexpr std::string_view Encryption = "encryption";
inline constexpr std::string_view Integrity = "integrity";
inline constexpr std::string_view DhGroup = "dhGroup";
inline constexpr std::string_view NegotiationPolicyId = "negotiationPolicyId";

// rules and authentication methods
inline constexpr std::string_view FilterList = "filterList";
inline constexpr std::string_view FilterAction = "filterAction";
inline constexpr std::string_view Tunnel = "tunnel";
inline constexpr std::string_view ConnectionType = "connectionType";
inline constexpr std::string_view InterfaceName = "interfaceName";
inline constexpr std::string_view Kind = "kind";
inline constexpr std::string_view CertificateAuthority = "certificateAuthority";
inline constexpr std::string_view CertificateToAccountMapping = "certificateToAccountMapping";
inline constexpr std::string_view ExcludeCaName = "excludeCaName";
inline constexpr std::string_view PresharedKey = "presharedKey";

// intents
inline constexpr std::string_view Policy = "policy";
inline constexpr std::string_view Packet = "packet";
inline constexpr std::string_view Expect = "expect";

// The keys each object may have (anything else is reported as unknown and ignored).
inline constexpr std::array kDocumentKeys{Format,        Version,  Store,  FilterLists,
                                          FilterActions, Policies, Intents};
inline constexpr std::array kIntentKeys{Name, Policy, Packet, Expect};
inline constexpr std::array kStoreKeys{Name,    Description, Location, Domain, OrganizationalUnit,
                                       GpoName, Target};
inline constexpr std::array kFilterListKeys{Id, Name, Description, Filters};
inline constexpr std::array kFilterKeys{Id,          Description, Mirrored,   Source,
                                        Destination, Protocol,    SourcePort, DestinationPort};
inline constexpr std::array kFilterActionKeys{
    Id, Name, Description, Action, SecurityMethods, AcceptUnsecured, AllowFallback, SessionKeyPfs};
inline constexpr std::array kSecurityMethodKeys{Protocol,     AhIntegrity,       EspEncryption,
                                                EspIntegrity, LifetimeKilobytes, LifetimeSeconds};
inline constexpr std::array kPolicyKeys{
    Id, Name, Description, Assigned, PollingIntervalMinutes, Ike, DefaultResponse, Rules};
inline constexpr std::array kIkeKeys{Id, MasterKeyPfs, QuickModesPerMainMode, LifetimeMinutes, Methods};
inline constexpr std::array kIkeMethodKeys{Encryption, Integrity, DhGroup};
inline constexpr std::array kDefaultResponseKeys{Id,          NegotiationPolicyId, Active,
                                                 AuthMethods, SecurityMethods,     SessionKeyPfs};
inline constexpr std::array kRuleKeys{Id,          Name,   Description,    FilterList, FilterAction,
                                      AuthMethods, Tunnel, ConnectionType, Active,     InterfaceName};
inline constexpr std::array kAuthMethodKeys{Kind, CertificateAuthority, CertificateToAccountMapping,
                                            ExcludeCaName, PresharedKey};

} // namespace ipsec::json::key
