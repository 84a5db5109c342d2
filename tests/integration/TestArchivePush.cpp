#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace fleet;
using fleet::test::LabEnvironment;

// `fleetctl push x.tar NODE` of a real docker-save archive in which Docker 20.10 wrote a repeated layer as a
// link (`<id>/layer.tar -> ../<other-id>/layer.tar`): made in the lab's workstation dockerd from a Dockerfile
// that COPYs the same file twice, pushed in both modes, run on the node. The same archive with its link bent
// out of the archive is refused before a byte reaches the node.
class TestArchivePush final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;
    QString m_archive;
    QByteArray m_blobHash;
    QString m_output;
    const QString m_image = QStringLiteral("lab/dup-layer:1.0.0");
    static constexpr int kNode = 3; // 127.0.x.14: the lab's agents live on the first two

    QString docker() const
    {
        const QString cli = qEnvironmentVariable("FLEETLAB_DOCKER_CLI");
        return cli.isEmpty() ? QStringLiteral("/usr/bin/docker") : cli;
    }

    int run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
    {
        QProcess process;
        if (!env.isEmpty())
            process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            m_output = QStringLiteral("timed out");
            return -1;
        }
        m_output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    int fleetctl(const QStringList &args)
    {
        return run(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                   QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("history.db")),
                               QStringLiteral("--docker-host"), m_lab.dockerHost, QStringLiteral("--identity"),
                               m_lab.identity, QStringLiteral("--known-hosts"), m_lab.knownHosts,
                               QStringLiteral("--user"), m_lab.user}
                       + args);
    }

    RemoteResult onNode(const QString &command)
    {
        SshSession session(m_lab.target(kNode), m_lab.sshOptions());
        if (!session.connect()) {
            RemoteResult failed;
            failed.exitStatus = -1;
            failed.err = session.error().message.toUtf8();
            return failed;
        }
        return session.run(command);
    }

    // The archive's links, as "name -> target".
    static QStringList links(const QString &path)
    {
        QStringList out;
        archive *a = archive_read_new();
        archive_read_support_format_tar(a);
        if (archive_read_open_filename(a, path.toLocal8Bit().constData(), 65536) == ARCHIVE_OK) {
            archive_entry *entry = nullptr;
            while (archive_read_next_header(a, &entry) == ARCHIVE_OK)
                if (archive_entry_symlink(entry))
                    out << QString::fromUtf8(archive_entry_pathname(entry)) + QStringLiteral(" -> ")
                            + QString::fromUtf8(archive_entry_symlink(entry));
        }
        archive_read_free(a);
        return out;
    }

    // A copy of `from` whose links all point at `target` instead.
    static bool bendLinks(const QString &from, const QString &to, const QByteArray &target)
    {
        archive *in = archive_read_new();
        archive_read_support_format_tar(in);
        archive *out = archive_write_new();
        archive_write_set_format_pax_restricted(out);
        bool ok = archive_read_open_filename(in, from.toLocal8Bit().constData(), 65536) == ARCHIVE_OK
            && archive_write_open_filename(out, to.toLocal8Bit().constData()) == ARCHIVE_OK;
        archive_entry *entry = nullptr;
        QByteArray buffer(65536, Qt::Uninitialized);
        while (ok && archive_read_next_header(in, &entry) == ARCHIVE_OK) {
            if (archive_entry_symlink(entry))
                archive_entry_set_symlink(entry, target.constData());
            ok = archive_write_header(out, entry) == ARCHIVE_OK;
            la_ssize_t n;
            while (ok && (n = archive_read_data(in, buffer.data(), size_t(buffer.size()))) > 0)
                ok = archive_write_data(out, buffer.constData(), size_t(n)) == n;
        }
        archive_write_close(out);
        archive_write_free(out);
        archive_read_free(in);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_dir.isValid());
        // The build context: busybox and a random file copied twice into the same place, so the third layer
        // repeats the second byte for byte.
        const QString context = m_dir.filePath(QStringLiteral("context"));
        QVERIFY(QDir().mkpath(context));
        QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), context + QStringLiteral("/busybox")));
        QFile blob(context + QStringLiteral("/blob"));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        QByteArray bytes(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 2654435761u) >> 13);
        blob.write(bytes);
        blob.close();
        m_blobHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QFile dockerfile(context + QStringLiteral("/Dockerfile"));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM scratch\nCOPY busybox /bin/busybox\nCOPY blob /blob\nCOPY blob /blob\n");
        dockerfile.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0")); // the lab daemon's classic builder
        const QStringList host{QStringLiteral("-H"), m_lab.dockerHost};
        QVERIFY2(run(docker(), host + QStringList{QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"),
                                                  m_image, context},
                     env) == 0,
                 qPrintable(m_output));
        m_archive = m_dir.filePath(QStringLiteral("dup.tar"));
        QVERIFY2(run(docker(), host + QStringList{QStringLiteral("save"), QStringLiteral("-o"), m_archive, m_image}) == 0,
                 qPrintable(m_output));
        // What this test is about: the archive really holds Docker's duplicate-layer link.
        const QStringList found = links(m_archive);
        QCOMPARE(found.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}/layer\\.tar -> \\.\\./[0-9a-f]{64}/layer\\.tar$"))
                     .match(found.first())
                     .hasMatch(),
                 qPrintable(found.first()));
        onNode(QStringLiteral("docker rmi -f ") + m_image);
    }

    void pushesTheArchive_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("stream") << QStringLiteral("stream");
        QTest::newRow("scp") << QStringLiteral("scp");
    }

    void pushesTheArchive()
    {
        QFETCH(QString, mode);
        onNode(QStringLiteral("docker rmi -f ") + m_image);
        QVERIFY2(fleetctl({QStringLiteral("push"), m_archive, m_lab.nodes.value(kNode), QStringLiteral("--mode"), mode})
                     == 0,
                 qPrintable(m_output));
        QVERIFY2(m_output.contains(QLatin1String("1 pushed")), qPrintable(m_output));
        // Loaded whole: the container sees the file of the linked layer.
        const RemoteResult sum = onNode(QStringLiteral("docker run --rm --pull=never %1 /bin/busybox sha256sum /blob")
                                            .arg(m_image));
        QVERIFY2(sum.ok(), sum.err.constData());
        QCOMPARE(sum.out.left(64), m_blobHash);
    }

    void refusesTheArchiveWithItsLinkBentOut()
    {
        onNode(QStringLiteral("docker rmi -f ") + m_image);
        const QString bent = m_dir.filePath(QStringLiteral("bent.tar"));
        QVERIFY(bendLinks(m_archive, bent, "../../../../etc/passwd"));
        QCOMPARE(links(bent).size(), 1);
        QCOMPARE(fleetctl({QStringLiteral("push"), bent, m_lab.nodes.value(kNode)}), 1);
        QVERIFY2(m_output.contains(QLatin1String("points outside the archive")), qPrintable(m_output));
        QCOMPARE(onNode(QStringLiteral("docker image inspect ") + m_image).exitStatus, 1); // nothing arrived

        const QString dangling = m_dir.filePath(QStringLiteral("dangling.tar"));
        QVERIFY(bendLinks(m_archive, dangling, "../0000/layer.tar"));
        QCOMPARE(fleetctl({QStringLiteral("push"), dangling, m_lab.nodes.value(kNode)}), 1);
        QVERIFY2(m_output.contains(QLatin1String("does not lead to a file inside the archive")), qPrintable(m_output));
        QCOMPARE(onNode(QStringLiteral("docker image inspect ") + m_image).exitStatus, 1);
    }

    void cleanupTestCase()
    {
        if (!m_lab.isUp())
            return;
        onNode(QStringLiteral("docker rmi -f ") + m_image);
        run(docker(), {QStringLiteral("-H"), m_lab.dockerHost, QStringLiteral("rmi"), QStringLiteral("-f"), m_image});
    }
};

QTEST_GUILESS_MAIN(TestArchivePush)
#include "TestArchivePush.moc"
