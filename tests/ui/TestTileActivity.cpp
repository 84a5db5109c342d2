#include "NodeListModel.h"
#include "NodeTileDelegate.h"
#include "NodeTileView.h"
#include "TileActivity.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace fleet;

// Tiles say what is happening on their node (issue 13 item 8, seed 000): a running push's stage and progress, the
// yellow border of a node that can be bootstrapped, the managed containers running there.
class TestTileActivity final : public QObject
{
    Q_OBJECT

private:
    static Node node(const QString &address, NodeState state)
    {
        Node n;
        n.address = address;
        n.state = state;
        return n;
    }
    static JobUpdate job(const QString &node, JobState state, StageKind stage, qint64 done, qint64 total)
    {
        JobUpdate j;
        j.node = node;
        j.image = QStringLiteral("fleet/app:1.0.0");
        j.state = state;
        j.stage = stage;
        j.stageRecord(stage).state = state;
        j.stageRecord(stage).progress.done = done;
        j.stageRecord(stage).progress.total = total;
        return j;
    }
    // Renders one tile the way the view does and returns it.
    static QImage render(NodeListModel &model, int row)
    {
        NodeTileView view;
        view.setModel(&model);
        NodeTileDelegate delegate;
        QImage image(NodeTileDelegate::kTileWidth, NodeTileDelegate::kTileHeight, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = image.rect();
        delegate.paint(&painter, option, model.index(row));
        painter.end();
        return image;
    }
    static int pixelsNear(const QImage &image, const QColor &color)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - color.red()) < 12 && qAbs(c.green() - color.green()) < 12
                    && qAbs(c.blue() - color.blue()) < 12)
                    ++count;
            }
        return count;
    }

private slots:
    void aRunningPushShowsOnItsTileUntilItEnds()
    {
        NodeListModel model;
        model.setNodes({node(QStringLiteral("127.0.90.11"), NodeState::Online),
                        node(QStringLiteral("127.0.90.12"), NodeState::Online)});
        TileActivity tiles(&model);
        tiles.jobChanged(job(QStringLiteral("127.0.90.11"), JobState::Running, StageKind::Transfer, 42, 100));
        const QModelIndex first = model.index(0), second = model.index(1);
        QCOMPARE(first.data(NodeListModel::ActivityRole).toString(), QStringLiteral("app:1.0.0 · transfer 42 %"));
        QCOMPARE(first.data(NodeListModel::ActivityFractionRole).toDouble(), 0.42);
        QVERIFY(second.data(NodeListModel::ActivityRole).toString().isEmpty());
        tiles.jobChanged(job(QStringLiteral("127.0.90.11"), JobState::Running, StageKind::Load, 0, -1));
        QCOMPARE(first.data(NodeListModel::ActivityRole).toString(), QStringLiteral("app:1.0.0 · load"));
        QCOMPARE(first.data(NodeListModel::ActivityFractionRole).toDouble(), -1.0);

        // Painted: the strip with its text and fill (FLEET_TILE_SCREENSHOT keeps the picture).
        tiles.jobChanged(job(QStringLiteral("127.0.90.11"), JobState::Running, StageKind::Transfer, 42, 100));
        const QImage busy = render(model, 0);
        const QImage idle = render(model, 1);
        QVERIFY(busy != idle);
        if (qEnvironmentVariableIsSet("FLEET_TILE_SCREENSHOT"))
            QVERIFY(busy.save(qEnvironmentVariable("FLEET_TILE_SCREENSHOT"), "PNG"));

        tiles.jobFinished(job(QStringLiteral("127.0.90.11"), JobState::Succeeded, StageKind::Run, 0, -1));
        QVERIFY(first.data(NodeListModel::ActivityRole).toString().isEmpty());
        // A store verb is no node's business.
        JobUpdate put = job(QStringLiteral("dir:/srv"), JobState::Running, StageKind::Save, 1, 2);
        put.action = JobAction::StorePut;
        tiles.jobChanged(put);
        QVERIFY(model.index(0).data(NodeListModel::ActivityRole).toString().isEmpty());
    }

    void aNodeToBootstrapHasAYellowBorder()
    {
        NodeListModel model;
        model.setNodes({node(QStringLiteral("127.0.90.11"), NodeState::NotInstalled),
                        node(QStringLiteral("127.0.90.12"), NodeState::Online)});
        const QColor yellow = NodeTileDelegate::badgeYellow();
        const int badge = pixelsNear(render(model, 1), yellow); // an online tile: no yellow at all
        QCOMPARE(badge, 0);
        const QImage notInstalled = render(model, 0);
        // The border runs around the whole tile: yellow on its left edge, far from the badge on the right.
        int leftEdge = 0;
        for (int y = 10; y < notInstalled.height() - 10; ++y)
            for (int x = 0; x < 6; ++x)
                if (pixelsNear(notInstalled.copy(x, y, 1, 1), yellow) == 1)
                    ++leftEdge;
        QVERIFY2(leftEdge >= notInstalled.height() - 20, qPrintable(QString::number(leftEdge)));
    }

    void managedContainersAreCountedOnTheTile()
    {
        NodeListModel model;
        model.setNodes({node(QStringLiteral("127.0.90.11"), NodeState::Online)});
        QCOMPARE(model.index(0).data(NodeListModel::ManagedContainersRole).toInt(), -1);
        const QImage unknown = render(model, 0);
        model.setManagedContainers(QStringLiteral("127.0.90.11"), 2);
        QCOMPARE(model.index(0).data(NodeListModel::ManagedContainersRole).toInt(), 2);
        QVERIFY(render(model, 0) != unknown); // "2 running" is painted
    }

    void probeBadgesShowOnTheTileAndInItsTooltip()
    {
        // Issue 16: what the node probe found (podman, sudo, no docker…) is on the tile, red when it cannot take
        // images, and in the tooltip as one line.
        NodeListModel model;
        model.setNodes({node(QStringLiteral("127.0.90.12"), NodeState::NotInstalled),
                        node(QStringLiteral("127.0.90.13"), NodeState::NotInstalled)});
        QVERIFY(model.index(0).data(NodeListModel::ProbeBadgesRole).toStringList().isEmpty());
        const QImage unprobed = render(model, 0);
        const QColor red = NodeTileDelegate::stateColor(NodeState::Unreachable);
        const int redBefore = pixelsNear(render(model, 1), red);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProbes({{QStringLiteral("127.0.90.12"),
                          NodeProbeReply::parse("fleet-probe 1\nuser=u\ndocker_path=/usr/bin/docker\n"
                                                "docker_access=sudo\ndocker_info=20.10.24|overlay2|/d||x;|runc,\n")},
                         {QStringLiteral("127.0.90.13"), NodeProbeReply::parse("fleet-probe 1\nuser=root\n")}});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(0).data(NodeListModel::ProbeBadgesRole).toStringList(),
                 QStringList{QStringLiteral("sudo")});
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("docker 20.10.24 (sudo)")));
        QVERIFY(render(model, 0) != unprobed);
        QCOMPARE(model.index(1).data(NodeListModel::ProbeBadgesRole).toStringList(),
                 QStringList{QStringLiteral("no docker")});
        QVERIFY(pixelsNear(render(model, 1), red) > redBefore + 20); // the "no docker" pill's red outline
        QVERIFY(model.probe(QStringLiteral("127.0.90.13")));
        QVERIFY(!model.probe(QStringLiteral("127.0.90.99")));
    }
};

QTEST_MAIN(TestTileActivity)
#include "TestTileActivity.moc"
