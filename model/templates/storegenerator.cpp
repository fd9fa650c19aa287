// generateStore(): synthetic stores for benchmarks. Deterministic (std::mt19937 with our own reductions, so
// the same seed gives the same store on every platform) and valid by construction: masked subnets, ports only
// on TCP/UDP, server keywords only opposite `me`, legacy algorithms only, no identical filters, every rule
// authenticated, every list non-empty.
#include "core/enumnames.h"
#include "templates.h"
#include "windowsdefaults.h"

#include <QSet>
#include <array>
#include <random>

namespace ipsec {
namespace {

constexpr int kMinFiltersPerList = 50;
constexpr int kMaxFiltersPerList = 200;
constexpr int kMaxRulesPerPolicy = 12;

class Random {
public:
    explicit Random(quint32 seed) : m_engine(seed) {}

    quint32 next() { return m_engine(); }
    // lo..hi inclusive. The modulo bias is irrelevant for test data.
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<quint32>(hi - lo + 1)); }
    bool percent(int p) { return between(0, 99) < p; }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
    }
    // A random (version 4) UUID drawn from this generator, so GUIDs are reproducible too.
    QUuid uuid()
    {
        const quint32 a = next(), b = next(), c = next(), d = next();
        return QUuid(a, static_cast<ushort>(b >> 16), static_cast<ushort>((b & 0x0FFFu) | 0x4000u),
                     static_cast<uchar>(((c >> 24) & 0x3Fu) | 0x80u), static_cast<uchar>(c >> 16),
                     static_cast<uchar>(c >> 8), static_cast<uchar>(c), static_cast<uchar>(d >> 24),
                     static_cast<uchar>(d >> 16), static_cast<uchar>(d >> 8), static_cast<uchar>(d));
    }

private:
    std::mt19937 m_engine;
};

constexpr std::array<std::uint16_t, 14> kTcpPorts{80,   443,  445,  135,  389, 636, 88,
                                                  1433, 3389, 5985, 8080, 25,  22,  3268};
constexpr std::array<std::uint16_t, 7> kUdpPorts{53, 88, 123, 161, 389, 500, 1701};
constexpr std::array<std::uint8_t, 3> kOtherProtocols{47, 41, 132}; // GRE, IPv6-in-IPv4, SCTP
constexpr std::array<AddressKind, 4> kServerKeywords{AddressKind::DnsServers, AddressKind::WinsServers,
                                                     AddressKind::DhcpServer, AddressKind::DefaultGateway};

class StoreGenerator {
public:
    explicit StoreGenerator(quint32 seed) : m_seed(seed), m_random(seed) {}

