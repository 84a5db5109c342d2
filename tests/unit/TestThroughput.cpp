#include "transfer/StageTracker.h"
#include "transfer/ThroughputLog.h"

#include <QTest>

using namespace fleet;

// Throughput samples: rates from cumulative bytes, bounded lists, the live log of the Jobs panel and the samples
// StageTracker hands the history.
class TestThroughput final : public QObject
{
    Q_OBJECT

    struct RecordingJournal final : JobJournal
    {
        QList<std::pair<qint64, ThroughputPoint>> samples;
        qint64 jobStarted(const JobUpdate &) override { return 1; }
        qint64 stageStarted(qint64, StageKind kind) override { return 10 + int(kind); }
        void stageProgress(qint64, qint64, qint64) override {}
        void stageFinished(qint64, const StageRecord &, int) override {}
        void jobFinished(qint64, const JobUpdate &, qint64) override {}
        void event(qint64, const QString &, const QString &) override {}
        void stageSample(qint64 stageId, qint64 elapsedMs, qint64 done) override
        {
            samples.append({stageId, ThroughputPoint{elapsedMs, done}});
        }
    };

    static JobUpdate running(quint64 id, StageKind kind, qint64 elapsedMs, qint64 done,
                             JobState state = JobState::Running)
    {
        JobUpdate job;
        job.id = id;
        job.state = JobState::Running;
        StageRecord &stage = job.stageRecord(kind);
        stage.state = state;
        stage.progress = Progress{done, 10000, elapsedMs};
        return job;
    }

private Q_SLOTS:
    void ratesAreBytesPerSecondBetweenSamples()
    {
        const QList<QPointF> rates = Throughput::rates(
            {ThroughputPoint{500, 1000}, ThroughputPoint{1500, 3000}, ThroughputPoint{1500, 3500},
             ThroughputPoint{3500, 3500}});
        QCOMPARE(rates.size(), 3); // the sample without time since the last one gives no rate
        QCOMPARE(rates.at(0), QPointF(0.5, 2000.0)); // from the stage's start
        QCOMPARE(rates.at(1), QPointF(1.5, 2000.0));
        // The bytes of the sample without time are not lost: they count in the next interval (500 B over 2 s).
        QCOMPARE(rates.at(2), QPointF(3.5, 250.0));
        QCOMPARE(Throughput::rates({ThroughputPoint{1000, 10}, ThroughputPoint{2000, 10}}).last(),
                 QPointF(2.0, 0.0)); // a stall shows as zero
    }

    void aStageThatStartsAgainRestartsTheMeasure()
    {
        const QList<QPointF> rates =
            Throughput::rates({ThroughputPoint{1000, 8000}, ThroughputPoint{2000, 16000}, ThroughputPoint{1000, 500}});
        QCOMPARE(rates.last(), QPointF(1.0, 500.0));
        QVERIFY(Throughput::rates({}).isEmpty());
    }

    void thinningKeepsTheEndsAndHalves()
    {
        QList<ThroughputPoint> points;
        for (int i = 0; i <= 10; ++i)
            points << ThroughputPoint{i * 1000, i * 100};
        Throughput::thin(points, 20);
        QCOMPARE(points.size(), 11); // under the limit: untouched
        Throughput::thin(points, 10);
        QCOMPARE(points.size(), 6);
        QCOMPARE(points.first(), (ThroughputPoint{0, 0}));
        QCOMPARE(points.last(), (ThroughputPoint{10000, 1000}));
    }

    void theLiveLogSamplesAtMostTwiceASecondAndAtTheEnd()
    {
        ThroughputLog log;
        log.record(running(1, StageKind::Transfer, 0, 0)); // nothing moved yet
        QVERIFY(log.points(1, StageKind::Transfer).isEmpty());
        log.record(running(1, StageKind::Transfer, 100, 100));
        log.record(running(1, StageKind::Transfer, 300, 300)); // too soon after the last
        log.record(running(1, StageKind::Transfer, 700, 900));
        log.record(running(1, StageKind::Transfer, 900, 1200, JobState::Succeeded)); // the end counts at once
        log.record(running(1, StageKind::Transfer, 900, 1200, JobState::Succeeded)); // once
        QCOMPARE(log.points(1, StageKind::Transfer),
                 (QList<ThroughputPoint>{ThroughputPoint{100, 100}, ThroughputPoint{700, 900},
                                         ThroughputPoint{900, 1200}}));
        QVERIFY(log.points(1, StageKind::Save).isEmpty()); // queued: never sampled
        QVERIFY(log.points(2, StageKind::Transfer).isEmpty());
        log.record(running(1, StageKind::Run, 5000, 1)); // run moves no bytes
        QVERIFY(log.points(1, StageKind::Run).isEmpty());
        // A retry starts the stage again: a new run of samples.
        log.record(running(1, StageKind::Transfer, 50, 10));
        QCOMPARE(log.points(1, StageKind::Transfer), (QList<ThroughputPoint>{ThroughputPoint{50, 10}}));
        log.forget(1);
        QVERIFY(!log.has(1));
    }

    void theTrackerGivesTheHistoryASampleWithEachCheckpointAndAtTheEnd()
    {
        JobUpdate job;
        job.historyId = 1;
        RecordingJournal journal;
        StageTracker tracker(job, journal, {});
        tracker.start(StageKind::Transfer, 4000);
        tracker.progress(StageKind::Transfer, 1000);
        tracker.progress(StageKind::Transfer, 2000); // within the checkpoint interval: no sample
        QTest::qWait(1050);
        tracker.progress(StageKind::Transfer, 3000);
        tracker.progress(StageKind::Transfer, 4000);
        tracker.succeed(StageKind::Transfer);
        tracker.start(StageKind::Run);
        tracker.succeed(StageKind::Run); // moves no bytes: no sample
        QCOMPARE(journal.samples.size(), 3);
        const qint64 transferId = 10 + int(StageKind::Transfer);
        QCOMPARE(journal.samples.at(0).first, transferId);
        QCOMPARE(journal.samples.at(0).second.bytesDone, 1000);
        QCOMPARE(journal.samples.at(1).second.bytesDone, 3000);
        QVERIFY(journal.samples.at(1).second.elapsedMs >= 1000);
        QCOMPARE(journal.samples.at(2).second.bytesDone, 4000);
        QVERIFY(journal.samples.at(2).second.elapsedMs >= journal.samples.at(1).second.elapsedMs);
    }
};

QTEST_GUILESS_MAIN(TestThroughput)
#include "TestThroughput.moc"
