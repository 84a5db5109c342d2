#include "JobProgressDelegate.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "JobsTreeModel.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace fleet;

// Batch rows: the jobs of one multi-node push sit under one parent row of the Jobs panel (aggregate progress,
// "3 of 8 nodes done", the worst state), a single-node push stays a flat row; selecting the parent cancels or
// retries the whole batch, a child row only its job; rows follow JobsModel as jobs come, change and are cleared.
class TestJobsTreeModel final : public QObject
{
    Q_OBJECT

    static JobUpdate job(quint64 id, quint64 batch, const QString &node, JobState state = JobState::Queued)
    {
        JobUpdate update;
        update.id = id;
        update.batchId = batch;
        update.node = node;
        update.image = QStringLiteral("fleetlab/web:1.0.0");
        update.state = state;
        return update;
    }

    static JobUpdate transferring(JobUpdate update, qint64 done, qint64 total, qint64 elapsedMs)
    {
        update.state = JobState::Running;
        update.stage = StageKind::Transfer;
        update.stageRecord(StageKind::Save).state = JobState::Succeeded;
        update.stageRecord(StageKind::Transfer).state = JobState::Running;
        update.stageRecord(StageKind::Transfer).progress = Progress{done, total, elapsedMs};
        return update;
    }

    static JobUpdate ended(JobUpdate update, JobState state)
    {
        update.state = state;
        for (StageRecord &stage : update.stages)
            if (stage.kind != StageKind::Pull && stage.kind != StageKind::Run && stage.kind != StageKind::Health)
                stage.state = state == JobState::Failed && stage.kind == StageKind::Load ? JobState::Failed
                                                                                         : JobState::Succeeded;
        return update;
    }

    static QString node(const QString &last) { return QStringLiteral("127.0.90.") + last; }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void passesModelTesterThroughGroupingAndClearing()
    {
        JobsModel jobs;
        JobsTreeModel tree(&jobs);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        jobs.addJob(job(1, 1, node("11")));            // alone: flat
        jobs.addJob(job(2, 2, node("12")));            // first of a batch: flat until the second comes
        QCOMPARE(tree.rowCount(), 2);
        QVERIFY(!tree.isBatch(tree.index(1, 0)));
        jobs.addJob(job(3, 2, node("13")));
        jobs.addJob(job(4, 2, node("14")));
        QCOMPARE(tree.rowCount(), 2);
        const QModelIndex batch = tree.index(1, 0);
        QVERIFY(tree.isBatch(batch));
        QCOMPARE(tree.rowCount(batch), 3);
        QCOMPARE(tree.rowCount(tree.index(0, 0)), 0);
        QCOMPARE(tree.jobIdAt(tree.index(2, 0, batch)), quint64(4));
        QCOMPARE(tree.indexOfJob(3), tree.index(1, 0, batch));
        QCOMPARE(tree.indexOfBatch(2), batch);
        jobs.updateJob(transferring(job(3, 2, node("13")), 10, 100, 1000));
        jobs.finishJob(ended(job(2, 2, node("12")), JobState::Succeeded));
        jobs.finishJob(ended(job(1, 1, node("11")), JobState::Succeeded));
        jobs.removeFinished(); // job 1's row and one child of the batch go
        QCOMPARE(tree.rowCount(), 1);
        QCOMPARE(tree.rowCount(tree.index(0, 0)), 2);
        QCOMPARE(tree.jobIdsAt(tree.index(0, 0)), (QList<quint64>{3, 4}));
        jobs.finishJob(ended(job(3, 2, node("13")), JobState::Succeeded));
        jobs.finishJob(ended(job(4, 2, node("14")), JobState::Failed));
        jobs.removeFinished();
        QCOMPARE(tree.rowCount(), 0);
    }

