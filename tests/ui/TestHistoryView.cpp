#include "HistoryJobsModel.h"
#include "HistoryNodesModel.h"
#include "history/HistoryReader.h"
#include "HistoryScansModel.h"
#include "HistoryStagesModel.h"
#include "HistoryView.h"
#include "ThroughputChart.h"
#include "history/HistoryStore.h"
#include "history/Transaction.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

class TestHistoryView final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_failedJob = 0;

    static bool waitForPage(HistoryPagedModel *model)
    {
        QSignalSpy loaded(model, &HistoryPagedModel::pageLoaded);
        return model->isLoading() ? loaded.wait(5000) : true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        m_db = m_dir.filePath(QStringLiteral("history.db"));
        HistoryStore store;
        QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
        Transaction transaction(store.database());
        // 450 jobs: every third to a db image, every fifth failed; the last one has stages.
        for (int i = 0; i < 450; ++i) {
            const qint64 batch = store.createBatch();
            const QString image = i % 3 == 0 ? QStringLiteral("fleetlab/db:2") : QStringLiteral("fleetlab/web:1");
            const qint64 id = store.createJob(batch, image, {}, {}, QStringLiteral("127.0.90.%1").arg(11 + i % 4),
                                              TransferMode::Stream);
            QVERIFY(id > 0);
            QVERIFY(store.setJobState(id, JobState::Running));
            const bool failed = i % 5 == 0;
            QVERIFY(store.setJobState(id, failed ? JobState::Failed : JobState::Succeeded,
                                      failed ? QStringLiteral("connection reset") : QString(), 1000 + i));
            if (failed && i % 3 == 0)
                m_failedJob = id; // a failed db job: the last one gets stages
        }
        const qint64 save = store.startStage(m_failedJob, StageKind::Save);
        QVERIFY(store.finishStage(save, JobState::Succeeded, 500, 500, 100, 1));
        const qint64 transfer = store.startStage(m_failedJob, StageKind::Transfer);
        // Its samples: 1 MiB/s for two seconds, then a stall.
        QVERIFY(store.addStageSample(transfer, 1000, 1 << 20));
        QVERIFY(store.addStageSample(transfer, 2000, 2 << 20));
        QVERIFY(store.addStageSample(transfer, 3000, 2 << 20));
        QVERIFY(store.finishStage(transfer, JobState::Failed, 200, 500, 300, 3,
                                  QStringLiteral("127.0.90.11: connection reset; check the node's sshd")));
        store.addEvent(EventLevel::Warning, QStringLiteral("retrying transfer (2/3)"), m_failedJob);
        const qint64 scan = store.beginScan({QStringLiteral("127.0.90.0/24")});
        ScanRecord result;
        result.hostsTotal = 256;
        result.found = 4;
        result.online = 2;
        result.notInstalled = 2;
        QVERIFY(store.finishScan(scan, result));
        QVERIFY(transaction.commit());
    }

    void jobsPassModelTesterAndPageLazily()
    {
        HistoryReader reader(m_db);
        HistoryJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReader(&reader);
        QVERIFY(waitForPage(&model));
        QCOMPARE(model.rowCount(), HistoryPagedModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        // Newest first, and the next page continues below the last id shown (keyset).
        const qint64 lastOfFirst = model.jobAt(model.rowCount() - 1).id;
        QVERIFY(model.jobAt(0).id > lastOfFirst);
        model.fetchMore({});
        QVERIFY(waitForPage(&model));
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.jobAt(200).id, lastOfFirst - 1);
        model.fetchMore({});
        QVERIFY(waitForPage(&model));
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }

    void filtersByTextAndState()
    {
        HistoryReader reader(m_db);
        HistoryJobsModel model;
        model.setReader(&reader);
        QVERIFY(waitForPage(&model));
        JobFilter filter;
        filter.text = QStringLiteral("fleetlab/db");
        filter.state = JobState::Failed;
        // Two filter changes in a row: only the answer to the second one lands.
        JobFilter first;
        first.text = QStringLiteral("fleetlab/web");
        model.setFilter(first);
        model.setFilter(filter);
        QVERIFY(waitForPage(&model));
        QCOMPARE(model.rowCount(), 30); // i % 15 == 0 among 450
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.jobAt(row).image, QStringLiteral("fleetlab/db:2"));
            QCOMPARE(model.jobAt(row).state, JobState::Failed);
        }
        QVERIFY(!model.canFetchMore({}));
    }

    void viewShowsStagesWithErrorsAndScans()
    {
        HistoryReader reader(m_db);
        HistoryView view;
        QAbstractItemModelTester stagesTester(view.stagesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester scansTester(view.scansModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setReader(&reader);
        view.show();
        QVERIFY(waitForPage(view.jobsModel()));
        QTRY_COMPARE(view.scansModel()->rowCount(), 1);
        QCOMPARE(view.scansModel()->scanAt(0).notInstalled, 2);
        view.setSearchText(QStringLiteral("fleetlab/db"));
        QVERIFY(waitForPage(view.jobsModel()));
        QSignalSpy shown(&view, &HistoryView::detailsShown);
        view.selectJob(m_failedJob);
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.first().first().toLongLong(), m_failedJob);
        QCOMPARE(view.stagesModel()->rowCount(), 2);
        QCOMPARE(view.stagesModel()->stageAt(1).kind, StageKind::Transfer);
        QVERIFY(view.stagesModel()
                    ->index(1, HistoryStagesModel::ErrorColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("connection reset")));
        QCOMPARE(view.stagesModel()->index(1, HistoryStagesModel::AttemptsColumn).data().toInt(), 3);
        QVERIFY(view.detailsText().contains(QStringLiteral("connection reset")));
        // The throughput plot from the kept samples: the transfer only (the save stage has none).
        QCOMPARE(view.throughputChart()->stageNames(), QStringList{QStringLiteral("Transfer")});
        QCOMPARE(view.throughputChart()->ratesOf(StageKind::Transfer),
                 (QList<QPointF>{QPointF(1, 1 << 20), QPointF(2, 1 << 20), QPointF(3, 0)}));
        QVERIFY2(view.throughputChart()->title().contains(QStringLiteral("fleetlab/db:2")),
                 qPrintable(view.throughputChart()->title()));
    }

    void nodesTabSummarisesEachNode()
    {
        HistoryReader reader(m_db);
        HistoryView view;
        QAbstractItemModelTester tester(view.nodesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&view, &HistoryView::nodeSummariesShown);
        view.setReader(&reader);
        view.resize(1100, 500);
        view.show();
        QVERIFY(shown.wait(5000));
        HistoryNodesModel *nodes = view.nodesModel();
        QCOMPARE(nodes->rowCount(), 4); // 450 jobs over 127.0.90.11-14
        int jobs = 0, failed = 0;
        for (int row = 0; row < nodes->rowCount(); ++row) {
            jobs += nodes->summaryAt(row).jobs;
            failed += nodes->summaryAt(row).failed;
        }
        QCOMPARE(jobs, 450);
        QCOMPARE(failed, 90); // every fifth
        // The failed db job's stages: its node shows a save average, a retry count, and "—" for stages never run.
        const QModelIndex save = nodes->index(0, HistoryNodesModel::SaveColumn);
        int withSave = -1;
        for (int row = 0; row < nodes->rowCount(); ++row)
            if (nodes->summaryAt(row).stage(StageKind::Save).count == 1)
                withSave = row;
        QVERIFY(withSave >= 0);
        QCOMPARE(nodes->data(nodes->index(withSave, HistoryNodesModel::SaveColumn)).toString(), QStringLiteral("0.1 s"));
        QCOMPARE(nodes->data(nodes->index(withSave, HistoryNodesModel::RetriesColumn)).toInt(), 2);
        QCOMPARE(nodes->data(nodes->index(withSave, HistoryNodesModel::HealthColumn)).toString(), QStringLiteral("—"));
        QVERIFY(save.isValid());
        if (qEnvironmentVariableIsSet("FLEET_HISTORY_SCREENSHOT")) {
            view.findChild<QTabWidget *>()->setCurrentIndex(2);
            QTest::qWait(100);
            QVERIFY(view.grab().save(qEnvironmentVariable("FLEET_HISTORY_SCREENSHOT"), "PNG"));
        }
    }

    void exportsFilteredJobsAsCsv()
    {
        HistoryReader reader(m_db);
        HistoryView view;
        view.setReader(&reader);
        QVERIFY(waitForPage(view.jobsModel()));
        view.setSearchText(QStringLiteral("fleetlab/db"));
        QVERIFY(waitForPage(view.jobsModel()));
        const QString path = m_dir.filePath(QStringLiteral("jobs.csv"));
        view.setSaveFileNameHook([path] { return path; });
        QSignalSpy finished(&view, &HistoryView::exportFinished);
        view.chooseAndExport();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toLongLong(), 150);
        QVERIFY(finished.first().at(2).toString().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 152); // header, 150 rows, and the empty piece after the last CRLF
        QVERIFY(lines.first().startsWith("id,batch,created"));
        QVERIFY(lines.at(1).contains("fleetlab/db:2"));
    }

    void missingDatabaseIsAnEmptyHistory()
    {
        HistoryReader reader(m_dir.filePath(QStringLiteral("absent.db")));
        HistoryJobsModel model;
        QSignalSpy failed(&model, &HistoryPagedModel::loadFailed);
        model.setReader(&reader);
        QVERIFY(waitForPage(&model));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.db"))));
    }

    void damagedDatabaseSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        HistoryReader reader(path);
        HistoryJobsModel model;
        QSignalSpy failed(&model, &HistoryPagedModel::loadFailed);
        model.setReader(&reader);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("garbage.db")));
    }
};

QTEST_MAIN(TestHistoryView)
#include "TestHistoryView.moc"
