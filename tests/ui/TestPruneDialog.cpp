#include "PruneDialog.h"
#include "Translations.h"
#include "lab/LabEnvironment.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace fleet;

// The Clean up images dialog shows a plan as core's NodePrune makes it: a node row per node, its candidates with
// size and reason, kept images greyed with their container, the space freed, and a button that names the count.
// Nothing runs until it is pressed; a plan with nothing to remove disables it. start() computes the plan on a
// worker against a lab node (the removal itself is checked by TestNodePrune).
class TestPruneDialog final : public QObject
{
    Q_OBJECT

    static QString id(char c) { return QStringLiteral("sha256:") + QString(64, QLatin1Char(c)); }

    static PrunePlan samplePlan()
    {
        NodePrunePlan node;
        node.node = node.display = QStringLiteral("127.0.90.11");
        node.remove << PruneCandidate{id('a'), {QStringLiteral("app:1.0.0")}, 3'000'000, PruneReason::Reloadable,
                                      QStringLiteral("lab"), QStringLiteral("app:1.0.0")}
                    << PruneCandidate{id('c'), {}, 2'000'000, PruneReason::Dangling, {}, {}};
        node.kept << KeptImage{id('d'), {QStringLiteral("db:3.0.0")}, 5'000'000, PruneReason::Reloadable,
                               {QStringLiteral("db")}};
        NodePrunePlan down;
        down.node = down.display = QStringLiteral("127.0.90.12");
        down.failure = Failure::make(FailureKind::Unreachable, QStringLiteral("127.0.90.12: cannot connect"));
        PrunePlan plan;
        plan.nodes << node << down;
        return plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English)); // the button's count is a plural, as the program has it
    }

    void showsThePlanAndTheCount()
    {
        PruneDialog dialog(ActionContext{}, {QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.12")});
        QVERIFY(!dialog.removeButton()->isEnabled()); // nothing before a plan
        QSignalSpy shown(&dialog, &PruneDialog::planShown);
        dialog.showPlan(samplePlan());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(dialog.removeButton()->text(), QStringLiteral("Remove 2 images"));
        QVERIFY(dialog.removeButton()->isEnabled());
        QVERIFY(dialog.summary()->text().contains(QLatin1String("5.00 MB")));

        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        QTreeWidgetItem *node = dialog.list()->topLevelItem(0);
        QCOMPARE(node->childCount(), 3);
        QCOMPARE(node->child(0)->text(0), QString(12, QLatin1Char('a')));
        QVERIFY(node->child(0)->text(3).contains(QLatin1String("lab")));
        QCOMPARE(node->child(1)->text(1), QStringLiteral("<none>"));
        QCOMPARE(node->child(1)->text(3), QStringLiteral("dangling"));
        QTreeWidgetItem *kept = node->child(2);
        QVERIFY(kept->text(3).contains(QLatin1String("db")));
        QCOMPARE(kept->foreground(0).color(), dialog.palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(dialog.list()->topLevelItem(1)->text(0).contains(QLatin1String("cannot connect")));
    }

    void computesThePlanInTheBackground()
    {
        const test::LabEnvironment lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(lab);
        ActionContext context;
        context.ssh = lab.sshOptions();
        context.sshUser = lab.user;
        PruneDialog dialog(context, {lab.nodes.value(2)});
        QSignalSpy shown(&dialog, &PruneDialog::planShown);
        dialog.show();
        dialog.start();
        QVERIFY(shown.wait(30000));
        QCOMPARE(dialog.plan().nodes.size(), 1);
        QVERIFY2(dialog.plan().nodes.first().ok(), qPrintable(dialog.plan().nodes.first().failure.message));
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QVERIFY(dialog.list()->topLevelItem(0)->text(0).startsWith(lab.nodes.value(2)));
    }

    void nothingToRemoveDisablesTheButton()
    {
        PruneDialog dialog(ActionContext{}, {QStringLiteral("127.0.90.11")});
        PrunePlan plan = samplePlan();
        plan.nodes.first().remove.clear();
        dialog.showPlan(plan);
        QVERIFY(!dialog.removeButton()->isEnabled());
        QCOMPARE(dialog.summary()->text(), QStringLiteral("Nothing to remove."));
    }
};

QTEST_MAIN(TestPruneDialog)
#include "TestPruneDialog.moc"
