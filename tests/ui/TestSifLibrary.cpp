#include "../integration/SifTestRegistry.h"
#include "JobRunnerWiring.h"
#include "JobsModel.h"
#include "LibraryPanel.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushController.h"
#include "SifImageModel.h"
#include "SifPane.h"
#include "SifTemplateModel.h"
#include "actions/FleetSettings.h"
#include "transfer/JobRunner.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace fleet;

// The library's Apptainer tab over a registry built from sylabs/sif's reference images (offscreen, no lab):
// partitions as groups with their counts, image rows (arch, size, signature, flags), a truncated file flagged and
// not draggable, templates badged valid/missing, the registry folder chosen from the tab, a drag of a .sif row onto
// two selected tiles making one sync request and two sif-sync jobs; a screenshot of the tab.
class TestSifLibrary final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    struct Desk
    {
        MainWindow window;
        std::unique_ptr<JobRunner> runner;
    };

    std::unique_ptr<Desk> openDesk()
    {
        auto desk = std::make_unique<Desk>();
        JobRunner::Settings settings;
        settings.dbPath = m_dir.filePath(QStringLiteral("history.db"));
        settings.ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        settings.ssh.connectTimeoutMs = 500;
        desk->runner = std::make_unique<JobRunner>(settings);
        JobRunnerWiring::wire(desk->runner.get(), &desk->window);
        desk->window.nodeModel()->setNodes(test::sampleFleet(6));
        desk->window.setStoreWritable(true);
        desk->window.resize(1300, 800);
        desk->window.show();
        return desk;
    }

    static bool waitLoaded(SifPane *pane)
    {
        QSignalSpy loaded(pane, &SifPane::loaded);
        return !pane->isLoading() && pane->imageModel()->scan().ok() ? true : loaded.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(m_dir);
        m_root = m_dir.filePath(QStringLiteral("registry"));
        QVERIFY(!test::addSifImage(m_root, "compute", "alpine_latest.sif").isEmpty());
        QVERIFY(!test::addSifImage(m_root, "compute", "python_3.11.sif", "two-groups-signed.sif").isEmpty());
        QVERIFY(!test::addSifImage(m_root, "viz", "paraview.sif", "one-group.sif").isEmpty());
        QVERIFY(QFile::resize(m_root + QStringLiteral("/images/viz/paraview.sif"), 20000)); // truncated
        QVERIFY(test::writeTextFile(m_root + QStringLiteral("/templates/py.json"),
                                    R"({"id": "py", "name": "Python 3.11", "image": "python_3.11.sif",
                                        "partition": "compute", "resources": {"cpus": 4, "memory": "8G"}})"));
        QVERIFY(test::writeTextFile(m_root + QStringLiteral("/templates/openfoam.json"),
                                    R"({"id": "openfoam-cfd-v1", "name": "OpenFOAM CFD", "image": "openfoam_v2312.sif",
                                        "resources": {"cpus": 16, "gpus": 1}})"));
        FleetSettings settings = FleetSettings::load();
        settings.sifRegistry = m_root;
        settings.save();
    }

    void partitionsTemplatesAndFlags()
    {
        std::unique_ptr<Desk> desk = openDesk();
        SifPane *pane = desk->window.sifPane();
        QVERIFY(waitLoaded(pane));
        QCOMPARE(pane->registry(), m_root);
        SifImageModel *images = pane->imageModel();
        QAbstractItemModelTester imageTester(images, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(images->rowCount(), 3); // compute, viz, shared
        QCOMPARE(images->index(0, 0).data().toString(), QStringLiteral("compute (2)"));
        QCOMPARE(images->index(1, 0).data().toString(), QStringLiteral("viz (0)"));
        QCOMPARE(images->index(2, 0).data().toString(), QStringLiteral("shared (0)"));
        const QModelIndex compute = images->index(0, 0);
        QCOMPARE(images->rowCount(compute), 2);
        QCOMPARE(images->index(1, SifImageModel::Name, compute).data().toString(), QStringLiteral("python_3.11.sif"));
        QCOMPARE(images->index(1, SifImageModel::Arch, compute).data().toString(), QStringLiteral("386"));
        QCOMPARE(images->index(1, SifImageModel::Signature, compute).data().toString(),
                 QStringLiteral("signed (not verified)"));
        QCOMPARE(images->index(0, SifImageModel::Signature, compute).data().toString(), QStringLiteral("unsigned"));
        const QModelIndex viz = images->index(1, 0);
        QCOMPARE(images->rowCount(viz), 1);
        const QModelIndex broken = images->index(0, SifImageModel::Flags, viz);
        QCOMPARE(broken.data().toString(), QStringLiteral("corrupt"));
        QVERIFY(!images->flags(broken).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(images->flags(images->index(0, 0, compute)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!images->mimeData({images->index(0, 0, viz)})); // a flagged file never drags
        QVERIFY(pane->statusText().contains(QStringLiteral("flagged")));

        SifTemplateModel *templates = pane->templateModel();
        QAbstractItemModelTester templateTester(templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(templates->rowCount(), 2);
        // by id: openfoam-cfd-v1, py
        QCOMPARE(templates->index(0).data(SifTemplateModel::ValidRole).toBool(), false);
        QVERIFY(templates->index(0).data().toString().contains(QStringLiteral("[missing]")));
        QVERIFY(templates->index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("alpine_latest.sif")));
        QCOMPARE(templates->index(1).data(SifTemplateModel::ValidRole).toBool(), true);
        QVERIFY(templates->index(1).data().toString().contains(QStringLiteral("[valid]")));

        // The tab is in the library, and a screenshot shows it.
        auto *tabs = desk->window.libraryPanel()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(pane);
        pane->view()->selectionModel()->select(images->index(1, 0, compute),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(desk->window.libraryPanel()->selectedPayload().sifImages.size(), 1);
        QTest::qWait(100);
        const QString shot = qEnvironmentVariable("FLEET_SIF_SCREENSHOT", m_dir.filePath(QStringLiteral("sif.png")));
        QVERIFY(desk->window.grab().save(shot, "PNG"));
        QVERIFY(QFileInfo(shot).size() > 10000);
    }

    void dragOntoTwoTilesMakesTwoSyncJobs()
    {
        std::unique_ptr<Desk> desk = openDesk();
        MainWindow &window = desk->window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SifPane *pane = window.sifPane();
        QVERIFY(waitLoaded(pane));
        NodeTileView *tiles = window.nodesPanel()->view();
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(tiles->model());
        auto tile = [&](const QString &address) {
            return proxy->mapFromSource(window.nodeModel()->index(window.nodeModel()->rowOf(address)));
        };
        const QStringList chosen{QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.13")};
        for (const QString &address : chosen)
            tiles->selectionModel()->select(tile(address), QItemSelectionModel::Select);
        QSignalSpy synced(window.pushes(), &PushController::sifSyncRequested);
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        QSignalSpy added(desk->runner.get(), &JobRunner::jobAdded);
        const QModelIndex compute = pane->imageModel()->index(0, 0);
        QModelIndexList row;
        for (int column = 0; column < SifImageModel::ColumnCount; ++column)
            row << pane->imageModel()->index(0, column, compute);
        std::unique_ptr<QMimeData> data(pane->imageModel()->mimeData(row));
        QVERIFY(data);
        QVERIFY(test::dragAndDrop(tiles->viewport(), tiles->visualRect(tile(chosen.last())).center(), data.get()));

        QCOMPARE(pushed.count(), 0); // a sync, not a push
        QCOMPARE(synced.count(), 1);
        const auto request = synced.first().first().value<SifSyncRequest>();
        QCOMPARE(request.registryRoot, m_root);
        QCOMPARE(request.partition, QStringLiteral("compute"));
        QCOMPARE(request.images, QStringList{QStringLiteral("alpine_latest.sif")});
        QCOMPARE(request.nodes, chosen);
        QCOMPARE(request.cacheDir, QStringLiteral("/scratch/apptainer"));
        QCOMPARE(added.count(), 2);
        JobsModel *jobs = window.jobsModel();
        QCOMPARE(jobs->rowCount(), 2);
        for (int i = 0; i < jobs->rowCount(); ++i) {
            QCOMPARE(jobs->jobAt(i).action, JobAction::SifSync);
            QCOMPARE(jobs->jobAt(i).image, QStringLiteral("compute/alpine_latest.sif"));
        }
        desk->runner->cancelAll();
    }

    void chooseRegistryFolder()
    {
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QVERIFY(!test::addSifImage(other, "shared", "tools.sif").isEmpty());
        SifPane pane;
        pane.setFolderChooser([other](const QString &) { return other; });
        QSignalSpy loaded(&pane, &SifPane::loaded);
        auto *choose = pane.findChild<QPushButton *>(QStringLiteral("chooseRegistryFolder"));
        QVERIFY(choose);
        choose->click();
        QVERIFY(loaded.count() > 0 || loaded.wait(20000));
        QCOMPARE(pane.registry(), other);
        QCOMPARE(FleetSettings::load().sifRegistry, other); // remembered
        QCOMPARE(pane.imageModel()->index(2, 0).data().toString(), QStringLiteral("shared (1)"));
        FleetSettings settings = FleetSettings::load();
        settings.sifRegistry = m_root;
        settings.save();
    }
};

QTEST_MAIN(TestSifLibrary)
#include "TestSifLibrary.moc"
