#include "GroupsDialog.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// Node groups in the window: a tile's Groups… edits the groups of the chosen nodes (suggestions from their facts
// applied only when ticked, bad names refused before anything is written), and the nodes panel's "Select group"
// selects a group's tiles.
class TestGroupsDialog final : public QObject
{
    Q_OBJECT

    static Node node(const QString &address, const QString &arch, const QString &gpu = {})
    {
        Node n;
        n.address = address;
        n.arch = arch;
        n.facts.gpu = gpu;
        n.state = NodeState::Online;
        return n;
    }

private Q_SLOTS:
    void editsGroupsAndSuggestions()
    {
        const QList<Node> nodes{node(QStringLiteral("127.0.90.11"), QStringLiteral("aarch64"), QStringLiteral("Orin")),
                                node(QStringLiteral("127.0.90.12"), QStringLiteral("aarch64"))};
        GroupsDialog dialog(QString(), nodes);
        dialog.showGroups({{QStringLiteral("site-1"), {QStringLiteral("127.0.90.11")}, {}},
                           {QStringLiteral("arch:aarch64"), {QStringLiteral("127.0.90.12")}, {}},
                           {QStringLiteral("other"), {QStringLiteral("127.0.90.99")}, {}}});
        QCOMPARE(dialog.groupsEdit()->text(), QStringLiteral("site-1, arch:aarch64"));
        // arch:aarch64 is suggested for .11 only (.12 has it); gpu for .11.
        QCOMPARE(dialog.suggestions()->count(), 2);
        QListWidgetItem *gpu = dialog.suggestions()->findItems(QStringLiteral("gpu"), Qt::MatchStartsWith).value(0);
        QVERIFY(gpu);
        QCOMPARE(gpu->checkState(), Qt::Unchecked);

        dialog.groupsEdit()->setText(QStringLiteral("site-2, arch:aarch64"));
        gpu->setCheckState(Qt::Checked);
        QHash<QString, QStringList> add, remove;
        QVERIFY(dialog.changes(&add, &remove));
        QCOMPARE(add.value(QStringLiteral("site-2")), (QStringList{QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.12")}));
        QCOMPARE(add.value(QStringLiteral("gpu")), QStringList{QStringLiteral("127.0.90.11")});
        QCOMPARE(remove.value(QStringLiteral("site-1")), QStringList{QStringLiteral("127.0.90.11")});
        QVERIFY(!remove.contains(QStringLiteral("other"))); // not ours to touch

        dialog.groupsEdit()->setText(QStringLiteral("Bad Name"));
        QVERIFY(!dialog.changes(&add, &remove));
        QVERIFY(dialog.problem()->text().contains(QLatin1String("not a group name")));
    }

    void appliesThroughTheHistory()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.db"));
        GroupsDialog dialog(db, {node(QStringLiteral("127.0.90.11"), QStringLiteral("x86_64"))});
        QSignalSpy shown(&dialog, &GroupsDialog::groupsShown);
        dialog.start();
        QVERIFY(shown.wait(10000));
        dialog.groupsEdit()->setText(QStringLiteral("web"));
        QSignalSpy applied(&dialog, &GroupsDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(applied.wait(10000));
        QVERIFY(applied.first().first().value<Failure>().ok());
        Failure failure;
        const QList<GroupRecord> groups = NodeGroups::list(db, &failure);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().nodes, QStringList{QStringLiteral("127.0.90.11")});
    }

    void panelSelectsAGroupsTiles()
    {
        NodeListModel model;
        model.setNodes({node(QStringLiteral("127.0.90.11"), {}), node(QStringLiteral("127.0.90.12"), {}),
                        node(QStringLiteral("127.0.90.13"), {})});
        NodesPanel panel(&model);
        QVERIFY(!panel.groupBox()->isEnabled());
        panel.setGroups({{QStringLiteral("gpu"), {QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.13")}}});
        QVERIFY(panel.groupBox()->isEnabled());
        QCOMPARE(panel.groupBox()->count(), 2);
        Q_EMIT panel.groupBox()->activated(1);
        QCOMPARE(panel.selectedAddresses(), (QStringList{QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.13")}));
        QCOMPARE(panel.groupBox()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestGroupsDialog)
#include "TestGroupsDialog.moc"
