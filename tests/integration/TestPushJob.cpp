#include "PushLab.h"

#include "docker/DockerEngine.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"
#include "transfer/JobRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <sys/stat.h>
#include <unistd.h>

using namespace fleet;
using fleet::test::LabEnvironment;
using fleet::test::PushLab;

// The push pipeline against the lab: real dockerd on both sides, real sshd in between, and the faults an admin
// meets. Every case checks the job's end state, its message (cause and fix), the history rows, and the node.
// (The fault matrix, one row per fault with the same four checks each, is TestPushFaults; helpers: PushLab.)
class TestPushJob final : public QObject
{
    Q_OBJECT

private:
    PushLab m_push;
    LabEnvironment m_lab;
    QTemporaryDir m_tmp;
    QString m_db;
    const QString m_small = QStringLiteral("fleetlab/push-small:1.0.0");
    const QString m_big = QStringLiteral("fleetlab/push-big:1.0.0");
    // Big enough that a transfer still runs while a test cuts it (a cut takes the lab script ~0.2 s).
    const QString m_huge = QStringLiteral("fleetlab/push-huge:1.0.0");

    JobRunner::Settings settings() const { return m_push.settings(); }

    PushRequest request(const QString &image, const QStringList &nodes, TransferMode mode = TransferMode::Stream)
    {
        return m_push.request(image, nodes, mode);
    }

    // Runs a request to the end and returns the final snapshots, in node order.
    QList<JobUpdate> push(const PushRequest &r, JobRunner::Settings s = {}) { return m_push.push(r, s); }

    RemoteResult onNode(int index, const QString &command) { return m_push.onNode(index, command); }
    void removeFromNode(int index, const QString &image) { m_push.removeFromNode(index, image); }
    bool nodeHasImage(int index, const QString &image) { return m_push.nodeHasImage(index, image); }
    int leftoverPartials(int index) { return m_push.leftoverPartials(index); }

