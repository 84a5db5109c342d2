#include "docker/DockerEngine.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"
#include "transfer/JobRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// The push pipeline against the lab: real dockerd on both sides, real sshd in between, and the faults an admin
// meets. Every case checks the job's end state, its message (cause and fix), the history rows, and the node.
class TestPushJob final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_tmp;
    QString m_db;
    const QString m_small = QStringLiteral("fleetlab/push-small:1.0.0");
    const QString m_big = QStringLiteral("fleetlab/push-big:1.0.0");
    // Big enough that a transfer still runs while a test cuts it (a cut takes the lab script ~0.2 s).
    const QString m_huge = QStringLiteral("fleetlab/push-huge:1.0.0");

    JobRunner::Settings settings() const
    {
        JobRunner::Settings s;
        s.dbPath = m_db;
        s.dockerHost = m_lab.dockerHost;
        s.ssh = m_lab.sshOptions();
        s.sshUser = m_lab.user;
        s.localTempDir = m_tmp.path();
        return s;
    }

    PushRequest request(const QString &image, const QStringList &nodes, TransferMode mode = TransferMode::Stream)
    {
        PushRequest r;
        r.image = image;
        r.nodes = nodes;
        r.mode = mode;
        r.retries = 0;
        return r;
    }

    // Runs a request to the end and returns the final snapshots, in node order.
    QList<JobUpdate> push(const PushRequest &r, JobRunner::Settings s = {})
    {
        JobRunner runner(s.dbPath.isEmpty() ? settings() : s);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QSignalSpy done(&runner, &JobRunner::allFinished);
        if (runner.submit(r).isEmpty())
            return {};
        if (!done.wait(120000))
            qWarning("push did not finish in time");
        QList<JobUpdate> result;
        for (const QList<QVariant> &args : std::as_const(finished))
            result << args.first().value<JobUpdate>();
        std::sort(result.begin(), result.end(), [](const JobUpdate &a, const JobUpdate &b) { return a.id < b.id; });
        return result;
    }

    RemoteResult onNode(int index, const QString &command)
    {
        SshSession session(m_lab.target(index), m_lab.sshOptions());
        if (!session.connect())
            return RemoteResult{session.error(), -1, {}, {}};
        return session.run(command);
    }

    void removeFromNode(int index, const QString &image) { onNode(index, QStringLiteral("docker rmi -f ") + image); }

    bool nodeHasImage(int index, const QString &image)
    {
        return onNode(index, QStringLiteral("docker image inspect ") + image).ok();
    }

    int leftoverPartials(int index)
    {
        const RemoteResult r = onNode(index, QStringLiteral("ls \"${TMPDIR:-/tmp}\" | grep -c '^fleet-push-' || true"));
        return r.out.trimmed().toInt();
    }

    HistoryStore &history()
    {
        static HistoryStore store;
        if (!store.isOpen())
            store.open(m_db);
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("history.db"));
        QString out;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_small, QStringLiteral("--layers"), QStringLiteral("2"),
                            QStringLiteral("--mb"), QStringLiteral("4")}, &out) == 0, qPrintable(out));
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_big, QStringLiteral("--layers"), QStringLiteral("2"),
                            QStringLiteral("--mb"), QStringLiteral("48")}, &out) == 0, qPrintable(out));
    }

    void streamsToSeveralNodesThenSkipsWhatIsPresent()
    {
        const QStringList nodes = m_lab.nodes.mid(0, 2);
        for (int i = 0; i < 2; ++i)
            removeFromNode(i, m_small);
        PushRequest r = request(m_small, nodes);
        r.parallel = 2;
        const QList<JobUpdate> jobs = push(r);
        QCOMPARE(jobs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(jobs[i].state, JobState::Succeeded);
            QVERIFY(jobs[i].stageRecord(StageKind::Transfer).progress.done > 4 * 1000 * 1000);
            QCOMPARE(jobs[i].stageRecord(StageKind::Load).state, JobState::Succeeded);
            QVERIFY(nodeHasImage(i, m_small));
            QCOMPARE(leftoverPartials(i), 0);
        }
        // History: both jobs succeeded, in one batch, with their stages.
        const std::optional<JobRecord> first = history().job(jobs[0].historyId);
        const std::optional<JobRecord> second = history().job(jobs[1].historyId);
        QVERIFY(first && second);
        QCOMPARE(first->state, JobState::Succeeded);
        QCOMPARE(first->batchId, second->batchId);
        QCOMPARE(history().stages(jobs[0].historyId).size(), 3);

        QElapsedTimer clock;
        clock.start();
        const QList<JobUpdate> again = push(request(m_small, nodes.mid(0, 1)));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].state, JobState::Skipped);
        QVERIFY2(again[0].message.contains(QLatin1String("already present")), qPrintable(again[0].message));
        QVERIFY(clock.elapsed() < 3000);
    }

    void scpModeChecksAndCleansUp()
    {
        removeFromNode(2, m_small);
        const QList<JobUpdate> jobs = push(request(m_small, {m_lab.nodes.at(2)}, TransferMode::Scp));
        QCOMPARE(jobs.size(), 1);
        QVERIFY2(jobs[0].state == JobState::Succeeded, qPrintable(jobs[0].message));
        QVERIFY(nodeHasImage(2, m_small));
        QCOMPARE(leftoverPartials(2), 0);
        QVERIFY(QDir(m_tmp.path()).entryList({QStringLiteral("fleet-push-*")}).isEmpty()); // local temp gone
    }

    void scpModeReplacesAForeignPartialFile()
    {
        // A partial file under the right name but with wrong bytes (another writer, a bad disk): the prefix hash
        // differs, so the transfer starts over instead of appending to garbage — and the result loads.
        QProcess save;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), m_lab.dockerHost);
        save.setProcessEnvironment(env);
        save.start(QStringLiteral("/usr/bin/docker"), {QStringLiteral("save"), m_small});
        QVERIFY(save.waitForFinished(60000));
        const QByteArray archive = save.readAllStandardOutput();
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
        const QString partial = QStringLiteral("\"${TMPDIR:-/tmp}\"/fleet-push-%1.tar.part").arg(hash.left(24));
        removeFromNode(2, m_small);
        QVERIFY(onNode(2, QStringLiteral("head -c 1000000 /dev/urandom > ") + partial).ok());
        const QList<JobUpdate> jobs = push(request(m_small, {m_lab.nodes.at(2)}, TransferMode::Scp));
        QVERIFY2(jobs.value(0).state == JobState::Succeeded, qPrintable(jobs.value(0).message));
        QVERIFY(nodeHasImage(2, m_small));
        QCOMPARE(leftoverPartials(2), 0);
        const QList<EventRecord> events = history().events(jobs[0].historyId);
        QVERIFY(std::any_of(events.begin(), events.end(), [](const EventRecord &e) {
            return e.message.contains(QLatin1String("does not match"));
        }));
    }

    void runStageQuotesEveryValue()
    {
        removeFromNode(1, m_small);
        onNode(1, QStringLiteral("docker rm -f fleet-quoting; rm -f /tmp/fleet-pwned"));
        PushRequest r = request(m_small, {m_lab.nodes.at(1)});
        r.run.enabled = true;
        r.run.name = QStringLiteral("fleet-quoting");
        r.run.env = {QStringLiteral("GREETING=$(touch /tmp/fleet-pwned); `id` 'quoted' \"double\"")};
        r.run.restart = QStringLiteral("unless-stopped");
        const QList<JobUpdate> jobs = push(r);
        QCOMPARE(jobs.size(), 1);
        QVERIFY2(jobs[0].state == JobState::Succeeded, qPrintable(jobs[0].message));
        QCOMPARE(jobs[0].stageRecord(StageKind::Run).state, JobState::Succeeded);
        // The value reached the container literally and nothing ran on the node's shell.
        const RemoteResult env = onNode(1, QStringLiteral("docker exec fleet-quoting sh -c 'echo \"$GREETING\"'"));
        QCOMPARE(QString::fromUtf8(env.out.trimmed()), r.run.env.first().mid(9));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/fleet-pwned")));
        onNode(1, QStringLiteral("docker rm -f fleet-quoting"));
    }

    void refusesShellMetacharactersInNames()
    {
        JobRunner runner(settings());
        QSignalSpy rejected(&runner, &JobRunner::rejected);
        QVERIFY(runner.submit(request(QStringLiteral("app;touch /tmp/fleet-pwned"), {m_lab.nodes.at(0)})).isEmpty());
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().first().toString().contains(QLatin1String("app;touch")),
                 qPrintable(rejected.first().first().toString()));
        QVERIFY(runner.submit(request(QStringLiteral("fleetlab/push-small:latest"), {m_lab.nodes.at(0)})).isEmpty());
        QVERIFY(rejected.last().first().toString().contains(QLatin1String("latest")));
        PushRequest r = request(m_small, {m_lab.nodes.at(0)});
        r.run.enabled = true;
        r.run.name = QStringLiteral("x$(id)");
        QVERIFY(runner.submit(r).isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/fleet-pwned")));
    }

    void missingLocalImageFailsAtSave()
    {
        const QList<JobUpdate> jobs = push(request(QStringLiteral("fleetlab/does-not-exist:9.9.9"), {m_lab.nodes.at(0)}));
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].state, JobState::Failed);
        QCOMPARE(jobs[0].stageRecord(StageKind::Save).state, JobState::Failed);
        QVERIFY2(jobs[0].message.contains(QLatin1String("not in the local Docker Engine")), qPrintable(jobs[0].message));
        const std::optional<JobRecord> row = history().job(jobs[0].historyId);
        QVERIFY(row);
        QCOMPARE(row->state, JobState::Failed);
        QVERIFY(row->error.contains(QLatin1String("does-not-exist")));
    }

    void unreachableNodeFailsWithExitCode4()
    {
        QElapsedTimer clock;
        clock.start();
        const QList<JobUpdate> jobs = push(request(m_small, {QStringLiteral("127.0.77.250")}));
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QCOMPARE(jobs[0].exitCode, 4);
        QVERIFY(jobs[0].message.contains(QLatin1String("cannot connect")));
        QVERIFY(clock.elapsed() < 10000);
    }

    void unknownAndChangedHostKeysAreRefused()
    {
        JobRunner::Settings s = settings();
        s.ssh.knownHostsFile = m_tmp.filePath(QStringLiteral("empty_known_hosts"));
        QList<JobUpdate> jobs = push(request(m_small, {m_lab.nodes.at(0)}), s);
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QCOMPARE(jobs[0].exitCode, 3);
        QVERIFY(jobs[0].message.contains(QLatin1String("SHA256:")));
        QCOMPARE(jobs[0].errorKind, SshError::HostKeyUnknown); // the GUI offers "Trust…" with this key
        QVERIFY(jobs[0].fingerprint.startsWith(QLatin1String("SHA256:")));
        QVERIFY(jobs[0].message.contains(jobs[0].fingerprint));

        QFile real(m_lab.knownHosts);
        QVERIFY(real.open(QIODevice::ReadOnly));
        QByteArray otherKey;
        for (const QByteArray &line : real.readAll().split('\n'))
            if (line.startsWith(QByteArray(m_lab.nodes.at(1).toUtf8() + ' ')))
                otherKey = line.mid(line.indexOf(' ') + 1);
        QFile forged(m_tmp.filePath(QStringLiteral("forged_known_hosts")));
        QVERIFY(forged.open(QIODevice::WriteOnly));
        forged.write(m_lab.nodes.at(0).toUtf8() + ' ' + otherKey + '\n');
        forged.close();
        s.ssh.knownHostsFile = forged.fileName();
        jobs = push(request(m_small, {m_lab.nodes.at(0)}), s);
        QCOMPARE(jobs.value(0).exitCode, 3);
        QVERIFY(jobs[0].message.contains(QLatin1String("CHANGED")));
        QCOMPARE(jobs[0].errorKind, SshError::HostKeyChanged);
        QVERIFY(jobs[0].fingerprint.startsWith(QLatin1String("SHA256:")));
    }

    void refusedAuthIsReported()
    {
        const QString key = m_tmp.filePath(QStringLiteral("stranger"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                                   QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                                   QString(), QStringLiteral("-f"), key}), 0);
        JobRunner::Settings s = settings();
        s.ssh.identityFile = key;
        const QList<JobUpdate> jobs = push(request(m_small, {m_lab.nodes.at(0)}), s);
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QVERIFY2(jobs[0].message.contains(QLatin1String("refused our key")), qPrintable(jobs[0].message));
    }

    void dockerDownOnNodeIsNamed()
    {
        QCOMPARE(m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("stop-docker")}), 0);
        const QList<JobUpdate> jobs = push(request(m_small, {m_lab.nodes.at(1)}));
        QCOMPARE(m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("start-docker")}), 0);
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QVERIFY2(jobs[0].message.contains(QLatin1String("Docker daemon on the node is not running")),
                 qPrintable(jobs[0].message));
    }

    void fullDiskInScpModeLeavesNothing()
    {
        // Node 4's temp dir is a 24 MB tmpfs (scripts and ctest start the lab with --small-tmp 4:24m).
        const int node = 3;
        removeFromNode(node, m_big);
        const QList<JobUpdate> jobs = push(request(m_big, {m_lab.nodes.at(node)}, TransferMode::Scp));
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QCOMPARE(jobs[0].stageRecord(StageKind::Transfer).state, JobState::Failed);
        QVERIFY2(jobs[0].message.contains(QLatin1String("disk is full")), qPrintable(jobs[0].message));
        QCOMPARE(leftoverPartials(node), 0);
        QVERIFY(!nodeHasImage(node, m_big));
        const QList<StageRow> stages = history().stages(jobs[0].historyId);
        QVERIFY(std::any_of(stages.begin(), stages.end(), [](const StageRow &s) {
            return s.kind == StageKind::Transfer && s.state == JobState::Failed && s.error.contains(QLatin1String("full"));
        }));
    }

    void corruptArchiveIsNeverSent()
    {
        QFile archive(m_tmp.filePath(QStringLiteral("cut.tar")));
        QVERIFY(archive.open(QIODevice::WriteOnly));
        QProcess save;
        save.setProcessEnvironment([this] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DOCKER_HOST"), m_lab.dockerHost);
            return env;
        }());
        save.start(QStringLiteral("/usr/bin/docker"), {QStringLiteral("save"), m_small});
        QVERIFY(save.waitForFinished(60000));
        const QByteArray whole = save.readAllStandardOutput();
        QVERIFY(whole.size() > 1000000);
        archive.write(whole.left(whole.size() / 2)); // cut halfway
        archive.close();
        PushRequest r = request({}, {m_lab.nodes.at(0)}, TransferMode::Scp);
        r.archivePath = archive.fileName();
        const QList<JobUpdate> jobs = push(r);
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QCOMPARE(jobs[0].stageRecord(StageKind::Save).state, JobState::Failed);
        QVERIFY2(jobs[0].message.contains(QLatin1String("truncated or corrupt")) ||
                     jobs[0].message.contains(QLatin1String("incomplete")), qPrintable(jobs[0].message));
        QCOMPARE(jobs[0].stageRecord(StageKind::Transfer).progress.done, 0);

        // The whole archive pushes fine (an image dropped from the file manager).
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.write(whole);
        archive.close();
        removeFromNode(0, m_small);
        const QList<JobUpdate> ok = push(r);
        QVERIFY2(ok.value(0).state == JobState::Succeeded, qPrintable(ok.value(0).message));
        QVERIFY(nodeHasImage(0, m_small));
    }

    void cancelIsPromptInEveryStage_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("stage");
        QTest::newRow("stream transfer") << int(TransferMode::Stream) << int(StageKind::Transfer);
        QTest::newRow("scp save") << int(TransferMode::Scp) << int(StageKind::Save);
        QTest::newRow("scp transfer") << int(TransferMode::Scp) << int(StageKind::Transfer);
    }
    void cancelIsPromptInEveryStage()
    {
        QFETCH(int, mode);
        QFETCH(int, stage);
        removeFromNode(2, m_big);
        JobRunner runner(settings());
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QElapsedTimer sinceCancel;
        qint64 stoppedAfterMs = -1;
        // "Takes effect" = the stage reports itself cancelled (cleaning the node's temp file may follow).
        const auto watch = [&](const JobUpdate &job) {
            if (sinceCancel.isValid() && stoppedAfterMs < 0
                && (job.stageRecord(StageKind(stage)).state == JobState::Cancelled || isFinal(job.state)))
                stoppedAfterMs = sinceCancel.elapsed();
            if (!sinceCancel.isValid() && job.stage == StageKind(stage) && job.stageRecord(job.stage).progress.done > 0) {
                sinceCancel.start();
                runner.cancel(job.id);
            }
        };
        connect(&runner, &JobRunner::jobChanged, this, watch);
        connect(&runner, &JobRunner::jobFinished, this, watch);
        runner.submit(request(m_big, {m_lab.nodes.at(2)}, TransferMode(mode)));
        QVERIFY(finished.wait(60000));
        QVERIFY2(sinceCancel.isValid(), "the stage never reported progress");
        QVERIFY2(stoppedAfterMs >= 0 && stoppedAfterMs < 1000, qPrintable(QString::number(stoppedAfterMs)));
        QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed()))); // cleanup included
        const JobUpdate job = finished.first().first().value<JobUpdate>();
        QCOMPARE(job.state, JobState::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(leftoverPartials(2), 0, 5000);
        QVERIFY(!nodeHasImage(2, m_big));
        QCOMPARE(history().job(job.historyId)->state, JobState::Cancelled);
    }

    void buildHugeImage()
    {
        QString out;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_huge, QStringLiteral("--layers"), QStringLiteral("2"),
                            QStringLiteral("--mb"), QStringLiteral("200")}, &out) == 0, qPrintable(out));
    }

    void sshdKilledMidStreamLeavesNoPartialImage()
    {
        removeFromNode(2, m_huge);
        JobRunner runner(settings());
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        bool killed = false;
        connect(&runner, &JobRunner::jobChanged, this, [&](const JobUpdate &job) {
            if (!killed && job.stage == StageKind::Transfer && job.stageRecord(job.stage).progress.done > 1000000) {
                killed = true;
                m_lab.lab({QStringLiteral("node"), QStringLiteral("3"), QStringLiteral("stop-ssh")});
            }
        });
        runner.submit(request(m_huge, {m_lab.nodes.at(2)}));
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_lab.lab({QStringLiteral("node"), QStringLiteral("3"), QStringLiteral("start-ssh")}), 0);
        QVERIFY(killed);
        const JobUpdate job = finished.first().first().value<JobUpdate>();
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY(job.stageRecord(StageKind::Transfer).state == JobState::Failed
                || job.stageRecord(StageKind::Load).state == JobState::Failed);
        // docker load is all or nothing: the node has no image, or (when the cut came after the last byte) the
        // complete one — never a partial one. A retry then finds it present.
        const RemoteResult id = onNode(2, QStringLiteral("docker image inspect --format '{{.Id}}' ") + m_huge);
        if (id.ok()) {
            DockerEngine engine(m_lab.dockerHost);
            QCOMPARE(QString::fromUtf8(id.out.trimmed()), engine.inspectImage(m_huge)->id);
        }
        QCOMPARE(leftoverPartials(2), 0);
        const std::optional<JobRecord> row = history().job(job.historyId);
        QCOMPARE(row->state, JobState::Failed);
        QVERIFY(!row->error.isEmpty());
    }

    void scpTransferCutResumesOnRetry()
    {
        // Node 2, not 3: a `docker load` cut by the previous test may still finish on node 3 after its job ended.
        removeFromNode(1, m_huge);
        JobRunner runner(settings());
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        bool killed = false;
        qint64 cutAt = 0;
        connect(&runner, &JobRunner::jobChanged, this, [&](const JobUpdate &job) {
            if (!killed && job.stage == StageKind::Transfer && job.stageRecord(job.stage).progress.done > 8000000) {
                killed = true;
                cutAt = job.stageRecord(job.stage).progress.done;
                m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("stop-ssh")});
                m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("start-ssh")});
            }
        });
        PushRequest r = request(m_huge, {m_lab.nodes.at(1)}, TransferMode::Scp);
        r.retries = 2;
        runner.submit(r);
        QVERIFY(finished.wait(90000));
        const JobUpdate job = finished.first().first().value<JobUpdate>();
        QVERIFY2(killed, qPrintable(QStringLiteral("the transfer was never cut; the job ended %1: %2")
                                        .arg(jobStateName(job.state), job.message)));
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QVERIFY(nodeHasImage(1, m_huge));
        QCOMPARE(leftoverPartials(1), 0);
        const QList<EventRecord> events = history().events(job.historyId);
        QVERIFY2(std::any_of(events.begin(), events.end(), [](const EventRecord &e) {
                     return e.message.contains(QLatin1String("resuming the transfer at"));
                 }), "the retry did not resume from the partial file");
        Q_UNUSED(cutAt);
    }
};

QTEST_GUILESS_MAIN(TestPushJob)
#include "TestPushJob.moc"
