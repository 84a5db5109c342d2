#include "NodeListModel.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fleet;

class TestNodeListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        NodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNodes(test::sampleFleet(6));
        model.merge({test::makeNode(QStringLiteral("127.0.90.99"), NodeState::Online)});
        model.merge({test::makeNode(QStringLiteral("127.0.90.11"), NodeState::Offline)});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void mergeUpdatesKnownAndAppendsNew()
    {
        NodeListModel model;
        model.setNodes(test::sampleFleet(3));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Node seen = test::makeNode(QStringLiteral("127.0.90.12"), NodeState::Online);
        seen.os.clear(); // a quick scan does not know the OS: the known one stays
        seen.agentVersion = QStringLiteral("v1");
        model.merge({seen, test::makeNode(QStringLiteral("127.0.90.50"), NodeState::NotInstalled),
                     test::makeNode(QStringLiteral("127.0.90.51"), NodeState::NotInstalled)});
        QCOMPARE(model.count(), 5);
        QCOMPARE(inserted.count(), 1); // both new nodes in one insert
        QCOMPARE(changed.count(), 1);
        const Node &merged = model.nodeAt(model.rowOf(QStringLiteral("127.0.90.12")));
        QCOMPARE(merged.state, NodeState::Online);
        QCOMPARE(merged.os, QStringLiteral("Debian 12"));
        QCOMPARE(merged.agentVersion, QStringLiteral("v1"));
        QCOMPARE(merged.hostName, QStringLiteral("node-2"));
        QCOMPARE(model.countInState(NodeState::NotInstalled), 2);
    }

    void rolesDescribeTheTile()
    {
        NodeListModel model;
        Node node = test::makeNode(QStringLiteral("127.0.90.11"), NodeState::Online, QStringLiteral("gpu-1"));
        node.facts.cpuPercent = 50;
        node.facts.memTotal = 1000;
        node.facts.memUsed = 250;
        node.facts.diskTotal = 100;
        node.facts.diskFree = 10;
        model.setNodes({node, test::makeNode(QStringLiteral("127.0.90.12"), NodeState::NotInstalled)});
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("gpu-1"));
        QCOMPARE(first.data(NodeListModel::OsArchRole).toString(), QStringLiteral("Debian 12 · x86_64"));
        QCOMPARE(first.data(NodeListModel::CpuRole).toDouble(), 0.5);
        QCOMPARE(first.data(NodeListModel::MemoryRole).toDouble(), 0.25);
        QCOMPARE(first.data(NodeListModel::DiskRole).toDouble(), 0.9);
        QCOMPARE(model.index(1).data(NodeListModel::CpuRole).toDouble(), -1.0);
        // The agent went away: its last usage figures are not shown as if they were current.
        node.state = NodeState::Offline;
        model.merge({node});
        QCOMPARE(model.nodeAt(0).state, NodeState::Offline);
        QCOMPARE(first.data(NodeListModel::CpuRole).toDouble(), -1.0);
        QCOMPARE(first.data(NodeListModel::MemoryRole).toDouble(), -1.0);
        QCOMPARE(first.data(NodeListModel::DiskRole).toDouble(), -1.0);
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Install agent")));
    }
};

QTEST_GUILESS_MAIN(TestNodeListModel)
#include "TestNodeListModel.moc"
