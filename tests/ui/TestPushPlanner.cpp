#include "DragPayload.h"
#include "ImageLibraryModel.h"
#include "LibraryPanel.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushConfirmPopover.h"
#include "PushController.h"
#include "PushPlanner.h"
#include "SettingsKeys.h"
#include "ui/UiTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace fleet;

namespace {
const QString kTarTag = QStringLiteral("app:v1.tar"); // a legal tag that looks like a file name
const QString kWeb = QStringLiteral("fleetlab/web:1.0");

// One line per request, for comparing whole plans.
QStringList describe(const QList<PushRequest> &requests)
{
    QStringList lines;
    for (const PushRequest &r : requests)
        lines << QStringLiteral("image=%1 archive=%2 nodes=%3 mode=%4 run=%5")
                     .arg(r.image, r.archivePath, r.nodes.join(QLatin1Char(',')), transferModeName(r.mode))
                     .arg(r.run.enabled);
    return lines;
}

QList<PushRequest> requestsOf(const QSignalSpy &pushed)
{
    QList<PushRequest> requests;
    for (const QList<QVariant> &signal : pushed)
        requests << signal.first().value<PushRequest>();
    return requests;
}

QModelIndex tileOf(const NodeTileView *view, const NodeListModel *nodes, const QString &address)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
    return proxy->mapFromSource(nodes->index(nodes->rowOf(address)));
}

QPoint tileCentre(const NodeTileView *view, const NodeListModel *nodes, const QString &address)
{
    return view->visualRect(tileOf(view, nodes, address)).center();
}
} // namespace

