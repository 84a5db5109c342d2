#include "transfer/LoadProgress.h"
#include "util/ShellQuote.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// How far a node's `docker load` read its archive: the parser of the wrapper's lines (untrusted: bounded, junk
// ignored, never backwards or past the size) and the POSIX-sh wrapper itself, run here by sh against a stand-in
// `docker` on PATH that records what it was fed (the bytes are the archive's, its stderr and status pass
// through, fd 3 does not reach it). The real runtimes are TestLoadStage's (the lab).
class TestLoadProgress final : public QObject
{
    Q_OBJECT

    static QByteArray line(const QByteArray &text) { return LoadProgress::kMarker + text + '\n'; }

    QTemporaryDir m_dir;

    // Runs the wrapper for `path` with the stand-in docker; returns its exit code, fills stdout and stderr.
    int runWrapper(const QString &path, QByteArray *out, QByteArray *err, const QString &mode = {})
    {
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   m_dir.filePath(QStringLiteral("bin")) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("FAKE_OUT"), m_dir.filePath(QStringLiteral("fed")));
        env.insert(QStringLiteral("FAKE_MODE"), mode);
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"), LoadProgress::fileCommand(RuntimeCommand(), shellQuote(path))});
        if (!sh.waitForFinished(60000))
            return -1;
        *out = sh.readAllStandardOutput();
        *err = sh.readAllStandardError();
        return sh.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        QFile fake(m_dir.filePath(QStringLiteral("bin/docker")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\n"
                   "[ -e /proc/self/fd/3 ] && echo 'fd 3 reached the runtime' >&2\n"
                   "[ \"$1\" = load ] || { echo \"unexpected: $*\" >&2; exit 64; }\n"
                   "if [ \"$2\" = -i ]; then cat \"$3\" > \"$FAKE_OUT\" || exit 1; else cat > \"$FAKE_OUT\"; fi\n"
                   "if [ \"$FAKE_MODE\" = fail ]; then\n"
                   "  echo 'Error processing tar file(exit status 1): unexpected EOF' >&2; exit 1\n"
                   "fi\n"
                   "echo 'Loaded image: fake/app:1.0.0'\n");
        fake.close();
        QVERIFY(fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void parsesSizeAndReadsAndKeepsTheRuntimesOwnOutput()
    {
        LoadProgress p;
        QVERIFY(p.feed(line("fleet-load size 10000000")));
        QCOMPARE(p.size(), 10000000);
        QCOMPARE(p.bytesRead(), 0);
        // Split anywhere: a line counts once its newline came.
        const QByteArray two = line("fleet-load read 4194304") + line("fleet-load read 8388608");
        QVERIFY(!p.feed(two.left(7)));
        QVERIFY(p.feed(two.mid(7)));
        QCOMPARE(p.bytesRead(), 8388608);
        QVERIFY(!p.feed("Loaded image: app:1.0.0\n"));
        QVERIFY(p.feed(line("fleet-load read 10000000")));
        QCOMPARE(p.bytesRead(), 10000000);
        QCOMPARE(p.output(), QByteArray("Loaded image: app:1.0.0\n"));
        p.feed("Loaded image: db:3.0.0"); // no newline: the stream's end completes it
        p.finish();
        QCOMPARE(p.output(), QByteArray("Loaded image: app:1.0.0\nLoaded image: db:3.0.0\n"));
    }

    void ignoresJunk()
    {
        LoadProgress p;
        QVERIFY(p.feed(line("fleet-load size 1000")));
        for (const QByteArray &junk : {QByteArray("fleet-load read -5"), QByteArray("fleet-load read 12x"),
                                       QByteArray("fleet-load read"), QByteArray("fleet-load read 1 2"),
                                       QByteArray("fleet-load reed 10"), QByteArray("fleet-load size 5"),
                                       QByteArray("fleet-load read 99999999999999999999"),
                                       QByteArray("fleet-load read 2000"), // past the size
                                       QByteArray("other read 10"), QByteArray("fleet-load read +10"),
                                       QByteArray("fleet-load read  10"), QByteArray("")})
            QVERIFY2(!p.feed(line(junk)), junk.constData());
        QCOMPARE(p.size(), 1000);
        QCOMPARE(p.bytesRead(), 0);
        QVERIFY(p.feed(line("fleet-load read 600")));
        QVERIFY(!p.feed(line("fleet-load read 500"))); // never backwards
        QCOMPARE(p.bytesRead(), 600);
        QVERIFY(p.output().isEmpty()); // marked lines, even broken ones, are not the runtime's output

        // A size that comes after reads may not be below them (the count would pass the total).
        LoadProgress late;
        QVERIFY(late.feed(line("fleet-load read 5")));
        QVERIFY(!late.feed(line("fleet-load size 3")));
        QCOMPARE(late.size(), -1);
        QVERIFY(late.feed(line("fleet-load size 8")));
        QCOMPARE(late.size(), 8);
    }

    void boundsLinesAndOutput()
    {
        LoadProgress p;
        // An overlong line is dropped whole, up to its newline, even when a valid line hides at its end.
        QByteArray longLine(LoadProgress::kMaxLine * 3, 'x');
        longLine += LoadProgress::kMarker;
        longLine += "fleet-load read 10";
        QVERIFY(!p.feed(longLine));
        QVERIFY(!p.feed(QByteArray(LoadProgress::kMaxLine, 'y')));
        QVERIFY(!p.feed("\n"));
        QCOMPARE(p.bytesRead(), 0);
        QVERIFY(p.output().isEmpty());
        QVERIFY(p.feed(line("fleet-load read 10"))); // the next line is read again
        QCOMPARE(p.bytesRead(), 10);
        // The runtime's own output is kept up to its cap, then dropped.
        for (int i = 0; i < 2000; ++i)
            p.feed(QByteArray(100, 'z') + '\n');
        QVERIFY(p.output().size() <= LoadProgress::kMaxOutput);
        QVERIFY(p.output().size() > LoadProgress::kMaxOutput / 2);
        // Random bytes never crash it, never count backwards.
        QRandomGenerator random(17);
        for (int round = 0; round < 200; ++round) {
            QByteArray noise(int(random.bounded(600)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            if (round % 3 == 0)
                noise += line("fleet-load read " + QByteArray::number(10 + round));
            const qint64 before = p.bytesRead();
            p.feed(noise);
            QVERIFY(p.bytesRead() >= before);
        }
    }

    void theWrapperFeedsTheWholeFileAndReportsAsItGoes()
    {
        const QString path = m_dir.filePath(QStringLiteral("it's an archive.tar")); // a quote in the name
        QByteArray bytes(9 * 1024 * 1024 + 123, Qt::Uninitialized);
        QRandomGenerator random(5);
        for (char &c : bytes)
            c = char(random.bounded(256));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QByteArray out, err;
        QCOMPARE(runWrapper(path, &out, &err), 0);
        QVERIFY2(err.isEmpty(), err.constData());
        QFile fed(m_dir.filePath(QStringLiteral("fed")));
        QVERIFY(fed.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(fed.readAll(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)); // what is loaded is the file
        LoadProgress p;
        int steps = 0;
        for (const QByteArray &l : out.split('\n'))
            steps += p.feed(l + '\n');
        QCOMPARE(p.size(), bytes.size());
        QCOMPARE(p.bytesRead(), bytes.size());
        QCOMPARE(steps, 1 + 3); // the size, then 4 + 4 + 1.x MiB
        QCOMPARE(p.output(), QByteArray("Loaded image: fake/app:1.0.0\n"));
    }

    void theRuntimesFailureComesThroughAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.tar"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'a'));
        file.close();
        QByteArray out, err;
        QCOMPARE(runWrapper(path, &out, &err, QStringLiteral("fail")), 1);
        QCOMPARE(err, QByteArray("Error processing tar file(exit status 1): unexpected EOF\n"));
        // A file that is not there: the runtime's own words about it (`load -i`), not the shell's.
        QCOMPARE(runWrapper(m_dir.filePath(QStringLiteral("missing.tar")), &out, &err), 1);
        QVERIFY2(err.contains("missing.tar") && !err.contains("cannot open") && !err.contains("fd 3"), err.constData());
        QVERIFY(!out.contains(LoadProgress::kMarker));
    }
};

QTEST_GUILESS_MAIN(TestLoadProgress)
#include "TestLoadProgress.moc"
