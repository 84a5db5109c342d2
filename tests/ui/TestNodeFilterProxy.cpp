#include "NodeFilterProxy.h"
#include "NodeListModel.h"
#include "NodesPanel.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>
#include <QToolButton>

using namespace fleet;

class TestNodeFilterProxy final : public QObject
{
    Q_OBJECT

    static QStringList addresses(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, 0).data(NodeListModel::AddressRole).toString();
        return list;
    }

private Q_SLOTS:
    void passesModelTester()
    {
        NodeListModel nodes;
        NodeFilterProxy proxy;
        proxy.setSourceModel(&nodes);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        nodes.setNodes(test::sampleFleet(12));
        proxy.setText(QStringLiteral("node-1"));
        proxy.setStateFilter(NodeState::Online);
        proxy.setSortKey(NodeFilterProxy::SortKey::State);
        nodes.merge({test::makeNode(QStringLiteral("127.0.90.200"), NodeState::Online, QStringLiteral("node-100"))});
        proxy.setText({});
        proxy.setStateFilter(NodeState::Unknown);
        QCOMPARE(proxy.rowCount(), 13);
    }

    void notInstalledButtonShowsOnlyThose()
    {
        NodeListModel nodes;
        nodes.setNodes(test::sampleFleet(30));
        NodesPanel panel(&nodes);
        QCOMPARE(panel.proxy()->rowCount(), 30);
        panel.notInstalledButton()->click(); // the one-click filter
        const int expected = nodes.countInState(NodeState::NotInstalled);
        QVERIFY(expected > 0 && expected < 30);
        QCOMPARE(panel.proxy()->rowCount(), expected);
        for (int row = 0; row < panel.proxy()->rowCount(); ++row)
            QCOMPARE(NodeState(panel.proxy()->index(row, 0).data(NodeListModel::StateRole).toInt()),
                     NodeState::NotInstalled);
        // A node whose agent was just installed leaves the filtered view at once.
        const QString first = panel.proxy()->index(0, 0).data(NodeListModel::AddressRole).toString();
        nodes.merge({test::makeNode(first, NodeState::Online)});
        QCOMPARE(panel.proxy()->rowCount(), expected - 1);
        panel.notInstalledButton()->click();
        QCOMPARE(panel.proxy()->rowCount(), 30);
    }

    void textMatchesNameAddressAndOs()
    {
        NodeListModel nodes;
        QList<Node> fleet = test::sampleFleet(4);
        fleet[2].os = QStringLiteral("Ubuntu 24.04");
        nodes.setNodes(fleet);
        NodeFilterProxy proxy;
        proxy.setSourceModel(&nodes);
        proxy.setText(QStringLiteral("ubuntu"));
        QCOMPARE(addresses(proxy), QStringList{QStringLiteral("127.0.90.13")});
        proxy.setText(QStringLiteral("NODE-4"));
        QCOMPARE(addresses(proxy), QStringList{QStringLiteral("127.0.90.14")});
        proxy.setText(QStringLiteral("127.0.90.1"));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsNumericallyAndByState()
    {
        NodeListModel nodes;
        nodes.setNodes({test::makeNode(QStringLiteral("127.0.0.10"), NodeState::Online),
                        test::makeNode(QStringLiteral("127.0.0.9"), NodeState::Unreachable),
                        test::makeNode(QStringLiteral("127.0.0.100"), NodeState::NotInstalled)});
        NodeFilterProxy proxy;
        proxy.setSourceModel(&nodes);
        QCOMPARE(addresses(proxy), (QStringList{QStringLiteral("127.0.0.9"), QStringLiteral("127.0.0.10"),
                                                QStringLiteral("127.0.0.100")}));
        proxy.setSortKey(NodeFilterProxy::SortKey::State); // problems first
        QCOMPARE(addresses(proxy), (QStringList{QStringLiteral("127.0.0.9"), QStringLiteral("127.0.0.100"),
                                                QStringLiteral("127.0.0.10")}));
    }
};

QTEST_MAIN(TestNodeFilterProxy)
#include "TestNodeFilterProxy.moc"
