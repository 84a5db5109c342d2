#include "actions/RecordJson.h"
#include "discovery/ScanTypes.h"
#include "history/HistoryRecords.h"
#include "model/ImageInfo.h"
#include "model/Node.h"
#include "transfer/JobUpdate.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace fleet;

// One JSON form per record type: whichever source a record comes from (a live job or a history row, a node from the
// history or from a scan) the keys are the same, and every key is snake_case.
class TestRecordJson final : public QObject
{
    Q_OBJECT

private:
    static void checkSnakeCase(const QJsonObject &object)
    {
        static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            QVERIFY2(snake.match(it.key()).hasMatch(), qPrintable(it.key()));
            if (it->isObject())
                checkSnakeCase(it->toObject());
            if (it->isArray())
                for (const QJsonValue &v : it->toArray())
                    if (v.isObject())
                        checkSnakeCase(v.toObject());
        }
    }

private Q_SLOTS:
    void nodeFromHistoryAndFromScanHaveTheSameKeys()
    {
        Node node;
        node.address = QStringLiteral("127.0.77.11");
        node.state = NodeState::Online;
        ScanResult result;
        result.address = node.address;
        result.sshPort = 22;
        result.state = NodeState::NotInstalled;
        result.rttMicros = 1500;
        result.detail = QStringLiteral("garbage");
        const QJsonObject fromHistory = RecordJson::node(node);
        const QJsonObject fromScan = RecordJson::node(result);
        QCOMPARE(fromHistory.keys(), fromScan.keys());
        QCOMPARE(fromScan.value(QStringLiteral("type")).toString(), QStringLiteral("node"));
        QCOMPARE(fromScan.value(QStringLiteral("state")).toString(), QStringLiteral("NOT_INSTALLED"));
        QCOMPARE(fromScan.value(QStringLiteral("rtt_ms")).toDouble(), 1.5);
        QVERIFY(fromHistory.value(QStringLiteral("rtt_ms")).isNull());
        checkSnakeCase(fromHistory);
    }

    void liveJobAndHistoryJobHaveTheSameKeys()
    {
        JobUpdate live;
        live.id = 3;
        live.historyId = 42;
        live.node = QStringLiteral("127.0.77.12");
        live.image = QStringLiteral("app:1.0.0");
        live.state = JobState::Failed;
        live.message = QStringLiteral("disk full");
        live.stageRecord(StageKind::Transfer).progress.done = 1000;
        JobRecord row;
        row.id = 42;
        row.node = live.node;
        row.image = live.image;
        StageRow stage;
        stage.kind = StageKind::Save;
        const QJsonObject a = RecordJson::job(live);
        const QJsonObject b = RecordJson::job(row, {stage});
        QCOMPARE(a.keys(), b.keys());
        QCOMPARE(a.value(QStringLiteral("id")).toInteger(), 42);
        QCOMPARE(a.value(QStringLiteral("bytes")).toInteger(), 1000);
        QCOMPARE(a.value(QStringLiteral("error")).toString(), QStringLiteral("disk full"));
        QCOMPARE(a.value(QStringLiteral("stages")).toArray().first().toObject().keys(),
                 b.value(QStringLiteral("stages")).toArray().first().toObject().keys());
        checkSnakeCase(a);
        checkSnakeCase(b);
    }

    void imageScanAndEventAreSnakeCase()
    {
        ImageInfo image;
        image.id = QStringLiteral("sha256:abc");
        image.repoTags = {QStringLiteral("app:1.0.0")};
        image.gpuRequired = true;
        const QJsonObject i = RecordJson::image(image);
        QCOMPARE(i.value(QStringLiteral("gpu_required")).toBool(), true);
        checkSnakeCase(i);
        ScanRecord scan;
        scan.notInstalled = 3;
        const QJsonObject s = RecordJson::scan(scan);
        QCOMPARE(s.value(QStringLiteral("not_installed")).toInt(), 3);
        checkSnakeCase(s);
        checkSnakeCase(RecordJson::event(EventRecord{}));
    }
};

QTEST_GUILESS_MAIN(TestRecordJson)
#include "TestRecordJson.moc"
