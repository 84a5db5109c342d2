#include "AgentActions.h"
#include "DesktopSession.h"
#include "DiscoveryDialog.h"
#include "HistoryJobsModel.h"
#include "HistoryScansModel.h"
#include "HistoryStagesModel.h"
#include "HistoryView.h"
#include "ImageLibraryModel.h"
#include "JobsModel.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushController.h"
#include "SettingsKeys.h"
#include "agent/Bootstrap.h"
#include "agent/SecretStore.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace fleet;

// The desktop against the real lab: scan its subnet from the dialog, drop a lab image on a tile, wait for the
// push to succeed, and find the job (with its stages) and the scan in the History tab. Same wiring as the
// program (DesktopSession).
class TestDesktopSession final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabEnvironment m_lab;
    const QString m_image = QStringLiteral("fleetlab/ui-test:1.0");
    QString m_agentNode; // where this test installed the agent: removed again, the lab does not know it

    void removeAgent()
    {
        if (m_agentNode.isEmpty())
            return;
        SshSession session(SshTarget{m_agentNode, 22, m_lab.user}, m_lab.sshOptions());
        QVERIFY2(session.connect(), qPrintable(session.error().message));
        SecretStore secrets(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ? SecretStore::Backend::File
                                                                                     : SecretStore::Backend::Auto);
        const BootstrapResult removed = Bootstrap(session, secrets).remove(BootstrapOptions{});
        QVERIFY2(removed.ok, qPrintable(removed.message));
        m_agentNode.clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FLEET_SCAN_LOOPBACK_ONLY", "1");
        QVERIFY(m_dir.isValid());
        // Agent secrets of this test stay in its own folder; the agent uploaded is the one just built.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FLEET_AGENT_BIN", (qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleet-agent/fleet-agent")).toUtf8());
        test::isolateSettings(m_dir);
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QString output;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--mb"), QStringLiteral("4")}, &output) == 0,
                 qPrintable(output));
    }

    void cleanupTestCase() { removeAgent(); }

    void scanDropPushAndFindInHistory()
    {
        QSettings().setValue(settings::kPushDontAsk, true); // the popover is tested offline; push at once here
        DesktopSession::Options options;
        options.dbPath = m_dir.filePath(QStringLiteral("history.db"));
        options.dockerHost = m_lab.dockerHost;
        options.sshUser = m_lab.user;
        options.ssh = m_lab.sshOptions();
        MainWindow window;
        DesktopSession session(options, &window);
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. Scan the lab's /24 from the dialog; tiles fill as answers arrive.
        const QString subnet = m_lab.nodes.first().section(QLatin1Char('.'), 0, 2) + QStringLiteral(".0/24");
        DiscoveryDialog *dialog = window.discoveryDialog();
        dialog->setTargets({subnet});
        dialog->setTimeoutMs(400);
        window.openDiscovery();
        QSignalSpy scanned(dialog, &DiscoveryDialog::scanFinished);
        dialog->startScan();
        QVERIFY(scanned.wait(30000));
        QCOMPARE(scanned.first().first().value<ScanSummary>().progress.total, quint64(256));
        for (const QString &node : m_lab.nodes) {
            const int row = window.nodeModel()->rowOf(node);
            QVERIFY2(row >= 0, qPrintable(node));
            // sshd answers: NOT INSTALLED, or ONLINE where an earlier run on this lab installed the agent.
            const NodeState state = window.nodeModel()->nodeAt(row).state;
            QVERIFY2(state == NodeState::NotInstalled || state == NodeState::Online, qPrintable(nodeStateName(state)));
        }

        // 2. The lab image is in the library (read from the workstation engine on a worker).
        QTRY_VERIFY_WITH_TIMEOUT(window.imageModel()->rowOfReference(m_image) >= 0, 20000);

        // 3. Drop it on the first node's tile.
        const QString target = m_lab.nodes.first();
        NodeTileView *view = window.nodesPanel()->view();
        const auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
        const QModelIndex tile = proxy->mapFromSource(window.nodeModel()->index(window.nodeModel()->rowOf(target)));
        view->scrollTo(tile);
        const QPoint position = view->visualRect(tile).center();
        ImageLibraryModel *images = window.imageModel();
        std::unique_ptr<QMimeData> data(images->mimeData({images->index(images->rowOfReference(m_image), 0)}));
        QSignalSpy pushed(window.pushes(), &PushController::pushRequested);
        QVERIFY(test::sendDragEvent(view->viewport(), QEvent::DragEnter, position, data.get()));
        QVERIFY(test::sendDragEvent(view->viewport(), QEvent::DragMove, position, data.get()));
        QVERIFY(test::sendDragEvent(view->viewport(), QEvent::Drop, position, data.get()));
        QCOMPARE(pushed.count(), 1);

        // 4. Wait for success in the jobs panel.
        JobsModel *jobs = window.jobsModel();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(isFinal(jobs->jobAt(0).state), 180000);
        QVERIFY2(jobs->jobAt(0).state == JobState::Succeeded, qPrintable(jobs->jobAt(0).message));
        QCOMPARE(jobs->jobAt(0).node, target);

        // 5. Find the job in the History tab, with its stages; and the scan.
        window.showHistory();
        HistoryView *history = window.historyView();
        history->setSearchText(QStringLiteral("fleetlab/ui-test"));
        HistoryJobsModel *rows = history->jobsModel();
        QTRY_VERIFY_WITH_TIMEOUT(!rows->isLoading() && rows->rowCount() >= 1, 10000);
        QCOMPARE(rows->jobAt(0).node, target);
        QCOMPARE(rows->jobAt(0).state, JobState::Succeeded);
        QSignalSpy details(history, &HistoryView::detailsShown);
        history->selectJob(rows->jobAt(0).id);
        QVERIFY(details.wait(10000));
        QVERIFY(history->stagesModel()->rowCount() >= 3); // save, transfer, load
        history->setSearchText(subnet.section(QLatin1Char('.'), 0, 2)); // scans are searched by their targets
        QTRY_VERIFY_WITH_TIMEOUT(history->scansModel()->rowCount() >= 1, 10000);
        QCOMPARE(history->scansModel()->scanAt(0).targets, QStringList{subnet});
        QVERIFY(history->scansModel()->scanAt(0).found >= m_lab.nodes.size());

        // 6. Install the agent on a NOT INSTALLED node from the toolbar: its tile turns ONLINE with the agent's facts.
        window.showFleet();
        QString fresh = m_lab.nodes.last();
        for (const QString &address : m_lab.nodes)
            if (window.nodeModel()->nodeAt(window.nodeModel()->rowOf(address)).state == NodeState::NotInstalled)
                fresh = address; // prefer a node without the agent: a real install, not an unchanged one
        const QModelIndex freshTile = proxy->mapFromSource(window.nodeModel()->index(window.nodeModel()->rowOf(fresh)));
        view->selectionModel()->select(freshTile, QItemSelectionModel::ClearAndSelect);
        QAction *install = window.action(QStringLiteral("installAgent"));
        QVERIFY(install->isEnabled());
        QSignalSpy installed(session.agents(), &AgentActions::installed);
        QSignalSpy failedInstall(session.agents(), &AgentActions::failed);
        m_agentNode = fresh;
        install->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(installed.count() + failedInstall.count() == 1, 120000);
        QVERIFY2(failedInstall.isEmpty(), failedInstall.isEmpty() ? "" : qPrintable(failedInstall.first().at(1).toString()));
        const Node &node = window.nodeModel()->nodeAt(window.nodeModel()->rowOf(fresh));
        QCOMPARE(node.state, NodeState::Online);
        QVERIFY(!node.os.isEmpty());
        QVERIFY(!node.arch.isEmpty());
        QVERIFY(node.facts.memTotal > 0);
        QVERIFY(window.nodeModel()->index(window.nodeModel()->rowOf(fresh)).data(NodeListModel::DetailRole).toString().contains(node.arch));
    }
};

QTEST_MAIN(TestDesktopSession)
#include "TestDesktopSession.moc"
