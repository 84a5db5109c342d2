// Sync of registry images to lab nodes' Apptainer caches (SifSyncJob through JobRunner::submitSif, SifCache):
// two nodes, a second run that skips, a resume after the node's sshd sessions are killed mid-copy, sha256 checked
// on the node, no .part left, history rows like pushes; the node cache listing and removal of stale copies.
#include "PushLab.h"
#include "SifTestRegistry.h"

#include "history/HistoryStore.h"
#include "sif/SifCache.h"
#include "sif/SifRegistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>

using namespace fleet;
using namespace fleet::test;

class TestSifSync final : public QObject
{
    Q_OBJECT

private:
    PushLab m_lab;
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_small, m_large; // paths in the registry

    // The lab's nodes share this machine's filesystem: each gets its cache inside its own TMPDIR.
    QString cacheOf(int node) const { return m_lab.nodeTmp(node) + QStringLiteral("/apptainer"); }

    SifSyncRequest request(const QString &image, const QList<int> &nodes, int retries = 0) const
    {
        SifSyncRequest r;
        r.registryRoot = m_root;
        r.partition = QStringLiteral("compute");
        r.images = {image};
        for (int n : nodes) {
            r.nodes << m_lab.lab.nodes.at(n);
            r.nodeCaches.insert(m_lab.lab.nodes.at(n), cacheOf(n));
        }
        r.retries = retries;
        return r;
    }

    QList<JobUpdate> run(const SifSyncRequest &r, JobRunner::Settings s = {}) const
    {
        JobRunner runner(s.dbPath.isEmpty() ? m_lab.settings() : s);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QSignalSpy done(&runner, &JobRunner::allFinished);
        if (runner.submitSif(r).isEmpty())
            return {};
        if (!done.wait(120000))
            qWarning("the sync did not finish in time");
        QList<JobUpdate> result;
        for (const QList<QVariant> &args : std::as_const(finished))
            result << args.first().value<JobUpdate>();
        std::sort(result.begin(), result.end(), [](const JobUpdate &a, const JobUpdate &b) { return a.id < b.id; });
        return result;
    }

    QString nodeSha(int node, const QString &name) const
    {
        const RemoteResult r = m_lab.onNode(node, QStringLiteral("sha256sum %1/%2").arg(cacheOf(node), name));
        return r.ok() ? QString::fromLatin1(r.out.left(64)) : QString();
    }

