#include "DesktopSession.h"
#include "DragPayload.h"
#include "ImageLibraryModel.h"
#include "JobRunnerWiring.h"
#include "JobsModel.h"
#include "LibraryPanel.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushController.h"
#include "SettingsKeys.h"
#include "StoreArchiveModel.h"
#include "StoreLibraryLoader.h"
#include "StoreOperations.h"
#include "StorePane.h"
#include "actions/FleetSettings.h"
#include "docker/DockerEngine.h"
#include "images/stores/FolderStore.h"
#include "lab/LabEnvironment.h"
#include "transfer/JobRunner.h"
#include "ui/UiTestSupport.h"
#include "util/Format.h"

#include <QDir>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace fleet;

// The library's store tabs against real archives: a folder store holding an archive FolderStore wrote from the
// lab's workstation dockerd is listed with its name, tag and size; the search filters it; dragging its row onto
// two selected tiles makes one store-object request and two jobs; and the context verbs (put, delete, copy) run
// through core's StoreActions on that engine. The store-object jobs themselves are not expected to succeed here
// (tiles are 127.0.90.x, where nothing listens): what is checked is what was asked of the runner.
class TestStoreLibrary final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabEnvironment m_lab;
    const QString m_image = QStringLiteral("fleetlab/store-ui:1.0.0");
    QString m_imageId;
    StoredArchive m_stored;

    QString folder(const QString &name) const { return m_dir.filePath(name); }
    QString url(const QString &name) const { return QStringLiteral("dir:") + folder(name); }
    bool engineHas(const QString &reference) const
    {
        DockerEngine engine(m_lab.dockerHost);
        return engine.inspectImage(reference).has_value();
    }

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
        settings.dockerHost = m_lab.dockerHost;
        settings.ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        desk->runner = std::make_unique<JobRunner>(settings);
        JobRunnerWiring::wire(desk->runner.get(), &desk->window);
        desk->window.nodeModel()->setNodes(test::sampleFleet(6));
        const QString docker = m_lab.dockerHost;
        desk->window.setImageLister([docker] { return DesktopSession::listImages(docker); });
        desk->window.setStoreWritable(true);
        desk->window.resize(1300, 800);
        desk->window.show();
        return desk;
    }

    static bool waitListed(MainWindow &window)
    {
        return QTest::qWaitFor([&] { return window.storeLoader()->pending() == 0; }, 20000);
    }

    static QAction *menuAction(QMenu *menu, const QString &path)
    {
        QMenu *current = menu;
        const QStringList parts = path.split(QLatin1Char('/'));
        for (int i = 0; i < parts.size(); ++i)
            for (QAction *action : current->actions()) {
                if (action->text().remove(QLatin1Char('&')) != parts.at(i))
                    continue;
                if (i == parts.size() - 1)
                    return action;
                current = action->menu();
                break;
            }
        return nullptr;
    }

    // Runs one store verb from the context menu and waits for its end; returns (ok, message).
    static std::pair<bool, QString> runVerb(MainWindow &window, QTreeView *view, const QString &path)
    {
        std::unique_ptr<QMenu> menu(window.libraryPanel()->contextMenuFor(view));
        QAction *action = menuAction(menu.get(), path);
        if (!action)
            return {false, QStringLiteral("no menu entry ") + path};
        QSignalSpy finished(window.storeOperations(), &StoreOperations::finished);
        action->trigger();
        if (finished.isEmpty() && !finished.wait(120000))
            return {false, QStringLiteral("did not finish")};
        return {finished.first().at(0).toBool(), finished.first().at(2).toString()};
    }

    static void selectRow(QTreeView *view, int row)
    {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QString output;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--mb"), QStringLiteral("2")}, &output)
                     == 0, qPrintable(output));
        m_imageId = output.trimmed().split(QLatin1Char('\n')).last().trimmed();
        // The archive and its sidecar as the product writes them: FolderStore's put from the workstation engine.
        FolderStore team(folder(QStringLiteral("team")));
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> stored = team.put(engine, m_image);
        QVERIFY2(stored, qPrintable(team.error().message));
        m_stored = *stored;
        QVERIFY(QFile::exists(folder(QStringLiteral("team/")) + StoredArchive::sidecarNameFor(stored->key)));
        QVERIFY(QDir().mkpath(folder(QStringLiteral("spare"))));
        FleetSettings settings;
        settings.stores = {{QStringLiteral("team"), url(QStringLiteral("team"))},
                           {QStringLiteral("spare"), url(QStringLiteral("spare"))},
                           {QStringLiteral("missing"), url(QStringLiteral("nowhere"))}};
        settings.save();
        QSettings().setValue(settings::kPushDontAsk, true); // the popover has its own tests
    }

    void storeIsListedWithItsArchives()
    {
        std::unique_ptr<Desk> desk = openDesk();
        MainWindow &window = desk->window;
        LibraryPanel *library = window.libraryPanel();
        QCOMPARE(library->storePanes().size(), 3);
        QVERIFY(waitListed(window));
        StorePane *team = library->storePane(QStringLiteral("team"));
        StoreArchiveModel *archives = team->model();
        QCOMPARE(archives->count(), 1);
        QCOMPARE(archives->index(0, StoreArchiveModel::NameColumn).data().toString(),
                 QStringLiteral("fleetlab/store-ui"));
        QCOMPARE(archives->index(0, StoreArchiveModel::TagColumn).data().toString(), QStringLiteral("1.0.0"));
        QCOMPARE(archives->index(0, StoreArchiveModel::SizeColumn).data(StoreArchiveModel::SizeBytesRole).toLongLong(),
                 m_stored.size);
        QCOMPARE(archives->index(0, StoreArchiveModel::SizeColumn).data().toString(), formatBytes(m_stored.size));
        QCOMPARE(archives->index(0, StoreArchiveModel::DigestColumn).data().toString(),
                 QStringLiteral("sha256:") + m_stored.sha256.left(12));
        QVERIFY(!archives->index(0, StoreArchiveModel::DateColumn).data().toString().isEmpty());
        QVERIFY(team->errorText().isEmpty());
        QCOMPARE(library->storePane(QStringLiteral("spare"))->model()->count(), 0);
        // A store that cannot be read says why, in its own tab; the others are unaffected.
        QVERIFY2(library->storePane(QStringLiteral("missing"))->errorText().contains(QStringLiteral("does not exist")),
                 qPrintable(library->storePane(QStringLiteral("missing"))->errorText()));

        // One search filters all: the local image and the archive match "store-ui", nothing matches "zebra".
        QTRY_VERIFY_WITH_TIMEOUT(window.imageModel()->rowOfReference(m_image) >= 0, 20000);
        library->setSearchText(QStringLiteral("zebra"));
        QCOMPARE(team->visibleCount(), 0);
        QCOMPARE(library->visibleImageCount(), 0);
        library->setSearchText(QStringLiteral("store-ui"));
        QCOMPARE(team->visibleCount(), 1);
        QCOMPARE(library->visibleImageCount(), 1);
        library->setSearchText(m_stored.sha256.left(8)); // by digest
        QCOMPARE(team->visibleCount(), 1);
        library->setSearchText({});
        QVERIFY(library->visibleImageCount() >= 1);

        library->showStore(QStringLiteral("team"));
        if (qEnvironmentVariableIsSet("FLEET_STORE_SCREENSHOT")) {
            selectRow(team->view(), 0);
            QTest::qWait(100);
            QVERIFY(window.grab().save(qEnvironmentVariable("FLEET_STORE_SCREENSHOT"), "PNG"));
        }
    }

    void dragFromStoreOntoTwoTilesMakesTwoStoreJobs()
    {
        std::unique_ptr<Desk> desk = openDesk();
        MainWindow &window = desk->window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitListed(window));
        StoreArchiveModel *archives = window.libraryPanel()->storePane(QStringLiteral("team"))->model();
        QCOMPARE(archives->count(), 1);

        NodeTileView *tiles = window.nodesPanel()->view();
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(tiles->model());
        auto tile = [&](const QString &address) {
            return proxy->mapFromSource(window.nodeModel()->index(window.nodeModel()->rowOf(address)));
        };
        const QStringList chosen{QStringLiteral("127.0.90.12"), QStringLiteral("127.0.90.14")};
        for (const QString &address : chosen)
            tiles->selectionModel()->select(tile(address), QItemSelectionModel::Select);
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        QSignalSpy added(desk->runner.get(), &JobRunner::jobAdded);
        QModelIndexList row;
        for (int column = 0; column < StoreArchiveModel::ColumnCount; ++column)
            row << archives->index(0, column); // a row drag carries every cell
        std::unique_ptr<QMimeData> data(archives->mimeData(row));
        QVERIFY(test::dragAndDrop(tiles->viewport(), tiles->visualRect(tile(chosen.last())).center(), data.get()));

        QCOMPARE(pushed.count(), 1);
        const auto request = pushed.first().first().value<PushRequest>();
        QCOMPARE(request.source, PushSourceKind::StoreObject);
        QCOMPARE(request.image, m_image);
        QCOMPARE(request.storeUrl, url(QStringLiteral("team")));
        QCOMPARE(request.via, DeliveryPath::Auto);
        QCOMPARE(request.nodes, chosen);
        // Exactly two jobs, one per node, both of source "store", in the runner and the jobs panel.
        QCOMPARE(added.count(), 2);
        JobsModel *jobs = window.jobsModel();
        QCOMPARE(jobs->rowCount(), 2);
        QStringList nodes;
        for (int i = 0; i < jobs->rowCount(); ++i) {
            QCOMPARE(pushSourceKindName(jobs->jobAt(i).source), QStringLiteral("store"));
            QCOMPARE(jobs->jobAt(i).image, m_image);
            nodes << jobs->jobAt(i).node;
        }
        nodes.sort();
        QCOMPARE(nodes, chosen);
        desk->runner->cancelAll();
    }

    void contextVerbsPutDeleteAndCopy()
    {
        std::unique_ptr<Desk> desk = openDesk();
        MainWindow &window = desk->window;
        QVERIFY(waitListed(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.imageModel()->rowOfReference(m_image) >= 0, 20000);
        LibraryPanel *library = window.libraryPanel();
        StorePane *spare = library->storePane(QStringLiteral("spare"));
        StorePane *team = library->storePane(QStringLiteral("team"));
        QStringList questions;
        bool answer = true;
        window.storeOperations()->setConfirmHook([&](const QString &question) {
            questions << question;
            return answer;
        });

        // 1. Put a local image into "spare": the archive appears there.
        selectRow(library->view(), window.imageModel()->rowOfReference(m_image));
        auto [ok, message] = runVerb(window, library->view(), QStringLiteral("Put into store/spare"));
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(spare->model()->count(), 1, 20000);
        QCOMPARE(spare->model()->archiveAt(0).reference, m_image);
        QCOMPARE(spare->model()->archiveAt(0).sha256.size(), 64);
        QVERIFY(!library->isTaskShown()); // the task line goes when the queue is done
        // It ran as a job: in the Jobs panel, with the store as its target.
        bool listedAsJob = false;
        for (int i = 0; i < window.jobsModel()->rowCount(); ++i) {
            const JobUpdate job = window.jobsModel()->jobAt(i);
            listedAsJob |= job.action == JobAction::StorePut && job.image == m_image
                           && job.state == JobState::Succeeded && job.node == url(QStringLiteral("spare"));
        }
        QVERIFY(listedAsJob);

        // 2. Delete asks first; "no" keeps it, "yes" deletes it.
        selectRow(spare->view(), 0);
        answer = false;
        {
            std::unique_ptr<QMenu> menu(library->contextMenuFor(spare->view()));
            QSignalSpy finished(window.storeOperations(), &StoreOperations::finished);
            menuAction(menu.get(), QStringLiteral("Delete from store…"))->trigger();
            QCOMPARE(questions.size(), 1);
            QVERIFY(questions.first().contains(m_image));
            QVERIFY(!window.storeOperations()->isBusy());
            QCOMPARE(finished.count(), 0);
        }
        answer = true;
        std::tie(ok, message) = runVerb(window, spare->view(), QStringLiteral("Delete from store…"));
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(spare->model()->count(), 0, 20000);
        QVERIFY(QDir(folder(QStringLiteral("spare"))).entryList(QDir::Files).isEmpty());

        // 3. Copy team → spare while the engine has the image: it stays there.
        selectRow(team->view(), 0);
        std::tie(ok, message) = runVerb(window, team->view(), QStringLiteral("Copy to store/spare"));
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(spare->model()->count(), 1, 20000);
        QVERIFY(engineHas(m_image));

        // 4. Copy when the engine lacks it: loaded from "team", put into "spare", and removed again.
        selectRow(spare->view(), 0);
        std::tie(ok, message) = runVerb(window, spare->view(), QStringLiteral("Delete from store…"));
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(spare->model()->count(), 0, 20000);
        {
            DockerEngine engine(m_lab.dockerHost);
            QVERIFY2(engine.removeImage(m_image, true), qPrintable(engine.error().message));
        }
        QVERIFY(!engineHas(m_image));
        selectRow(team->view(), 0);
        std::tie(ok, message) = runVerb(window, team->view(), QStringLiteral("Copy to store/spare"));
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("copied")), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(spare->model()->count(), 1, 20000);
        QCOMPARE(spare->model()->archiveAt(0).sha256, m_stored.sha256); // the same bytes: docker save is stable
        QVERIFY(!engineHas(m_image)); // the engine as it was

        // 5. A failure is reported with the store's reason: the library still lists the image the engine lost.
        const int row = window.imageModel()->rowOfReference(m_image);
        QVERIFY(row >= 0);
        selectRow(library->view(), row);
        std::tie(ok, message) = runVerb(window, library->view(), QStringLiteral("Put into store/spare"));
        QVERIFY(!ok);
        QVERIFY2(message.contains(m_image), qPrintable(message));
        QCOMPARE(spare->model()->count(), 1);
    }
};

QTEST_MAIN(TestStoreLibrary)
#include "TestStoreLibrary.moc"
