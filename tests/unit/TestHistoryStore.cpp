#include "history/HistoryStore.h"
#include "history/JobQuery.h"
#include "history/ProcessOwner.h"
#include "history/Statement.h"
#include "history/Transaction.h"

#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unistd.h>

using namespace fleet;

// HistoryStore on a real SQLite file: what the job runner, the scanner and the history view rely on.
class TestHistoryStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QDateTime m_now;

    static QDateTime at(int seconds) { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(seconds); }

    static QList<qint64> ids(const QList<JobRecord> &jobs)
    {
        QList<qint64> result;
        for (const JobRecord &job : jobs)
            result << job.id;
        return result;
    }

    void setOwner(const char *table, qint64 id, const QString &owner)
    {
        Statement s(m_store->database(), QByteArray("UPDATE ") + table + " SET owner = ?1 WHERE id = ?2");
        s.bind(1, owner).bind(2, id);
        QVERIFY(s.run());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoConnectionsOpenAFreshFileAtOnce()
    {
        // Two push jobs of one request open a history that does not exist yet at the same moment: both must get
        // it (switching the new file to WAL used to fail the loser with SQLITE_BUSY: its job had no history row).
        QTemporaryDir dir;
        for (int round = 0; round < 30; ++round) {
            const QString path = dir.filePath(QStringLiteral("fresh-%1.db").arg(round));
            std::atomic_int opened{0};
            QString problem;
            QMutex mutex;
            const auto open = [&] {
                HistoryStore store;
                if (store.open(path))
                    ++opened;
                else {
                    const QMutexLocker lock(&mutex);
                    problem = store.errorString();
                }
            };
            std::thread a(open), b(open);
            a.join();
            b.join();
            QVERIFY2(opened == 2, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<HistoryStore>();
        m_now = at(0);
        m_store->setClock([this] { return m_now; });
        QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("history.db"))), qPrintable(m_store->errorString()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void defaultPathIsInAppData()
    {
        const QString path = HistoryStore::defaultPath();
        QVERIFY(path.endsWith(QLatin1String("/history.db")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY2(path.contains(QLatin1String("qttest")), qPrintable(path)); // test mode: not the user's file
    }

    void upsertKeepsFirstSeen()
    {
        Node node;
        node.address = QStringLiteral("127.0.77.11");
        node.sshPort = 2222;
        node.hostName = QStringLiteral("alpha");
        node.os = QStringLiteral("Debian 12");
        node.agentVersion = QStringLiteral("0.1.0");
        node.state = NodeState::Online;
        node.facts.cpuCount = 8;
        node.facts.memTotal = Q_INT64_C(34359738368);
        node.facts.gpu = QStringLiteral("NVIDIA A100 (1)");
        QVERIFY(m_store->upsertNode(node)); // invalid times: stamped with the clock
        m_now = at(3600);
        Node later;
        later.address = QStringLiteral("127.0.77.11");
        later.state = NodeState::NotInstalled;
        later.sshBanner = QStringLiteral("SSH-2.0-OpenSSH_9.2p1");
        later.firstSeen = at(9999); // must not replace the first sighting
        QVERIFY(m_store->upsertNode(later));

        const std::optional<Node> stored = m_store->node(QStringLiteral("127.0.77.11"));
        QVERIFY(stored);
        QCOMPARE(stored->firstSeen, at(0));
        QCOMPARE(stored->lastSeen, at(3600));
        QCOMPARE(stored->state, NodeState::NotInstalled);
        QCOMPARE(stored->hostName, QStringLiteral("alpha")); // not erased by a scan that did not learn it
        QCOMPARE(stored->os, QStringLiteral("Debian 12"));
        QCOMPARE(stored->sshBanner, QStringLiteral("SSH-2.0-OpenSSH_9.2p1"));
        QCOMPARE(stored->agentVersion, QString()); // the agent is gone: replaced
        QCOMPARE(stored->sshPort, quint16(22));
        QCOMPARE(stored->facts.cpuCount, -1);
        QCOMPARE(m_store->nodes().size(), 1);

        QVERIFY(m_store->upsertNode(node));
        const std::optional<Node> again = m_store->node(QStringLiteral("127.0.77.11"));
        QCOMPARE(again->facts.cpuCount, 8);
        QCOMPARE(again->facts.memTotal, Q_INT64_C(34359738368));
        QCOMPARE(again->facts.gpu, QStringLiteral("NVIDIA A100 (1)"));
        QCOMPARE(again->facts.diskFree, Q_INT64_C(-1));

        // Host names compare case-insensitively: one node, not two.
        Node upper = node;
        upper.address = QStringLiteral("NODE-A.lab");
        QVERIFY(m_store->upsertNode(upper));
        upper.address = QStringLiteral("node-a.LAB");
        QVERIFY(m_store->upsertNode(upper));
        QCOMPARE(m_store->nodes().size(), 2);
        QVERIFY(m_store->node(QStringLiteral("node-a.lab")));

        QVERIFY(m_store->setSecretRef(QStringLiteral("127.0.77.11"), QStringLiteral("fleet-commander/127.0.77.11")));
        QCOMPARE(m_store->secretRef(QStringLiteral("127.0.77.11")), QStringLiteral("fleet-commander/127.0.77.11"));
        QVERIFY(!m_store->setSecretRef(QStringLiteral("127.9.9.9"), QStringLiteral("x")));
        QVERIFY(m_store->errorString().contains(QLatin1String("not a known node")));
        QVERIFY(!m_store->upsertNode(Node{}));
    }

    void markOfflineTouchesOnlyKnownNodes()
    {
        for (const char *address : {"127.0.77.11", "127.0.77.12", "127.0.77.13"}) {
            Node node;
            node.address = QLatin1String(address);
            node.state = NodeState::Online;
            QVERIFY(m_store->upsertNode(node));
        }
        m_now = at(60);
        const QStringList silent{QStringLiteral("127.0.77.12"), QStringLiteral("127.0.77.13"),
                                 QStringLiteral("127.0.77.99")};
        QCOMPARE(m_store->markOffline(silent), 2);
        QCOMPARE(m_store->markOffline(silent), 0); // already offline
        QVERIFY(!m_store->node(QStringLiteral("127.0.77.99"))); // never seen: not invented
        const QList<Node> offline = m_store->nodes(NodeState::Offline);
        QCOMPARE(offline.size(), 2);
        QCOMPARE(offline.at(0).address, QStringLiteral("127.0.77.12"));
        QCOMPARE(offline.at(1).address, QStringLiteral("127.0.77.13"));
        QCOMPARE(offline.at(0).lastSeen, at(0)); // last seen when it last answered
        QCOMPARE(m_store->nodes(NodeState::Online).size(), 1);
        QCOMPARE(m_store->nodes().size(), 3);

        // Inside a caller's transaction it joins it (and is undone with it).
        {
            Transaction outer(m_store->database());
            QCOMPARE(m_store->markOffline({QStringLiteral("127.0.77.11")}), 1);
        }
        QCOMPARE(m_store->nodes(NodeState::Online).size(), 1);
    }

    void scansRoundTrip()
    {
        const QStringList targets{QStringLiteral("127.0.77.0/24"), QStringLiteral("@known-hosts")};
        const qint64 first = m_store->beginScan(targets);
        QVERIFY(first > 0);
        std::optional<ScanRecord> running = m_store->scan(first);
        QVERIFY(running);
        QCOMPARE(running->targets, targets);
        QCOMPARE(running->startedAt, at(0));
        QVERIFY(!running->finishedAt.isValid());

        m_now = at(2);
        ScanRecord result;
        result.durationMs = 1834;
        result.hostsTotal = 256;
        result.found = 5;
        result.online = 2;
        result.notInstalled = 2;
        result.offline = 1;
        result.unreachable = 0;
        QVERIFY(m_store->finishScan(first, result));
        const qint64 second = m_store->beginScan({QStringLiteral("127.0.78.1")});
        QVERIFY(m_store->addEvent(EventLevel::Warning, QStringLiteral("no route"), 0, second) > 0);

        const std::optional<ScanRecord> done = m_store->scan(first);
        QCOMPARE(done->finishedAt, at(2));
        QCOMPARE(done->durationMs, 1834);
        QCOMPARE(done->hostsTotal, 256);
        QCOMPARE(done->found, 5);
        QCOMPARE(done->online, 2);
        QCOMPARE(done->notInstalled, 2);
        QCOMPARE(done->offline, 1);
        QCOMPARE(done->error, QString());
        const QList<ScanRecord> all = m_store->scans();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().id, second); // newest first
        QCOMPARE(m_store->scans(10, second).size(), 1);
        QCOMPARE(m_store->scanEvents(second).size(), 1);
        QCOMPARE(m_store->scanEvents(second).first().level, EventLevel::Warning);
        QVERIFY(!m_store->finishScan(12345, result));
    }

    void jobsStagesAndEventsRoundTrip()
    {
        const qint64 batch = m_store->createBatch();
        QVERIFY(batch > 0);
        const qint64 a = m_store->createJob(batch, QStringLiteral("fleetlab/test:1.0.0"),
                                            QStringLiteral("sha256:abc"), {}, QStringLiteral("127.0.77.11"),
                                            TransferMode::Scp);
        const qint64 b = m_store->createJob(batch, QStringLiteral("fleetlab/test:1.0.0"), {}, {},
                                            QStringLiteral("127.0.77.12"), TransferMode::Stream);
        QVERIFY(a > 0 && b > a);
        std::optional<JobRecord> queued = m_store->job(a);
        QCOMPARE(queued->state, JobState::Queued);
        QCOMPARE(queued->createdAt, at(0));
        QVERIFY(!queued->startedAt.isValid());
        QCOMPARE(queued->durationMs(), -1);

        m_now = at(1);
        QVERIFY(m_store->setJobState(a, JobState::Running));
        const qint64 save = m_store->startStage(a, StageKind::Save);
        m_now = at(3);
        QVERIFY(m_store->updateStage(save, 1000, 4000));
        QCOMPARE(m_store->stages(a).first().durationMs, 2000);
        QCOMPARE(m_store->stages(a).first().rateBps, 500);
        QVERIFY(m_store->addStageSample(save, 1000, 1000));
        QVERIFY(m_store->addStageSample(save, 2000, 3000));
        QVERIFY(m_store->addStageSample(save, 2000, 4000)); // the final sample at the same time replaces it
        QVERIFY(m_store->finishStage(save, JobState::Succeeded, 4000, 4000, 2000, 1));
        const qint64 transfer = m_store->startStage(a, StageKind::Transfer);
        QVERIFY(m_store->addEvent(EventLevel::Warning, QStringLiteral("retrying transfer (2/3)"), a) > 0);
        m_now = at(9);
        QVERIFY(m_store->finishStage(transfer, JobState::Failed, 3000, 4000, 6000, 3,
                                     QStringLiteral("connection reset")));
        QVERIFY(m_store->setJobState(a, JobState::Failed, QStringLiteral("transfer: connection reset"), 3000));
        QVERIFY(m_store->addEvent(EventLevel::Error, QStringLiteral("transfer: connection reset"), a) > 0);

        const QList<StageRow> stagesOfA = m_store->stages(a);
        QCOMPARE(stagesOfA.size(), 2);
        QCOMPARE(stagesOfA.at(0).samples,
                 (QList<ThroughputPoint>{ThroughputPoint{1000, 1000}, ThroughputPoint{2000, 4000}}));
        QVERIFY(stagesOfA.at(1).samples.isEmpty());

        const std::optional<JobRecord> job = m_store->job(a);
        QCOMPARE(job->batchId, batch);
        QCOMPARE(job->image, QStringLiteral("fleetlab/test:1.0.0"));
        QCOMPARE(job->imageId, QStringLiteral("sha256:abc"));
        QCOMPARE(job->node, QStringLiteral("127.0.77.11"));
        QCOMPARE(job->mode, TransferMode::Scp);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->startedAt, at(1));
        QCOMPARE(job->finishedAt, at(9));
        QCOMPARE(job->durationMs(), 8000);
        QCOMPARE(job->bytes, 3000);
        QCOMPARE(job->error, QStringLiteral("transfer: connection reset"));

        const QList<StageRow> stages = m_store->stages(a);
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.at(0).kind, StageKind::Save);
        QCOMPARE(stages.at(0).state, JobState::Succeeded);
        QCOMPARE(stages.at(0).rateBps, 2000);
        QCOMPARE(stages.at(1).kind, StageKind::Transfer);
        QCOMPARE(stages.at(1).state, JobState::Failed);
        QCOMPARE(stages.at(1).bytesDone, 3000);
        QCOMPARE(stages.at(1).bytesTotal, 4000);
        QCOMPARE(stages.at(1).startedAt, at(3));
        QCOMPARE(stages.at(1).durationMs, 6000);
        QCOMPARE(stages.at(1).rateBps, 500);
        QCOMPARE(stages.at(1).attempts, 3);
        QCOMPARE(stages.at(1).error, QStringLiteral("connection reset"));

        const QList<EventRecord> events = m_store->events(a);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).level, EventLevel::Warning);
        QCOMPARE(events.at(0).at, at(3));
        QCOMPARE(events.at(1).message, QStringLiteral("transfer: connection reset"));
        QCOMPARE(events.at(1).jobId, a);
        QCOMPARE(events.at(1).scanId, 0);
        QVERIFY(m_store->events(b).isEmpty());

        // A retry puts the job back in the queue: no finish time any more, the first start is kept.
        QVERIFY(m_store->setJobState(a, JobState::Queued));
        QVERIFY(!m_store->job(a)->finishedAt.isValid());
        QCOMPARE(m_store->job(a)->startedAt, at(1));
        QCOMPARE(m_store->job(a)->bytes, 3000);
        QVERIFY(!m_store->setJobState(424242, JobState::Running));
    }

    void filtersAndPaging()
    {
        const QStringList nodes{QStringLiteral("127.0.77.11"), QStringLiteral("127.0.77.12"),
                                QStringLiteral("edge-1.lab")};
        const QStringList images{QStringLiteral("fleetlab/test:1.0.0"), QStringLiteral("nginx:1.25"),
                                 QStringLiteral("a_b:1"), QStringLiteral("axb:1")};
        QList<JobRecord> all; // what was written, newest last
        {
            Transaction batchWrite(m_store->database());
            const qint64 batch = m_store->createBatch();
            for (int i = 0; i < 300; ++i) {
                JobRecord job;
                job.image = images.at(i % images.size());
                job.node = nodes.at((i / 4) % nodes.size());
                job.state = i % 5 == 0 ? JobState::Failed : JobState::Succeeded;
                job.id = m_store->createJob(batch, job.image, {}, {}, job.node, TransferMode::Stream);
                QVERIFY(job.id > 0);
                QVERIFY(m_store->setJobState(job.id, job.state));
                all << job;
            }
            QVERIFY(batchWrite.commit());
        }
        std::reverse(all.begin(), all.end());
        const auto expected = [&all](const std::function<bool(const JobRecord &)> &match) {
            QList<qint64> result;
            for (const JobRecord &job : all)
                if (match(job))
                    result << job.id;
            return result;
        };

        JobFilter filter;
        filter.limit = 1000;
        QCOMPARE(ids(m_store->jobs(filter)), expected([](const JobRecord &) { return true; }));
        filter.node = QStringLiteral("EDGE-1.lab");
        QCOMPARE(ids(m_store->jobs(filter)), expected([](const JobRecord &j) { return j.node.startsWith('e'); }));
        filter.state = JobState::Failed;
        const QList<qint64> edgeFailed
            = expected([](const JobRecord &j) { return j.node.startsWith('e') && j.state == JobState::Failed; });
        QVERIFY(!edgeFailed.isEmpty());
        QCOMPARE(ids(m_store->jobs(filter)), edgeFailed);
        QCOMPARE(m_store->countJobs(filter), qint64(edgeFailed.size()));

        // Text: a case-insensitive prefix of the image or the node; % and _ are literal characters.
        filter = JobFilter{};
        filter.limit = 1000;
        filter.text = QStringLiteral("NGINX");
        QCOMPARE(ids(m_store->jobs(filter)), expected([](const JobRecord &j) { return j.image.startsWith('n'); }));
        filter.text = QStringLiteral("a_");
        QCOMPARE(ids(m_store->jobs(filter)), expected([](const JobRecord &j) { return j.image == "a_b:1"; }));
        filter.text = QStringLiteral("127.0.77.1");
        QCOMPARE(ids(m_store->jobs(filter)), expected([](const JobRecord &j) { return j.node.startsWith('1'); }));
        QCOMPARE(m_store->countJobs(filter), qint64(ids(m_store->jobs(filter)).size()));
        filter.text = QStringLiteral("%");
        QVERIFY(m_store->jobs(filter).isEmpty());
        filter.text = QStringLiteral("test");
        QVERIFY(m_store->jobs(filter).isEmpty()); // a prefix, not a substring

        // Keyset paging and offset paging walk the same rows, newest first, without gaps or repeats.
        const QList<qint64> failed = expected([](const JobRecord &j) { return j.state == JobState::Failed; });
        QList<qint64> byKey, byOffset;
        filter = JobFilter{};
        filter.state = JobState::Failed;
        filter.limit = 7;
        for (QList<JobRecord> page = m_store->jobs(filter); !page.isEmpty(); page = m_store->jobs(filter)) {
            QVERIFY(page.size() <= 7);
            byKey += ids(page);
            filter.beforeId = page.last().id;
        }
        filter.beforeId = 0;
        for (QList<JobRecord> page = m_store->jobs(filter); !page.isEmpty(); page = m_store->jobs(filter)) {
            byOffset += ids(page);
            filter.offset += filter.limit;
        }
        QCOMPARE(byKey, failed);
        QCOMPARE(byOffset, failed);
        QCOMPARE(m_store->countJobs(JobFilter{}), qint64(all.size()));
    }

    void textSearchWithManyMatches()
    {
        // Many matches take other paths than few (JobQuery's comment): all must give the same answers. The oldest
        // jobs push "legacy:1" (many matches, none recent); then "busybox:N" to nodes n0…n49 and "busybox-host",
        // so that "busy" matches images and nodes both, and a few recent jobs to "legacy-host".
        const int legacy = JobQuery::kSparseLimit + 500;
        const int count = legacy + int(JobQuery::kWindow) + 500;
        Transaction write(m_store->database());
        const qint64 batch = m_store->createBatch();
        QList<JobRecord> all; // newest first
        for (int i = 0; i < count; ++i) {
            JobRecord job;
            job.image = i < legacy ? QStringLiteral("legacy:1") : QStringLiteral("busybox:%1").arg(i % 3);
            job.node = i % 50 == 49 ? QStringLiteral("busybox-host") : QStringLiteral("n%1").arg(i % 50);
            if (i >= legacy && i % 1000 == 0)
                job.node = QStringLiteral("legacy-host"); // a few recent "legacy" matches above the old ones
            job.id = m_store->createJob(batch, job.image, {}, {}, job.node, TransferMode::Stream);
            QVERIFY(job.id > 0);
            all.prepend(job);
        }
        QVERIFY(write.commit());
        JobQuery query(m_store->database());
        QCOMPARE(query.planFor(QStringLiteral("BusyBox")), JobQuery::TextPlan::Dense);
        QCOMPARE(query.planFor(QStringLiteral("legacy")), JobQuery::TextPlan::Dense);
        QCOMPARE(query.planFor(QStringLiteral("busybox:1")), JobQuery::TextPlan::Sparse);

        const QStringList texts{QStringLiteral("BusyBox"), QStringLiteral("busybox:1"), QStringLiteral("legacy"),
                                QStringLiteral("busy")};
        for (const QString &text : texts) {
            for (const QString &node : {QString(), QStringLiteral("n7")}) {
                for (const qint64 before : {qint64(0), all.at(500).id}) {
                    for (const int offset : {10, 60}) { // 60: past the few recent "legacy" matches
                        JobFilter filter;
                        filter.text = text;
                        filter.node = node;
                        filter.limit = 50;
                        filter.offset = offset;
                        filter.beforeId = before;
                        QList<qint64> want;
                        qint64 total = 0;
                        int skipped = 0;
                        for (const JobRecord &job : all) {
                            const bool match = (job.image.startsWith(text, Qt::CaseInsensitive)
                                                || job.node.startsWith(text, Qt::CaseInsensitive))
                                && (node.isEmpty() || job.node == node);
                            total += match ? 1 : 0;
                            if (!match || (before > 0 && job.id >= before) || want.size() == filter.limit)
                                continue;
                            if (skipped++ >= filter.offset)
                                want << job.id;
                        }
                        const QByteArray what = QStringLiteral("%1/%2/%3/%4").arg(text, node).arg(before).arg(offset)
                                                    .toUtf8();
                        QVERIFY2(ids(m_store->jobs(filter)) == want, what.constData());
                        QVERIFY2(m_store->countJobs(filter) == total, what.constData());
                    }
                }
            }
        }
    }

    void recoverInterruptedFailsOrphansOnly()
    {
        const qint64 batch = m_store->createBatch();
        const auto job = [this, batch](const char *node) {
            return m_store->createJob(batch, QStringLiteral("img:1"), {}, {}, QLatin1String(node),
                                      TransferMode::Stream);
        };
        const qint64 mine = job("mine"), dead = job("dead"), rebooted = job("rebooted"), alive = job("alive"),
                     done = job("done");
        for (qint64 id : {mine, dead, alive, done})
            QVERIFY(m_store->setJobState(id, JobState::Running));
        QVERIFY(m_store->setJobState(done, JobState::Succeeded));
        m_now = at(5);
        const qint64 deadStage = m_store->startStage(dead, StageKind::Transfer);
        m_now = at(8);
        QVERIFY(m_store->updateStage(deadStage, 10, 100));
        const qint64 strayStage = m_store->startStage(done, StageKind::Run);
        const qint64 deadScan = m_store->beginScan({QStringLiteral("127.0.77.0/24")});
        const qint64 myScan = m_store->beginScan({QStringLiteral("127.0.78.0/24")});

        // Owners: a process that has exited, a previous boot, and a live child process.
        const QString self = ProcessOwner::current();
        const QString boot = self.section(QLatin1Char('/'), 0, 0); // "<boot>/<pid>/<start time>"
        QProcess exited;
        exited.start(QStringLiteral("true"));
        QVERIFY(exited.waitForStarted());
        const qint64 exitedPid = exited.processId();
        QVERIFY(exited.waitForFinished());
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        setOwner("jobs", dead, boot + QLatin1Char('/') + QString::number(exitedPid));
        setOwner("jobs", rebooted, QStringLiteral("another-boot/%1").arg(::getpid()));
        setOwner("jobs", alive, boot + QLatin1Char('/') + QString::number(sleeper.processId()));
        setOwner("scans", deadScan, boot + QLatin1Char('/') + QString::number(exitedPid));

        m_now = at(100);
        QCOMPARE(m_store->recoverInterrupted(), 2);

        const std::optional<JobRecord> failed = m_store->job(dead);
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->error, HistoryStore::interruptedMessage());
        QCOMPARE(failed->finishedAt, at(8)); // the last checkpoint, not the time of recovery
        QCOMPARE(failed->bytes, 10); // its transfer stage's last checkpoint
        QCOMPARE(m_store->job(rebooted)->state, JobState::Failed);
        QCOMPARE(m_store->job(rebooted)->finishedAt, at(0));
        QCOMPARE(m_store->job(mine)->state, JobState::Running);
        QCOMPARE(m_store->job(alive)->state, JobState::Running);
        QCOMPARE(m_store->job(done)->state, JobState::Succeeded);
        QCOMPARE(m_store->stages(dead).first().state, JobState::Failed);
        QCOMPARE(m_store->stages(dead).first().error, HistoryStore::interruptedMessage());
        QCOMPARE(m_store->stages(done).first().id, strayStage);
        QCOMPARE(m_store->stages(done).first().state, JobState::Failed);
        QCOMPARE(m_store->events(dead).size(), 1);
        QCOMPARE(m_store->events(dead).first().level, EventLevel::Error);
        QVERIFY(m_store->scan(deadScan)->error.startsWith(QLatin1String("interrupted")));
        QVERIFY(m_store->scan(deadScan)->finishedAt.isValid());
        QVERIFY(!m_store->scan(myScan)->finishedAt.isValid());
        QCOMPARE(m_store->recoverInterrupted(), 0); // nothing left to fix

        // Once the other process is gone, its job is an orphan too.
        sleeper.kill();
        QVERIFY(sleeper.waitForFinished());
        QCOMPARE(m_store->recoverInterrupted(), 1);
        QCOMPARE(m_store->job(alive)->state, JobState::Failed);
        QCOMPARE(m_store->job(mine)->state, JobState::Running);
    }

    void recoverInterruptedIsNotFooledByAReusedPid()
    {
        // Issue 11, item 10: an owner is a process (pid and start time), not a pid: a live process that got the
        // dead writer's pid does not keep its rows "running" for ever.
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        const QString self = ProcessOwner::current();
        QCOMPARE(self.split(QLatin1Char('/')).size(), 3);
        const QString boot = self.section(QLatin1Char('/'), 0, 0);
        const qint64 pid = sleeper.processId();
        const qint64 started = ProcessOwner::startTime(pid);
        QVERIFY(started > 0);
        const QString sleeperKey = QStringLiteral("%1/%2/%3").arg(boot).arg(pid).arg(started);
        const QString reusedKey = QStringLiteral("%1/%2/%3").arg(boot).arg(pid).arg(started - 1);
        QVERIFY(ProcessOwner::isAlive(sleeperKey, self));
        QVERIFY(!ProcessOwner::isAlive(reusedKey, self));
        QVERIFY(ProcessOwner::isAlive(QStringLiteral("%1/%2").arg(boot).arg(pid), self)); // an older key: pid only

        const qint64 batch = m_store->createBatch();
        const qint64 reused = m_store->createJob(batch, QStringLiteral("img:1"), {}, {}, QStringLiteral("n1"),
                                                 TransferMode::Stream);
        const qint64 live = m_store->createJob(batch, QStringLiteral("img:1"), {}, {}, QStringLiteral("n2"),
                                               TransferMode::Stream);
        for (qint64 id : {reused, live})
            QVERIFY(m_store->setJobState(id, JobState::Running));
        setOwner("jobs", reused, reusedKey);
        setOwner("jobs", live, sleeperKey);
        QCOMPARE(m_store->recoverInterrupted(), 1);
        QCOMPARE(m_store->job(reused)->state, JobState::Failed);
        QCOMPARE(m_store->job(live)->state, JobState::Running);
        sleeper.kill();
        QVERIFY(sleeper.waitForFinished());
    }

    void sourceKindIsRecorded()
    {
        // Issue 10: the history says where a job's bytes came from; a name ending in .tar is still an image.
        const qint64 batch = m_store->createBatch();
        const qint64 tag = m_store->createJob(batch, QStringLiteral("app:v1.tar"), {}, {}, QStringLiteral("n1"),
                                              TransferMode::Stream, PushSourceKind::EngineImage);
        const qint64 file = m_store->createJob(batch, {}, {}, QStringLiteral("/srv/app.tar"), QStringLiteral("n1"),
                                               TransferMode::Scp, PushSourceKind::ArchiveFile);
        const qint64 implied = m_store->createJob(batch, {}, {}, QStringLiteral("/srv/other.tar"), QStringLiteral("n1"),
                                                  TransferMode::Scp);
        QCOMPARE(m_store->job(tag)->source, PushSourceKind::EngineImage);
        QCOMPARE(m_store->job(file)->source, PushSourceKind::ArchiveFile);
        QCOMPARE(m_store->job(implied)->source, PushSourceKind::ArchiveFile);
    }

    void foreignKeysCascade()
    {
        const qint64 batch = m_store->createBatch();
        const qint64 a = m_store->createJob(batch, QStringLiteral("img:1"), {}, {}, QStringLiteral("n1"),
                                            TransferMode::Stream);
        const qint64 b = m_store->createJob(batch, QStringLiteral("img:1"), {}, {}, QStringLiteral("n2"),
                                            TransferMode::Stream);
        QVERIFY(m_store->startStage(a, StageKind::Save) > 0);
        QVERIFY(m_store->startStage(a, StageKind::Transfer) > 0);
        QVERIFY(m_store->startStage(b, StageKind::Save) > 0);
        QVERIFY(m_store->addEvent(EventLevel::Info, QStringLiteral("hello"), a) > 0);
        Database &db = m_store->database();
        QVERIFY(db.exec("DELETE FROM jobs WHERE id = " + QByteArray::number(a)));
        QCOMPARE(db.queryInt("SELECT count(*) FROM stages WHERE job_id = " + QByteArray::number(a)), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE job_id = " + QByteArray::number(a)), 0);
        QCOMPARE(m_store->stages(b).size(), 1);
        QVERIFY(db.exec("DELETE FROM batches WHERE id = " + QByteArray::number(batch)));
        QVERIFY(!m_store->job(b));
        QCOMPARE(db.queryInt("SELECT count(*) FROM stages"), 0);

        // References to rows that do not exist are refused.
        QCOMPARE(m_store->createJob(987654, QStringLiteral("img:1"), {}, {}, QStringLiteral("n1"),
                                    TransferMode::Stream), -1);
        QVERIFY2(m_store->errorString().contains(QLatin1String("FOREIGN KEY")), qPrintable(m_store->errorString()));
        QCOMPARE(m_store->startStage(987654, StageKind::Save), -1);
    }

    void nodeSummariesCountJobsFailuresAndStageTimes()
    {
        // Issue 13 item 10: per node, jobs by state, SSH failures (unreachable or host key) and retries, bytes,
        // the average archive and the average and longest time of each stage; store verbs do not count.
        const QString n1 = QStringLiteral("127.0.77.11"), n2 = QStringLiteral("127.0.77.12");
        const qint64 batch = m_store->createBatch();
        const auto push = [&](const QString &node, JobState state, FailureKind failure, qint64 transferMs,
                              int attempts, qint64 bytes) {
            const qint64 job = m_store->createJob(batch, QStringLiteral("app:1.0.0"), {}, {}, node,
                                                  TransferMode::Stream);
            const qint64 pull = m_store->startStage(job, StageKind::Pull);
            m_store->finishStage(pull, JobState::Succeeded, 0, -1, 500, 1);
            const qint64 transfer = m_store->startStage(job, StageKind::Transfer);
            m_store->finishStage(transfer, state == JobState::Succeeded ? JobState::Succeeded : JobState::Failed,
                                 bytes, bytes, transferMs, attempts);
            m_store->setJobState(job, state, {}, bytes);
            m_store->setJobFailure(job, failure);
            return job;
        };
        push(n1, JobState::Succeeded, FailureKind::None, 1000, 1, 4000);
        push(n1, JobState::Succeeded, FailureKind::None, 3000, 2, 2000);
        push(n1, JobState::Failed, FailureKind::Unreachable, 700, 3, 100);
        push(n1, JobState::Failed, FailureKind::Failed, 700, 1, 100);
        push(n2, JobState::Failed, FailureKind::HostKey, 10, 1, 0);
        const qint64 put = m_store->createJob(batch, QStringLiteral("app:1.0.0"), {}, {}, QStringLiteral("dir:/srv"),
                                              TransferMode::Stream);
        QVERIFY(m_store->setJobAction(put, JobAction::StorePut));

        const QList<NodeSummary> nodes = m_store->nodeSummaries();
        QCOMPARE(nodes.size(), 2); // the store verb's "node" is no node
        const NodeSummary &a = nodes.at(0);
        QCOMPARE(a.node, n1);
        QCOMPARE(a.jobs, 4);
        QCOMPARE(a.succeeded, 2);
        QCOMPARE(a.failed, 2);
        QCOMPARE(a.sshFailures, 1);
        QCOMPARE(a.retries, 1 + 2); // two extra transfer attempts, one
        QCOMPARE(a.bytes, 6200);
        QCOMPARE(a.averageArchive, 3000);
        QCOMPARE(a.stage(StageKind::Transfer).count, 2);
        QCOMPARE(a.stage(StageKind::Transfer).averageMs, 2000);
        QCOMPARE(a.stage(StageKind::Transfer).maxMs, 3000);
        QCOMPARE(a.stage(StageKind::Pull).count, 4);
        QCOMPARE(a.stage(StageKind::Pull).averageMs, 500);
        QCOMPARE(a.stage(StageKind::Health).count, 0);
        QCOMPARE(nodes.at(1).node, n2);
        QCOMPARE(nodes.at(1).sshFailures, 1);
        QCOMPARE(nodes.at(1).averageArchive, 0);
    }

    void closedStoreReportsErrors()
    {
        m_store->close();
        QCOMPARE(m_store->createBatch(), -1);
        QVERIFY(m_store->errorString().contains(QLatin1String("not open")));
        QVERIFY(m_store->jobs().isEmpty());
        QCOMPARE(m_store->recoverInterrupted(), -1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "TestHistoryStore.moc"
