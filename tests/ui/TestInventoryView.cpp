#include "InventoryModel.h"
#include "InventoryView.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The Inventory tab with a matrix as FleetInventory makes it: three nodes (one asked through its agent, one over
// SSH, one that did not answer), drift cells tinted with a tooltip naming the fix, Sync missing turning the drift
// into one push per image for exactly the nodes concerned. A refresh runs on a worker (here: an empty history).
class TestInventoryView final : public QObject
{
    Q_OBJECT

    static QString id(char c) { return QStringLiteral("sha256:") + QString(64, QLatin1Char(c)); }

    static InventoryMatrix sample()
    {
        NodeInventory a, b, c;
        a.node = a.display = QStringLiteral("127.0.90.11");
        a.source = InventorySource::Agent;
        a.images << *InventoryDrift::normalize(QStringLiteral("web:2.0.0"), id('a'))
                 << *InventoryDrift::normalize(QStringLiteral("app:1.1.0"), id('b'));
        b.node = b.display = QStringLiteral("127.0.90.12");
        b.source = InventorySource::Ssh;
        b.agentNote = QStringLiteral("no agent token is recorded on this workstation");
        b.images << *InventoryDrift::normalize(QStringLiteral("app:1.0.0"), id('c'));
        c.node = c.display = QStringLiteral("127.0.90.13");
        c.failure = Failure::make(FailureKind::Unreachable, QStringLiteral("127.0.90.13: cannot connect"));
        const GroupRecord web{QStringLiteral("web"), {a.node, b.node, c.node}, {QStringLiteral("web:2.0.0")}};
        CatalogEntry older, newer;
        older.reference = QStringLiteral("app:1.0.0");
        newer.reference = QStringLiteral("app:1.1.0");
        return InventoryDrift::build({a, b, c}, {web}, {older, newer});
    }

private Q_SLOTS:
    void showsTheMatrixAndItsDrift()
    {
        InventoryView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!view.syncButton()->isEnabled());
        view.showMatrix(sample());
        InventoryModel *m = view.model();
        QCOMPARE(m->columnCount(), 3);
        QCOMPARE(m->rowCount(), 3); // app:1.0.0, app:1.1.0, web:2.0.0
        QCOMPARE(m->headerData(0, Qt::Vertical).toString(), QStringLiteral("app:1.0.0"));
        QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("127.0.90.11"));
        QVERIFY(m->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("Agent")));
        QVERIFY(m->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("no agent token")));

        const QModelIndex heldWeb = m->index(2, 0), missingWeb = m->index(2, 1), oldApp = m->index(0, 1);
        QCOMPARE(heldWeb.data().toString(), QStringLiteral("✓ ") + QString(12, QLatin1Char('a')));
        QVERIFY(!heldWeb.data(Qt::BackgroundRole).isValid());
        QCOMPARE(missingWeb.data().toString(), QStringLiteral("–"));
        QCOMPARE(missingWeb.data(Qt::BackgroundRole).value<QColor>(), InventoryModel::missingColor());
        QVERIFY(missingWeb.data(Qt::ToolTipRole).toString().contains(QLatin1String("fleetctl sync web:2.0.0 --to web")));
        QCOMPARE(oldApp.data(Qt::BackgroundRole).value<QColor>(), InventoryModel::outdatedColor());
        QVERIFY(oldApp.data(Qt::ToolTipRole).toString().contains(QLatin1String("app:1.1.0")));
        QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("?")); // not asked
        QVERIFY(m->index(0, 2).data(Qt::ToolTipRole).toString().contains(QLatin1String("cannot connect")));
        QVERIFY(view.syncButton()->isEnabled());
        QVERIFY(view.status()->text().contains(QLatin1String("1 missing, 1 outdated")));
    }

    void syncMissingPushesExactlyTheDrift()
    {
        InventoryView view;
        view.showMatrix(sample());
        QSignalSpy requested(&view, &InventoryView::syncRequested);
        view.syncMissing();
        QCOMPARE(requested.count(), 2);
        QSet<QString> pushes;
        for (const QList<QVariant> &args : requested) {
            const PushRequest r = args.first().value<PushRequest>();
            pushes.insert(r.image + QLatin1Char('>') + r.nodes.join(QLatin1Char(',')));
        }
        QCOMPARE(pushes, (QSet<QString>{QStringLiteral("web:2.0.0>127.0.90.12"), QStringLiteral("app:1.1.0>127.0.90.12")}));
    }

    void refreshRunsOnAWorker()
    {
        QTemporaryDir dir;
        InventoryView view;
        ActionContext context;
        context.dbPath = dir.filePath(QStringLiteral("history.db"));
        view.setContext(context);
        QSignalSpy refreshed(&view, &InventoryView::refreshed);
        view.refresh();
        QVERIFY(view.isBusy());
        QVERIFY(!view.refreshButton()->isEnabled());
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!view.isBusy());
        QVERIFY2(view.status()->text().contains(QLatin1String("No nodes")), qPrintable(view.status()->text()));
        // A push to a node the tab does not show does not start a collection.
        view.refreshNode(QStringLiteral("127.0.90.99"));
        QVERIFY(!view.isBusy());
    }

    void screenshot()
    {
        InventoryView view;
        view.resize(760, 240);
        view.showMatrix(sample());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        QTemporaryDir dir;
        const QString path = qEnvironmentVariable("FLEET_INVENTORY_SCREENSHOT",
                                                  dir.filePath(QStringLiteral("inventory.png")));
        QVERIFY(image.save(path, "PNG"));
        QVERIFY(QFileInfo(path).size() > 0);
    }
};

QTEST_MAIN(TestInventoryView)
#include "TestInventoryView.moc"