    int partials(int node) const
    {
        return int(QDir(cacheOf(node)).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden).size());
    }

    std::optional<JobRecord> history(qint64 id) const
    {
        HistoryStore store;
        store.open(m_lab.db, Database::OpenMode::ReadOnly);
        return store.job(id);
    }

    int transferAttempts(qint64 id) const
    {
        HistoryStore store;
        store.open(m_lab.db, Database::OpenMode::ReadOnly);
        for (const StageRow &stage : store.stages(id))
            if (stage.kind == StageKind::Transfer)
                return stage.attempts;
        return 0;
    }

    // Kills node `node`'s sshd sessions (by PID, never by name) once the transfer moved `afterBytes`.
    QList<JobUpdate> runWithCut(const SifSyncRequest &r, int node, qint64 afterBytes, bool *cut)
    {
        JobRunner::Settings s = m_lab.settings();
        std::atomic_bool done{false};
        s.workerObserver = [&](const JobUpdate &job) {
            if (!done && job.stage == StageKind::Transfer && job.stageRecord(StageKind::Transfer).state == JobState::Running
                && job.stageRecord(StageKind::Transfer).progress.done >= afterBytes) {
                done = true;
                PushLab::signal(m_lab.sshSessionPids(node, true), SIGKILL);
            }
        };
        const QList<JobUpdate> jobs = run(r, s);
        *cut = done;
        return jobs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_lab.init(m_tmp.path()), "the lab is not up: tests/lab/fleetlab up");
        m_root = m_tmp.path() + QStringLiteral("/registry");
        m_small = addSifImage(m_root, QStringLiteral("compute"), QStringLiteral("alpine_latest.sif"),
                              QStringLiteral("one-group.sif"), 4 << 20);
        m_large = addSifImage(m_root, QStringLiteral("compute"), QStringLiteral("python_3.11.sif"),
                              QStringLiteral("one-group.sif"), 96 << 20);
        QVERIFY(!m_small.isEmpty() && !m_large.isEmpty());
        for (int n = 0; n < 3; ++n)
            m_lab.onNode(n, QStringLiteral("rm -rf ") + cacheOf(n));
    }

    void cleanupTestCase()
    {
        for (int n = 0; n < 3; ++n)
            m_lab.onNode(n, QStringLiteral("rm -rf ") + cacheOf(n));
    }

    void twoNodesThenSkip()
    {
        const QList<JobUpdate> jobs = run(request(QStringLiteral("alpine_latest.sif"), {0, 1}));
        QCOMPARE(jobs.size(), 2);
        const QString sha = sha256Of(m_small);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(jobs[i].state == JobState::Succeeded, qPrintable(jobs[i].message));
            QCOMPARE(jobs[i].action, JobAction::SifSync);
            QCOMPARE(jobs[i].image, QStringLiteral("compute/alpine_latest.sif"));
            QCOMPARE(jobs[i].stageRecord(StageKind::Transfer).progress.done, QFileInfo(m_small).size());
            QCOMPARE(nodeSha(i, QStringLiteral("alpine_latest.sif")), sha); // verified there, and it is there
            QCOMPARE(partials(i), 0);
            const std::optional<JobRecord> row = history(jobs[i].historyId);
            QVERIFY(row);
            QCOMPARE(row->action, JobAction::SifSync);
            QCOMPARE(row->state, JobState::Succeeded);
            QCOMPARE(row->node, m_lab.lab.nodes.at(i));
            QCOMPARE(row->bytes, QFileInfo(m_small).size());
        }
        // Second run: both nodes hold the same sha256, nothing is sent.
        const QList<JobUpdate> again = run(request(QStringLiteral("alpine_latest.sif"), {0, 1}));
        QCOMPARE(again.size(), 2);
        for (const JobUpdate &job : again) {
            QVERIFY2(job.state == JobState::Skipped, qPrintable(job.message));
            QVERIFY(job.message.contains(QStringLiteral("current")));
            QCOMPARE(job.stageRecord(StageKind::Transfer).progress.done, 0);
            QCOMPARE(history(job.historyId)->state, JobState::Skipped);
        }
    }

    void differentCopyIsReplaced()
    {
        // A node copy with other bytes is not current: the sync replaces it (through a .part and a rename).
        QVERIFY(m_lab.onNode(0, QStringLiteral("echo old > %1/alpine_latest.sif").arg(cacheOf(0))).ok());
        const QList<JobUpdate> jobs = run(request(QStringLiteral("alpine_latest"), {0}));
        QCOMPARE(jobs.size(), 1);
        QVERIFY2(jobs[0].state == JobState::Succeeded, qPrintable(jobs[0].message));
        QCOMPARE(nodeSha(0, QStringLiteral("alpine_latest.sif")), sha256Of(m_small));
    }

    void resumeAfterSshdKilled()
    {
        const int node = 2;
        bool cut = false;
        const QList<JobUpdate> jobs = runWithCut(request(QStringLiteral("python_3.11.sif"), {node}, 2), node,
                                                 16 << 20, &cut);
        QVERIFY(cut);
        QCOMPARE(jobs.size(), 1);
        const JobUpdate &job = jobs.first();
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(nodeSha(node, QStringLiteral("python_3.11.sif")), sha256Of(m_large));
        QCOMPARE(partials(node), 0);
        QCOMPARE(transferAttempts(job.historyId), 2);
        // It resumed: the history says from where (not from 0).
        HistoryStore store;
        QVERIFY(store.open(m_lab.db, Database::OpenMode::ReadOnly));
        bool resumed = false;
        for (const EventRecord &e : store.events(job.historyId))
            resumed = resumed || (e.message.contains(QStringLiteral("resuming python_3.11.sif at"))
                                  && !e.message.contains(QStringLiteral(" at 0 ")));
        QVERIFY(resumed);
    }

    void failedCutLeavesNoPart()
    {
        const int node = 2;
        m_lab.onNode(node, QStringLiteral("rm -f %1/python_3.11.sif").arg(cacheOf(node)));
        bool cut = false;
        const QList<JobUpdate> jobs = runWithCut(request(QStringLiteral("python_3.11.sif"), {node}, 0), node,
                                                 8 << 20, &cut);
        QVERIFY(cut);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().state, JobState::Failed);
        QVERIFY2(jobs.first().message.contains(QStringLiteral("connection")), qPrintable(jobs.first().message));
        QCOMPARE(history(jobs.first().historyId)->state, JobState::Failed);
        QVERIFY(PushLab::waitFor([&] { return partials(node) == 0; }, 5000));
        QVERIFY(!QFile::exists(cacheOf(node) + QStringLiteral("/python_3.11.sif")));
    }

    void missingImageIsRefusedBeforeSending()
    {
        const QList<JobUpdate> jobs = run(request(QStringLiteral("nothere.sif"), {0}));
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().state, JobState::Failed);
        QCOMPARE(jobs.first().stageRecord(StageKind::Save).state, JobState::Failed);
        QVERIFY(jobs.first().message.contains(QStringLiteral("no such file")));
        QVERIFY(!QFile::exists(cacheOf(0) + QStringLiteral("/nothere.sif")));
    }

    void cacheListingAndStaleRemoval()
    {
        const int node = 1;
        // current: alpine_latest.sif (synced above); stale: a copy of python with other bytes, and a file the
        // registry does not know.
        QVERIFY(m_lab.onNode(node, QStringLiteral("cd %1 && echo x > python_3.11.sif && echo y > retired.sif")
                                       .arg(cacheOf(node))).ok());
        SifCacheParams params;
        params.context.ssh = m_lab.lab.sshOptions();
        params.context.sshUser = m_lab.lab.user;
        params.node = m_lab.lab.nodes.at(node);
        params.cacheDir = cacheOf(node);
        params.registry = SifRegistry(m_root).scan().images;
        SifCacheListing listing = SifCache::list(params);
        QVERIFY2(listing.ok(), qPrintable(listing.failure.message));
        QCOMPARE(listing.entries.size(), 3);
        QMap<QString, SifCacheEntry::Status> status;
        for (const SifCacheEntry &e : listing.entries)
            status.insert(e.name, e.status);
        QCOMPARE(status.value("alpine_latest.sif"), SifCacheEntry::Status::Current);
        QCOMPARE(status.value("python_3.11.sif"), SifCacheEntry::Status::Stale);
        QCOMPARE(status.value("retired.sif"), SifCacheEntry::Status::Stale);

        params.removeStale = true;
        listing = SifCache::list(params);
        QVERIFY(listing.ok());
        int removed = 0;
        for (const SifCacheEntry &e : listing.entries)
            removed += e.removed;
        QCOMPARE(removed, 2);
        QVERIFY(QFile::exists(cacheOf(node) + QStringLiteral("/alpine_latest.sif")));
        QVERIFY(!QFile::exists(cacheOf(node) + QStringLiteral("/python_3.11.sif")));
        QVERIFY(!QFile::exists(cacheOf(node) + QStringLiteral("/retired.sif")));

        params.cacheDir = cacheOf(node) + QStringLiteral("/none");
        listing = SifCache::list(params);
        QVERIFY(listing.ok());
        QVERIFY(!listing.cacheExists);
    }

    void fleetctlSyncAndCache()
    {
        const int node = 0;
        QList<QJsonObject> lines;
        const QStringList common{QStringLiteral("--registry"), m_root, QStringLiteral("--cache"), cacheOf(node)};
        m_lab.onNode(node, QStringLiteral("rm -rf ") + cacheOf(node));
        // The whole partition to the node: both images.
        QCOMPARE(m_lab.runFleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("sync"), QStringLiteral("--partition"),
                                               QStringLiteral("compute"), QStringLiteral("--all-images"),
                                               m_lab.lab.nodes.at(node)} + common,
                                   &lines), 0);
        QCOMPARE(lines.last().value("type").toString(), QStringLiteral("result"));
        QCOMPARE(lines.last().value("synced").toInt(), 2);
        bool job = false;
        for (const QJsonObject &o : lines)
            job = job || (o.value("type") == QStringLiteral("job") && o.value("action") == QStringLiteral("sif-sync")
                          && o.value("state") == QStringLiteral("succeeded"));
        QVERIFY(job);
        QCOMPARE(nodeSha(node, QStringLiteral("python_3.11.sif")), sha256Of(m_large));
        QCOMPARE(m_lab.runFleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("cache"),
                                               m_lab.lab.nodes.at(node)} + common, &lines), 0);
        int current = 0;
        for (const QJsonObject &o : lines)
            current += o.value("type") == QStringLiteral("sif_cache_entry")
                && o.value("status") == QStringLiteral("current");
        QCOMPARE(current, 2);
    }
};

QTEST_GUILESS_MAIN(TestSifSync)
#include "TestSifSync.moc"
