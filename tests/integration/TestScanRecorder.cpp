#include "ScanRun.h"
#include "agent/AgentProtocol.h"
#include "discovery/ScanRecorder.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;
using fleet::test::ScanRun;

// Scans recorded in the history: the lab's nodes are found, two sshds are stopped, and a second scan (this time
// through `fleetctl scan --json`) turns exactly those two OFFLINE without deleting anything.
class TestScanRecorder final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_tmp;
    QString m_range;
    QStringList m_stopped;
    int m_online = 0; // nodes with a running agent, from the first scan
    const QString kAgentVersion = QStringLiteral("v%1").arg(AgentProtocol::kVersion);

    QString dbPath() const { return m_tmp.filePath(QStringLiteral("history.db")); }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        return objects;
    }

    QList<QJsonObject> fleetctl(const QStringList &args, int *exitCode)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEET_SCAN_LOOPBACK_ONLY"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                      QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--json")} + args);
        if (!process.waitForFinished(60000))
            process.kill();
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (*exitCode != 0)
            qWarning("fleetctl %s: %s", qPrintable(args.join(QLatin1Char(' '))), process.readAllStandardError().data());
        return jsonLines(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_lab.nodes.size() >= 4);
        m_range = m_lab.nodes.first().section(QLatin1Char('.'), 0, 2) + QStringLiteral(".0/24");
    }

    void cleanupTestCase()
    {
        for (const QString &node : std::as_const(m_stopped))
            m_lab.lab({QStringLiteral("node"), node, QStringLiteral("start-ssh")});
    }

    void firstScanRecordsEveryNode()
    {
        TargetSet covered;
        const ScanRun run = ScanRun::scan({m_range}, {}, {}, 30000, &covered);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        HistoryStore store;
        QVERIFY2(store.open(dbPath()), qPrintable(store.errorString()));
        ScanRecorder recorder(store);
        QVERIFY(recorder.begin({m_range}));
        for (const ScanResult &r : run.results)
            QVERIFY2(recorder.record(r), qPrintable(recorder.errorString()));
        QStringList offline;
        QVERIFY2(recorder.finish(covered, run.summary, &offline), qPrintable(recorder.errorString()));
        QVERIFY(offline.isEmpty());

        const QList<Node> nodes = store.nodes();
        QCOMPARE(nodes.size(), m_lab.nodes.size());
        for (const Node &node : nodes) {
            QVERIFY(m_lab.nodes.contains(node.address));
            QVERIFY(node.state == NodeState::NotInstalled || node.state == NodeState::Online);
            // An ONLINE node's agent told its version (over wss for the real agent); the history keeps it.
            QCOMPARE(node.agentVersion, node.state == NodeState::Online ? kAgentVersion : QString());
            QVERIFY(node.sshBanner.startsWith(QLatin1String("SSH-2.0-")));
            QVERIFY(node.firstSeen.isValid());
            m_online += node.state == NodeState::Online;
        }
        const std::optional<ScanRecord> scan = store.scan(recorder.scanId());
        QVERIFY(scan);
        QCOMPARE(scan->hostsTotal, 256);
        QCOMPARE(scan->found, int(m_lab.nodes.size()));
        QVERIFY(scan->error.isEmpty());
    }

    void silentNodesTurnOfflineAndStay()
    {
        // Stop the sshds of nodes 3 and 4 (restarted in cleanupTestCase whatever happens). Not 1 and 2: the
        // shared lab runs agents there, and a node whose agent still answers is not silent.
        for (const QString &n : {QStringLiteral("3"), QStringLiteral("4")}) {
            QString output;
            QCOMPARE(m_lab.lab({QStringLiteral("node"), n, QStringLiteral("stop-ssh")}, &output), 0);
            m_stopped << n;
        }
        const QStringList silent{m_lab.nodes.at(2), m_lab.nodes.at(3)};

        int exitCode = -1;
        const QList<QJsonObject> lines = fleetctl({QStringLiteral("scan"), m_range}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(!lines.isEmpty());
        const QJsonObject result = lines.last();
        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QStringList offline;
        for (const QJsonValue &v : result.value(QStringLiteral("offline")).toArray())
            offline << v.toString();
        offline.sort();
        QCOMPARE(offline, silent);
        QCOMPARE(result.value(QStringLiteral("found")).toInt(), int(m_lab.nodes.size()) - 2);
        int nodeLines = 0, progressLines = 0, online = 0;
        for (const QJsonObject &o : lines) {
            nodeLines += o.value(QStringLiteral("type")).toString() == QLatin1String("node");
            progressLines += o.value(QStringLiteral("type")).toString() == QLatin1String("progress");
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("node")) {
                const bool isOnline = o.value(QStringLiteral("state")).toString() == nodeStateName(NodeState::Online);
                online += isOnline;
                QCOMPARE(o.value(QStringLiteral("agent_version")).toString(), isOnline ? kAgentVersion : QString());
            }
        }
        QCOMPARE(online, m_online);
        QCOMPARE(nodeLines, int(m_lab.nodes.size()) - 2);
        QVERIFY(progressLines >= 1);

        // The history still has every node; exactly the two silent ones are OFFLINE.
        const QList<QJsonObject> listed = fleetctl({QStringLiteral("nodes"), QStringLiteral("--state"),
                                                    QStringLiteral("offline")},
                                                   &exitCode);
        QCOMPARE(exitCode, 0);
        QStringList listedOffline;
        for (const QJsonObject &o : listed)
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("node"))
                listedOffline << o.value(QStringLiteral("address")).toString();
        listedOffline.sort();
        QCOMPARE(listedOffline, silent);
        const QList<QJsonObject> onlineRows = fleetctl({QStringLiteral("nodes"), QStringLiteral("--state"),
                                                        QStringLiteral("online")},
                                                       &exitCode);
        QCOMPARE(exitCode, 0);
        int onlineListed = 0;
        for (const QJsonObject &o : onlineRows)
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("node")) {
                ++onlineListed;
                QCOMPARE(o.value(QStringLiteral("agent_version")).toString(), kAgentVersion);
            }
        QCOMPARE(onlineListed, m_online);
        HistoryStore store;
        QVERIFY(store.open(dbPath()));
        QCOMPARE(store.nodes().size(), m_lab.nodes.size());
        QCOMPARE(store.scans().size(), 2);
        QCOMPARE(store.scans().first().offline, 2);
    }
};

QTEST_GUILESS_MAIN(TestScanRecorder)
#include "TestScanRecorder.moc"
