#include "PushLab.h"

#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <csignal>

using namespace fleet;
using fleet::test::PushLab;

// push --relay on the lab's real sshd and Docker 20.10 nodes: the workstation streams once, to the first node,
// which tees into its `docker load` and over the node's own ssh (with the push's key, checking the next node's host
// key) into the next one. Every node ends with the workstation's image ID, and no key, key line or relay file is
// left on any node; a node cut off in the middle does not keep the others from getting the image.
class TestPushRelay final : public QObject
{
    Q_OBJECT

private:
    PushLab m_push;
    QTemporaryDir m_tmp;
    const QString m_image = QStringLiteral("fleetlab/relay-mixed:1.0.0"); // half random, half text
    QString m_imageId;

    void clean()
    {
        for (int node = 0; node < 3; ++node)
            m_push.onNode(node, QStringLiteral("docker rmi -f %1 >/dev/null 2>&1; true").arg(m_image));
    }

    QString imageIdOn(int node)
    {
        return QString::fromUtf8(m_push.onNode(node, QStringLiteral("docker image inspect --format '{{.Id}}' ")
                                                         + m_image).out).trimmed();
    }

    QList<EventRecord> events(qint64 historyId)
    {
        HistoryStore history;
        if (!history.open(m_push.db))
            return {};
        return history.events(historyId);
    }

    static bool said(const QList<EventRecord> &log, const QString &text)
    {
        return std::any_of(log.begin(), log.end(), [&](const EventRecord &e) { return e.message.contains(text); });
    }

