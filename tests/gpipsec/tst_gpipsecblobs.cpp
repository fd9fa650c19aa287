// The ipsecData codec against Windows' real bytes (docs/formats/gpipsec.md, The real blobs the tests decode)
// and against hostile bytes.
#include "formats/gpipsec/blobmapping.h"
#include "formats/gpipsec/blobs.h"
#include "formats/gpipsec/gpipsecconstants.h"
#include "testdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cstring>

using namespace ipsec;
using namespace ipsec::gpipsec;

namespace {

QByteArray blobFile(const QString &name)
{
    QFile f(test::testdataPath(QStringLiteral("ipsecData/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Decodes with the decoder of `kind`; re-encodes a decoded value. Returns (decoded?, findings, re-encoded).
struct AnyDecode {
    bool ok = false;
    Findings findings;
    QByteArray reencoded;
};

template <typename T> AnyDecode run(const Decoded<T> &d)
{
    AnyDecode out;
    out.ok = d.value.has_value();
    out.findings = d.findings;
    if (d.value)
        out.reencoded = encode(*d.value);
    return out;
}

AnyDecode decodeAs(BlobKind kind, const QByteArray &bytes)
{
    switch (kind) {
    case BlobKind::Policy:
        return run(decodePolicy(bytes));
    case BlobKind::Isakmp:
        return run(decodeIsakmp(bytes));
    case BlobKind::Nfa:
        return run(decodeNfa(bytes));
    case BlobKind::NegotiationPolicy:
        return run(decodeNegotiationPolicy(bytes));
    case BlobKind::Filter:
        break;
    }
    return run(decodeFilter(bytes));
}

const QList<std::pair<const char *, BlobKind>> &realBlobs()
{
    static const QList<std::pair<const char *, BlobKind>> all = {
        {"vpnease_policy_polling10800.bin", BlobKind::Policy},
        {"vpnease_isakmp_default4methods.bin", BlobKind::Isakmp},
        {"vpnease_negpol_default_response_6offers.bin", BlobKind::NegotiationPolicy},
        {"vpnease_negpol_filteraction_esp3desmd5_300s.bin", BlobKind::NegotiationPolicy},
        {"vpnease_filter_l2tp_udp1701.bin", BlobKind::Filter},
        {"vpnease_nfa_default_response_kerberos_RECONSTRUCTED.bin", BlobKind::Nfa},
        {"vpnease_nfa_rule_psk_RECONSTRUCTED.bin", BlobKind::Nfa},
    };
    return all;
}

void addRealBlobRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    for (const auto &[file, kind] : realBlobs())
        QTest::newRow(file) << QString::fromLatin1(file) << static_cast<int>(kind);
}

bool hasErrorWithOffset(const Findings &findings, qint64 size)
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Error && f.location.byteOffset >= 0 && f.location.byteOffset <= size &&
            !f.location.field.isEmpty() && f.message.contains(u"blob"))
            return true;
    return false;
}

} // namespace

class TestGpipsecBlobs : public QObject {
    Q_OBJECT

private slots:
    void realPolicyBlobDecodesToPolling10800()
    {
        IPSEC_REQUIRE_TESTDATA("ipsecData/vpnease_policy_polling10800.bin");
        const auto d = decodePolicy(blobFile(QStringLiteral("vpnease_policy_polling10800.bin")));
        QVERIFY(d.value);
        QVERIFY(d.findings.isEmpty());
        QCOMPARE(d.value->pollingIntervalSeconds, 10800u);
        Findings f;
        QCOMPARE(pollingMinutesOf(*d.value, {}, f), 180u);
    }

