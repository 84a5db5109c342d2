#include "PushLab.h"

#include "docker/DockerEngine.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"
#include "nodes/NodeProbe.h"
#include "ssh/SshSession.h"
#include "transfer/SaveFanout.h"

#include <QThread>

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <csignal>

using namespace fleet;
using fleet::test::PushLab;

// The faster push against the lab's real Docker 20.10 nodes: only the layers a node lacks cross the wire (the
// image then has the same ID there, runs, and the layers it had are untouched); a delta load that fails because
// the node lost a layer meanwhile falls back to the whole image once and says so; --full sends everything; zstd
// on the wire round-trips random and compressible data to the same image ID; one save feeds several nodes, and a
// node killed mid-way (or one that stops reading) does not keep the others from finishing.
class TestPushDelta final : public QObject
{
    Q_OBJECT

private:
    PushLab m_push;
    QTemporaryDir m_tmp;
    const int m_node = 1; // node 2
    const QString m_base = QStringLiteral("fleetlab/delta-base:1.0.0");
    const QString m_more = QStringLiteral("fleetlab/delta-more:1.0.0"); // m_base plus one 2 MB layer
    const QString m_mixed = QStringLiteral("fleetlab/delta-mixed:1.0.0"); // half random, half text
    QString m_baseId, m_moreId, m_mixedId;
    static constexpr qint64 kNewLayer = 2 * 1024 * 1024;

    QString build(const QStringList &args)
    {
        QString out;
        if (m_push.lab.lab(QStringList{QStringLiteral("image")} + args, &out) != 0)
            return {};
        return out.trimmed().section(QLatin1Char('\n'), -1);
    }

    QString nodeImageId(const QString &image)
    {
        return QString::fromUtf8(m_push.onNode(m_node, QStringLiteral("docker image inspect --format '{{.Id}}' ")
                                                           + image).out).trimmed();
    }

    void clean()
    {
        for (int node = 0; node < 3; ++node)
            m_push.onNode(node, QStringLiteral("docker rmi -f %1 %2 %3 >/dev/null 2>&1; true")
                                    .arg(m_more, m_base, m_mixed));
    }

