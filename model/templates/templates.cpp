#include "templates.h"

#include "expressroute.h"
#include "windowsdefaults.h"

#include <functional>

namespace ipsec {
namespace {

struct TemplateEntry {
    TemplateInfo info;
    std::function<StoreData()> make;
};

const QList<TemplateEntry> &entries()
{
    static const QList<TemplateEntry> all = {
        {{QStringLiteral("client-respond-only"), QStringLiteral("Client (Respond Only)"),
          QStringLiteral(
              "Windows' default policy: communicate unsecured, answer servers that request security "
              "with the default response rule. Includes Windows' default filter lists and actions.")},
         [] { return windowsdefaults::storeWith(windowsdefaults::clientRespondOnly()); }},
        {{QStringLiteral("server-request-security"), QStringLiteral("Server (Request Security)"),
          QStringLiteral(
              "Windows' default policy: request Kerberos-authenticated security for all IP traffic, "
              "fall back to unsecured, permit ICMP.")},
         [] { return windowsdefaults::storeWith(windowsdefaults::serverRequestSecurity()); }},
        {{QStringLiteral("secure-server-require-security"),
          QStringLiteral("Secure Server (Require Security)"),
          QStringLiteral(
              "Windows' default policy: require Kerberos-authenticated security for all IP traffic, "
              "permit ICMP.")},
         [] { return windowsdefaults::storeWith(windowsdefaults::secureServerRequireSecurity()); }},
        {{QStringLiteral("expressroute-http8080"), QStringLiteral("ExpressRoute: encrypt HTTP 8080"),
          QStringLiteral(
              "Microsoft's ExpressRoute private peering example: ESP 3DES/SHA1 transport mode for TCP "
              "8080 between 10.0.1.0/24 and 10.2.27.0/25, Kerberos, domain ipsectest.com.")},
         [] { return expressroute::store(); }},
    };
    return all;
}

} // namespace

QList<TemplateInfo> templates()
{
    QList<TemplateInfo> list;
    for (const TemplateEntry &e : entries())
        list << e.info;
    return list;
}

std::optional<StoreData> makeTemplate(const QString &name)
{
    for (const TemplateEntry &e : entries())
        if (e.info.name == name)
            return e.make();
    return std::nullopt;
}

} // namespace ipsec