    void realIsakmpBlobDecodesToTheFourDefaultMethods()
    {
        IPSEC_REQUIRE_TESTDATA("ipsecData/vpnease_isakmp_default4methods.bin");
        const QByteArray bytes = blobFile(QStringLiteral("vpnease_isakmp_default4methods.bin"));
        QCOMPARE(bytes.size(), 341);
        const auto d = decodeIsakmp(bytes);
        QVERIFY(d.value);
        QVERIFY(d.findings.isEmpty());
        const IsakmpBlob &b = *d.value;
        QCOMPARE(b.instance, QUuid(QStringLiteral("{F9F9E6FF-187C-451C-9AF5-180384290492}")));
        QCOMPARE(b.masterPfs, 0u);
        QCOMPARE(b.options, 0u);
        QCOMPARE(b.quickModeLimit, 0u);
        QCOMPARE(b.mainModeLifetimeSeconds, 0u);
        QCOMPARE(b.methods.size(), 4);
        const std::uint32_t enc[] = {3, 3, 1, 1};
        const std::uint32_t hash[] = {2, 1, 2, 1};
        const std::uint32_t group[] = {2, 2, 1, 1};
        const std::uint32_t pfs[] = {0x00340001, 0, 0x00460000, 0x041C0AA8};
        for (int i = 0; i < 4; ++i) {
            const IsakmpMethodBlob &m = b.methods[i];
            QCOMPARE(m.encryption, enc[i]);
            QCOMPARE(m.encryptionKeyLength, 64u);
            QCOMPARE(m.encryptionRounds, 8u);
            QCOMPARE(m.hash, hash[i]);
            QCOMPARE(m.hashKeyLength, 64u);
            QCOMPARE(m.oakleyGroup, group[i]);
            QCOMPARE(m.lifetimeSeconds, 28800u);
            QCOMPARE(m.pfsIdentityRequired, pfs[i]);
        }
        // Method 4 carries garbage at bytes 40-43 (00 03 00 00), kept for byte-identical re-encoding.
        QCOMPARE(b.methods[3].raw[41], std::uint8_t(0x03));

        Findings findings;
        const IkeSettings ike = ikeSettingsOf(b, {}, findings);
        QVERIFY(findings.isEmpty());
        QCOMPARE(ike.masterKeyPfs, false); // the garbage PFS bytes of the methods do not count
        QCOMPARE(ike.lifetimeMinutes, 480u);
        QCOMPARE(ike.methods, (QList<IkeMethod>{{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2},
                                                {Encryption::TripleDes, Integrity::Md5, DhGroup::Group2},
                                                {Encryption::Des, Integrity::Sha1, DhGroup::Group1},
                                                {Encryption::Des, Integrity::Md5, DhGroup::Group1}}));
    }

    void realDefaultResponseOffersDecodeToTheSixOffers()
    {
        IPSEC_REQUIRE_TESTDATA("ipsecData/vpnease_negpol_default_response_6offers.bin");
        const auto d =
            decodeNegotiationPolicy(blobFile(QStringLiteral("vpnease_negpol_default_response_6offers.bin")));
        QVERIFY(d.value);
        QCOMPARE(d.value->offers.size(), 6);
        for (const OfferBlob &o : d.value->offers) {
            QCOMPARE(o.lifetimeSeconds, 0u);
            QCOMPARE(o.pfsRequired, 0u);
            QCOMPARE(o.algorithmCount, 1u);
            QCOMPARE(o.algorithms[0].keyLength, 64u);
            QCOMPARE(o.algorithms[0].rounds, 8u);
        }
        Findings findings;
        const NegotiationContent c = negotiationContentOf(*d.value, {}, findings);
        QVERIFY(findings.isEmpty());
        QCOMPARE(c.allowFallback, false);
        QCOMPARE(c.sessionKeyPfs, false);
        QCOMPARE(c.methods, (QList<SecurityMethod>{
                                SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
                                SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5),
                                SecurityMethod::esp(Encryption::Des, Integrity::Sha1),
                                SecurityMethod::esp(Encryption::Des, Integrity::Md5),
                                SecurityMethod::ah(Integrity::Sha1), SecurityMethod::ah(Integrity::Md5)}));
    }

