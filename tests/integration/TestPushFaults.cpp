#include "PushLab.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>

using namespace fleet;
using fleet::test::PushLab;

// The push fault matrix (ctest labels `integration` and `faults`): one function per fault, done for real to the
// lab (sshd and dockerd killed or frozen by their PIDs, a full tmpfs, damaged archives, wrong keys, the real
// fleetctl signalled or killed). Every row checks the same four things:
//   1. the message names the cause and the fix;
//   2. the history row agrees (state, error, no stage left running, bytes = the transfer stage's);
//   3. no temporary file is left, here or in the node's own TMPDIR;
//   4. no partial image is on the node.
// Faults are injected at a precise point through JobRunner's worker observer (it runs on the job's thread, so the
// job waits while the fault is done), or, for fleetctl as a process, by watching the bytes arrive on the node.
//
// Rows: sshd killed mid-transfer (stream, scp) · dockerd killed mid-load · node disk full (stream, scp) ·
// truncated archive · corrupted archive · changed host key · wrong key · kill -9 of fleetctl mid-push, then a new
// run · node dockerd hung (SIGSTOP) → stall timeout · two pushes of one image to one node at once · SIGINT and
// SIGTERM of fleetctl mid-transfer (cancel cleans up, exit 130/143).
class TestPushFaults final : public QObject
{
    Q_OBJECT

private:
    PushLab m_push;
    QTemporaryDir m_tmp;
    const QString m_image = QStringLiteral("fleetlab/fault-small:1.0.0"); // 16 MB: a transfer is still running
    const QString m_large = QStringLiteral("fleetlab/fault-large:1.0.0"); // 32 MB: more than node 4's 24 MiB

    // Runs one request whose job calls `fault` once, on its thread, when `stage` has moved `afterBytes`.
    JobUpdate pushWithFault(const PushRequest &r, StageKind stage, qint64 afterBytes, const std::function<void()> &fault)
    {
        JobRunner::Settings s = m_push.settings();
        std::atomic_bool done{false};
        s.workerObserver = [&](const JobUpdate &job) {
            if (!done && job.stage == stage && job.stageRecord(stage).state == JobState::Running
                && job.stageRecord(stage).progress.done >= afterBytes) {
                done = true;
                fault();
            }
        };
        const JobUpdate job = m_push.pushOne(r, s);
        if (!done)
            qWarning("the fault was never injected: the job ended %s: %s", qPrintable(jobStateName(job.state)),
                     qPrintable(job.message));
        return job;
    }

    int transferAttempts(qint64 historyId)
    {
        HistoryStore store;
        store.open(m_push.db, Database::OpenMode::ReadOnly);
        for (const StageRow &stage : store.stages(historyId))
            if (stage.kind == StageKind::Transfer)
                return stage.attempts;
        return 0;
    }

    std::optional<JobRecord> historyJob(qint64 id)
    {
        HistoryStore store;
        store.open(m_push.db, Database::OpenMode::ReadOnly);
        return store.job(id);
    }

