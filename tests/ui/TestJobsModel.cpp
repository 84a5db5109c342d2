#include "JobsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fleet;

namespace {
JobUpdate job(quint64 id, const QString &node, JobState state = JobState::Queued)
{
    JobUpdate update;
    update.id = id;
    update.batchId = 1;
    update.node = node;
    update.image = QStringLiteral("fleetlab/web:1.0");
    update.state = state;
    return update;
}

JobUpdate transferring(JobUpdate update, qint64 done, qint64 total, qint64 elapsedMs)
{
    update.state = JobState::Running;
    update.stage = StageKind::Transfer;
    update.stageRecord(StageKind::Save).state = JobState::Succeeded;
    StageRecord &transfer = update.stageRecord(StageKind::Transfer);
    transfer.state = JobState::Running;
    transfer.progress.done = done;
    transfer.progress.total = total;
    transfer.progress.elapsedMs = elapsedMs;
    return update;
}
} // namespace

class TestJobsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        JobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addJob(job(1, QStringLiteral("a")));
        model.addJob(job(2, QStringLiteral("b")));
        model.updateJob(transferring(job(1, QStringLiteral("a")), 50, 100, 1000));
        model.flushPendingChanges();
        JobUpdate done = job(2, QStringLiteral("b"), JobState::Succeeded);
        model.updateJob(done);
        model.removeFinished();
        QCOMPARE(model.rowCount(), 1);
    }

    void everyStageThatMovesBytesHasRateAndEta_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("moves");
        for (const auto &[action, name] :
             {std::pair{JobAction::Push, "push"}, std::pair{JobAction::StoreGet, "store-get"},
              std::pair{JobAction::StorePut, "store-put"}, std::pair{JobAction::SifSync, "sif-sync"}})
            for (StageKind kind : allStages())
                QTest::addRow("%s %s", name, qPrintable(stageName(kind)))
                    << int(action) << int(kind) << (kind != StageKind::Run && kind != StageKind::Health);
    }

    void everyStageThatMovesBytesHasRateAndEta()
    {
        QFETCH(int, action);
        QFETCH(int, stage);
        QFETCH(bool, moves);
        const StageKind kind = StageKind(stage);
        JobUpdate update = job(9, QStringLiteral("127.0.90.11"), JobState::Running);
        update.action = JobAction(action);
        update.pullEnabled = update.runEnabled = true;
        update.stage = kind;
        update.stageRecord(kind).state = JobState::Running;
        update.stageRecord(kind).progress = Progress{40'000'000, 100'000'000, 2000};
        JobsModel model;
        model.addJob(update);
        const QString rate = model.index(0, JobsModel::RateColumn).data().toString();
        const QString eta = model.index(0, JobsModel::EtaColumn).data().toString();
        const QString tip = model.index(0, JobsModel::PullColumn + stage).data(Qt::ToolTipRole).toString();
        QCOMPARE(rate, moves ? QStringLiteral("20.0 MB/s") : QStringLiteral("—"));
        QCOMPARE(eta, moves ? QStringLiteral("3 s") : QStringLiteral("—"));
        if (moves)
            QCOMPARE(tip, QStringLiteral("40.0 MB of 100 MB, 20.0 MB/s, 3 s left"));

        // No total (a delta push's transfer): the rate, and no ETA rather than a made-up one.
        update.stageRecord(kind).progress.total = -1;
        model.updateJob(update);
        model.flushPendingChanges();
        QCOMPARE(model.index(0, JobsModel::RateColumn).data().toString(), moves ? QStringLiteral("20.0 MB/s")
                                                                               : QStringLiteral("—"));
        QCOMPARE(model.index(0, JobsModel::EtaColumn).data().toString(), QStringLiteral("—"));
        // Its whole input read and still running (a load waiting for the daemon): no "0 s" either.
        update.stageRecord(kind).progress = Progress{100'000'000, 100'000'000, 4000};
        model.updateJob(update);
        model.flushPendingChanges();
        QCOMPARE(model.index(0, JobsModel::EtaColumn).data().toString(), QStringLiteral("—"));
        // Not measured yet: nothing rather than 0 B/s.
        update.stageRecord(kind).progress = Progress{0, 100'000'000, 0};
        model.updateJob(update);
        model.flushPendingChanges();
        QCOMPARE(model.index(0, JobsModel::RateColumn).data().toString(), QStringLiteral("—"));
    }

    void rowShowsStagesRateAndEta()
    {
        JobsModel model;
        model.addJob(job(7, QStringLiteral("127.0.90.11")));
        model.updateJob(transferring(job(7, QStringLiteral("127.0.90.11")), 40'000'000, 100'000'000, 2000));
        model.flushPendingChanges();
        const int row = model.rowOf(7);
        QCOMPARE(model.index(row, JobsModel::NodeColumn).data().toString(), QStringLiteral("127.0.90.11"));
        QCOMPARE(model.index(row, JobsModel::SaveColumn).data(JobsModel::StageFractionRole).toDouble(), 1.0);
        QCOMPARE(model.index(row, JobsModel::TransferColumn).data(JobsModel::StageFractionRole).toDouble(), 0.4);
        QCOMPARE(model.index(row, JobsModel::TransferColumn).data().toString(), QStringLiteral("40 %"));
        QCOMPARE(model.index(row, JobsModel::LoadColumn).data(JobsModel::StageFractionRole).toDouble(), -1.0);
        QCOMPARE(model.index(row, JobsModel::RateColumn).data().toString(), QStringLiteral("20.0 MB/s"));
        QCOMPARE(model.index(row, JobsModel::EtaColumn).data().toString(), QStringLiteral("3 s"));
        QCOMPARE(model.index(row, JobsModel::RunColumn).data(JobsModel::StageEnabledRole).toBool(), false);
        QCOMPARE(model.index(row, JobsModel::StateColumn).data().toString(), QStringLiteral("running"));
    }

    void updatesAreCoalesced()
    {
        JobsModel model;
        for (quint64 id = 1; id <= 5; ++id)
            model.addJob(job(id, QStringLiteral("n%1").arg(id)));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // 500 progress updates across rows 0,1,2 and 4 within one interval.
        for (int i = 0; i < 100; ++i)
            for (quint64 id : {1, 2, 3, 5})
                model.updateJob(transferring(job(id, QStringLiteral("n%1").arg(id)), i, 100, 1000));
        QCOMPARE(changed.count(), 0); // nothing before the flush
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 2000); // rows 0-2 and row 4: two contiguous ranges
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 4);
        QCOMPARE(model.index(4, JobsModel::TransferColumn).data().toString(), QStringLiteral("99 %"));
    }

    void unknownJobIsAddedAndFinishedOnesRemoved()
    {
        JobsModel model;
        model.updateJob(job(9, QStringLiteral("x"), JobState::Running)); // jobAdded missed
        QCOMPARE(model.rowCount(), 1);
        model.addJob(job(10, QStringLiteral("y")));
        model.addJob(job(11, QStringLiteral("z")));
        model.updateJob(job(9, QStringLiteral("x"), JobState::Failed));
        model.updateJob(job(11, QStringLiteral("z"), JobState::Cancelled));
        QCOMPARE(model.countActive(), 1);
        model.removeFinished();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(10), 0);
        QCOMPARE(model.rowOf(9), -1);
    }
};

QTEST_GUILESS_MAIN(TestJobsModel)
#include "TestJobsModel.moc"