    void aMultiNodePushIsOneParentWithItsNodes()
    {
        JobsModel jobs;
        JobsTreeModel tree(&jobs);
        for (quint64 i = 1; i <= 8; ++i)
            jobs.addJob(job(i, 7, node(QString::number(10 + i))));
        jobs.addJob(job(9, 8, node("30"))); // another push, to one node
        QCOMPARE(tree.rowCount(), 2);
        const QModelIndex parent = tree.index(0, JobsModel::NodeColumn);
        QCOMPARE(tree.rowCount(parent), 8);
        QCOMPARE(parent.data(JobsTreeModel::ChildCountRole).toInt(), 8);
        QCOMPARE(parent.data(JobsTreeModel::BatchIdRole).toULongLong(), quint64(7));
        QCOMPARE(tree.index(1, JobsModel::NodeColumn).data().toString(), node("30"));
        QCOMPARE(tree.index(2, JobsModel::NodeColumn, parent).data().toString(), node("13"));
        QCOMPARE(parent.data().toString(), QStringLiteral("0 of 8 nodes done"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::StateColumn).data().toString(), QStringLiteral("queued"));

        // Three done, one failed, two transferring (10 MB/s and 30 MB/s, half way), two waiting.
        for (quint64 i = 1; i <= 3; ++i)
            jobs.updateJob(ended(job(i, 7, node(QString::number(10 + i))), JobState::Succeeded));
        jobs.updateJob(ended(job(4, 7, node("14")), JobState::Failed));
        jobs.updateJob(transferring(job(5, 7, node("15")), 10'000'000, 20'000'000, 1000));
        jobs.updateJob(transferring(job(6, 7, node("16")), 30'000'000, 60'000'000, 1000));
        jobs.flushPendingChanges();
        QCOMPARE(parent.data().toString(), QStringLiteral("4 of 8 nodes done"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::ImageColumn).data().toString(),
                 QStringLiteral("fleetlab/web:1.0.0"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::StateColumn).data().toString(), QStringLiteral("running"));
        QCOMPARE(parent.data(JobsModel::JobStateRole).toInt(), int(JobState::Running));
        // Transfer over the batch: 4 jobs at 1, two at 0.5, two waiting at 0 → 5/8.
        const QModelIndex transfer = parent.siblingAtColumn(JobsModel::TransferColumn);
        QCOMPARE(transfer.data(JobsModel::StageFractionRole).toDouble(), 5.0 / 8.0);
        QCOMPARE(transfer.data().toString(), QStringLiteral("63 %"));
        QCOMPARE(transfer.data(JobsModel::StageStateRole).toInt(), int(JobState::Running));
        QCOMPARE(parent.siblingAtColumn(JobsModel::RateColumn).data().toString(), QStringLiteral("40.0 MB/s"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::EtaColumn).data().toString(), QStringLiteral("—")); // two wait
        QCOMPARE(parent.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2 running, 2 waiting, 3 succeeded, 1 failed"));
        // The last two start: the batch ends with the slowest (3 s left at 10 MB/s).
        jobs.updateJob(transferring(job(7, 7, node("17")), 10'000'000, 40'000'000, 1000));
        jobs.updateJob(transferring(job(8, 7, node("18")), 10'000'000, 20'000'000, 1000));
        jobs.flushPendingChanges();
        QCOMPARE(parent.siblingAtColumn(JobsModel::EtaColumn).data().toString(), QStringLiteral("3 s"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::RateColumn).data().toString(), QStringLiteral("60.0 MB/s"));

        // All ended: the worst state shows, the load column too.
        for (quint64 i = 5; i <= 8; ++i)
            jobs.updateJob(ended(job(i, 7, node(QString::number(10 + i))), JobState::Succeeded));
        jobs.flushPendingChanges();
        QCOMPARE(parent.data().toString(), QStringLiteral("8 of 8 nodes done"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::StateColumn).data().toString(), QStringLiteral("failed"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::LoadColumn).data(JobsModel::StageStateRole).toInt(),
                 int(JobState::Failed));
        QCOMPARE(parent.siblingAtColumn(JobsModel::RateColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(JobsTreeModel::aggregate({JobState::Succeeded, JobState::Skipped}), JobState::Succeeded);
        QCOMPARE(JobsTreeModel::aggregate({JobState::Cancelled, JobState::Succeeded}), JobState::Cancelled);
        QCOMPARE(JobsTreeModel::aggregate({JobState::Queued, JobState::Succeeded}), JobState::Running);
    }

    void aBatchWithoutTotalsShowsItsBytesAndNoEta()
    {
        JobsModel jobs;
        JobsTreeModel tree(&jobs);
        jobs.addJob(transferring(job(1, 3, node("11")), 5'000'000, -1, 1000)); // a delta push: no total
        jobs.addJob(transferring(job(2, 3, node("12")), 5'000'000, 10'000'000, 1000));
        const QModelIndex parent = tree.index(0, 0);
        QCOMPARE(parent.siblingAtColumn(JobsModel::TransferColumn).data(JobsModel::StageFractionRole).toDouble(), -1.0);
        QCOMPARE(parent.siblingAtColumn(JobsModel::TransferColumn).data().toString(), QStringLiteral("10.0 MB"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::RateColumn).data().toString(), QStringLiteral("10.0 MB/s"));
        QCOMPARE(parent.siblingAtColumn(JobsModel::EtaColumn).data().toString(), QStringLiteral("—"));
    }

    void thePanelCancelsAndRetriesABatchOrOneOfItsJobs()
    {
        JobsModel jobs;
        JobsPanel panel(&jobs);
        panel.resize(900, 300);
        for (quint64 i = 1; i <= 3; ++i)
            jobs.addJob(transferring(job(i, 5, node(QString::number(10 + i))), 1000, 4000, 100));
        jobs.addJob(job(4, 6, node("20"))); // a single-node push: its own row
        jobs.flushPendingChanges();
        JobsTreeModel *tree = panel.tree();
        QCOMPARE(panel.view()->model(), tree);
        QCOMPARE(tree->rowCount(), 2);
        QSignalSpy cancelled(&panel, &JobsPanel::cancelRequested);
        QSignalSpy retried(&panel, &JobsPanel::retryRequested);

        // The batch's row: all three jobs.
        panel.view()->selectionModel()->select(tree->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(panel.selectedJobIds(), (QList<quint64>{1, 2, 3}));
        panel.cancelSelected();
        QCOMPARE(cancelled.size(), 3);
        QCOMPARE((QList<quint64>{cancelled.at(0).at(0).toULongLong(), cancelled.at(1).at(0).toULongLong(),
                                 cancelled.at(2).at(0).toULongLong()}),
                 (QList<quint64>{1, 2, 3}));

        // One child row: its job alone; the batch with one of its children selected counts each job once.
        cancelled.clear();
        panel.view()->expand(tree->index(0, 0));
        const QModelIndex second = tree->indexOfJob(2);
        panel.view()->selectionModel()->select(second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        panel.cancelSelected();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().first().toULongLong(), quint64(2));
        panel.view()->selectionModel()->select(tree->index(0, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel.selectedJobIds(), (QList<quint64>{2, 1, 3}));

        // The runner says they ended: two cancelled, one succeeded. Retry of the batch retries the two.
        jobs.finishJob(ended(job(1, 5, node("11")), JobState::Cancelled));
        jobs.finishJob(ended(job(2, 5, node("12")), JobState::Cancelled));
        jobs.finishJob(ended(job(3, 5, node("13")), JobState::Succeeded));
        panel.view()->selectionModel()->select(tree->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        panel.retrySelected();
        QCOMPARE(retried.size(), 2);
        QCOMPARE(retried.at(0).at(0).toULongLong(), quint64(1));
        QCOMPARE(retried.at(1).at(0).toULongLong(), quint64(2));
        QCOMPARE(tree->index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("cancelled"));

        // The plot follows the current row: a batch's shows its last job once none runs, a flat row its own.
        panel.view()->setCurrentIndex(tree->index(0, 0));
        QCOMPARE(panel.chartedJobId(), quint64(3));
        panel.view()->setCurrentIndex(tree->index(1, 0));
        QCOMPARE(panel.chartedJobId(), quint64(4));

        // Clear finished: the batch's row goes with its jobs, the waiting single job stays.
        jobs.removeFinished();
        QCOMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->jobIdAt(tree->index(0, 0)), quint64(4));
    }

    void theDelegatePaintsABatchRowsBars()
    {
        JobsModel jobs;
        JobsTreeModel tree(&jobs);
        jobs.addJob(transferring(job(1, 5, node("11")), 3000, 4000, 100));
        jobs.addJob(transferring(job(2, 5, node("12")), 1000, 4000, 100));
        QTreeView view;
        view.setModel(&tree);
        JobProgressDelegate delegate;
        QImage image(200, 30, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(0, 0, 200, 30);
        delegate.paint(&painter, option, tree.index(0, JobsModel::TransferColumn));
        painter.end();
        QCOMPARE(tree.index(0, JobsModel::TransferColumn).data().toString(), QStringLiteral("50 %"));
        int coloured = 0; // the bar's fill: the highlight colour, over about half of it
        const QColor highlight = option.palette.color(QPalette::Highlight);
        for (int x = 0; x < image.width(); ++x)
            coloured += qAbs(QColor(image.pixel(x, 15)).hue() - highlight.hue()) < 10
                && QColor(image.pixel(x, 15)).saturation() > 60;
        QVERIFY2(coloured > 60 && coloured < 140, qPrintable(QString::number(coloured)));
    }
};

QTEST_MAIN(TestJobsTreeModel)
#include "TestJobsTreeModel.moc"