    void realFilterActionDecodesToOneEsp3DesMd5OfferOf300Seconds()
    {
        IPSEC_REQUIRE_TESTDATA("ipsecData/vpnease_negpol_filteraction_esp3desmd5_300s.bin");
        const auto d = decodeNegotiationPolicy(
            blobFile(QStringLiteral("vpnease_negpol_filteraction_esp3desmd5_300s.bin")));
        QVERIFY(d.value);
        Findings findings;
        const NegotiationContent c = negotiationContentOf(*d.value, {}, findings);
        QCOMPARE(c.methods,
                 (QList<SecurityMethod>{SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5, 0, 300)}));
        QVERIFY(!c.allowFallback);
    }

    void realFilterListDecodesToTheL2tpFilter()
    {
        IPSEC_REQUIRE_TESTDATA("ipsecData/vpnease_filter_l2tp_udp1701.bin");
        const auto d = decodeFilter(blobFile(QStringLiteral("vpnease_filter_l2tp_udp1701.bin")));
        QVERIFY(d.value);
        QVERIFY(!d.value->v2);
        QCOMPARE(d.value->filters.size(), 1);
        Findings findings;
        const std::vector<Filter> filters = filtersOf(*d.value, {}, findings);
        QVERIFY(findings.isEmpty());
        QCOMPARE(filters.size(), std::size_t(1));
        const Filter &f = filters.front();
        QCOMPARE(f.id, QUuid(QStringLiteral("{2AA93C48-1CE1-463F-AAA1-60D818AB6878}")));
        QVERIFY(f.mirrored);
        QCOMPARE(f.source, FilterAddress::any());
        QCOMPARE(f.destination, FilterAddress::host(*IpAddress::parse(QStringLiteral("192.0.2.10"))));
        QCOMPARE(f.protocol, protocol::Udp);
        QCOMPARE(f.sourcePort, PortRange::single(1701));
        QCOMPARE(f.destinationPort, PortRange::any());
        QCOMPARE(f.description, QString());
    }

    void realNfaBlobsDecodeToKerberosAndPsk()
    {
        IPSEC_REQUIRE_TESTDATA("ipsecData/vpnease_nfa_rule_psk_RECONSTRUCTED.bin");
        Findings findings;
        const auto dr =
            decodeNfa(blobFile(QStringLiteral("vpnease_nfa_default_response_kerberos_RECONSTRUCTED.bin")));
        QVERIFY(dr.value);
        QCOMPARE(dr.value->interfaceType, kInterfaceAll);
        QVERIFY(!dr.value->extension);
        const NfaContent drContent = nfaContentOf(*dr.value, 0, {}, findings);
        QCOMPARE(drContent.authMethods, QList<AuthMethod>{AuthMethod::kerberos()});
        QCOMPARE(drContent.active, false);
        QCOMPARE(drContent.tunnel.kind, TunnelKind::None);

        const auto rule = decodeNfa(blobFile(QStringLiteral("vpnease_nfa_rule_psk_RECONSTRUCTED.bin")));
        QVERIFY(rule.value);
        const NfaContent ruleContent = nfaContentOf(*rule.value, 0, {}, findings);
        QCOMPARE(ruleContent.authMethods,
                 QList<AuthMethod>{AuthMethod::presharedKey(QStringLiteral("example-psk"))});
        QCOMPARE(ruleContent.active, true);
        QCOMPARE(ruleContent.connectionType, ConnectionType::All);
        QVERIFY(findings.isEmpty());
    }

    void everyRealBlobReencodesByteIdentically_data() { addRealBlobRows(); }
    void everyRealBlobReencodesByteIdentically()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        IPSEC_REQUIRE_TESTDATA(QStringLiteral("ipsecData/") + file);
        const QByteArray bytes = blobFile(file);
        QVERIFY(!bytes.isEmpty());
        const AnyDecode d = decodeAs(static_cast<BlobKind>(kind), bytes);
        QVERIFY(d.ok);
        QCOMPARE(d.reencoded, bytes);
        QCOMPARE(blobKindOf(bytes), std::optional<BlobKind>(static_cast<BlobKind>(kind)));
    }

    void truncationAtEveryOffsetGivesAFindingNeverACrash_data() { addRealBlobRows(); }
    void truncationAtEveryOffsetGivesAFindingNeverACrash()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        IPSEC_REQUIRE_TESTDATA(QStringLiteral("ipsecData/") + file);
        const QByteArray bytes = blobFile(file);
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            const QByteArray cut = bytes.left(length);
            const AnyDecode d = decodeAs(static_cast<BlobKind>(kind), cut);
            if (length == bytes.size() - 1) { // only the terminator is missing: tolerated with a warning
                QVERIFY(d.ok);
                QVERIFY(!d.findings.isEmpty());
                QCOMPARE(d.findings.first().severity, Severity::Warning);
                continue;
            }
            QVERIFY2(!d.ok, qPrintable(QStringLiteral("a %1-byte prefix decoded").arg(length)));
            QVERIFY2(hasErrorWithOffset(d.findings, length),
                     qPrintable(QStringLiteral("no located error for a %1-byte prefix").arg(length)));
        }
    }

    void randomMutationsGiveACleanRejectionOrAStableDecode_data() { addRealBlobRows(); }
    void randomMutationsGiveACleanRejectionOrAStableDecode()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        IPSEC_REQUIRE_TESTDATA(QStringLiteral("ipsecData/") + file);
        const QByteArray original = blobFile(file);
        QRandomGenerator random(20240601u + static_cast<quint32>(kind));
        int rejected = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray b = original;
            const int edits = 1 + static_cast<int>(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = static_cast<int>(random.bounded(static_cast<quint32>(b.size())));
                switch (random.bounded(4)) {
                case 0: // flip a bit
                    b[at] = static_cast<char>(b[at] ^ (1 << random.bounded(8)));
                    break;
                case 1: // a hostile length or count
                    if (at + 4 <= b.size()) {
                        const quint32 v = random.bounded(2) ? 0xFFFFFFFFu : random.bounded(0x400u);
                        memcpy(b.data() + at, &v, 4);
                    }
                    break;
                case 2: // drop a byte
                    b.remove(at, 1);
                    break;
                default: // insert a byte
                    b.insert(at, static_cast<char>(random.bounded(256)));
                }
                if (b.isEmpty())
                    b = original;
            }
            const AnyDecode d = decodeAs(static_cast<BlobKind>(kind), b);
            if (!d.ok) {
                ++rejected;
                QVERIFY(hasErrorWithOffset(d.findings, b.size()));
                continue;
            }
            // A decoded value re-encodes to bytes that decode to the same value.
            const AnyDecode again = decodeAs(static_cast<BlobKind>(kind), d.reencoded);
            QVERIFY(again.ok);
            QCOMPARE(again.reencoded, d.reencoded);
        }
        QVERIFY(rejected > 0);
    }

    void aHugeCountIsRefusedBeforeAnythingIsAllocated()
    {
        NegotiationPolicyBlob b;
        b.offers.append(OfferBlob{});
        QByteArray bytes = encode(b);
        const quint32 hostile = 0x7FFFFFFF;
        memcpy(bytes.data() + 20, &hostile, 4);
        const auto d = decodeNegotiationPolicy(bytes);
        QVERIFY(!d.value);
        QCOMPARE(d.findings.size(), 1);
        QCOMPARE(d.findings.first().code, QStringLiteral("IPS-303"));
        QCOMPARE(d.findings.first().location.byteOffset, 20);
        QVERIFY(d.findings.first().message.contains(u"Security-Offer-Count"));
    }

    void aBlobOfAnotherKindIsRefusedAtOffsetZero()
    {
        const QByteArray policy = encode(PolicyBlob{10800});
        const auto d = decodeFilter(policy);
        QVERIFY(!d.value);
        QCOMPARE(d.findings.first().code, QStringLiteral("IPS-301"));
        QCOMPARE(d.findings.first().location.byteOffset, 0);
        QVERIFY(d.findings.first().message.contains(u"ipsecFilter"));
    }

    void aDataLengthBeyondTheBlobIsRefused()
    {
        QByteArray bytes = encode(PolicyBlob{60});
        bytes[16] = 9;
        const auto d = decodePolicy(bytes);
        QVERIFY(!d.value);
        QCOMPARE(d.findings.first().code, QStringLiteral("IPS-302"));
        QCOMPARE(d.findings.first().location.byteOffset, 16);
    }

    // MS-GPIPSEC leaves open where Data-Length2 starts counting (docs/formats/gpipsec.md, "Data-Length2").
    void dataLength2IsReadBothWaysAndWrittenTheDocumentedWay_data()
    {
        QTest::addColumn<int>("lengthDelta"); // added to the documented Data-Length2
        QTest::addColumn<bool>("decodes");
        QTest::addColumn<bool>("noted");
        QTest::newRow("the documented reading, from Number-Of-Filters11, needs no note")
            << 0 << true << false;
        QTest::newRow("counting the Filter-Spec2 entries only is read with a note") << -8 << true << true;
        QTest::newRow("a length that fits neither reading is refused") << -2 << false << false;
    }
    void dataLength2IsReadBothWaysAndWrittenTheDocumentedWay()
    {
        QFETCH(int, lengthDelta);
        QFETCH(bool, decodes);
        QFETCH(bool, noted);
        FilterBlob b;
        FilterSpec2Blob f;
        f.id = QUuid::fromString(QStringLiteral("{11111111-2222-4333-8444-555566667777}"));
        f.mirrored = 1;
        f.source = {1, 2, {0x20, 0x01, 0x0d, 0xb8}, {}};
        f.destination = {0, 3, {}, {}};
        f.protocol = 6;
        b.v2 = FilterV2Blob{0, {f}};
        const QByteArray documented = encode(b);
        // The v2 part starts after the legacy part: type GUID, Data-Length1, Number-Of-Filters1 = 0.
        const qsizetype lengthAt = 16 + 4 + 4 + 16;
        std::uint32_t length2 = 0;
        std::memcpy(&length2, documented.constData() + lengthAt, 4);
        QCOMPARE(qsizetype(length2), documented.size() - lengthAt - 4 - 1); // up to the terminator
        QByteArray bytes = documented;
        const std::uint32_t patched = length2 + std::uint32_t(lengthDelta);
        std::memcpy(bytes.data() + lengthAt, &patched, 4);

        const auto d = decodeFilter(bytes);
        QCOMPARE(d.value.has_value(), decodes);
        const bool hasNote = std::any_of(d.findings.begin(), d.findings.end(), [&](const Finding &x) {
            return x.code == u"IPS-311" && x.severity == Severity::Info && x.location.byteOffset == lengthAt;
        });
        QVERIFY2(hasNote == noted,
                 qPrintable(d.findings.isEmpty() ? QString() : d.findings.first().toString()));
        if (!decodes) {
            QVERIFY(hasErrors(d.findings));
            QCOMPARE(d.findings.last().location.byteOffset, lengthAt);
            return;
        }
        QCOMPARE(*d.value, b);
        QCOMPARE(encode(*d.value), documented);
    }

    void extraBytesAfterTheTerminatorAreToleratedWithAWarning()
    {
        const QByteArray bytes = encode(PolicyBlob{60}) + QByteArray("\x00\x00", 2);
        const auto d = decodePolicy(bytes);
        QVERIFY(d.value);
        QCOMPARE(d.findings.size(), 1);
        QCOMPARE(d.findings.first().severity, Severity::Warning);
        QCOMPARE(d.findings.first().code, QStringLiteral("IPS-305"));
    }

    void theNfaExtensionIsFoundAfterATerminatorWrittenBeforeIt()
    {
        NfaBlob b;
        b.authMethods = {{kAuthCertificate, QByteArray("C\0A\0\0\0", 6)}};
        b.interfaceType = kInterfaceAll;
        b.isActive = 1;
        b.extension =
            NfaExtensionBlob{{{kAuthCertificate, QByteArray("C\0A\0\0\0", 6)}}, 0, {3}, std::nullopt};
        for (bool before : {false, true}) {
            b.terminatorBeforeExtension = before;
            const QByteArray bytes = encode(b);
            const auto d = decodeNfa(bytes);
            QVERIFY(d.value);
            QCOMPARE(*d.value, b);
            QCOMPARE(encode(*d.value), bytes);
            Findings f;
            const NfaContent c = nfaContentOf(*d.value, 0, {}, f);
            QCOMPARE(c.authMethods,
                     QList<AuthMethod>{AuthMethod::certificate(QStringLiteral("CA"), true, true)});
        }
    }

    void anIpv4RangeSplitsExactlyIntoSubnets()
    {
        const auto parts = splitRangeIntoSubnets(0x0A000005, 0x0A00004D); // 10.0.0.5 - 10.0.0.77
        std::uint64_t covered = 0;
        std::uint32_t next = 0x0A000005;
        for (const auto &[address, mask] : parts) {
            QCOMPARE(address, next);
            QCOMPARE(address & ~mask, 0u);
            covered += std::uint64_t(~mask) + 1;
            next = address + (~mask) + 1;
        }
        QCOMPARE(covered, std::uint64_t(73));
        QCOMPARE(splitRangeIntoSubnets(0, 0xFFFFFFFF).size(), 1);
        QCOMPARE(splitRangeIntoSubnets(0, 0xFFFFFFFF).first().second, 0u);
    }

    void legacyIdsAreReadWithTheirBelievedMeaningAndAWarning()
    {
        NegotiationPolicyBlob b;
        OfferBlob o;
        o.algorithmCount = 1;
        o.algorithms[0] = {kEspDes40Historic, kHashSha1, kOfferTypeEsp, 64, 8};
        b.offers = {o};
        Findings findings;
        const NegotiationContent c = negotiationContentOf(b, {}, findings);
        QCOMPARE(c.methods.first().espEncryption, Encryption::Des);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("IPS-307"));
    }
};

QTEST_GUILESS_MAIN(TestGpipsecBlobs)
#include "tst_gpipsecblobs.moc"
