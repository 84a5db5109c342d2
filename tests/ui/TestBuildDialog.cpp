#include "BuildDialog.h"
#include "DesktopSession.h"
#include "ImageLibraryModel.h"
#include "MainWindow.h"
#include "history/HistoryStore.h"
#include "images/Catalog.h"
#include "lab/LabEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace fleet;

// File → Build image… against the lab's workstation dockerd: images/hello-busybox is built on a worker with its
// log and "Step n/m" progress, recorded in the catalog, and shows in the library with its display name; a long
// build is cancelled; a folder without definitions is refused before anything is sent.
class TestBuildDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabEnvironment m_lab;
    QString m_db;

    QString source(const QString &relative) const
    {
        return qEnvironmentVariable("FLEET_SOURCE_DIR") + QLatin1Char('/') + relative;
    }

    void openWindow(MainWindow &window)
    {
        const QString docker = m_lab.dockerHost;
        const QString db = m_db;
        window.setBuildSettings(BuildDialog::Settings{docker, db});
        QSignalSpy loaded(&window, &MainWindow::initialLoadFinished);
        window.setImageLister([docker, db] { return DesktopSession::listImages(docker, db); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loaded.count() == 1 || loaded.wait(20000));
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        m_db = m_dir.filePath(QStringLiteral("history.db"));
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        HistoryStore store; // the catalog the dialog records into (the app creates it at start-up)
        QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
    }

    void buildsDefinitionWithProgressIntoLibrary()
    {
        MainWindow window;
        openWindow(window);
        QAction *build = window.action(QStringLiteral("buildImage"));
        QVERIFY(build);
        build->trigger();
        BuildDialog *dialog = window.buildDialog();
        QVERIFY(dialog && dialog->isVisible());

        const QString folder = source(QStringLiteral("images/hello-busybox"));
        dialog->setFolderChooser([folder](const QString &) { return folder; });
        dialog->chooseFolder();
        QCOMPARE(dialog->folder(), folder);
        dialog->setContextFiles(QStringLiteral("busybox=/bin/busybox"));
        dialog->setBuildArgs(QStringLiteral("FLEET_UI_TEST=1"));

        QStringList stepsShown;
        QProgressBar *progress = dialog->progressBar();
        connect(progress, &QProgressBar::valueChanged, this, [&] { stepsShown << progress->text(); });
        QSignalSpy finished(dialog, &BuildDialog::buildFinished);
        QSignalSpy built(dialog, &BuildDialog::imagesBuilt);
        dialog->start();
        QVERIFY(dialog->isBuilding());
        QVERIFY(finished.wait(180000));
        QVERIFY2(dialog->status().startsWith(QStringLiteral("Built fleet/hello-busybox:1.0.0")), qPrintable(dialog->status()));
        QCOMPARE(built.count(), 1);
        QCOMPARE(built.first().first().toStringList(), QStringList{QStringLiteral("fleet/hello-busybox:1.0.0")});

        // Progress went step by step and ends full at "Step m/m".
        QVERIFY2(progress->maximum() >= 5, qPrintable(progress->text()));
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(progress->text(), QStringLiteral("Step %1/%1").arg(progress->maximum()));
        QVERIFY2(stepsShown.contains(QStringLiteral("Step 2/%1").arg(progress->maximum())),
                 qPrintable(stepsShown.join(QLatin1Char(','))));
        const QString log = dialog->logView()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Step 1/")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("FLEET_UI_TEST")), qPrintable(log)); // the daemon saw the build arg
        QVERIFY(!dialog->isBuilding());

        // Recorded in the catalog, and in the library (read again) with the catalog's metadata.
        HistoryStore store;
        QVERIFY(store.open(m_db));
        const auto entry = Catalog(store.database()).find(QStringLiteral("fleet/hello-busybox:1.0.0"));
        QVERIFY(entry);
        QCOMPARE(entry->metadata.displayName, QStringLiteral("Hello (busybox)"));
        ImageLibraryModel *images = window.imageModel();
        // Wait for the re-read, not just for the name: an earlier test may have left an older build of that tag.
        const auto libraryId = [images] {
            const int row = images->rowOfReference(QStringLiteral("fleet/hello-busybox:1.0.0"));
            return row >= 0 ? images->imageAt(row).id : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(libraryId(), entry->imageId, 20000);
        const int row = images->rowOfReference(QStringLiteral("fleet/hello-busybox:1.0.0"));
        QCOMPARE(images->index(row, ImageLibraryModel::NameColumn).data().toString(), QStringLiteral("Hello (busybox)"));
        QCOMPARE(images->index(row, ImageLibraryModel::CategoryColumn).data().toString(), QStringLiteral("Diagnostics"));
        QCOMPARE(images->imageAt(row).id, entry->imageId);
        QVERIFY(window.notifications()->titles().contains(QStringLiteral("Image built")));
    }

    void cancelStopsALongBuild()
    {
        // A definition whose third step sleeps: cancelled while it runs.
        const QString folder = m_dir.filePath(QStringLiteral("defs/slow"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/Dockerfile"),
                          "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\", \"sleep\", \"60\"]\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/image.json"),
                          R"({"name": "fleet/ui-slow", "display_name": "Slow", "description": "Sleeps while building.",
                              "category": "Tests", "version": "1.0.0"})"));
        BuildDialog dialog(BuildDialog::Settings{m_lab.dockerHost, m_db});
        dialog.show();
        dialog.setFolder(m_dir.filePath(QStringLiteral("defs"))); // a folder of definitions: buildAll
        dialog.setContextFiles(QStringLiteral("busybox=/bin/busybox"));
        QSignalSpy finished(&dialog, &BuildDialog::buildFinished);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->text() == QStringLiteral("Step 3/%1").arg(dialog.progressBar()->maximum()), 60000);
        QElapsedTimer clock;
        clock.start();
        dialog.cancelBuild();
        QVERIFY(finished.wait(30000));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(dialog.status().contains(QStringLiteral("cancelled")), qPrintable(dialog.status()));
        HistoryStore store;
        QVERIFY(store.open(m_db));
        QVERIFY(!Catalog(store.database()).find(QStringLiteral("fleet/ui-slow:1.0.0")));
    }

    void folderWithoutDefinitionsIsRefused()
    {
        BuildDialog dialog(BuildDialog::Settings{m_lab.dockerHost, m_db});
        dialog.setFolder(m_dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(QDir().mkpath(dialog.folder()));
        dialog.start();
        QVERIFY(!dialog.isBuilding());
        QVERIFY2(dialog.status().contains(QStringLiteral("holds no image definition")), qPrintable(dialog.status()));
        dialog.setFolder(source(QStringLiteral("images/hello-busybox")));
        dialog.setContextFiles(QStringLiteral("busybox"));
        dialog.start();
        QVERIFY(!dialog.isBuilding());
        QVERIFY2(dialog.status().contains(QStringLiteral("NAME=VALUE")), qPrintable(dialog.status()));
    }
};

QTEST_MAIN(TestBuildDialog)
#include "TestBuildDialog.moc"
