#include "DragPayload.h"
#include "ImageLibraryModel.h"
#include "JobsModel.h"
#include "LibraryPanel.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodeTileDelegate.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushConfirmPopover.h"
#include "PushController.h"
#include "SettingsKeys.h"
#include "history/HistoryStore.h"
#include "ui/UiTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fleet;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void fill(MainWindow &window)
    {
        window.nodeModel()->setNodes(test::sampleFleet(8));
        window.imageModel()->setImages({test::makeImage(QStringLiteral("fleetlab/web:1.0"), 5000000, 1)});
    }

    static QPoint tileCentre(MainWindow &window, const QString &address)
    {
        NodeTileView *view = window.nodesPanel()->view();
        const auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
        const QModelIndex source = window.nodeModel()->index(window.nodeModel()->rowOf(address));
        return view->visualRect(proxy->mapFromSource(source)).center();
    }

    static void dropLibraryRow(MainWindow &window, int row, const QString &address)
    {
        ImageLibraryModel *images = window.imageModel();
        std::unique_ptr<QMimeData> data(images->mimeData({images->index(row, 0)}));
        const QPoint position = tileCentre(window, address);
        QVERIFY(test::dragAndDrop(window.nodesPanel()->view()->viewport(), position, data.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void init() { QSettings().clear(); }

    void showsTitledWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Fleet Commander"));
        QVERIFY(window.statusBar()->isVisible());
        for (const char *name : {"scan", "push", "installAgent", "cancel"})
            QVERIFY2(window.action(QString::fromLatin1(name)), name);
    }

    void dropAsksThenPushes()
    {
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        dropLibraryRow(window, 0, QStringLiteral("127.0.90.12"));
        QCOMPARE(pushed.count(), 0); // the popover asks first
        PushConfirmPopover *popover = window.pushPopover();
        QVERIFY(popover->isVisible());
        QCOMPARE(popover->requests().size(), 1);
        popover->findChild<QComboBox *>()->setCurrentIndex(1); // scp
        popover->confirm();
        QCOMPARE(pushed.count(), 1);
        const auto request = pushed.first().first().value<PushRequest>();
        QCOMPARE(request.image, QStringLiteral("fleetlab/web:1.0"));
        QCOMPARE(request.nodes, QStringList{QStringLiteral("127.0.90.12")});
        QCOMPARE(request.mode, TransferMode::Scp);
        QCOMPARE(QSettings().value(settings::kPushMode).toString(), QStringLiteral("scp"));
    }

    void dontAskAgainPushesAtOnceWithRememberedChoices()
    {
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        dropLibraryRow(window, 0, QStringLiteral("127.0.90.11"));
        PushConfirmPopover *popover = window.pushPopover();
        const auto boxes = popover->findChildren<QAbstractButton *>();
        for (QAbstractButton *box : boxes)
            if (box->isCheckable())
                box->setChecked(true); // run after load + don't ask again
        popover->confirm();
        QCOMPARE(pushed.count(), 1);
        QVERIFY(pushed.first().first().value<PushRequest>().run.enabled);
        QVERIFY(!window.action(QStringLiteral("confirmDrops"))->isChecked() || !PushConfirmPopover::shouldAsk());

        // Select two tiles and drop on one of them: no popover, both nodes, run after load remembered.
        NodeTileView *view = window.nodesPanel()->view();
        for (const QString &address : {QStringLiteral("127.0.90.13"), QStringLiteral("127.0.90.16")})
            view->selectionModel()->select(view->indexAt(tileCentre(window, address)), QItemSelectionModel::Select);
        dropLibraryRow(window, 0, QStringLiteral("127.0.90.16"));
        QVERIFY(!popover->isVisible());
        QCOMPARE(pushed.count(), 2);
        const auto request = pushed.last().first().value<PushRequest>();
        QCOMPARE(request.nodes, (QStringList{QStringLiteral("127.0.90.13"), QStringLiteral("127.0.90.16")}));
        QVERIFY(request.run.enabled);
    }

    void keyboardPushUsesSelections()
    {
        QSettings().setValue(settings::kPushDontAsk, true);
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        QAction *push = window.action(QStringLiteral("push"));
        QVERIFY(!push->isEnabled()); // nothing selected yet
        window.libraryPanel()->view()->selectAll();
        NodeTileView *view = window.nodesPanel()->view();
        view->selectionModel()->select(view->indexAt(tileCentre(window, QStringLiteral("127.0.90.14"))),
                                       QItemSelectionModel::Select);
        QVERIFY(push->isEnabled());
        QCOMPARE(push->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        push->trigger();
        QCOMPARE(pushed.count(), 1);
        QCOMPARE(pushed.first().first().value<PushRequest>().nodes, QStringList{QStringLiteral("127.0.90.14")});

        // The tile's context menu offers Clean up images… for the selected nodes.
        QAction *prune = window.action(QStringLiteral("pruneImages"));
        QVERIFY(view->actions().contains(prune) && view->contextMenuPolicy() == Qt::ActionsContextMenu);
        QVERIFY(prune->isEnabled());
        QSignalSpy pruned(&window, &MainWindow::pruneImagesRequested);
        prune->trigger();
        QCOMPARE(pruned.count(), 1);
        QCOMPARE(pruned.first().first().toStringList(), QStringList{QStringLiteral("127.0.90.14")});
    }

    void notInstalledActionFiltersTiles()
    {
        MainWindow window;
        fill(window);
        QAction *notInstalled = window.action(QStringLiteral("notInstalled"));
        notInstalled->trigger();
        const int expected = window.nodeModel()->countInState(NodeState::NotInstalled);
        QCOMPARE(window.nodesPanel()->view()->model()->rowCount(), expected);
        notInstalled->trigger();
        QCOMPARE(window.nodesPanel()->view()->model()->rowCount(), window.nodeModel()->count());
    }

    void failedJobNotifiesWithCauseAndFix()
    {
        MainWindow window;
        JobUpdate job;
        job.id = 4;
        job.node = QStringLiteral("127.0.90.12");
        job.image = QStringLiteral("fleetlab/web:1.0");
        window.jobsModel()->addJob(job);
        job.state = JobState::Failed;
        job.message = QStringLiteral("127.0.90.12: docker is not installed on the node. Install docker.io there.");
        window.jobsModel()->finishJob(job);
        QCOMPARE(window.jobsModel()->countInState(JobState::Failed), 1);
        QCOMPARE(window.notifications()->count(), 1);
        QVERIFY(window.notifications()->titles().first().contains(QStringLiteral("127.0.90.12")));
    }

    void controlsHaveNamesAndTips()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || (qobject_cast<QAbstractItemView *>(widget) && !widget->inherits("QHeaderView"));
            if (!control || widget->inherits("QComboBoxListView") || qobject_cast<QLineEdit *>(widget->parent()))
                continue;
            if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parent()))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        for (const char *name : {"scan", "push", "installAgent", "pruneImages", "cancel", "notInstalled",
                                 "refreshImages"}) {
            QAction *action = window.action(QString::fromLatin1(name));
            QVERIFY2(!action->toolTip().isEmpty(), name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
    }

    void geometryAndSplittersPersist()
    {
        {
            MainWindow window;
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QVERIFY(QSettings().contains(settings::kWindowGeometry));
        QVERIFY(QSettings().contains(settings::kMainSplitter));
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    void darkPaletteTilesUsePaletteColours()
    {
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        {
            MainWindow window;
            fill(window);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            NodeTileView *view = window.nodesPanel()->view();
            const QRect rect = view->visualRect(view->indexAt(tileCentre(window, QStringLiteral("127.0.90.11"))));
            const QImage tile = view->viewport()->grab(rect).toImage();
            int light = 0;
            for (int y = 0; y < tile.height(); ++y)
                for (int x = 0; x < tile.width(); ++x)
                    light += qGray(tile.pixel(x, y)) > 200;
            QCOMPARE(tile.pixelColor(rect.width() / 2, rect.height() - 12), dark.color(QPalette::Base));
            QVERIFY2(light > 30, "the host name is painted in the palette's (light) text colour");
        }
        QApplication::setPalette(original);
    }

    void screenshotOptionWritesPng()
    {
        const QString binary = qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleet-commander/fleet-commander");
        QVERIFY2(QFile::exists(binary), qPrintable(binary));
        const QString db = m_dir.filePath(QStringLiteral("shot.db"));
        {
            HistoryStore store;
            QVERIFY(store.open(db));
            for (const Node &node : test::sampleFleet(6))
                QVERIFY(store.upsertNode(node));
        }
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(binary, {QStringLiteral("--screenshot"), png, QStringLiteral("--db"), db,
                               QStringLiteral("--docker-host"), QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no.sock"))});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
        // The fleet from the database is in the picture: the NOT INSTALLED badges are there.
        int yellow = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                yellow += image.pixelColor(x, y) == NodeTileDelegate::badgeYellow();
        QVERIFY2(yellow > 50, qPrintable(QStringLiteral("yellow pixels: %1").arg(yellow)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
