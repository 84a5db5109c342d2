#include "discovery/SshBannerProbe.h"

#include <QTest>

using namespace fleet;
using Verdict = SshBannerProbe::Verdict;

// SshBannerProbe: RFC 4253 identification lines from untrusted bytes, in any chunking, with bounded memory.
class TestSshBannerProbe final : public QObject
{
    Q_OBJECT

private:
    static Verdict feedAll(SshBannerProbe &probe, const QByteArray &bytes, int chunk)
    {
        for (qsizetype i = 0; i < bytes.size(); i += chunk) {
            const Verdict v = probe.feed(bytes.constData() + i, qMin<qsizetype>(chunk, bytes.size() - i));
            if (v != Verdict::NeedMore)
                return v;
        }
        return probe.verdict();
    }

private Q_SLOTS:
    void readsBannersInAnyChunking_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("banner");
        QTest::newRow("openssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n")
                                 << "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3";
        QTest::newRow("lf only") << QByteArray("SSH-2.0-dropbear_2022.83\n") << "SSH-2.0-dropbear_2022.83";
        QTest::newRow("1.99") << QByteArray("SSH-1.99-Cisco-1.25\r\n") << "SSH-1.99-Cisco-1.25";
        QTest::newRow("preamble lines") << QByteArray("Welcome\r\nauthorised use only\r\nSSH-2.0-x\r\n") << "SSH-2.0-x";
        QTest::newRow("control chars") << QByteArray("SSH-2.0-evil\x1b[31m\r\n") << "SSH-2.0-evil?[31m";
        QTest::newRow("kex follows") << QByteArray("SSH-2.0-x\r\n\x00\x00\x01\x0c\x0a\x14", 17) << "SSH-2.0-x";
    }
    void readsBannersInAnyChunking()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, banner);
        for (int chunk : {1, 2, 3, 7, 4096}) {
            SshBannerProbe probe;
            QCOMPARE(feedAll(probe, bytes, chunk), Verdict::Ssh);
            QCOMPARE(probe.banner(), banner);
        }
    }

    void refusesWhatIsNotSsh_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << "";
        QTest::newRow("1 MB no newline") << QByteArray(1 << 20, 'A') << "longer than 1024";
        QTest::newRow("long ident") << (QByteArray("SSH-2.0-") + QByteArray(300, 'x') + "\r\n") << "longer than 255";
        QTest::newRow("endless lines") << QByteArray(20000, '\n') << "without an SSH identification";
    }
    void refusesWhatIsNotSsh()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        SshBannerProbe probe;
        Verdict v = feedAll(probe, bytes, 4096);
        if (v == Verdict::NeedMore)
            v = probe.finish(QStringLiteral("closed it without an SSH banner"));
        QCOMPARE(v, Verdict::NotSsh);
        QVERIFY(probe.banner().isEmpty());
        QVERIFY2(probe.reason().contains(reason), qPrintable(probe.reason()));
    }

    void stopsEarlyOnAFlood()
    {
        // The caller stops reading at the verdict; check that it comes within a few kilobytes.
        SshBannerProbe probe;
        const QByteArray chunk(4096, 'Z');
        int fed = 0;
        while (probe.feed(chunk.constData(), chunk.size()) == Verdict::NeedMore && fed < 256)
            ++fed;
        QCOMPARE(probe.verdict(), Verdict::NotSsh);
        QVERIFY(fed < 3);
    }

    void silenceAndResetGiveTheReason()
    {
        SshBannerProbe silent;
        QCOMPARE(silent.finish(QStringLiteral("sent no SSH banner within 400 ms")), Verdict::NotSsh);
        QCOMPARE(silent.reason(), QStringLiteral("sent no SSH banner within 400 ms"));
        SshBannerProbe partial;
        partial.feed("SSH-2.0-trunc", 13);
        QCOMPARE(partial.finish(QStringLiteral("reset it without an SSH banner")), Verdict::NotSsh);
        QVERIFY(partial.reason().contains(QLatin1String("13 bytes")));
        // A decided verdict does not change afterwards.
        SshBannerProbe done;
        done.feed("SSH-2.0-x\n", 10);
        QCOMPARE(done.finish(QStringLiteral("closed")), Verdict::Ssh);
    }
};

QTEST_GUILESS_MAIN(TestSshBannerProbe)
#include "TestSshBannerProbe.moc"
