#include "GroupsWiring.h"
#include "MainWindow.h"
#include "NodeIdentityDialog.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "actions/NodeIdentities.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fleet;

// SSH identity… on a tile: a key for the node itself or for one of its groups, what is in use and from where, and
// a path that is no key file refused in the dialog.
class TestNodeIdentityDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        m_key = m_dir.filePath(QStringLiteral("id_lab"));
        QFile key(m_key);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    }

    void setsTheNodesKeyThenTheGroupsAndSaysWhichIsInUse()
    {
        NodeIdentityDialog dialog(QStringLiteral("127.0.90.11"), {QStringLiteral("gpu")},
                                  QStringLiteral("ssh's defaults"));
        QVERIFY(dialog.inUseText().contains(QStringLiteral("ssh's defaults")));
        QCOMPARE(dialog.scopeBox()->count(), 2);
        // The group first: the node follows it.
        dialog.scopeBox()->setCurrentIndex(1);
        dialog.setOpenFileNameHook([this] { return m_key; });
        dialog.findChild<QToolButton *>()->click();
        QCOMPARE(dialog.pathEdit()->text(), m_key);
        QVERIFY(dialog.apply());
        QCOMPARE(NodeIdentities::forGroup(QStringLiteral("gpu")), m_key);
        QVERIFY2(dialog.inUseText().contains(QStringLiteral("group gpu")), qPrintable(dialog.inUseText()));
        // The node's own wins.
        dialog.scopeBox()->setCurrentIndex(0);
        QCOMPARE(dialog.pathEdit()->text(), QString());
        dialog.pathEdit()->setText(m_key);
        QVERIFY(dialog.apply());
        QVERIFY2(dialog.inUseText().contains(QStringLiteral("this node's own")), qPrintable(dialog.inUseText()));
        // A folder is no key: refused, and said so.
        dialog.pathEdit()->setText(m_dir.path());
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("not a readable key file")), qPrintable(dialog.errorText()));
        QCOMPARE(NodeIdentities::forNode(QStringLiteral("127.0.90.11")), m_key); // unchanged
        // Emptied: the override goes, the group's applies again.
        dialog.pathEdit()->clear();
        QVERIFY(dialog.apply());
        QVERIFY(dialog.inUseText().contains(QStringLiteral("group gpu")));
        QVERIFY(NodeIdentities::setForGroup(QStringLiteral("gpu"), {}));
    }

    void theTilesOfferIt()
    {
        MainWindow window;
        window.nodeModel()->setNodes(test::sampleFleet(3));
        SshOptions ssh;
        ssh.identityFile = m_key;
        GroupsWiring::wire(&window, {}, ssh);
        QAction *action = nullptr;
        for (QAction *candidate : window.nodesPanel()->view()->actions())
            if (candidate->objectName() == QLatin1String("nodeIdentity"))
                action = candidate;
        QVERIFY(action);
        window.nodesPanel()->selectAddresses({QStringLiteral("127.0.90.11")});
        action->trigger();
        auto *dialog = window.findChild<NodeIdentityDialog *>();
        QVERIFY(dialog);
        QVERIFY2(dialog->inUseText().contains(m_key + QStringLiteral(" (--identity)")), qPrintable(dialog->inUseText()));
        dialog->close();
    }
};

QTEST_MAIN(TestNodeIdentityDialog)
#include "TestNodeIdentityDialog.moc"
