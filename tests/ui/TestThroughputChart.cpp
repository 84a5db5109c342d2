#include "JobsModel.h"
#include "JobsPanel.h"
#include "JobsTreeModel.h"
#include "ThroughputChart.h"

#include <QChart>
#include <QTest>
#include <QTreeView>

using namespace fleet;

// The Jobs panel's live plot: the runner's snapshots (here made by hand, as JobRunner reports them) become one
// line per byte-moving stage of the current job, else of the first running one.
class TestThroughputChart final : public QObject
{
    Q_OBJECT

    static JobUpdate snapshot(quint64 id, const QString &node, qint64 elapsedMs, qint64 sent,
                              JobState transfer = JobState::Running)
    {
        JobUpdate job;
        job.id = id;
        job.batchId = 1;
        job.node = node;
        job.image = QStringLiteral("demo/app:1.0.0");
        job.state = JobState::Running;
        job.stage = StageKind::Transfer;
        job.stageRecord(StageKind::Save).state = JobState::Succeeded;
        job.stageRecord(StageKind::Save).progress = Progress{4 << 20, 4 << 20, 500};
        job.stageRecord(StageKind::Transfer).state = transfer;
        job.stageRecord(StageKind::Transfer).progress = Progress{sent, 4 << 20, elapsedMs};
        return job;
    }

private Q_SLOTS:
    void theRunningJobsTransferIsPlottedLive()
    {
        JobsModel jobs;
        JobsPanel panel(&jobs);
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.chartedJobId(), quint64(0));
        jobs.addJob(snapshot(1, QStringLiteral("127.0.90.11"), 0, 0, JobState::Queued));
        jobs.updateJob(snapshot(1, QStringLiteral("127.0.90.11"), 1000, 1 << 20));
        jobs.updateJob(snapshot(1, QStringLiteral("127.0.90.11"), 1200, 1 << 20)); // too soon: not sampled
        jobs.updateJob(snapshot(1, QStringLiteral("127.0.90.11"), 2000, 3 << 20));
        jobs.flushPendingChanges();
        QCOMPARE(panel.chartedJobId(), quint64(1));
        // Redrawn on its own (at most twice a second).
        QTRY_COMPARE_WITH_TIMEOUT(panel.chart()->ratesOf(StageKind::Transfer).size(), 2, 3000);
        QCOMPARE(panel.chart()->ratesOf(StageKind::Transfer),
                 (QList<QPointF>{QPointF(1, 1 << 20), QPointF(2, 2 << 20)}));
        QCOMPARE(panel.chart()->ratesOf(StageKind::Save), (QList<QPointF>{QPointF(0.5, 8 << 20)}));
        QCOMPARE(panel.chart()->stageNames(), (QStringList{QStringLiteral("Save"), QStringLiteral("Transfer")}));
        QCOMPARE(panel.chart()->title(), QStringLiteral("demo/app:1.0.0 → 127.0.90.11"));
        QCOMPARE(panel.chart()->chart()->series().size(), 2);
    }

    void theCurrentRowChoosesTheJobAndClearingForgetsIt()
    {
        JobsModel jobs;
        JobsPanel panel(&jobs);
        jobs.addJob(snapshot(1, QStringLiteral("127.0.90.11"), 1000, 1 << 20));
        jobs.addJob(snapshot(2, QStringLiteral("127.0.90.12"), 1000, 2 << 20));
        jobs.flushPendingChanges();
        QCOMPARE(panel.chartedJobId(), quint64(1)); // the first running one
        panel.view()->setCurrentIndex(panel.tree()->indexOfJob(2)); // one batch: a row under its parent
        QCOMPARE(panel.chartedJobId(), quint64(2));
        QCOMPARE(panel.chart()->ratesOf(StageKind::Transfer), (QList<QPointF>{QPointF(1, 2 << 20)}));
        JobUpdate done = snapshot(2, QStringLiteral("127.0.90.12"), 1500, 4 << 20, JobState::Succeeded);
        done.state = JobState::Succeeded;
        jobs.finishJob(done);
        QCOMPARE(jobs.throughput().points(2, StageKind::Transfer).size(), 2); // the end is sampled at once
        QVERIFY(jobs.throughput().has(2));
        jobs.removeFinished();
        QVERIFY(!jobs.throughput().has(2)); // the samples go with the row (the history keeps its own)
        QVERIFY(jobs.throughput().has(1));
    }

    void followsThePalette()
    {
        ThroughputChart chart;
        QPalette dark = chart.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        chart.setPalette(dark);
        QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
        QCOMPARE(chart.chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    }
};

QTEST_MAIN(TestThroughputChart)
#include "TestThroughputChart.moc"