    StoreData generate(int filterCount)
    {
        StoreData store;
        store.info.name = QStringLiteral("generated-%1-seed-%2").arg(filterCount).arg(m_seed);
        store.info.description = QStringLiteral("Synthetic store of %1 filters (seed %2) for benchmarks.")
                                     .arg(filterCount)
                                     .arg(m_seed);
        store.info.location = StoreLocation::Local;
        store.info.target = WindowsTarget::WindowsVistaOrLater;
        store.filterActions = makeActions();

        for (int remaining = filterCount; remaining > 0;) {
            const int size = std::min(remaining, m_random.between(kMinFiltersPerList, kMaxFiltersPerList));
            store.filterLists.push_back(makeList(static_cast<int>(store.filterLists.size()) + 1, size));
            remaining -= size;
        }
        addPolicies(store);
        return store;
    }

private:
    std::vector<FilterAction> makeActions()
    {
        auto negotiate = [this](const QString &name, QList<SecurityMethod> methods) {
            FilterAction a;
            a.id = m_random.uuid();
            a.name = name;
            a.description = QStringLiteral("Generated filter action: %1.").arg(name);
            a.action = ActionKind::Negotiate;
            a.securityMethods = std::move(methods);
            return a;
        };
        auto plain = [this](const QString &name, ActionKind kind) {
            FilterAction a;
            a.id = m_random.uuid();
            a.name = name;
            a.description = QStringLiteral("Generated filter action: %1.").arg(name);
            a.action = kind;
            return a;
        };
        FilterAction request = negotiate(QStringLiteral("Request ESP or AH"),
                                         {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
                                          SecurityMethod::ah(Integrity::Sha1, 100000, 900)});
        request.acceptUnsecured = true;
        request.allowFallback = true;
        FilterAction pfs =
            negotiate(QStringLiteral("Require ESP with PFS"),
                      {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 50000, 900)});
        pfs.sessionKeyPfs = true;
        return {
            plain(QStringLiteral("Permit"), ActionKind::Permit),
            plain(QStringLiteral("Block"), ActionKind::Block),
            negotiate(QStringLiteral("Require ESP 3DES"),
                      {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 100000, 3600),
                       SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5, 100000, 3600)}),
            std::move(request),
            std::move(pfs),
            negotiate(QStringLiteral("Require AH SHA1"), {SecurityMethod::ah(Integrity::Sha1)}),
        };
    }

    FilterList makeList(int number, int size)
    {
        FilterList list;
        list.id = m_random.uuid();
        list.name = QStringLiteral("Generated list %1").arg(number, 5, 10, QLatin1Char('0'));
        list.description = QStringLiteral("Synthetic filter list %1 (seed %2).").arg(number).arg(m_seed);
        list.filters.reserve(static_cast<std::size_t>(size));
        while (static_cast<int>(list.filters.size()) < size) {
            Filter f = makeFilter();
            if (remember(f))
                list.filters.push_back(std::move(f));
        }
        return list;
    }

    // False when the same traffic exists already (also mirrored the other way round): draw again.
    bool remember(const Filter &f)
    {
        auto key = [&f](const FilterAddress &from, const FilterAddress &to, PortRange fromPort,
                        PortRange toPort) {
            return QStringList{formatAddress(from), formatAddress(to), QString::number(f.protocol),
                               formatPorts(fromPort), formatPorts(toPort)}
                .join(u'|');
        };
        const QString forward = key(f.source, f.destination, f.sourcePort, f.destinationPort);
        const QString backward = key(f.destination, f.source, f.destinationPort, f.sourcePort);
        if (m_seen.contains(forward) || m_seen.contains(backward))
            return false;
        m_seen.insert(forward);
        return true;
    }

    Filter makeFilter()
    {
        Filter f;
        f.id = m_random.uuid();
        f.mirrored = m_random.percent(85);
        if (m_random.percent(40))
            f.description = QStringLiteral("Generated filter %1").arg(++m_describedFilters);
        setAddresses(f);
        setProtocolAndPorts(f);
        return f;
    }

    void setAddresses(Filter &f)
    {
        FilterAddress a, b;
        const int shape = m_random.between(0, 99);
        if (shape < 30) { // this computer and a specific peer
            a = FilterAddress::me();
            b = specificAddress();
        } else if (shape < 70) { // two specific sides
            a = specificAddress();
            b = specificAddress();
        } else if (shape < 80) { // this computer and everyone
            a = FilterAddress::me();
            b = FilterAddress::any();
        } else if (shape < 95) { // a specific side and everyone
            a = specificAddress();
            b = FilterAddress::any();
        } else { // a server keyword: the other side must be `me`
            a = FilterAddress::me();
            b = FilterAddress::server(m_random.pick(kServerKeywords));
        }
        if (m_random.percent(50))
            std::swap(a, b);
        f.source = a;
        f.destination = b;
    }

    FilterAddress specificAddress()
    {
        const quint32 address = privateIPv4();
        const int kind = m_random.between(0, 99);
        if (kind < 50)
            return FilterAddress::host(IpAddress::fromIPv4(address));
        if (kind < 97) {
            const int prefix = m_random.between(16, 30);
            const IpAddress mask = IpAddress::maskFromPrefix(IpAddress::Family::IPv4, prefix);
            return FilterAddress::subnet(IpAddress::fromIPv4(address).masked(mask), mask);
        }
        const quint32 first = (address & 0xFFFFFF00u) | static_cast<quint32>(m_random.between(1, 100));
        const quint32 last = first + static_cast<quint32>(m_random.between(1, 150));
        return FilterAddress::range(IpAddress::fromIPv4(first), IpAddress::fromIPv4(last));
    }

    // 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.
    quint32 privateIPv4()
    {
        const quint32 r = m_random.next();
        switch (m_random.between(0, 2)) {
        case 0:
            return 0x0A000000u | (r & 0x00FFFFFFu);
        case 1:
            return 0xAC100000u | (r & 0x000FFFFFu);
        default:
            return 0xC0A80000u | (r & 0x0000FFFFu);
        }
    }

    void setProtocolAndPorts(Filter &f)
    {
        const int p = m_random.between(0, 99);
        if (p < 45)
            f.protocol = protocol::Tcp;
        else if (p < 70)
            f.protocol = protocol::Udp;
        else if (p < 80)
            f.protocol = protocol::Icmp;
        else if (p < 95)
            f.protocol = protocol::Any;
        else
            f.protocol = m_random.pick(kOtherProtocols);
        if (f.protocol != protocol::Tcp && f.protocol != protocol::Udp)
            return; // ports exist only for TCP and UDP
        const int d = m_random.between(0, 99);
        if (d < 70)
            f.destinationPort = PortRange::single(f.protocol == protocol::Tcp ? m_random.pick(kTcpPorts)
                                                                              : m_random.pick(kUdpPorts));
        else if (d < 90)
            f.destinationPort = PortRange::single(static_cast<std::uint16_t>(m_random.between(1024, 65535)));
        if (m_random.percent(10))
            f.sourcePort = PortRange::single(static_cast<std::uint16_t>(m_random.between(1024, 65535)));
    }

    QList<AuthMethod> authMethods(int ruleNumber)
    {
        const int a = m_random.between(0, 99);
        const AuthMethod certificate = AuthMethod::certificate(
            QStringLiteral("CN=Generated Root CA %1,O=Example").arg(m_random.between(1, 3)),
            m_random.percent(30), m_random.percent(20));
        if (a < 80)
            return {AuthMethod::kerberos()};
        if (a < 92)
            return {certificate};
        if (a < 97)
            return {AuthMethod::kerberos(), certificate};
        return {AuthMethod::presharedKey(QStringLiteral("generated-key-%1").arg(ruleNumber))};
    }

    Rule makeRule(const FilterList &list, const std::vector<FilterAction> &actions)
    {
        Rule r;
        r.id = m_random.uuid();
        ++m_ruleCount;
        r.name = QStringLiteral("Generated rule %1").arg(m_ruleCount, 5, 10, QLatin1Char('0'));
        r.description = QStringLiteral("Traffic of '%1'.").arg(list.name);
        r.filterList = list.id;
        const int a = m_random.between(0, 99); // permit 25 %, block 15 %, negotiate 60 %
        const std::size_t action = a < 25 ? 0 : a < 40 ? 1 : 2 + static_cast<std::size_t>(a % 4);
        r.filterAction = actions.at(action).id;
        r.authMethods = authMethods(m_ruleCount);
        const int c = m_random.between(0, 99);
        r.connectionType = c < 85   ? ConnectionType::All
                           : c < 95 ? ConnectionType::Lan
                                    : ConnectionType::RemoteAccess;
        r.active = m_random.percent(95);
        return r;
    }

    Policy makePolicy(int number)
    {
        Policy p;
        p.id = m_random.uuid();
        p.name = QStringLiteral("Generated policy %1").arg(number, 4, 10, QLatin1Char('0'));
        p.description = QStringLiteral("Synthetic policy %1 (seed %2).").arg(number).arg(m_seed);
        p.pollingIntervalMinutes = m_random.percent(80) ? 180 : 60;
        p.ike.id = m_random.uuid();
        p.ike.methods = windowsdefaults::defaultIkeMethods();
        if (m_random.percent(30))
            p.ike.methods = {{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group14},
                             {Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2}};
        p.ike.lifetimeMinutes = m_random.percent(70) ? 480 : 240;
        if (m_random.percent(10)) { // master key PFS implies one quick mode per main mode
            p.ike.masterKeyPfs = true;
            p.ike.quickModesPerMainMode = 1;
        }
        // Kept inactive: the store targets Vista and later, which ignore the default response rule.
        p.defaultResponse.id = m_random.uuid();
        p.defaultResponse.negotiationPolicyId = m_random.uuid();
        p.defaultResponse.active = false;
        p.defaultResponse.authMethods = {AuthMethod::kerberos()};
        p.defaultResponse.securityMethods = windowsdefaults::defaultResponseSecurityMethods();
        return p;
    }

    // One rule per list, consecutive lists per policy; some policies also reuse a list of an earlier policy,
    // as real stores share lists.
    void addPolicies(StoreData &store)
    {
        std::size_t next = 0;
        const std::size_t lists = store.filterLists.size();
        do {
            Policy p = makePolicy(static_cast<int>(store.policies.size()) + 1);
            const std::size_t first = next;
            const std::size_t count = std::min<std::size_t>(
                lists - next, static_cast<std::size_t>(m_random.between(1, kMaxRulesPerPolicy)));
            for (; next < first + count; ++next)
                p.rules << makeRule(store.filterLists[next], store.filterActions);
            if (first > 0 && m_random.percent(20)) {
                const auto shared =
                    static_cast<std::size_t>(m_random.between(0, static_cast<int>(first) - 1));
                p.rules << makeRule(store.filterLists[shared], store.filterActions);
            }
            store.policies.push_back(std::move(p));
        } while (next < lists);
        store.policies.front().assigned = true;
    }

    quint32 m_seed;
    Random m_random;
    QSet<QString> m_seen;
    int m_describedFilters = 0;
    int m_ruleCount = 0;
};

} // namespace

StoreData generateStore(int filterCount, quint32 seed)
{
    return StoreGenerator(seed).generate(std::max(filterCount, 0));
}

} // namespace ipsec