    void sshdKilledMidTransfer(TransferMode mode)
    {
        const int node = 2;
        m_push.removeFromNode(node, m_image);
        const JobUpdate job = pushWithFault(m_push.request(m_image, {m_push.lab.nodes.at(node)}, mode),
                                            StageKind::Transfer, 4 << 20, // past the SSH window: the command runs
                                            [&] { PushLab::signal(m_push.sshSessionPids(node, true), SIGKILL); });
        QCOMPARE(job.state, JobState::Failed);
        // Cut mid-way: some bytes went, not all (a push of missing layers only does not know its total up front).
        const Progress sent = job.stageRecord(StageKind::Transfer).progress;
        QVERIFY(sent.done > 0 && (sent.total <= 0 || sent.done < sent.total));
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("connection")},
                                                   {QStringLiteral("retry")}));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(node, m_image));
    }

    void diskFull(TransferMode mode)
    {
        const int node = 3; // the ctest lab gives node 4 a 24 MiB tmpfs TMPDIR (--small-tmp 4:24m)
        m_push.removeFromNode(node, m_large);
        // stream mode: the node's dockerd stages a load in its data-root's tmp; give it a small one for this row.
        const QString dockerTmp = m_push.nodeDir(node) + QStringLiteral("/data/tmp");
        if (mode == TransferMode::Stream)
            QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                QStringLiteral("-o"), QStringLiteral("size=24m"),
                                                                QStringLiteral("fleetlab-faults"), dockerTmp}), 0);
        const auto unmount = qScopeGuard([&] {
            if (mode == TransferMode::Stream)
                QProcess::execute(QStringLiteral("umount"), {dockerTmp});
        });
        // scp mode: an archive larger than the temp dir is refused before sending (the probe's free space,
        // TestPushJob); so the temp dir fills up while a fitting one is on its way, as another process would fill it.
        const QString image = mode == TransferMode::Scp ? m_image : m_large;
        m_push.removeFromNode(node, image);
        const QString filler = m_push.nodeTmp(node) + QStringLiteral("/fault-filler");
        const auto removeFiller = qScopeGuard([&] { QFile::remove(filler); });
        PushRequest r = m_push.request(image, {m_push.lab.nodes.at(node)}, mode);
        r.retries = 2; // a full disk is not transient: it must not be sent again
        const JobUpdate job = mode == TransferMode::Scp
            ? pushWithFault(r, StageKind::Transfer, 2 << 20, [&] {
                  const qint64 room = QStorageInfo(m_push.nodeTmp(node)).bytesAvailable() - (256 << 10);
                  QProcess::execute(QStringLiteral("fallocate"), {QStringLiteral("-l"), QString::number(room), filler});
              })
            : m_push.pushOne(r);
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("disk is full")},
                                                   {QStringLiteral("free space")}));
        QCOMPARE(transferAttempts(job.historyId), 1);
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
        QFile::remove(filler);
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(node, image));
    }

    // fleetctl push as a process, its transfer frozen (the node's sshd sessions stopped) once `node` received
    // a MiB; returns the process and the frozen PIDs (continued by the caller).
    std::unique_ptr<QProcess> startFrozenPush(int node, TransferMode mode, const QString &localTmp,
                                              QList<qint64> *frozen)
    {
        std::unique_ptr<QProcess> process = m_push.startFleetctl(
            {QStringLiteral("push"), m_image, m_push.lab.nodes.at(node), QStringLiteral("--mode"),
             transferModeName(mode), QStringLiteral("--retries"), QStringLiteral("0")}, localTmp);
        QList<qint64> sessions;
        const bool arrived = PushLab::waitFor([&] {
            if (sessions.isEmpty())
                sessions = m_push.sshSessionPids(node); // the job's connection, open before the first byte
            return m_push.bytesArrived(node) >= (1 << 20);
        }, 30000);
        *frozen = sessions + m_push.sshSessionPids(node);
        PushLab::signal(*frozen, SIGSTOP);
        if (!arrived)
            qWarning("no byte arrived on node %d", node + 1);
        return process;
    }

    // The job line of fleetctl's JSON output.
    static QJsonObject jobLine(const QList<QJsonObject> &lines)
    {
        for (const QJsonObject &line : lines)
            if (line.value(QLatin1String("type")).toString() == QLatin1String("job"))
                return line;
        return {};
    }

    void signalCancels(TransferMode mode, int sig)
    {
        const int node = mode == TransferMode::Scp ? 0 : 1;
        m_push.removeFromNode(node, m_image);
        QTemporaryDir localTmp;
        QList<qint64> frozen;
        const std::unique_ptr<QProcess> fleetctl = startFrozenPush(node, mode, localTmp.path(), &frozen);
        const auto thaw = qScopeGuard([&] { PushLab::signal(frozen, SIGCONT); });
        if (mode == TransferMode::Scp)
            QVERIFY(!m_push.localLeftovers(localTmp.path()).isEmpty()); // the local archive exists meanwhile
        ::kill(pid_t(fleetctl->processId()), sig);
        QVERIFY2(fleetctl->waitForFinished(10000), "fleetctl did not stop after the signal");
        PushLab::signal(frozen, SIGCONT);
        QCOMPARE(fleetctl->exitStatus(), QProcess::NormalExit);
        QCOMPARE(fleetctl->exitCode(), 128 + sig); // documented: 130 SIGINT, 143 SIGTERM
        const QJsonObject job = jobLine(PushLab::jsonLines(fleetctl->readAllStandardOutput()));
        QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(job.value(QLatin1String("failure")).toString(), QStringLiteral("cancelled"));
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.value(QLatin1String("message")).toString(),
                                                   {QStringLiteral("cancelled")}, {}));
        const std::optional<JobRecord> row = historyJob(job.value(QLatin1String("id")).toInteger());
        QVERIFY(row);
        QCOMPARE(row->state, JobState::Cancelled);
        QVERIFY2(row->bytes >= (1 << 20), qPrintable(QString::number(row->bytes))); // the bytes done
        FLEET_VERIFY_EMPTY(m_push.historyProblem(row->id, JobState::Cancelled));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(node, m_image, localTmp.path()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_push.init(m_tmp.path());
        FLEET_REQUIRE_LAB(m_push.lab);
        QString out;
        QVERIFY2(m_push.lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--layers"), QStringLiteral("2"),
                                 QStringLiteral("--mb"), QStringLiteral("16")}, &out) == 0, qPrintable(out));
        QVERIFY2(m_push.lab.lab({QStringLiteral("image"), m_large, QStringLiteral("--mb"), QStringLiteral("32")}, &out)
                     == 0, qPrintable(out));
    }

    void init()
    {
        QVERIFY(m_push.localLeftovers().isEmpty());
    }

    void sshdKilledMidTransferStream() { sshdKilledMidTransfer(TransferMode::Stream); }
    void sshdKilledMidTransferScp() { sshdKilledMidTransfer(TransferMode::Scp); }

    void dockerdKilledMidLoad()
    {
        const int node = 2;
        m_push.removeFromNode(node, m_image);
        PushRequest r = m_push.request(m_image, {m_push.lab.nodes.at(node)});
        r.retries = 2; // docker load said why it stopped: sending the image again would not help
        const JobUpdate job = pushWithFault(r, StageKind::Transfer, 4 << 20, [&] {
            PushLab::signal({m_push.dockerdPid(node)}, SIGKILL);
        });
        QVERIFY(m_push.restartDocker(node));
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.failure, FailureKind::Unreachable);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("Docker daemon"),
                                                                 QStringLiteral("went away")},
                                                   {QStringLiteral("start it again")}));
        QCOMPARE(transferAttempts(job.historyId), 1);
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(node, m_image));
    }

    void diskFullStream() { diskFull(TransferMode::Stream); }
    void diskFullScp() { diskFull(TransferMode::Scp); }

    void truncatedArchive()
    {
        const QByteArray whole = m_push.save({m_image});
        QVERIFY(whole.size() > (8 << 20));
        const QString path = m_push.writeFile(QStringLiteral("truncated.tar"), whole.left(whole.size() / 2));
        m_push.removeFromNode(0, m_image);
        const JobUpdate job = m_push.pushOne(m_push.archiveRequest(path, {m_push.lab.nodes.at(0)}));
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.stageRecord(StageKind::Save).state, JobState::Failed);
        QCOMPARE(job.stageRecord(StageKind::Transfer).progress.done, 0); // never sent
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("truncated or corrupt")},
                                                   {QStringLiteral("docker save")}));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(0, m_image));
    }

    void corruptedArchive()
    {
        // Whole tar headers, damaged bytes inside a layer: only `docker load` can tell (the layer does not match
        // its digest). Its own words are reported, and the image is not sent again.
        // (Inside both big data layers: a layer the node already has, busybox's, is skipped unread by the load.)
        QByteArray bytes = m_push.save({m_image});
        for (const qsizetype at : {bytes.size() / 4, bytes.size() * 3 / 4})
            for (qsizetype i = at; i < at + 4096; ++i)
                bytes[i] = char(bytes[i] ^ 0x5a);
        const QString path = m_push.writeFile(QStringLiteral("corrupted.tar"), bytes);
        m_push.removeFromNode(0, m_image);
        PushRequest r = m_push.archiveRequest(path, {m_push.lab.nodes.at(0)});
        r.retries = 2;
        const JobUpdate job = m_push.pushOne(r);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.stageRecord(StageKind::Load).state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("docker load"),
                                                                 QStringLiteral("archive is damaged")},
                                                   {QStringLiteral("docker save")}));
        QCOMPARE(transferAttempts(job.historyId), 1);
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(0, m_image));
    }

    void changedHostKey()
    {
        QFile real(m_push.lab.knownHosts);
        QVERIFY(real.open(QIODevice::ReadOnly));
        QByteArray otherKey;
        for (const QByteArray &line : real.readAll().split('\n'))
            if (line.startsWith(QByteArray(m_push.lab.nodes.at(1).toUtf8() + ' ')))
                otherKey = line.mid(line.indexOf(' ') + 1);
        JobRunner::Settings s = m_push.settings();
        s.ssh.knownHostsFile = m_push.writeFile(QStringLiteral("forged_known_hosts"),
                                                m_push.lab.nodes.at(0).toUtf8() + ' ' + otherKey + '\n');
        m_push.removeFromNode(0, m_image);
        const JobUpdate job = m_push.pushOne(m_push.request(m_image, {m_push.lab.nodes.at(0)}, TransferMode::Scp), s);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.failure, FailureKind::HostKey);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("host key has CHANGED")},
                                                   {QStringLiteral("trust"), QStringLiteral("--forget")}));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(0, m_image));
    }

    void wrongKey()
    {
        const QString key = m_tmp.filePath(QStringLiteral("stranger"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                                   QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                                   QString(), QStringLiteral("-f"), key}), 0);
        JobRunner::Settings s = m_push.settings();
        s.ssh.identityFile = key;
        m_push.removeFromNode(0, m_image);
        const JobUpdate job = m_push.pushOne(m_push.request(m_image, {m_push.lab.nodes.at(0)}, TransferMode::Scp), s);
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("refused our key")},
                                                   {QStringLiteral("authorized_keys")}));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(0, m_image));
    }

    void killedFleetctlThenNewRun()
    {
        // kill -9 mid-transfer leaves what nothing could clean: the local archive, the node's directory, a job
        // "running" in the history. The next push sweeps the first two (their owner process is gone) and closes
        // the job with the bytes of its last checkpoint.
        const int node = 0;
        m_push.removeFromNode(node, m_image);
        QTemporaryDir localTmp;
        QList<qint64> frozen;
        const std::unique_ptr<QProcess> fleetctl = startFrozenPush(node, TransferMode::Scp, localTmp.path(), &frozen);
        const auto thaw = qScopeGuard([&] { PushLab::signal(frozen, SIGCONT); });
        // The history has a checkpoint of the bytes moved before the kill.
        QVERIFY(PushLab::waitFor([&] {
            HistoryStore store;
            if (!store.open(m_push.db, Database::OpenMode::ReadOnly))
                return false;
            for (const JobRecord &job : store.jobs({}))
                if (job.state == JobState::Running)
                    for (const StageRow &stage : store.stages(job.id))
                        if (stage.kind == StageKind::Transfer && stage.bytesDone > 0)
                            return true;
            return false;
        }, 10000));
        fleetctl->kill(); // SIGKILL: no handler runs
        QVERIFY(fleetctl->waitForFinished(10000));
        PushLab::signal(frozen, SIGCONT);
        QCOMPARE(m_push.localLeftovers(localTmp.path()).size(), 1);
        QVERIFY(m_push.leftoverPartials(node) >= 1);

        QList<QJsonObject> lines;
        QCOMPARE(m_push.runFleetctl({QStringLiteral("push"), m_image, m_push.lab.nodes.at(node), QStringLiteral("--mode"),
                                     QStringLiteral("scp")}, &lines, localTmp.path()), 0);
        const QJsonObject job = jobLine(lines);
        QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
        // The killed job: failed, "interrupted", with its bytes; nothing of it left anywhere.
        HistoryStore store;
        QVERIFY(store.open(m_push.db, Database::OpenMode::ReadOnly));
        const QList<JobRecord> jobs = store.jobs({});
        const auto killed = std::find_if(jobs.begin(), jobs.end(), [](const JobRecord &j) {
            return j.error == HistoryStore::interruptedMessage();
        });
        QVERIFY(killed != jobs.end());
        QCOMPARE(killed->state, JobState::Failed);
        QVERIFY2(killed->bytes > 0, "the killed job shows no bytes");
        FLEET_VERIFY_EMPTY(m_push.historyProblem(killed->id, JobState::Failed));
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(killed->error, {QStringLiteral("interrupted")}, {}));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(node, {}, localTmp.path()));
        QVERIFY(m_push.nodeHasImage(node, m_image)); // the new run's
    }

    void dockerdHungStallTimeout()
    {
        // A SIGSTOPped dockerd answers nothing: without a stall timeout the push waited for ever.
        const int node = 1;
        m_push.removeFromNode(node, m_image);
        const qint64 dockerd = m_push.dockerdPid(node);
        QVERIFY(dockerd > 0);
        PushLab::signal({dockerd}, SIGSTOP);
        const auto resume = qScopeGuard([&] { PushLab::signal({dockerd}, SIGCONT); });
        const std::unique_ptr<QProcess> fleetctl = m_push.startFleetctl(
            {QStringLiteral("push"), m_image, m_push.lab.nodes.at(node), QStringLiteral("--stall-timeout"),
             QStringLiteral("2")}, {});
        const bool ended = fleetctl->waitForFinished(30000);
        if (!ended)
            fleetctl->kill();
        PushLab::signal({dockerd}, SIGCONT);
        QVERIFY2(ended, "the push hung with the node's dockerd");
        QCOMPARE(fleetctl->exitCode(), 4); // a required service did not answer
        const QJsonObject job = jobLine(PushLab::jsonLines(fleetctl->readAllStandardOutput()));
        QCOMPARE(job.value(QLatin1String("failure")).toString(), QStringLiteral("unreachable"));
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.value(QLatin1String("message")).toString(),
                                                   {QStringLiteral("no progress for 2 s"),
                                                    QStringLiteral("Docker daemon on the node does not answer")},
                                                   {QStringLiteral("restart it")}));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.value(QLatin1String("id")).toInteger(), JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(node, m_image));
    }

    void twoPushesOfOneImageToOneNodeAtOnce()
    {
        const int node = 2;
        m_push.removeFromNode(node, m_image);
        const QStringList args{QStringLiteral("push"), m_image, m_push.lab.nodes.at(node), QStringLiteral("--mode"),
                               QStringLiteral("scp")};
        const std::unique_ptr<QProcess> first = m_push.startFleetctl(args, {});
        const std::unique_ptr<QProcess> second = m_push.startFleetctl(args, {});
        QVERIFY(first->waitForFinished(60000) && second->waitForFinished(60000));
        for (QProcess *p : {first.get(), second.get()}) {
            QCOMPARE(p->exitCode(), 0);
            const QJsonObject job = jobLine(PushLab::jsonLines(p->readAllStandardOutput()));
            QVERIFY(job.value(QLatin1String("state")).toString() == QLatin1String("succeeded")
                    || job.value(QLatin1String("state")).toString() == QLatin1String("skipped"));
            FLEET_VERIFY_EMPTY(m_push.historyProblem(job.value(QLatin1String("id")).toInteger(),
                                                     jobStateFromName(job.value(QLatin1String("state")).toString())));
        }
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(node, {}));
        QVERIFY(m_push.nodeHasImage(node, m_image));
    }

    void sigintCancelsScp() { signalCancels(TransferMode::Scp, SIGINT); }
    void sigtermCancelsStream() { signalCancels(TransferMode::Stream, SIGTERM); }
};

QTEST_GUILESS_MAIN(TestPushFaults)
#include "TestPushFaults.moc"
