#include "PushLab.h"
#include "actions/NodeProbing.h"
#include "docker/SaveArchive.h"
#include "history/HistoryStore.h"
#include "ssh/SshSession.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::PushLab;

// Issue 16 against the node-kinds lab (fleetlab up --kinds docker,podman,sudo,group,user,bare; the sudo node's
// TMPDIR is an 8 MiB tmpfs): the probe's facts for each kind, a push in both modes to each kind that can take
// images ending with the workstation's image ID, the refusals (neither group nor sudo; no docker; a temp dir too
// small for scp mode; an OCI-only archive for Docker 20.10) before any byte, and an OCI archive made by skopeo
// from the workstation engine read and pushed to podman.
class TestNodeKinds final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PushLab m_push;
    QString m_imageId, m_bigId;
    const QString m_image = QStringLiteral("kinds/app:1.0.0");
    const QString m_big = QStringLiteral("kinds/big:1.0.0");

    int node(const QString &kind) const
    {
        const int i = m_push.lab.indexOfKind(kind);
        if (i < 0)
            qWarning("no %s node in the lab", qPrintable(kind));
        return i;
    }
    // The node as pushes name it: user@host for the kinds with a login user of their own.
    QString target(int index) const
    {
        const SshTarget t = m_push.lab.target(index);
        return t.user == m_push.lab.user ? t.host : t.user + QLatin1Char('@') + t.host;
    }
    // root on the node (every lab node lets the lab's key in as root), to look at its runtime behind the user's back.
    RemoteResult asRoot(int index, const QString &command) const
    {
        SshSession session(SshTarget { m_push.lab.nodes.value(index), 22, m_push.lab.user }, m_push.lab.sshOptions());
        if (!session.connect())
            return RemoteResult { session.error(), -1, {}, {} };
        return session.run(command);
    }
    QString runtimeCli(int index) const
    {
        return m_push.lab.kind(index) == QLatin1String("podman") ? QStringLiteral("podman") : QStringLiteral("docker");
    }
    QString idOnNode(int index, const QString &image) const
    {
        const RemoteResult r = asRoot(index,
            runtimeCli(index) + QStringLiteral(" image inspect --format '{{.Id}}' ") + image
                + QStringLiteral(" 2>/dev/null"));
        QString id = QString::fromUtf8(r.out.trimmed());
        if (!id.isEmpty() && !id.startsWith(QLatin1String("sha256:")))
            id.prepend(QStringLiteral("sha256:"));
        return id;
    }
    void removeFromNode(int index, const QString &image) const
    {
        asRoot(index, runtimeCli(index) + QStringLiteral(" rmi -f ") + image + QStringLiteral(" >/dev/null 2>&1"));
    }
    QString build(const QString &image, int mb)
    {
        QString out;
        m_push.lab.lab({ QStringLiteral("image"), image, QStringLiteral("--mb"), QString::number(mb) }, &out);
        return out.trimmed().section(QLatin1Char('\n'), -1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_push.init(m_dir.path());
        FLEET_REQUIRE_LAB(m_push.lab);
        QVERIFY2(m_push.lab.nodeKinds.contains(QStringLiteral("podman")),
            "this test needs the node-kinds lab (fleetlab up --kinds …; the ctest fixture lab_kinds)");
        m_imageId = build(m_image, 1);
        m_bigId = build(m_big, 12);
        QVERIFY2(m_imageId.startsWith(QLatin1String("sha256:")), qPrintable(m_imageId));
        QVERIFY2(m_bigId.startsWith(QLatin1String("sha256:")), qPrintable(m_bigId));
    }

    void probeFactsForEachKind()
    {
        ProbeParams params;
        params.context.dbPath = m_push.db;
        params.context.ssh = m_push.lab.sshOptions();
        params.context.sshUser = m_push.lab.user;
        for (int i = 0; i < m_push.lab.nodes.size(); ++i)
            params.nodes << target(i);
        const ProbeResult result = NodeProbing::probe(params);
        QCOMPARE(result.nodes.size(), m_push.lab.nodes.size());
        HistoryStore store;
        QVERIFY(store.open(m_push.db));
        using R = NodeProbeReply;
        for (int i = 0; i < result.nodes.size(); ++i) {
            const NodeProbeOutcome &o = result.nodes.at(i);
            const QString kind = m_push.lab.kind(i);
            const R &f = o.facts;
            qInfo("%s (%s): %s [%s]", qPrintable(o.display), qPrintable(kind), qPrintable(f.summary()),
                qPrintable(f.badges().join(QLatin1Char(' '))));
            QVERIFY2(f.valid, qPrintable(o.failure.message));
            QCOMPARE(f.user, m_push.lab.nodeUsers.value(i));
            QCOMPARE(f.arch, QStringLiteral("x86_64"));
            QCOMPARE(f.tmpDir, m_push.nodeTmp(i));
            QVERIFY(f.tmpFreeBytes > 0);
            QVERIFY(f.gpus.isEmpty() && f.l4tRelease.isEmpty());
            if (kind == QLatin1String("docker") || kind == QLatin1String("group") || kind == QLatin1String("sudo")) {
                QCOMPARE(f.runtime, R::Runtime::Docker);
                QCOMPARE(f.access, kind == QLatin1String("sudo") ? R::Access::Sudo : R::Access::Direct);
                QVERIFY2(f.runtimeVersion.startsWith(QLatin1String("20.10")), qPrintable(f.runtimeVersion));
                QCOMPARE(f.apiVersion, QStringLiteral("1.41"));
                QCOMPARE(f.imageStore, QStringLiteral("graphdriver"));
                QCOMPARE(f.runtimeRoot, m_push.nodeDir(i) + QStringLiteral("/data"));
                QCOMPARE(f.socket, m_push.lab.nodeSockets.value(i));
                QVERIFY(!f.rootless);
                QVERIFY(f.rootFreeBytes > 0);
                QVERIFY2(o.ok(), qPrintable(o.failure.message));
            } else if (kind == QLatin1String("podman")) {
                QCOMPARE(f.runtime, R::Runtime::Podman);
                QCOMPARE(f.access, R::Access::Direct);
                QVERIFY2(f.runtimeVersion.startsWith(QLatin1String("4.")), qPrintable(f.runtimeVersion));
                QCOMPARE(f.runtimeRoot, m_push.nodeDir(i) + QStringLiteral("/data"));
                QVERIFY(!f.rootless);
                QVERIFY(!f.dockerFound);
                QVERIFY(f.badges().contains(QStringLiteral("podman")));
                QVERIFY2(o.ok(), qPrintable(o.failure.message));
            } else if (kind == QLatin1String("user")) {
                QCOMPARE(f.runtime, R::Runtime::Docker);
                QCOMPARE(f.access, R::Access::Denied);
                QVERIFY(f.error.contains(QLatin1String("permission denied")));
                QVERIFY(f.sudoError.contains(QLatin1String("password is required")));
                FLEET_VERIFY_EMPTY(
                    PushLab::messageProblem(o.failure.message, { f.user, QStringLiteral("may not use docker") },
                        { QStringLiteral("usermod -aG docker"), QStringLiteral("NOPASSWD") }));
            } else if (kind == QLatin1String("bare")) {
                QCOMPARE(f.runtime, R::Runtime::None);
                QVERIFY(!f.dockerFound && !f.podmanFound);
                QCOMPARE(f.summary(), QStringLiteral("no docker"));
                FLEET_VERIFY_EMPTY(PushLab::messageProblem(o.failure.message,
                    { QStringLiteral("docker is not installed") }, { QStringLiteral("Install Docker") }));
            }
            if (kind == QLatin1String("sudo"))
                QVERIFY2(f.tmpFreeBytes < 9 << 20, "the sudo node's TMPDIR is the lab's 8 MiB tmpfs");
            // in the history for pushes and tiles
            const std::optional<NodeProbeRecord> kept = store.probe(m_push.lab.nodes.value(i));
            QVERIFY(kept);
            QCOMPARE(kept->facts.toJson(), f.toJson());
        }
        QCOMPARE(result.failure.kind, FailureKind::Failed); // the user and bare nodes cannot take images
    }

    void pushToEachKindInBothModes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("mode");
        for (const char *kind : { "docker", "podman", "sudo", "group" }) {
            QTest::addRow("%s stream", kind) << QString::fromLatin1(kind) << int(TransferMode::Stream);
            QTest::addRow("%s scp", kind) << QString::fromLatin1(kind) << int(TransferMode::Scp);
        }
    }

    void pushToEachKindInBothModes()
    {
        QFETCH(QString, kind);
        QFETCH(int, mode);
        const int i = node(kind);
        QVERIFY(i >= 0);
        removeFromNode(i, m_image);
        QVERIFY(idOnNode(i, m_image).isEmpty());
        const JobUpdate job = m_push.pushOne(m_push.request(m_image, { target(i) }, TransferMode(mode)));
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(idOnNode(i, m_image), m_imageId);
        QCOMPARE(m_push.leftoverPartials(i), 0);
        // The Load stage counted what this runtime read (issue 17): in scp mode the node's wrapper around
        // `<runtime> load` reported the whole archive; in stream mode the load took in what the transfer sent.
        const StageRecord &load = job.stageRecord(StageKind::Load);
        const StageRecord &transfer = job.stageRecord(StageKind::Transfer);
        QCOMPARE(load.progress.done, TransferMode(mode) == TransferMode::Scp ? transfer.progress.total
                                                                             : transfer.progress.done);
        QVERIFY(load.progress.done > 0);
        // and the image check sees it there, in the runtime's own words (podman's IDs lack "sha256:")
        const JobUpdate again = m_push.pushOne(m_push.request(m_image, { target(i) }, TransferMode(mode)));
        QCOMPARE(again.state, JobState::Skipped);
        QVERIFY2(again.message.contains(QLatin1String("already present")), qPrintable(again.message));
    }

    void refusedBeforeAnyByte_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("cause");
        QTest::addColumn<QStringList>("fix");
        QTest::addRow("neither group nor sudo")
            << QStringLiteral("user")
            << QStringList { QStringLiteral("may not use docker"), QStringLiteral("Nothing was sent") }
            << QStringList { QStringLiteral("usermod -aG docker"), QStringLiteral("NOPASSWD: ") };
        QTest::addRow("no docker") << QStringLiteral("bare")
                                   << QStringList { QStringLiteral("docker is not installed") }
                                   << QStringList { QStringLiteral("Install Docker") };
    }

    void refusedBeforeAnyByte()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, cause);
        QFETCH(QStringList, fix);
        const int i = node(kind);
        QVERIFY(i >= 0);
        for (TransferMode mode : { TransferMode::Stream, TransferMode::Scp }) {
            const JobUpdate job = m_push.pushOne(m_push.request(m_image, { target(i) }, mode));
            QCOMPARE(job.state, JobState::Failed);
            QCOMPARE(job.failure, FailureKind::Failed);
            FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, cause, fix));
            QCOMPARE(job.stageRecord(StageKind::Transfer).progress.done, 0);
            FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
            QCOMPARE(m_push.leftoverPartials(i), 0);
        }
    }

    void tempDirTooSmallForScp()
    {
        const int i = node(QStringLiteral("sudo"));
        QVERIFY(i >= 0);
        removeFromNode(i, m_big);
        const JobUpdate scp = m_push.pushOne(m_push.request(m_big, { target(i) }, TransferMode::Scp));
        QCOMPARE(scp.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(scp.message,
            { QStringLiteral("temp dir"), m_push.nodeTmp(i), QStringLiteral("Nothing was sent") },
            { QStringLiteral("--mode stream") }));
        QCOMPARE(scp.stageRecord(StageKind::Transfer).progress.done, 0);
        QCOMPARE(m_push.leftoverPartials(i), 0);
        QVERIFY(idOnNode(i, m_big).isEmpty());
        // the way out it names works
        const JobUpdate stream = m_push.pushOne(m_push.request(m_big, { target(i) }, TransferMode::Stream));
        QVERIFY2(stream.state == JobState::Succeeded, qPrintable(stream.message));
        QCOMPARE(idOnNode(i, m_big), m_bigId);
    }

    void ociArchiveFromSkopeo()
    {
        // What `skopeo copy … oci-archive:` writes from the workstation's engine: index.json + blobs, no
        // manifest.json.
        const QString archive = m_dir.filePath(QStringLiteral("app-oci.tar"));
        QProcess skopeo;
        skopeo.setProcessChannelMode(QProcess::MergedChannels);
        skopeo.start(QStringLiteral("skopeo"),
            { QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("--src-daemon-host"), m_push.lab.dockerHost,
                QStringLiteral("docker-daemon:") + m_image,
                QStringLiteral("oci-archive:%1:kinds/oci:1.0.0").arg(archive) });
        QVERIFY(skopeo.waitForFinished(60000));
        QVERIFY2(skopeo.exitCode() == 0, skopeo.readAll().constData());
        SaveArchiveInfo info;
        QString error;
        QVERIFY2(SaveArchive::inspect(archive, &info, &error), qPrintable(error));
        QVERIFY(info.ociLayout && info.ociOnly);
        QCOMPARE(info.repoTags, QStringList { QStringLiteral("kinds/oci:1.0.0") });
        QCOMPARE(info.architecture, QStringLiteral("amd64"));
        QCOMPARE(info.labels.value(QStringLiteral("fleetlab")), QStringLiteral("1"));
        QVERIFY(info.layers.size() >= 2);

        // podman loads it in both modes, under the archive's config digest
        const int p = node(QStringLiteral("podman"));
        QVERIFY(p >= 0);
        for (TransferMode mode : { TransferMode::Stream, TransferMode::Scp }) {
            removeFromNode(p, QStringLiteral("kinds/oci:1.0.0"));
            const JobUpdate job = m_push.pushOne(m_push.archiveRequest(archive, { target(p) }, mode));
            QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
            QCOMPARE(idOnNode(p, QStringLiteral("kinds/oci:1.0.0")), info.imageId);
        }
        // Docker 20.10 cannot load it: said before any byte, with the conversion that makes it loadable
        const int d = node(QStringLiteral("docker"));
        const JobUpdate refused = m_push.pushOne(m_push.archiveRequest(archive, { target(d) }));
        QCOMPARE(refused.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(refused.message,
            { QStringLiteral("manifest.json"), QStringLiteral("Nothing was sent") },
            { QStringLiteral("docker-archive:") }));
        QCOMPARE(refused.stageRecord(StageKind::Transfer).progress.done, 0);

        // the conversion it names, then the classic archive goes to the docker node with the same image ID
        const QString classic = m_dir.filePath(QStringLiteral("app-docker.tar"));
        skopeo.start(QStringLiteral("skopeo"),
            { QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("oci-archive:") + archive,
                QStringLiteral("docker-archive:%1:kinds/oci:1.0.0").arg(classic) });
        QVERIFY(skopeo.waitForFinished(60000));
        QVERIFY2(skopeo.exitCode() == 0, skopeo.readAll().constData());
        SaveArchiveInfo classicInfo;
        QVERIFY2(SaveArchive::inspect(classic, &classicInfo, &error), qPrintable(error));
        QVERIFY(!classicInfo.ociOnly);
        removeFromNode(d, QStringLiteral("kinds/oci:1.0.0"));
        const JobUpdate pushed = m_push.pushOne(m_push.archiveRequest(classic, { target(d) }));
        QVERIFY2(pushed.state == JobState::Succeeded, qPrintable(pushed.message));
        QCOMPARE(idOnNode(d, QStringLiteral("kinds/oci:1.0.0")), classicInfo.imageId);
    }

    void fleetctlProbeJson()
    {
        QList<QJsonObject> lines;
        const int bare = node(QStringLiteral("bare"));
        const int podman = node(QStringLiteral("podman"));
        const int code = m_push.runFleetctl({ QStringLiteral("probe"), target(podman), target(bare) }, &lines);
        QCOMPARE(code, 1);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("node_probe"));
        QCOMPARE(lines.at(0).value(QStringLiteral("runtime")).toString(), QStringLiteral("podman"));
        QVERIFY(lines.at(0).value(QStringLiteral("ok")).toBool());
        QCOMPARE(lines.at(1).value(QStringLiteral("runtime")).toString(), QStringLiteral("none"));
        QVERIFY(
            lines.at(1).value(QStringLiteral("message")).toString().contains(QLatin1String("docker is not installed")));
        QCOMPARE(lines.at(2).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QCOMPARE(lines.at(2).value(QStringLiteral("exit")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNodeKinds)
#include "TestNodeKinds.moc"
