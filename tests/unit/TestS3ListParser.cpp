#include "images/stores/S3ListParser.h"

#include <QTest>

using namespace fleet;

// ListObjectsV2 answers as AWS, MinIO and s3rver send them, and the malformed ones a hostile server could send.
class TestS3ListParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnAwsPage()
    {
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
            "  <Name>fleet</Name><Prefix>images/</Prefix><KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys>\n"
            "  <IsTruncated>true</IsTruncated>\n"
            "  <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>\n"
            "  <Contents>\n"
            "    <Key>images/app_1.0.0.tar</Key><LastModified>2026-11-20T10:11:12.000Z</LastModified>\n"
            "    <ETag>&quot;9b2cf535f27731c974343645a3985328-3&quot;</ETag><Size>23113216</Size>\n"
            "    <Owner><ID>abc</ID><DisplayName>me</DisplayName></Owner><StorageClass>STANDARD</StorageClass>\n"
            "  </Contents>\n"
            "  <Contents>\n"
            "    <Key>images/app_1.0.0.tar.json</Key><LastModified>2026-11-20T10:11:13Z</LastModified>\n"
            "    <ETag>\"d41d8cd98f00b204e9800998ecf8427e\"</ETag><Size>356</Size><StorageClass>STANDARD</StorageClass>\n"
            "  </Contents>\n"
            "</ListBucketResult>";
        QString error;
        const std::optional<S3ObjectPage> page = S3ListParser::parse(xml, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->objects.size(), 2);
        QVERIFY(page->truncated);
        QCOMPARE(page->nextContinuationToken, QStringLiteral("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="));
        const S3Object &first = page->objects.at(0);
        QCOMPARE(first.key, QStringLiteral("images/app_1.0.0.tar"));
        QCOMPARE(first.size, qint64(23113216));
        QCOMPARE(first.etag, QStringLiteral("9b2cf535f27731c974343645a3985328-3"));
        QCOMPARE(first.lastModified, QDateTime(QDate(2026, 11, 20), QTime(10, 11, 12), Qt::UTC));
        QCOMPARE(page->objects.at(1).size, qint64(356));
        QCOMPARE(page->objects.at(1).lastModified.time(), QTime(10, 11, 13));
    }

    void parsesAnEmptyLastPage()
    {
        QString error;
        const std::optional<S3ObjectPage> page = S3ListParser::parse(
            "<ListBucketResult><Name>fleet</Name><Prefix></Prefix><KeyCount>0</KeyCount>"
            "<IsTruncated>false</IsTruncated></ListBucketResult>", &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(page->objects.isEmpty());
        QVERIFY(!page->truncated);
    }

    void keysKeepTheirCharacters()
    {
        QString error;
        const std::optional<S3ObjectPage> page = S3ListParser::parse(
            "<ListBucketResult><Contents><Key>a &amp; b/t\xc3\xa9st+1_2.tar</Key><Size>1</Size></Contents>"
            "</ListBucketResult>", &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->objects.value(0).key, QStringLiteral("a & b/tést+1_2.tar"));
    }

    void refusesMalformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("why");
        QTest::newRow("not xml") << QByteArray("{\"json\":true}") << QStringLiteral("not XML");
        QTest::newRow("error document") << QByteArray("<Error><Code>AccessDenied</Code></Error>")
                                        << QStringLiteral("not a ListBucketResult");
        QTest::newRow("cut short") << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>1</Size>")
                                   << QStringLiteral("malformed XML");
        QTest::newRow("bad size") << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>12x</Size>"
                                                "</Contents></ListBucketResult>")
                                  << QStringLiteral("invalid <Size>");
        QTest::newRow("negative size") << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>-1</Size>"
                                                     "</Contents></ListBucketResult>")
                                       << QStringLiteral("invalid <Size>");
        QTest::newRow("no key") << QByteArray("<ListBucketResult><Contents><Size>1</Size></Contents>"
                                              "</ListBucketResult>")
                                << QStringLiteral("without <Key>");
        QTest::newRow("truncated without token") << QByteArray("<ListBucketResult><IsTruncated>true</IsTruncated>"
                                                               "</ListBucketResult>")
                                                 << QStringLiteral("NextContinuationToken");
    }

    void refusesMalformedAnswers()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!S3ListParser::parse(xml, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void boundsTheObjectsPerPage()
    {
        QByteArray xml = "<ListBucketResult>";
        for (int i = 0; i <= S3ListParser::kMaxObjectsPerPage; ++i)
            xml += "<Contents><Key>k" + QByteArray::number(i) + "</Key><Size>1</Size></Contents>";
        xml += "</ListBucketResult>";
        QString error;
        QVERIFY(!S3ListParser::parse(xml, &error));
        QVERIFY2(error.contains(QStringLiteral("more than")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestS3ListParser)
#include "TestS3ListParser.moc"
