#include "docker/TarStreamCheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

namespace {

// GNU tar's output (`format`: gnu, pax or ustar) for a small tree: long names, a symlink, uneven file sizes.
QByteArray makeTar(const QString &format)
{
    QTemporaryDir dir;
    const QString deep = QStringLiteral("blobs/sha256/%1").arg(QString(64, QLatin1Char('e')));
    QDir(dir.path()).mkpath(QStringLiteral("blobs/sha256"));
    for (const auto &[name, size] : {std::pair{deep, 70001}, std::pair{QStringLiteral("index.json"), 3},
                                     std::pair{QStringLiteral("empty"), 0}}) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(size, 'x'));
    }
    QFile::link(deep, dir.filePath(QStringLiteral("link.tar")));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("--format=") + format, QStringLiteral("-cf"), QStringLiteral("-"),
                                      QStringLiteral("-C"), dir.path(), QStringLiteral(".")});
    tar.waitForFinished(20000);
    return tar.readAllStandardOutput();
}

// Feeds `data` in pieces of `piece` bytes; checks that checked() never runs ahead of what was fed.
bool feedAll(TarStreamCheck &check, const QByteArray &data, qsizetype piece)
{
    for (qsizetype pos = 0; pos < data.size(); pos += piece) {
        const qsizetype n = qMin(piece, data.size() - pos);
        if (!check.feed(data.constData() + pos, n))
            return false;
        if (check.checked() > pos + n)
            return false;
    }
    return check.finish();
}

} // namespace

// The tar check under a docker save stream: real tars pass in any chunking, damaged ones never do.
class TestTarStreamCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realArchivesPassInAnyPieces_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("piece");
        for (const QString &format : {QStringLiteral("gnu"), QStringLiteral("pax"), QStringLiteral("ustar")})
            for (const int piece : {1, 511, 512, 513, 65536, 1 << 22})
                QTest::addRow("%s/%d", qPrintable(format), piece) << format << piece;
    }

    void realArchivesPassInAnyPieces()
    {
        QFETCH(QString, format);
        QFETCH(int, piece);
        const QByteArray tar = makeTar(format);
        QVERIFY(tar.size() > 70001);
        TarStreamCheck check;
        QVERIFY2(feedAll(check, tar, piece), qPrintable(check.problem()));
        QCOMPARE(check.checked(), qint64(tar.size()));
    }

    void aHeaderIsCheckedOnlyWhenWhole()
    {
        const QByteArray tar = makeTar(QStringLiteral("ustar"));
        TarStreamCheck check;
        QVERIFY(check.feed(tar.constData(), 511));
        QCOMPARE(check.checked(), 0); // its checksum is not known yet
        QVERIFY(check.feed(tar.constData() + 511, 1));
        QCOMPARE(check.checked(), 512);
    }

    void oneEndBlockIsNotTheEnd()
    {
        QByteArray tar = makeTar(QStringLiteral("ustar"));
        while (tar.endsWith(QByteArray(512, '\0'))) // the end blocks and GNU tar's padding to 10 KiB records
            tar.chop(512);
        QVERIFY(tar.size() > 70001);
        TarStreamCheck check;
        QVERIFY(!feedAll(check, tar + QByteArray(512, '\0'), 4096));
        QVERIFY2(check.problem().contains(QStringLiteral("incomplete")), qPrintable(check.problem()));
        TarStreamCheck whole;
        QVERIFY(feedAll(whole, tar + QByteArray(1024, '\0'), 4096));
    }

    void aChangedHeaderByteIsRefused()
    {
        QByteArray tar = makeTar(QStringLiteral("ustar"));
        tar[600] = char(tar[600] ^ 0x01); // inside the second header
        TarStreamCheck check;
        QVERIFY(!feedAll(check, tar, 65536));
        QVERIFY2(check.problem().contains(QStringLiteral("not a tar archive")), qPrintable(check.problem()));
        QVERIFY(check.checked() <= 512 + 512); // nothing after the bad header counts
    }

    void dataAfterTheEndIsRefused()
    {
        TarStreamCheck check;
        QVERIFY(!feedAll(check, makeTar(QStringLiteral("gnu")) + "{\"error\":\"x\"}", 65536));
        QVERIFY2(check.problem().contains(QStringLiteral("after the end"))
                     || check.problem().contains(QStringLiteral("follows the end")),
                 qPrintable(check.problem()));
    }

    void findsTheEnginesMessage()
    {
        const QByteArray error = "{\"errorDetail\":{\"message\":\"unexpected EOF\"},\"error\":\"unexpected EOF\"}\r\n";
        TarStreamCheck check;
        QVERIFY(!feedAll(check, makeTar(QStringLiteral("gnu")).left(2048) + error, 700));
        QCOMPARE(check.engineMessage(), QStringLiteral("unexpected EOF"));
        TarStreamCheck none;
        QVERIFY(!feedAll(none, QByteArray(100, 'x'), 10));
        QVERIFY(none.engineMessage().isEmpty());
    }

    void anEmptyStreamIsNoArchive()
    {
        TarStreamCheck check;
        QVERIFY(!check.finish());
        QVERIFY2(check.problem().contains(QStringLiteral("empty")), qPrintable(check.problem()));
    }
};

QTEST_GUILESS_MAIN(TestTarStreamCheck)
#include "TestTarStreamCheck.moc"