    QList<EventRecord> events(qint64 historyId)
    {
        HistoryStore history;
        if (!history.open(m_push.db))
            return {};
        return history.events(historyId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_push.init(m_tmp.path());
        FLEET_REQUIRE_LAB(m_push.lab);
        m_baseId = build({m_base, QStringLiteral("--layers"), QStringLiteral("2"), QStringLiteral("--mb"),
                          QStringLiteral("6")});
        m_moreId = build({m_more, QStringLiteral("--from"), m_base, QStringLiteral("--layers"), QStringLiteral("1"),
                          QStringLiteral("--mb"), QStringLiteral("2")});
        m_mixedId = build({m_mixed, QStringLiteral("--layers"), QStringLiteral("2"), QStringLiteral("--mb"),
                           QStringLiteral("8"), QStringLiteral("--compressible"), QStringLiteral("50")});
        QVERIFY(m_baseId.startsWith(QLatin1String("sha256:")) && m_moreId.startsWith(QLatin1String("sha256:")));
        QVERIFY(m_mixedId.startsWith(QLatin1String("sha256:")));
        clean();
    }

    void cleanup() { clean(); }
    void cleanupTestCase() { clean(); }

    void onlyTheMissingLayerIsSent()
    {
        const JobUpdate first = m_push.pushOne(m_push.request(m_base, {m_push.lab.nodes.at(m_node)}));
        QVERIFY2(first.state == JobState::Succeeded, qPrintable(first.message));
        const QString before = QString::fromUtf8(
            m_push.onNode(m_node, QStringLiteral("docker image inspect --format '{{.Id}} {{.RootFS.Layers}}' ")
                                      + m_base).out);

        PushRequest r = m_push.request(m_more, {m_push.lab.nodes.at(m_node)});
        r.compress = WireCompression::None;
        const JobUpdate job = m_push.pushOne(r);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QVERIFY2(job.message.contains(QLatin1String("sent 1 of")), qPrintable(job.message));
        // What crossed the wire: the new layer, its headers and the small json files — not the 6 MB it shares.
        const qint64 sent = job.stageRecord(StageKind::Transfer).progress.done;
        QVERIFY2(sent >= kNewLayer && sent < kNewLayer * 11 / 10, qPrintable(QString::number(sent)));
        QCOMPARE(nodeImageId(m_more), m_moreId);
        QCOMPARE(QString::fromUtf8(m_push.onNode(m_node, QStringLiteral("docker image inspect --format "
                                                                        "'{{.Id}} {{.RootFS.Layers}}' ")
                                                            + m_base).out),
                 before); // the layers it had: untouched
        // It runs, with every layer's files: the ones it shared and the new one.
        const RemoteResult data = m_push.onNode(m_node, QStringLiteral("docker run --rm --pull=never %1 sh -c 'cat "
                                                                       "/data/* | wc -c'").arg(m_more));
        QVERIFY2(data.ok(), data.err.constData());
        QVERIFY(data.out.trimmed().toLongLong() >= 8 * 1024 * 1024 - 16);
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Succeeded));
    }

    void fullSendsEveryLayer()
    {
        QVERIFY(m_push.pushOne(m_push.request(m_base, {m_push.lab.nodes.at(m_node)})).state == JobState::Succeeded);
        PushRequest r = m_push.request(m_more, {m_push.lab.nodes.at(m_node)});
        r.delta = false;
        r.compress = WireCompression::None;
        const JobUpdate job = m_push.pushOne(r);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QVERIFY(!job.message.contains(QLatin1String("layers")));
        QVERIFY(job.stageRecord(StageKind::Transfer).progress.done > 8 * 1024 * 1024);
        QCOMPARE(nodeImageId(m_more), m_moreId);
    }

    void aLayerLostMeanwhileFallsBackToTheWholeImage()
    {
        QVERIFY(m_push.pushOne(m_push.request(m_base, {m_push.lab.nodes.at(m_node)})).state == JobState::Succeeded);
        // After the node said what it holds and before the load: the base image (and its own layers) go.
        JobRunner::Settings s = m_push.settings();
        std::atomic<bool> removed{false};
        s.workerObserver = [&](const JobUpdate &update) {
            if (!removed && update.stageRecord(StageKind::Transfer).state == JobState::Running) {
                removed = true;
                m_push.onNode(m_node, QStringLiteral("docker rmi -f ") + m_base);
            }
        };
        PushRequest r = m_push.request(m_more, {m_push.lab.nodes.at(m_node)});
        r.compress = WireCompression::None;
        const JobUpdate job = m_push.pushOne(r, s);
        QVERIFY(removed);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(nodeImageId(m_more), m_moreId);
        const QList<EventRecord> log = events(job.historyId);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const EventRecord &e) {
            return e.level == EventLevel::Warning && e.message.contains(QLatin1String("sending the whole image once"));
        }));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Succeeded));
    }

    void zstdOnTheWireRoundTrips_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("zstd") << int(WireCompression::Zstd);
        QTest::newRow("auto") << int(WireCompression::Auto);
    }

    void zstdOnTheWireRoundTrips()
    {
        QFETCH(int, compression);
        PushRequest r = m_push.request(m_mixed, {m_push.lab.nodes.at(m_node)});
        r.compress = WireCompression(compression);
        const JobUpdate job = m_push.pushOne(r);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QVERIFY2(job.message.contains(QLatin1String("zstd on the wire")), qPrintable(job.message));
        QCOMPARE(nodeImageId(m_mixed), m_mixedId);
        if (WireCompression(compression) == WireCompression::Zstd) // the text half shrinks to next to nothing
            QVERIFY(job.stageRecord(StageKind::Transfer).progress.done < 6 * 1024 * 1024);
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(m_node, {})); // no temporary file here or on the node
    }

    void oneSaveFeedsEveryNodeAndSurvivesOneKilled()
    {
        // Three nodes, one save; node 3's connection is killed once its bytes flow: the other two finish.
        const QStringList nodes = m_push.lab.nodes.mid(0, 3);
        JobRunner::Settings s = m_push.settings();
        std::atomic<bool> killed{false};
        s.workerObserver = [&](const JobUpdate &update) {
            if (!killed && update.node == nodes[2] && update.stageRecord(StageKind::Transfer).progress.done > 0) {
                killed = true;
                PushLab::signal(m_push.sshSessionPids(2, true), SIGKILL);
            }
        };
        PushRequest r = m_push.request(m_mixed, nodes);
        r.compress = WireCompression::None;
        r.delta = false;
        const QList<JobUpdate> jobs = m_push.push(r, s);
        QCOMPARE(jobs.size(), 3);
        QVERIFY(killed);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(jobs[i].state == JobState::Succeeded, qPrintable(jobs[i].message));
            QCOMPARE(QString::fromUtf8(m_push.onNode(i, QStringLiteral("docker image inspect --format '{{.Id}}' ")
                                                            + m_mixed).out).trimmed(), m_mixedId);
            const QList<EventRecord> log = events(jobs[i].historyId);
            QVERIFY(std::any_of(log.begin(), log.end(), [](const EventRecord &e) {
                return e.message.contains(QLatin1String("sharing one save"));
            }));
        }
        QCOMPARE(jobs[2].state, JobState::Failed);
        FLEET_VERIFY_EMPTY(m_push.historyProblem(jobs[2].historyId, JobState::Failed));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(2, m_mixed));
    }

    void aContainerdStoreNodeIsUnpackedForItsFirstRun()
    {
        // The lab's Docker 20.10 has no containerd image store: its real probe, recorded as if it had one (the
        // job takes fresh facts from the history), makes the job create-and-remove a container after the load.
        SshSession session(m_push.lab.target(m_node), m_push.lab.sshOptions());
        QVERIFY(session.connect());
        Failure failure;
        NodeProbeReply facts = NodeProbe::run(session, &failure);
        QVERIFY2(facts.valid, qPrintable(failure.message));
        facts.imageStore = QStringLiteral("containerd");
        {
            HistoryStore history;
            QVERIFY(history.open(m_push.db));
            QVERIFY(history.recordProbe(m_push.lab.nodes.at(m_node), facts));
        }
        PushRequest r = m_push.request(m_base, {m_push.lab.nodes.at(m_node)});
        r.run.enabled = false;
        const JobUpdate job = m_push.pushOne(r);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QVERIFY2(job.message.contains(QLatin1String("ready to run (unpacked in")), qPrintable(job.message));
        QCOMPARE(nodeImageId(m_base), m_baseId);
        // The container that unpacked it is gone.
        QCOMPARE(m_push.onNode(m_node, QStringLiteral("docker ps -aq --filter ancestor=") + m_base).out.trimmed(),
                 QByteArray());
        {
            HistoryStore history;
            QVERIFY(history.open(m_push.db));
            facts.imageStore = QStringLiteral("graphdriver");
            QVERIFY(history.recordProbe(m_push.lab.nodes.at(m_node), facts)); // as it really is, for what follows
        }
    }

    void aShareThatStopsReadingIsDropped()
    {
        SaveFanout::Settings settings;
        settings.dockerHost = m_push.lab.dockerHost;
        settings.reference = m_mixed;
        settings.expected = 2;
        settings.stallMs = 500;
        settings.shareBytes = 1 << 20;
        SaveFanout fanout(settings);
        const std::shared_ptr<SaveFanout::Share> reader = fanout.join();
        const std::shared_ptr<SaveFanout::Share> stuck = fanout.join(); // never reads
        QVERIFY(reader && stuck);
        QVERIFY(!fanout.join()); // the save started: a third saves for itself
        qint64 bytes = 0;
        QByteArray chunk;
        while (reader->pop(&chunk))
            bytes += chunk.size();
        QVERIFY(reader->complete());
        QVERIFY(stuck->dropped());
        QCOMPARE(bytes, qint64(m_push.save({m_mixed}).size()));
    }
};

QTEST_GUILESS_MAIN(TestPushDelta)
#include "TestPushDelta.moc"