    // What a relay might leave: its directory (the key is in it) in a node's TMPDIR, its line in the key file.
    QString relayLeftovers()
    {
        for (int node = 0; node < 3; ++node) {
            const QStringList dirs = QDir(m_push.nodeTmp(node)).entryList({QStringLiteral("fleet-relay-*")},
                                                                          QDir::AllEntries | QDir::Hidden);
            if (!dirs.isEmpty())
                return QStringLiteral("node %1 keeps %2").arg(node + 1).arg(dirs.join(QLatin1String(", ")));
        }
        QFile keys(m_push.lab.dir + QStringLiteral("/client/authorized_keys"));
        if (!keys.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read the lab's authorized_keys");
        const QByteArray text = keys.readAll();
        if (text.contains("fleet-relay"))
            return QStringLiteral("a relay key line is left: %1").arg(QString::fromUtf8(text));
        if (!text.contains("fleetlab-client"))
            return QStringLiteral("the lab's own key line is gone");
        const QStringList lockOrTemp = QDir(m_push.lab.dir + QStringLiteral("/client"))
                                           .entryList({QStringLiteral("authorized_keys.*")}, QDir::AllEntries);
        if (!lockOrTemp.isEmpty())
            return QStringLiteral("left next to authorized_keys: %1").arg(lockOrTemp.join(QLatin1String(", ")));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_push.init(m_tmp.path());
        FLEET_REQUIRE_LAB(m_push.lab);
        QVERIFY(m_push.lab.nodes.size() >= 3);
        QString out;
        QCOMPARE(m_push.lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--layers"), QStringLiteral("2"),
                                 QStringLiteral("--mb"), QStringLiteral("8"), QStringLiteral("--compressible"),
                                 QStringLiteral("50")}, &out), 0);
        m_imageId = out.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY(m_imageId.startsWith(QLatin1String("sha256:")));
        clean();
    }

    void cleanup() { clean(); }
    void cleanupTestCase() { clean(); }

    void threeNodesOneStream()
    {
        const QStringList nodes = m_push.lab.nodes.mid(0, 3);
        PushRequest r = m_push.request(m_image, nodes);
        r.relay = true;
        r.run.enabled = false;
        const QList<JobUpdate> jobs = m_push.push(r);
        QCOMPARE(jobs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(jobs[i].state == JobState::Succeeded, qPrintable(jobs[i].message));
            // In the request's order: the first node heads the chain, the others follow.
            QVERIFY2(jobs[i].message.contains(QStringLiteral("relayed, node %1 of 3").arg(i + 1)),
                     qPrintable(jobs[i].message));
            QCOMPARE(imageIdOn(i), m_imageId);
            FLEET_VERIFY_EMPTY(m_push.historyProblem(jobs[i].historyId, JobState::Succeeded));
        }
        QVERIFY(said(events(jobs[0].historyId), QStringLiteral("heads a relay chain of 3 nodes")));
        QVERIFY(said(events(jobs[2].historyId), QStringLiteral("gets the image from the relay chain")));
        // Only the head's link carried the image; the others' Save stage did not run.
        QCOMPARE(jobs[1].stageRecord(StageKind::Save).state, JobState::Skipped);
        FLEET_VERIFY_EMPTY(relayLeftovers());
        // What the last node holds is the whole image: it runs.
        const RemoteResult data = m_push.onNode(2, QStringLiteral("docker run --rm --pull=never %1 sh -c 'cat "
                                                                  "/data/* | wc -c'").arg(m_image));
        QVERIFY2(data.ok(), data.err.constData());
        QVERIFY(data.out.trimmed().toLongLong() >= 8 * 1024 * 1024 - 16);
    }

    void nodeCutOffInTheMiddle()
    {
        // Node 2's sessions are killed once the stream flows through the chain: the one from the workstation and the
        // one from node 1. Node 1 still loads what it tees; node 3, which node 2 fed, gets the image directly, and
        // node 2's job connects again.
        const QStringList nodes = m_push.lab.nodes.mid(0, 3);
        JobRunner::Settings s = m_push.settings();
        std::atomic<bool> killed{false};
        s.workerObserver = [&](const JobUpdate &update) {
            if (!killed && update.node == nodes[0]
                && update.stageRecord(StageKind::Transfer).progress.done > 3 * 1024 * 1024) {
                killed = true;
                PushLab::signal(m_push.sshSessionPids(1, true), SIGKILL);
            }
        };
        PushRequest r = m_push.request(m_image, nodes);
        r.relay = true;
        r.compress = WireCompression::None;
        r.run.enabled = false;
        const QList<JobUpdate> jobs = m_push.push(r, s);
        QCOMPARE(jobs.size(), 3);
        QVERIFY(killed);
        QVERIFY2(jobs[0].state == JobState::Succeeded, qPrintable(jobs[0].message));
        QVERIFY2(jobs[0].message.contains(QLatin1String("relayed, node 1 of 3")), qPrintable(jobs[0].message));
        QVERIFY2(jobs[2].state == JobState::Succeeded, qPrintable(jobs[2].message));
        QCOMPARE(imageIdOn(0), m_imageId);
        QCOMPARE(imageIdOn(2), m_imageId);
        // Node 1 said why the chain broke, and node 3's job says it before sending the image itself.
        QVERIFY2(!jobs[2].message.contains(QLatin1String("relayed")), qPrintable(jobs[2].message));
        QVERIFY(said(events(jobs[2].historyId), QStringLiteral("could not pass the stream on")));
        QVERIFY(said(events(jobs[2].historyId), QStringLiteral("sending it the image directly")));
        // Node 2 lost its connection: it got the image on a retry of its own, or failed saying why.
        if (jobs[1].state == JobState::Succeeded)
            QCOMPARE(imageIdOn(1), m_imageId);
        else
            QVERIFY(!jobs[1].message.isEmpty());
        for (int i = 0; i < 3; ++i)
            FLEET_VERIFY_EMPTY(m_push.historyProblem(jobs[i].historyId, jobs[i].state));
        QVERIFY(PushLab::waitFor([&] { return relayLeftovers().isEmpty(); }, 10000));
        FLEET_VERIFY_EMPTY(relayLeftovers());
    }
};

QTEST_GUILESS_MAIN(TestPushRelay)
#include "TestPushRelay.moc"