    // The job's private directory in the node's TMPDIR (scp mode), empty if there is none.
    QString privateDir(int index) const
    {
        const QStringList dirs = QDir(m_push.nodeTmp(index)).entryList({QStringLiteral("fleet-push-*")},
                                                                       QDir::Dirs | QDir::NoDotAndDotDot);
        return dirs.size() == 1 ? m_push.nodeTmp(index) + QLatin1Char('/') + dirs.first() : QString();
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
        QVERIFY(m_tmp.isValid());
        m_push.init(m_tmp.path());
        m_lab = m_push.lab;
        FLEET_REQUIRE_LAB(m_lab);
        m_db = m_push.db;
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

    void scpModeNeverAdoptsAFileInTheSharedTempDir()
    {
        // Item 4 of issue 11. The node's TMPDIR is shared with its other users. Earlier releases wrote a
        // content-named file there and adopted one already present: anybody could plant (or swap) it. Now each
        // job makes its own directory (mktemp -d: 0700, atomic), so a planted file under the old name is neither
        // resumed from nor loaded, nor touched.
        const QByteArray archive = m_push.save({m_small});
        QVERIFY(archive.size() > 1000000);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
        const QString planted = m_push.nodeTmp(2) + QStringLiteral("/fleet-push-%1.tar.part").arg(hash.left(24));
        QFile plant(planted);
        QVERIFY(plant.open(QIODevice::WriteOnly));
        plant.write(archive.left(archive.size() / 2)); // a correct prefix: the old code resumed from it
        plant.close();
        const auto unplant = qScopeGuard([&] { QFile::remove(planted); });
        removeFromNode(2, m_small);

        JobRunner::Settings s = settings();
        std::atomic_bool looked{false};
        QString privateProblem = QStringLiteral("the transfer was never seen");
        s.workerObserver = [&](const JobUpdate &job) {
            // While `docker load -i` reads it: the archive is complete and checked by then.
            if (looked || job.stage != StageKind::Load || job.stageRecord(StageKind::Load).state != JobState::Running)
                return;
            looked = true;
            const QString dir = privateDir(2);
            struct stat st{};
            if (dir.isEmpty() || ::stat(dir.toLocal8Bit().constData(), &st) != 0)
                privateProblem = QStringLiteral("no private directory in %1").arg(m_push.nodeTmp(2));
            else if ((st.st_mode & 0777) != 0700 || st.st_uid != ::geteuid())
                privateProblem = QStringLiteral("%1 has mode %2").arg(dir).arg(st.st_mode & 0777, 0, 8);
            else if (!QFile::exists(dir + QStringLiteral("/owner")) || !QFile::exists(dir + QStringLiteral("/image.tar.part")))
                privateProblem = QStringLiteral("%1 lacks its owner or archive").arg(dir);
            else
                privateProblem.clear();
        };
        const QList<JobUpdate> jobs = push(request(m_small, {m_lab.nodes.at(2)}, TransferMode::Scp), s);
        QVERIFY2(jobs.value(0).state == JobState::Succeeded, qPrintable(jobs.value(0).message));
        QVERIFY2(privateProblem.isEmpty(), qPrintable(privateProblem));
        QVERIFY(nodeHasImage(2, m_small));
        const QList<EventRecord> events = history().events(jobs[0].historyId);
        QVERIFY(std::none_of(events.begin(), events.end(), [](const EventRecord &e) {
            return e.message.contains(QLatin1String("resuming"));
        }));
        QVERIFY(plant.open(QIODevice::ReadOnly));
        QCOMPARE(plant.readAll(), archive.left(archive.size() / 2)); // not ours: left as it was
        plant.close();
        QVERIFY(plant.remove());
        QCOMPARE(leftoverPartials(2), 0);
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
        QCOMPARE(jobs[0].failure, FailureKind::Unreachable); // fleetctl: exit 4
        QVERIFY(jobs[0].message.contains(QLatin1String("cannot connect")));
        QVERIFY(clock.elapsed() < 10000);
    }

    void unknownAndChangedHostKeysAreRefused()
    {
        JobRunner::Settings s = settings();
        s.ssh.knownHostsFile = m_tmp.filePath(QStringLiteral("empty_known_hosts"));
        QList<JobUpdate> jobs = push(request(m_small, {m_lab.nodes.at(0)}), s);
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QCOMPARE(jobs[0].failure, FailureKind::HostKey); // fleetctl: exit 3
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
        QCOMPARE(jobs.value(0).failure, FailureKind::HostKey);
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
        // Node 4's temp dir is a 24 MB tmpfs (scripts and ctest start the lab with --small-tmp 4:24m): the node
        // probe's free space says before sending that the archive does not fit, naming stream mode (issue 16; a
        // temp dir that fills up during the upload is TestPushFaults' disk-full row).
        const int node = 3;
        removeFromNode(node, m_big);
        const QList<JobUpdate> jobs = push(request(m_big, {m_lab.nodes.at(node)}, TransferMode::Scp));
        QCOMPARE(jobs.value(0).state, JobState::Failed);
        QCOMPARE(jobs[0].stageRecord(StageKind::Transfer).state, JobState::Failed);
        QVERIFY2(jobs[0].message.contains(QLatin1String("--mode stream"))
                     && jobs[0].message.contains(QLatin1String("Nothing was sent")), qPrintable(jobs[0].message));
        QCOMPARE(jobs[0].stageRecord(StageKind::Transfer).progress.done, 0);
        QCOMPARE(leftoverPartials(node), 0);
        QVERIFY(!nodeHasImage(node, m_big));
        const QList<StageRow> stages = history().stages(jobs[0].historyId);
        QVERIFY(std::any_of(stages.begin(), stages.end(), [](const StageRow &s) {
            return s.kind == StageKind::Transfer && s.state == JobState::Failed
                && s.error.contains(QLatin1String("temp dir"));
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
        const PushRequest r = m_push.archiveRequest(archive.fileName(), {m_lab.nodes.at(0)}, TransferMode::Scp);
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
        // The cut is made on the job's own thread (the worker observer), so it lands mid-stream however slow the
        // lab script is; past the SSH window, so `docker load` runs by then.
        JobRunner::Settings s = settings();
        std::atomic_bool killed{false};
        s.workerObserver = [&](const JobUpdate &job) {
            if (!killed && job.stage == StageKind::Transfer && job.stageRecord(job.stage).progress.done > 8000000) {
                killed = true;
                m_lab.lab({QStringLiteral("node"), QStringLiteral("3"), QStringLiteral("stop-ssh")});
            }
        };
        JobRunner runner(s);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
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

    void scpModeReplacesAForeignPartialFile()
    {
        // A partial file under the job's name but with wrong bytes (another writer, a bad disk): the prefix hash
        // differs, so the transfer starts over instead of appending to garbage — and the result loads. The bytes
        // are spoiled in the job's own directory while its connection is cut, before the retry resumes.
        removeFromNode(1, m_huge);
        JobRunner::Settings s = settings();
        std::atomic_bool spoiled{false};
        s.workerObserver = [&](const JobUpdate &job) {
            if (spoiled || job.stage != StageKind::Transfer
                || job.stageRecord(StageKind::Transfer).progress.done < 8000000)
                return;
            spoiled = true;
            m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("stop-ssh")});
            QFile partial(privateDir(1) + QStringLiteral("/image.tar.part"));
            if (partial.open(QIODevice::ReadWrite))
                partial.write(QByteArray(4096, 'x'));
            partial.close();
            m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("start-ssh")});
        };
        PushRequest r = request(m_huge, {m_lab.nodes.at(1)}, TransferMode::Scp);
        r.retries = 2;
        const QList<JobUpdate> jobs = push(r, s);
        QVERIFY(spoiled);
        QVERIFY2(jobs.value(0).state == JobState::Succeeded, qPrintable(jobs.value(0).message));
        QVERIFY(nodeHasImage(1, m_huge));
        QCOMPARE(leftoverPartials(1), 0);
        const QList<EventRecord> events = history().events(jobs[0].historyId);
        QVERIFY(std::any_of(events.begin(), events.end(), [](const EventRecord &e) {
            return e.message.contains(QLatin1String("does not match"));
        }));
    }

    void nodesOfOneRequestAreDeduplicated()
    {
        // Item 5: one node named twice (in two spellings) is one job, not two fighting over one node.
        removeFromNode(0, m_small);
        const QString node = m_lab.nodes.at(0);
        const QList<JobUpdate> jobs = push(request(m_small, {node, node, m_lab.user + QLatin1Char('@') + node,
                                                             node + QStringLiteral(":22")}, TransferMode::Scp));
        QCOMPARE(jobs.size(), 1);
        QVERIFY2(jobs[0].state == JobState::Succeeded, qPrintable(jobs[0].message));
    }

    void twoScpJobsForOneImageAndNodeKeepApart()
    {
        // Item 5: two scp pushes of the same image to the same node at once (two runners, like two windows or
        // two fleetctl): each has its own directory on the node, so neither resumes from nor deletes the other's.
        removeFromNode(3, m_small);
        JobRunner first(settings()), second(settings());
        QSignalSpy firstDone(&first, &JobRunner::jobFinished), secondDone(&second, &JobRunner::jobFinished);
        QVERIFY(!first.submit(request(m_small, {m_lab.nodes.at(3)}, TransferMode::Scp)).isEmpty());
        QVERIFY(!second.submit(request(m_small, {m_lab.nodes.at(3)}, TransferMode::Scp)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(firstDone.size() == 1 && secondDone.size() == 1, 60000);
        for (const QSignalSpy *done : {&firstDone, &secondDone}) {
            const JobUpdate job = done->first().first().value<JobUpdate>();
            QVERIFY2(job.state == JobState::Succeeded || job.state == JobState::Skipped, qPrintable(job.message));
            const QList<EventRecord> events = history().events(job.historyId);
            QVERIFY(std::none_of(events.begin(), events.end(), [](const EventRecord &e) {
                return e.message.contains(QLatin1String("does not match"))
                    || e.message.contains(QLatin1String("corrupted"));
            }));
        }
        QVERIFY(nodeHasImage(3, m_small));
        QCOMPARE(leftoverPartials(3), 0);
    }

    void archiveNamesPassTheTagPolicy()
    {
        // Item 6: an archive's RepoTags land on the node as they are (docker load applies them), so each entry's
        // names pass the same policy as a name typed by hand — every entry, not only the first, or a two-image
        // archive half-loads. Nothing is sent when one is refused.
        QString out;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), QStringLiteral("fleetlab/push-tiny:1.0.0"), QStringLiteral("--mb"),
                            QStringLiteral("1")}, &out) == 0, qPrintable(out));
        QVERIFY(m_push.docker({QStringLiteral("tag"), QStringLiteral("fleetlab/push-tiny:1.0.0"),
                               QStringLiteral("fleetlab/push-tiny:latest")}));
        const QString latestOnly = m_push.writeFile(QStringLiteral("latest.tar"),
                                                    m_push.save({QStringLiteral("fleetlab/push-tiny:latest")}));
        const QString twoImages = m_push.writeFile(QStringLiteral("two.tar"),
                                                   m_push.save({m_small, QStringLiteral("fleetlab/push-tiny:latest")}));
        QVERIFY(!latestOnly.isEmpty() && !twoImages.isEmpty());
        removeFromNode(0, m_small);
        removeFromNode(0, QStringLiteral("fleetlab/push-tiny:1.0.0"));
        removeFromNode(0, QStringLiteral("fleetlab/push-tiny:latest"));
        for (const QString &path : {latestOnly, twoImages}) {
            for (TransferMode mode : {TransferMode::Stream, TransferMode::Scp}) {
                const JobUpdate job = m_push.pushOne(m_push.archiveRequest(path, {m_lab.nodes.at(0)}, mode));
                QCOMPARE(job.state, JobState::Failed);
                QCOMPARE(job.failure, FailureKind::Usage);
                QCOMPARE(job.stageRecord(StageKind::Save).state, JobState::Failed);
                QVERIFY2(job.message.contains(QLatin1String("fleetlab/push-tiny:latest"))
                             && job.message.contains(QLatin1String("latest"))
                             && job.message.contains(QLatin1String("docker tag")), qPrintable(job.message));
                QCOMPARE(job.stageRecord(StageKind::Transfer).progress.done, 0);
                QCOMPARE(history().job(job.historyId)->source, PushSourceKind::ArchiveFile);
            }
        }
        QVERIFY(!nodeHasImage(0, QStringLiteral("fleetlab/push-tiny:latest")));
        QVERIFY(!nodeHasImage(0, m_small)); // the first, acceptable entry did not load alone either
        QCOMPARE(leftoverPartials(0), 0);
        m_push.docker({QStringLiteral("rmi"), QStringLiteral("fleetlab/push-tiny:latest")});
    }

    void runRetryFindsTheContainerOfAnEarlierAttempt()
    {
        // Item 11: a retry after a lost `docker run` answer must not start a second container. The run stage
        // labels its container with the request's id, and looks for it before running. Here the answer arrived
        // (the job succeeded) and the request is retried as if it had not: still one container.
        const QString label = QStringLiteral("io.fleetcommander.request");
        onNode(1, QStringLiteral("docker rm -f $(docker ps -aq --filter label=%1) 2>/dev/null; true").arg(label));
        JobRunner runner(settings());
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        PushRequest r = request(m_small, {m_lab.nodes.at(1)});
        r.run.enabled = true;
        const QList<quint64> ids = runner.submit(r);
        QVERIFY(ids.size() == 1 && finished.wait(60000));
        JobUpdate job = finished.last().first().value<JobUpdate>();
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        const quint64 again = runner.retry(ids.first());
        QVERIFY(again != 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        job = finished.last().first().value<JobUpdate>();
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QVERIFY2(job.message.contains(QLatin1String("already started by an earlier attempt")), qPrintable(job.message));
        const RemoteResult containers = onNode(1, QStringLiteral("docker ps -aq --filter label=%1").arg(label));
        QCOMPARE(containers.out.trimmed().split('\n').size(), 1);
        // A new request is a new container.
        const QList<JobUpdate> other = push(r);
        QVERIFY2(other.value(0).state == JobState::Succeeded, qPrintable(other.value(0).message));
        QCOMPARE(onNode(1, QStringLiteral("docker ps -aq --filter label=%1").arg(label)).out.trimmed().split('\n').size(), 2);
        onNode(1, QStringLiteral("docker rm -f $(docker ps -aq --filter label=%1)").arg(label));
    }

    void fleetctlSaysWhatTheSourceIs()
    {
        // Issue 10: the source kind is said, never guessed from ".tar". `app:v1.tar` is a legal tag (an image the
        // engine lacks, exit 1), a path that does not exist is "no such file" (exit 2, not a tag-policy error),
        // and an archive is pushed with --archive FILE or as a path; the history and the JSON lines record it.
        QList<QJsonObject> lines;
        int code = m_push.runFleetctl({QStringLiteral("push"), QStringLiteral("fleetlab/app:v1.tar"),
                                       m_lab.nodes.at(0)}, &lines);
        QCOMPARE(code, 1);
        QVERIFY(!lines.isEmpty());
        const QJsonObject imageJob = lines.value(lines.size() - 2);
        QCOMPARE(imageJob.value(QLatin1String("source")).toString(), QStringLiteral("image"));
        QCOMPARE(imageJob.value(QLatin1String("failure")).toString(), QStringLiteral("failed"));
        QCOMPARE(lines.last().value(QLatin1String("exit")).toInt(), 1); // the result line; job records carry kinds
        QVERIFY(imageJob.value(QLatin1String("message")).toString().contains(QLatin1String("not in the local Docker Engine")));

        for (const QString &missing : {m_tmp.filePath(QStringLiteral("missing.tar")), QStringLiteral("./missing.tar"),
                                       QStringLiteral("missing.tar")}) {
            code = m_push.runFleetctl({QStringLiteral("push"), missing, m_lab.nodes.at(0)}, &lines);
            QCOMPARE(code, 2);
            QVERIFY2(lines.value(0).value(QLatin1String("message")).toString().contains(QLatin1String("no such file")),
                     qPrintable(lines.value(0).value(QLatin1String("message")).toString()));
        }

        const QString archive = m_push.writeFile(QStringLiteral("small.tar"), m_push.save({m_small}));
        for (const QStringList &words : {QStringList{QStringLiteral("--archive"), archive}, QStringList{archive}}) {
            removeFromNode(0, m_small);
            code = m_push.runFleetctl(QStringList{QStringLiteral("push")} + words + QStringList{m_lab.nodes.at(0)},
                                      &lines);
            QCOMPARE(code, 0);
            const QJsonObject job = lines.value(lines.size() - 2);
            QCOMPARE(job.value(QLatin1String("source")).toString(), QStringLiteral("archive"));
            QCOMPARE(job.value(QLatin1String("failure")).toString(), QStringLiteral("none"));
            const std::optional<JobRecord> row = history().job(job.value(QLatin1String("id")).toInteger());
            QVERIFY(row);
            QCOMPARE(row->source, PushSourceKind::ArchiveFile);
            QCOMPARE(row->archivePath, archive);
            QVERIFY(nodeHasImage(0, m_small));
        }
    }
};

QTEST_GUILESS_MAIN(TestPushJob)
#include "TestPushJob.moc"
