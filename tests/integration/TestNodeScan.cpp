#include "actions/NodeScan.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace fleet;
using fleet::test::LabEnvironment;

// NodeScan against the lab: what the callbacks see, the outcome counts and the history agree; bad words are a
// Usage failure before anything is probed; a cancel is a Cancelled scan whose silence marks nobody OFFLINE.
class TestNodeScan final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    ScanParams params() const
    {
        ScanParams p;
        p.words = m_lab.nodes;
        p.dbPath = m_dir.filePath(QStringLiteral("history.db"));
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
    }

    void scansRecordsAndReports()
    {
        int found = 0;
        quint64 probing = 0;
        ScanCallbacks callbacks;
        callbacks.found = [&found](const ScanResult &) { ++found; };
        callbacks.probing = [&probing](quint64 addresses) { probing = addresses; };
        const ScanOutcome outcome = NodeScan::run(params(), callbacks);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure.message));
        QCOMPARE(probing, quint64(m_lab.nodes.size()));
        QCOMPARE(found, int(m_lab.nodes.size()));
        QCOMPARE(outcome.found.size(), m_lab.nodes.size());
        QCOMPARE(outcome.online + outcome.notInstalled, int(m_lab.nodes.size()));
        QVERIFY(outcome.online >= 2); // the lab starts agents on nodes 1 and 2
        QVERIFY(outcome.offline.isEmpty());
        HistoryStore store;
        QVERIFY(store.open(params().dbPath));
        const std::optional<ScanRecord> scan = store.scan(outcome.scanId);
        QVERIFY(scan);
        QCOMPARE(scan->online, outcome.online);
        QCOMPARE(scan->notInstalled, outcome.notInstalled);
        QVERIFY(scan->error.isEmpty());
        QCOMPARE(store.nodes().size(), m_lab.nodes.size());
    }

    void badWordIsAUsageFailure()
    {
        ScanParams p = params();
        p.words = {QStringLiteral("127.0.0.300/24")};
        const ScanOutcome outcome = NodeScan::run(p);
        QCOMPARE(outcome.failure.kind, FailureKind::Usage);
        QVERIFY2(outcome.failure.message.contains(QLatin1String("127.0.0.300/24")), qPrintable(outcome.failure.message));
        QCOMPARE(outcome.scanId, qint64(-1)); // nothing was recorded
        QCOMPARE(NodeScan::prepare({}, {}).failure.kind, FailureKind::Usage);
    }

    void cancelledScanMarksNobodyOffline()
    {
        // A listener that accepts and never speaks holds the scan in its banner read; the cancel ends it early.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        std::atomic_bool cancel{false};
        ScanParams p = params();
        p.words = QStringList(m_lab.nodes) << QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
        p.options.readTimeoutMs = 20000;
        p.cancel = &cancel;
        std::thread stopper([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel.store(true);
        });
        QElapsedTimer clock;
        clock.start();
        const ScanOutcome outcome = NodeScan::run(p);
        stopper.join();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(outcome.failure.kind, FailureKind::Cancelled);
        QVERIFY(outcome.summary.cancelled);
        QVERIFY(outcome.offline.isEmpty());
        HistoryStore store;
        QVERIFY(store.open(p.dbPath));
        QVERIFY(store.nodes(NodeState::Offline).isEmpty());
        QVERIFY(store.scan(outcome.scanId)->error.contains(QLatin1String("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestNodeScan)
#include "TestNodeScan.moc"
