#include "ImageLibraryModel.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushConfirmPopover.h"
#include "PushController.h"
#include "actions/PushPreflight.h"
#include "SettingsKeys.h"
#include "ui/UiTestSupport.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace fleet;

namespace {
const QString kGpuImage = QStringLiteral("fleet/gpu-smoke:0.1.0");
const QString kPlainImage = QStringLiteral("fleet/hello-busybox:1.0.0");
const QString kNoGpu = QStringLiteral("127.0.90.11");    // agent answered, no GPU
const QString kWithGpu = QStringLiteral("127.0.90.12");  // agent answered, a GPU
const QString kNoAgent = QStringLiteral("127.0.90.13");  // NOT INSTALLED: nothing known
const QString kNoFacts = QStringLiteral("127.0.90.14");  // ONLINE by a scan, the agent never answered
const QString kWarningTitle = QStringLiteral("GPU image on a node without a GPU");

Node agentNode(const QString &address, const QString &gpu)
{
    Node node = test::makeNode(address, NodeState::Online);
    node.facts.memTotal = 8LL << 30;
    node.facts.cpuCount = 4;
    node.facts.gpu = gpu;
    return node;
}
} // namespace

// A GPU image dropped on a node whose agent reports no GPU is warned about (popover or notification), and only
// then.
class TestPushPreflight final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void fill(MainWindow &window)
    {
        ImageInfo gpu = test::makeImage(kGpuImage, 1000, 1);
        gpu.displayName = QStringLiteral("GPU smoke test");
        gpu.gpuRequired = true;
        window.imageModel()->setImages({gpu, test::makeImage(kPlainImage, 1000, 2)});
        window.nodeModel()->setNodes({agentNode(kNoGpu, {}), agentNode(kWithGpu, QStringLiteral("NVIDIA A100 (1)")),
                                      test::makeNode(kNoAgent, NodeState::NotInstalled),
                                      test::makeNode(kNoFacts, NodeState::Online)});
    }

    static void drop(MainWindow &window, const QString &image, const QString &address)
    {
        ImageLibraryModel *images = window.imageModel();
        std::unique_ptr<QMimeData> data(images->mimeData({images->index(images->rowOfReference(image), 0)}));
        NodeTileView *view = window.nodesPanel()->view();
        const auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
        const QModelIndex tile = proxy->mapFromSource(window.nodeModel()->index(window.nodeModel()->rowOf(address)));
        QVERIFY(test::dragAndDrop(view->viewport(), view->visualRect(tile).center(), data.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void init() { QSettings().clear(); }

    void onlyNodesWhoseAgentFoundNoGpu()
    {
        QVERIFY(PushPreflight::reportsNoGpu(agentNode(kNoGpu, {})));
        QVERIFY(!PushPreflight::reportsNoGpu(agentNode(kWithGpu, QStringLiteral("Jetson AGX Orin"))));
        QVERIFY(!PushPreflight::reportsNoGpu(test::makeNode(kNoFacts, NodeState::Online)));
        Node offline = agentNode(kNoGpu, {});
        offline.state = NodeState::Offline;
        QVERIFY(!PushPreflight::reportsNoGpu(offline));
    }

    void warningNamesImageNodesAndFix()
    {
        MainWindow window;
        fill(window);
        PushRequest request;
        request.image = kGpuImage;
        request.nodes = {kNoGpu, kWithGpu, kNoAgent, kNoFacts};
        QCOMPARE(PushPreflight::nodesWithoutGpu(request, window.imageModel()->imageLookup(), window.nodeModel()->nodeLookup()), QStringList{kNoGpu});
        const QString warning = PushPreflight::gpuWarning({request}, window.imageModel()->imageLookup(), window.nodeModel()->nodeLookup());
        QVERIFY(warning.contains(QStringLiteral("GPU smoke test")));
        QVERIFY(warning.contains(kNoGpu));
        QVERIFY(!warning.contains(kWithGpu));
        QVERIFY(warning.contains(QStringLiteral("push to nodes with a GPU")));
        request.image = kPlainImage;
        QVERIFY(PushPreflight::gpuWarning({request}, window.imageModel()->imageLookup(), window.nodeModel()->nodeLookup()).isEmpty());
        PushRequest archive;
        archive.archivePath = QStringLiteral("/tmp/x.tar");
        archive.nodes = {kNoGpu};
        QVERIFY(PushPreflight::gpuWarning({archive}, window.imageModel()->imageLookup(), window.nodeModel()->nodeLookup()).isEmpty());
    }

    void popoverWarnsForGpuImageOnGpuLessNode_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("node");
        QTest::addColumn<bool>("warned");
        QTest::newRow("gpu image, no gpu") << kGpuImage << kNoGpu << true;
        QTest::newRow("gpu image, gpu") << kGpuImage << kWithGpu << false;
        QTest::newRow("gpu image, no agent") << kGpuImage << kNoAgent << false;
        QTest::newRow("gpu image, agent silent") << kGpuImage << kNoFacts << false;
        QTest::newRow("plain image, no gpu") << kPlainImage << kNoGpu << false;
    }

    void popoverWarnsForGpuImageOnGpuLessNode()
    {
        QFETCH(QString, image);
        QFETCH(QString, node);
        QFETCH(bool, warned);
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        drop(window, image, node);
        PushConfirmPopover *popover = window.pushPopover();
        QVERIFY(popover->isVisible());
        QCOMPARE(!popover->warning().isEmpty(), warned);
        if (warned)
            QVERIFY(popover->warning().contains(node));
        QVERIFY(window.notifications()->titles().isEmpty()); // the popover says it; no second card
    }

    void notificationWhenNotAsking()
    {
        QSettings().setValue(settings::kPushDontAsk, true);
        MainWindow window;
        fill(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        drop(window, kPlainImage, kNoGpu);
        QCOMPARE(pushed.count(), 1);
        QVERIFY(!window.notifications()->titles().contains(kWarningTitle));
        drop(window, kGpuImage, kWithGpu);
        QCOMPARE(pushed.count(), 2);
        QVERIFY(!window.notifications()->titles().contains(kWarningTitle));
        drop(window, kGpuImage, kNoGpu);
        QCOMPARE(pushed.count(), 3); // a warning, not a refusal
        QVERIFY(window.notifications()->titles().contains(kWarningTitle));
    }
};

QTEST_MAIN(TestPushPreflight)
#include "TestPushPreflight.moc"