// The drop path and the Push action end in the same planner: the tile view emits (payload, nodes) once per drop,
// PushPlanner makes one request per image or archive, and the kind comes from the payload, never from a name.
class TestPushPlanner final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodeListModel *m_nodes = nullptr;
    NodesPanel *m_panel = nullptr;

    NodeTileView *view() const { return m_panel->view(); }
    QPoint centreOf(const QString &address) const { return tileCentre(view(), m_nodes, address); }

    // Drops `data` at `position` on the tiles and plans what the view emitted (empty when nothing was emitted).
    QList<PushRequest> drop(const QMimeData *data, const QPoint &position, int *drops = nullptr)
    {
        QSignalSpy dropped(view(), &NodeTileView::payloadDropped);
        test::sendDragEvent(view()->viewport(), QEvent::DragEnter, position, data);
        test::sendDragEvent(view()->viewport(), QEvent::DragMove, position, data);
        test::sendDragEvent(view()->viewport(), QEvent::Drop, position, data);
        if (drops)
            *drops = int(dropped.count());
        if (dropped.isEmpty())
            return {};
        return PushPlanner::plan(dropped.first().at(0).value<DragPayload>(), dropped.first().at(1).toStringList());
    }

    static void fill(MainWindow &window)
    {
        window.nodeModel()->setNodes(test::sampleFleet(6));
        window.imageModel()->setImages({test::makeImage(kWeb, 5000000, 1), test::makeImage(kTarTag, 1000, 2)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void init()
    {
        QSettings().clear();
        m_nodes = new NodeListModel(this);
        m_nodes->setNodes(test::sampleFleet(4));
        m_panel = new NodesPanel(m_nodes);
        m_panel->resize(1000, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }

    void cleanup()
    {
        delete m_panel;
        delete m_nodes;
    }

    void planHasOneRequestPerEntryWithTheChoices()
    {
        DragPayload payload;
        payload.images = {QStringLiteral("app:1"), kTarTag};
        payload.archives = {QStringLiteral("/tmp/images/db.tar")};
        const QStringList nodes{QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.12")};
        QCOMPARE(describe(PushPlanner::plan(payload, nodes, PushChoices{TransferMode::Scp, true, {}, {}, {}})),
                 (QStringList{QStringLiteral("image=app:1 archive= nodes=127.0.90.11,127.0.90.12 mode=scp run=1"),
                              QStringLiteral("image=app:v1.tar archive= nodes=127.0.90.11,127.0.90.12 mode=scp run=1"),
                              QStringLiteral("image= archive=/tmp/images/db.tar nodes=127.0.90.11,127.0.90.12 "
                                             "mode=scp run=1")}));
        QCOMPARE(describe(PushPlanner::plan(payload, nodes)).first(),
                 QStringLiteral("image=app:1 archive= nodes=127.0.90.11,127.0.90.12 mode=stream run=0"));
        // The popover's run options reach the request; unset limits stay unset (the job takes the catalog's).
        PushChoices run{TransferMode::Stream, true, QStringLiteral("web"), 1.5, {}};
        const PushRequest withRun = PushPlanner::plan(payload, nodes, run).first();
        QCOMPARE(withRun.run.name, QStringLiteral("web"));
        QCOMPARE(withRun.run.cpus.value_or(-1), 1.5);
        QVERIFY(!withRun.run.memoryBytes);
        QVERIFY(PushPlanner::plan(payload, {}).isEmpty()); // no node, no push
        QVERIFY(PushPlanner::plan(DragPayload{}, nodes).isEmpty());
    }

    void dropOfImagesMakesOneRequestPerImage()
    {
        std::unique_ptr<QMimeData> data(DragPayload::encodeImages({QStringLiteral("app:1"), QStringLiteral("db:2")}));
        int drops = 0;
        const QList<PushRequest> requests = drop(data.get(), centreOf(QStringLiteral("127.0.90.12")), &drops);
        QCOMPARE(drops, 1); // one drop, one payload
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).image, QStringLiteral("app:1"));
        QCOMPARE(requests.at(1).image, QStringLiteral("db:2"));
        for (const PushRequest &request : requests)
            QCOMPARE(request.nodes, QStringList{QStringLiteral("127.0.90.12")});
        // Between tiles (empty space): nobody.
        const QPoint empty(view()->viewport()->width() - 5, view()->viewport()->height() - 5);
        QVERIFY(!view()->indexAt(empty).isValid());
        QVERIFY(!test::dragAndDrop(view()->viewport(), empty, data.get()));
        QVERIFY(drop(data.get(), empty, &drops).isEmpty());
        QCOMPARE(drops, 0);
    }

    void dropOnSelectionIsForTheWholeSelection()
    {
        for (const QString &address : {QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.13")})
            view()->selectionModel()->select(tileOf(view(), m_nodes, address), QItemSelectionModel::Select);
        std::unique_ptr<QMimeData> data(DragPayload::encodeImages({QStringLiteral("app:1")}));
        QCOMPARE(drop(data.get(), centreOf(QStringLiteral("127.0.90.13"))).first().nodes,
                 (QStringList{QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.13")}));
        QCOMPARE(drop(data.get(), centreOf(QStringLiteral("127.0.90.14"))).first().nodes,
                 QStringList{QStringLiteral("127.0.90.14")});
    }

    void archiveFromFileManagerBecomesArchivePush()
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/images/app.TAR")),
                      QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt")),
                      QUrl(QStringLiteral("https://example.invalid/remote.tar"))});
        const QList<PushRequest> requests = drop(&data, centreOf(QStringLiteral("127.0.90.11")));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().archivePath, QStringLiteral("/tmp/images/app.TAR"));
        QVERIFY(requests.first().image.isEmpty());
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
        const QPoint tile = centreOf(QStringLiteral("127.0.90.11"));
        QVERIFY(!test::sendDragEvent(view()->viewport(), QEvent::DragMove, tile, &text));
        int drops = -1;
        QVERIFY(drop(&text, tile, &drops).isEmpty());
        QCOMPARE(drops, 0);
    }

    // `app:v1.tar` from the library is an engine image; a file `…v1.tar` from the file manager is an archive.
    void tagEndingInTarIsAnImageAndFileIsAnArchive()
    {
        std::unique_ptr<QMimeData> both(DragPayload::encodeImages({kTarTag}));
        both->setUrls({QUrl::fromLocalFile(QStringLiteral("/srv/exports/app-v1.tar"))});
        const QList<PushRequest> requests = drop(both.get(), centreOf(QStringLiteral("127.0.90.12")));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).image, kTarTag);
        QVERIFY(requests.at(0).archivePath.isEmpty());
        QVERIFY(requests.at(1).image.isEmpty());
        QCOMPARE(requests.at(1).archivePath, QStringLiteral("/srv/exports/app-v1.tar"));

        std::unique_ptr<QMimeData> tag(DragPayload::encodeImages({kTarTag}));
        const QList<PushRequest> image = drop(tag.get(), centreOf(QStringLiteral("127.0.90.12")));
        QCOMPARE(image.size(), 1);
        QCOMPARE(image.first().image, kTarTag);
        QVERIFY(image.first().archivePath.isEmpty());
    }

    // Ctrl+P on the selections and a drop of the same images on a selected tile make the same requests.
    void keyboardPushAndDropPlanAlike()
    {
        QSettings().setValue(settings::kPushDontAsk, true);
        QSettings().setValue(settings::kPushMode, QStringLiteral("scp"));
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        QTreeView *library = window.libraryPanel()->view();
        library->selectAll();
        NodeTileView *tiles = window.nodesPanel()->view();
        const QStringList chosen{QStringLiteral("127.0.90.12"), QStringLiteral("127.0.90.14")};
        for (const QString &address : chosen)
            tiles->selectionModel()->select(tileOf(tiles, window.nodeModel(), address), QItemSelectionModel::Select);
        QAction *push = window.action(QStringLiteral("push"));
        QVERIFY(push->isEnabled());
        QCOMPARE(push->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        push->trigger();
        const QList<PushRequest> byKey = requestsOf(pushed);
        QCOMPARE(byKey.size(), 2);
        QStringList images{byKey.at(0).image, byKey.at(1).image};
        images.sort();
        QCOMPARE(images, (QStringList{kTarTag, kWeb}));
        for (const PushRequest &request : byKey) {
            QVERIFY(request.archivePath.isEmpty()); // app:v1.tar is a tag, not a file
            QCOMPARE(request.nodes, chosen);
            QCOMPARE(request.mode, TransferMode::Scp); // the remembered choice
        }

        pushed.clear();
        ImageLibraryModel *imageModel = window.imageModel();
        std::unique_ptr<QMimeData> data(imageModel->mimeData(library->selectionModel()->selectedRows()));
        QVERIFY(test::dragAndDrop(tiles->viewport(), tileCentre(tiles, window.nodeModel(), chosen.last()), data.get()));
        QCOMPARE(describe(requestsOf(pushed)), describe(byKey));
    }

    // With the popover asking, what it confirms is planned again with its choices, for every request.
    void confirmedChoicesApplyToEveryRequest()
    {
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        NodeTileView *tiles = window.nodesPanel()->view();
        std::unique_ptr<QMimeData> data(DragPayload::encodeImages({kWeb, kTarTag}));
        const QString node = QStringLiteral("127.0.90.13");
        QVERIFY(test::dragAndDrop(tiles->viewport(), tileCentre(tiles, window.nodeModel(), node), data.get()));
        PushConfirmPopover *popover = window.pushPopover();
        QVERIFY(popover->isVisible());
        QCOMPARE(popover->requests().size(), 2);
        QCOMPARE(pushed.count(), 0);
        popover->findChild<QComboBox *>()->setCurrentIndex(1); // scp
        for (QAbstractButton *box : popover->findChildren<QAbstractButton *>())
            if (box->isCheckable() && box->text().contains(QStringLiteral("Run")))
                box->setChecked(true);
        popover->confirm();
        QCOMPARE(describe(requestsOf(pushed)),
                 (QStringList{QStringLiteral("image=fleetlab/web:1.0 archive= nodes=127.0.90.13 mode=scp run=1"),
                              QStringLiteral("image=app:v1.tar archive= nodes=127.0.90.13 mode=scp run=1")}));
    }

    // "Relay through the nodes" is offered for several nodes in stream mode only, and is remembered.
    void relayIsOfferedForSeveralNodes()
    {
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        NodeTileView *tiles = window.nodesPanel()->view();
        for (const QString &address : {QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.13")})
            tiles->selectionModel()->select(tileOf(tiles, window.nodeModel(), address), QItemSelectionModel::Select);
        std::unique_ptr<QMimeData> data(DragPayload::encodeImages({kWeb}));
        QVERIFY(test::dragAndDrop(tiles->viewport(),
                                  tileCentre(tiles, window.nodeModel(), QStringLiteral("127.0.90.13")), data.get()));
        PushConfirmPopover *popover = window.pushPopover();
        QVERIFY(popover->isVisible());
        QCheckBox *relay = nullptr;
        for (QCheckBox *box : popover->findChildren<QCheckBox *>())
            if (box->text().contains(QStringLiteral("through the nodes")))
                relay = box;
        QVERIFY(relay && relay->isVisible() && relay->isEnabled());
        popover->findChild<QComboBox *>()->setCurrentIndex(1); // scp: nothing to pass on
        QVERIFY(!relay->isEnabled());
        popover->findChild<QComboBox *>()->setCurrentIndex(0);
        QVERIFY(relay->isEnabled());
        relay->setChecked(true);
        popover->confirm();
        QCOMPARE(pushed.count(), 1);
        QVERIFY(pushed.last().first().value<PushRequest>().relay);
        QCOMPARE(pushed.last().first().value<PushRequest>().nodes.size(), 2);

        // One node: not offered, and never asked for, though remembered for the next push to several.
        tiles->selectionModel()->clearSelection();
        QVERIFY(test::dragAndDrop(tiles->viewport(),
                                  tileCentre(tiles, window.nodeModel(), QStringLiteral("127.0.90.14")), data.get()));
        QVERIFY(popover->isVisible());
        QVERIFY(!relay->isVisible());
        popover->confirm();
        QCOMPARE(pushed.count(), 2);
        QVERIFY(!pushed.last().first().value<PushRequest>().relay);
        QVERIFY(PushConfirmPopover::rememberedChoices().relay);
    }
};

QTEST_MAIN(TestPushPlanner)
#include "TestPushPlanner.moc"
