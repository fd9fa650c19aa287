// Windows' own default IPsec objects (pre-Vista local store and every domain's CN=IP Security), exactly as
// Samba's provision.ldif holds them (docs/formats/object-model.md, Windows' default policies; Q4): names,
// descriptions, GUIDs, offers, lifetimes, inpass and soft.
#pragma once

#include "core/types.h"

#include <QUuid>

namespace ipsec::windowsdefaults {

// ipsecID of every default object, as in provision.ldif.
namespace ids {
// Filter lists and the one filter each holds (the filter GUID is inside the ipsecData blob).
inline const QUuid allIpTrafficList{QStringLiteral("{7238523A-70FA-11D1-864C-14A300000000}")};
inline const QUuid allIpTrafficFilter{QStringLiteral("{59319BDD-5EE3-11D2-ACE8-0060B0ECCA17}")};
inline const QUuid allIcmpTrafficList{QStringLiteral("{72385235-70FA-11D1-864C-14A300000000}")};
inline const QUuid allIcmpTrafficFilter{QStringLiteral("{5119D263-071D-11D3-AD22-0060B0ECCA17}")};
// Filter actions (ipsecNegotiationPolicy of type standard).
inline const QUuid permitAction{QStringLiteral("{7238523B-70FA-11D1-864C-14A300000000}")};
inline const QUuid requestSecurityAction{QStringLiteral("{72385233-70FA-11D1-864C-14A300000000}")};
inline const QUuid requireSecurityAction{QStringLiteral("{7238523F-70FA-11D1-864C-14A300000000}")};
// Client (Respond Only).
inline const QUuid clientPolicy{QStringLiteral("{72385236-70FA-11D1-864C-14A300000000}")};
inline const QUuid clientIke{QStringLiteral("{72385237-70FA-11D1-864C-14A300000000}")};
inline const QUuid clientDefaultResponseRule{QStringLiteral("{59319C04-5EE3-11D2-ACE8-0060B0ECCA17}")};
inline const QUuid clientDefaultResponseAction{QStringLiteral("{59319C01-5EE3-11D2-ACE8-0060B0ECCA17}")};
// Server (Request Security).
inline const QUuid serverPolicy{QStringLiteral("{72385230-70FA-11D1-864C-14A300000000}")};
inline const QUuid serverIke{QStringLiteral("{72385231-70FA-11D1-864C-14A300000000}")};
inline const QUuid serverAllIpRule{QStringLiteral("{72385232-70FA-11D1-864C-14A300000000}")};
inline const QUuid serverIcmpRule{QStringLiteral("{594272E2-071D-11D3-AD22-0060B0ECCA17}")};
inline const QUuid serverDefaultResponseRule{QStringLiteral("{59319BE2-5EE3-11D2-ACE8-0060B0ECCA17}")};
inline const QUuid serverDefaultResponseAction{QStringLiteral("{59319BDF-5EE3-11D2-ACE8-0060B0ECCA17}")};
// Secure Server (Require Security).
inline const QUuid secureServerPolicy{QStringLiteral("{7238523C-70FA-11D1-864C-14A300000000}")};
inline const QUuid secureServerIke{QStringLiteral("{7238523D-70FA-11D1-864C-14A300000000}")};
inline const QUuid secureServerAllIpRule{QStringLiteral("{7238523E-70FA-11D1-864C-14A300000000}")};
inline const QUuid secureServerIcmpRule{QStringLiteral("{594272FD-071D-11D3-AD22-0060B0ECCA17}")};
inline const QUuid secureServerDefaultResponseRule{QStringLiteral("{59319BF3-5EE3-11D2-ACE8-0060B0ECCA17}")};
inline const QUuid secureServerDefaultResponseAction{
    QStringLiteral("{59319BF0-5EE3-11D2-ACE8-0060B0ECCA17}")};
// Not a rule: the "Version Information Object" (an ipsecNFA no policy references). Readers skip it.
inline const QUuid versionInformationObject{QStringLiteral("{6A1F5C6F-72B7-11D2-ACF0-0060B0ECCA17}")};
} // namespace ids

// The shared objects.
FilterList allIpTraffic();
FilterList allIcmpTraffic();
FilterAction permit();
FilterAction requestSecurityOptional();
FilterAction requireSecurity();

// The IKE methods of every default policy, in order: 3DES-SHA1-DH2, 3DES-MD5-DH2, DES-SHA1-DH1, DES-MD5-DH1.
QList<IkeMethod> defaultIkeMethods();
// The six offers of every default response rule, lifetimes 0 (= Windows' defaults).
QList<SecurityMethod> defaultResponseSecurityMethods();

// The policies (assigned = false).
Policy clientRespondOnly();
Policy serverRequestSecurity();
Policy secureServerRequireSecurity();

// A store with both filter lists, all three filter actions and the given policy, assigned.
StoreData storeWith(Policy policy);

} // namespace ipsec::windowsdefaults
