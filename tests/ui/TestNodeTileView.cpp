#include "DragPayload.h"
#include "ImageLibraryModel.h"
#include "NodeListModel.h"
#include "NodeTileDelegate.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushPlanner.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUrl>

using namespace fleet;

class TestNodeTileView final : public QObject
{
    Q_OBJECT

    NodeListModel *m_nodes = nullptr;
    NodesPanel *m_panel = nullptr;
    ImageLibraryModel *m_images = nullptr;

    NodeTileView *view() const { return m_panel->view(); }

    QPoint centreOf(const QString &address) const
    {
        const QModelIndex source = m_nodes->index(m_nodes->rowOf(address));
        const QModelIndex index = static_cast<QSortFilterProxyModel *>(view()->model())->mapFromSource(source);
        return view()->visualRect(index).center();
    }

    // The mime data the library itself makes when rows are dragged.
    QMimeData *libraryDrag(const QList<int> &rows) const
    {
        QModelIndexList indexes;
        for (int row : rows)
            for (int column = 0; column < ImageLibraryModel::ColumnCount; ++column)
                indexes << m_images->index(row, column); // a row drag carries every cell
        return m_images->mimeData(indexes);
    }

    // The requests a drop makes: the view's payload and nodes, planned as the window plans them.
    QList<PushRequest> drop(QMimeData *data, const QPoint &position)
    {
        QSignalSpy dropped(view(), &NodeTileView::payloadDropped);
        test::sendDragEvent(view()->viewport(), QEvent::DragEnter, position, data);
        test::sendDragEvent(view()->viewport(), QEvent::DragMove, position, data);
        test::sendDragEvent(view()->viewport(), QEvent::Drop, position, data);
        return dropped.isEmpty() ? QList<PushRequest>()
                                 : PushPlanner::plan(dropped.first().at(0).value<DragPayload>(),
                                                     dropped.first().at(1).toStringList());
    }

private Q_SLOTS:
    void init()
    {
        m_nodes = new NodeListModel(this);
        m_nodes->setNodes(test::sampleFleet(8));
        m_images = new ImageLibraryModel(this);
        m_images->setImages({test::makeImage(QStringLiteral("fleetlab/web:1.0"), 5000000, 1),
                             test::makeImage(QStringLiteral("fleetlab/db:2.1"), 9000000, 2)});
        m_panel = new NodesPanel(m_nodes);
        m_panel->resize(1000, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }

    void cleanup()
    {
        delete m_panel;
        delete m_nodes;
        delete m_images;
    }

    void dropOnTilePushesImageToThatNode()
    {
        std::unique_ptr<QMimeData> data(libraryDrag({0}));
        const QList<PushRequest> requests = drop(data.get(), centreOf(QStringLiteral("127.0.90.13")));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().image, m_images->imageAt(0).repoTags.first());
        QCOMPARE(requests.first().nodes, QStringList{QStringLiteral("127.0.90.13")});
    }

    void dropOnSelectedTilePushesToWholeSelection()
    {
        const QStringList chosen{QStringLiteral("127.0.90.12"), QStringLiteral("127.0.90.14"),
                                 QStringLiteral("127.0.90.17")};
        for (const QString &address : chosen)
            view()->selectionModel()->select(view()->indexAt(centreOf(address)), QItemSelectionModel::Select);
        std::unique_ptr<QMimeData> data(libraryDrag({0, 1}));
        const QList<PushRequest> requests = drop(data.get(), centreOf(QStringLiteral("127.0.90.14")));
        QCOMPARE(requests.size(), 2);
        QStringList images{requests.at(0).image, requests.at(1).image};
        images.sort();
        QCOMPARE(images, (QStringList{QStringLiteral("fleetlab/db:2.1"), QStringLiteral("fleetlab/web:1.0")}));
        for (const PushRequest &request : requests)
            QCOMPARE(request.nodes, chosen);
        // A drop on a tile outside the selection is for that tile alone.
        std::unique_ptr<QMimeData> again(libraryDrag({1}));
        const QList<PushRequest> single = drop(again.get(), centreOf(QStringLiteral("127.0.90.11")));
        QCOMPARE(single.size(), 1);
        QCOMPARE(single.first().nodes, QStringList{QStringLiteral("127.0.90.11")});
    }

    void dragHighlightsTargetsWithCount()
    {
        for (const QString &address : {QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.12")})
            view()->selectionModel()->select(view()->indexAt(centreOf(address)), QItemSelectionModel::Select);
        std::unique_ptr<QMimeData> data(libraryDrag({0}));
        const QPoint over = centreOf(QStringLiteral("127.0.90.12"));
        QVERIFY(test::sendDragEvent(view()->viewport(), QEvent::DragEnter, over, data.get()));
        QVERIFY(test::sendDragEvent(view()->viewport(), QEvent::DragMove, over, data.get()));
        QCOMPARE(view()->dropTargetCount(), 2);
        QVERIFY(view()->isDropTarget(view()->indexAt(centreOf(QStringLiteral("127.0.90.11")))));
        QVERIFY(!view()->isDropTarget(view()->indexAt(centreOf(QStringLiteral("127.0.90.13")))));
        // The highlighted tile looks different from an unhighlighted one.
        const QImage during = view()->viewport()->grab(view()->visualRect(view()->indexAt(over))).toImage();
        QDragLeaveEvent leave;
        QApplication::sendEvent(view()->viewport(), &leave);
        QCOMPARE(view()->dropTargetCount(), 0);
        view()->selectionModel()->clear();
        const QImage after = view()->viewport()->grab(view()->visualRect(view()->indexAt(over))).toImage();
        QVERIFY(during != after);
    }

    void unrelatedDataIsRefused()
    {
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        const QPoint over = centreOf(QStringLiteral("127.0.90.12"));
        QVERIFY(!test::sendDragEvent(view()->viewport(), QEvent::DragMove, over, &text));
        QCOMPARE(view()->dropTargetCount(), 0);
        QVERIFY(drop(&text, over).isEmpty());
        std::unique_ptr<QMimeData> images(libraryDrag({0}));
        const QPoint empty(view()->viewport()->width() - 5, view()->viewport()->height() - 5);
        QVERIFY(!view()->indexAt(empty).isValid());
        QVERIFY(!test::sendDragEvent(view()->viewport(), QEvent::DragMove, empty, images.get()));
        QVERIFY(drop(images.get(), empty).isEmpty());
    }

    void archiveFromFileManager()
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QStringLiteral("/srv/exports/app-1.0.tar"))});
        const QList<PushRequest> requests = drop(&data, centreOf(QStringLiteral("127.0.90.15")));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().archivePath, QStringLiteral("/srv/exports/app-1.0.tar"));
        QCOMPARE(requests.first().nodes, QStringList{QStringLiteral("127.0.90.15")});
    }

    void notInstalledBadgeIsYellow()
    {
        // The NOT INSTALLED tile carries the yellow badge; an ONLINE tile has none of that yellow.
        auto yellowPixels = [this](const QString &address) {
            const QImage tile = view()->viewport()->grab(view()->visualRect(view()->indexAt(centreOf(address)))).toImage();
            int count = 0;
            for (int y = 0; y < tile.height(); ++y)
                for (int x = 0; x < tile.width(); ++x)
                    count += tile.pixelColor(x, y) == NodeTileDelegate::badgeYellow();
            return count;
        };
        QVERIFY(yellowPixels(QStringLiteral("127.0.90.12")) > 100);
        QCOMPARE(yellowPixels(QStringLiteral("127.0.90.11")), 0);
    }
};

QTEST_MAIN(TestNodeTileView)
#include "TestNodeTileView.moc"
