#include "discovery/AddressRange.h"

#include <QTest>

using namespace fleet;

// AddressRange: the CIDR / dash-range / single-address grammar, and lazily produced addresses.
class TestAddressRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<quint64>("size");
        QTest::newRow("/24") << "127.0.78.0/24" << "127.0.78.0" << "127.0.78.255" << quint64(256);
        QTest::newRow("/24 not aligned") << "127.0.78.77/24" << "127.0.78.0" << "127.0.78.255" << quint64(256);
        QTest::newRow("/32") << "127.0.0.1/32" << "127.0.0.1" << "127.0.0.1" << quint64(1);
        QTest::newRow("/16") << "127.5.0.0/16" << "127.5.0.0" << "127.5.255.255" << quint64(65536);
        QTest::newRow("/0") << "0.0.0.0/0" << "0.0.0.0" << "255.255.255.255" << (quint64(1) << 32);
        QTest::newRow("single") << "127.0.0.9" << "127.0.0.9" << "127.0.0.9" << quint64(1);
        QTest::newRow("dash octet") << "127.0.0.10-20" << "127.0.0.10" << "127.0.0.20" << quint64(11);
        QTest::newRow("dash full") << "127.0.0.250-127.0.1.4" << "127.0.0.250" << "127.0.1.4" << quint64(11);
        QTest::newRow("spaces") << "  127.0.0.0/30 " << "127.0.0.0" << "127.0.0.3" << quint64(4);
    }
    void parsesValidRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(quint64, size);
        QString error;
        const std::optional<AddressRange> range = AddressRange::parse(text, &error);
        QVERIFY2(range, qPrintable(error));
        QCOMPARE(AddressRange::formatIPv4(range->first()), first);
        QCOMPARE(AddressRange::formatIPv4(range->last()), last);
        QCOMPARE(range->size(), size);
        QCOMPARE(AddressRange::formatIPv4(range->at(range->size() - 1)), last);
    }

    void refusesMalformedRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a word the message must contain
        QTest::newRow("prefix 33") << "127.0.0.0/33" << "0 to 32";
        QTest::newRow("prefix empty") << "127.0.0.0/" << "0 to 32";
        QTest::newRow("prefix text") << "127.0.0.0/abc" << "0 to 32";
        QTest::newRow("prefix negative") << "127.0.0.0/-1" << "0 to 32";
        QTest::newRow("octet 256") << "127.0.0.256/24" << "dotted";
        QTest::newRow("three octets") << "127.0.0/24" << "dotted";
        QTest::newRow("hex") << "0x0a.0.0.1/24" << "dotted";
        QTest::newRow("letters") << "foo/24" << "dotted";
        QTest::newRow("reversed") << "127.0.0.20-10" << "ends before";
        QTest::newRow("bad end") << "127.0.0.1-x" << "neither";
        QTest::newRow("ipv6 range") << "fe80::/64" << "IPv6";
        QTest::newRow("garbage") << "10..0.1" << "expected";
    }
    void refusesMalformedRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!AddressRange::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error)); // names what was wrong
    }

    void widthPrefixOfDashRanges()
    {
        QString error;
        QCOMPARE(AddressRange::parse(QStringLiteral("127.0.0.0-127.0.255.255"), &error)->widthPrefix(), 16);
        QCOMPARE(AddressRange::parse(QStringLiteral("127.0.0.0-127.1.0.0"), &error)->widthPrefix(), 15);
        QCOMPARE(AddressRange::parse(QStringLiteral("127.0.0.0/8"), &error)->widthPrefix(), 8);
    }

    void loopbackAndText()
    {
        QString error;
        QVERIFY(AddressRange::parse(QStringLiteral("127.0.0.0/8"), &error)->isLoopback());
        QVERIFY(!AddressRange::parse(QStringLiteral("126.255.255.0-127.0.0.5"), &error)->isLoopback());
        QCOMPARE(AddressRange::parse(QStringLiteral("127.0.0.7/24"), &error)->toString(), QStringLiteral("127.0.0.0/24"));
        QVERIFY(AddressRange::looksLikeRange(QStringLiteral("1.2.3.4-5")));
        QVERIFY(!AddressRange::looksLikeRange(QStringLiteral("web-1.lan")));
    }
};

QTEST_GUILESS_MAIN(TestAddressRange)
#include "TestAddressRange.moc"
