#include "actions/NodePrune.h"

#include <QJsonArray>
#include <QTest>

using namespace fleet;

// NodePrune's parsers and planner on hand-written docker answers: the node's output is untrusted (garbage lines,
// bad IDs, huge lines, a "tag" that looks like an option), and the plan's rules (reloadable by image ID, dangling
// = no tag and no digest, anything a container uses kept) do not depend on the lab.
class TestNodePrunePlan final : public QObject
{
    Q_OBJECT

    static QString id(char c) { return QStringLiteral("sha256:") + QString(64, QLatin1Char(c)); }

private Q_SLOTS:
    void parsesImagesAndSkipsGarbage()
    {
        const QByteArray out = "{\"id\":\"" + id('a').toLatin1() + "\",\"tags\":[\"app:1\",\"app:2\"],\"digests\":[],"
                               "\"size\":1234}\n"
                               "not json at all\n"
                               "{\"id\":\"sha256:nothex\",\"tags\":null,\"digests\":null,\"size\":1}\n"
                               "{\"id\":\"" + id('b').toLatin1() + "\",\"tags\":null,\"digests\":null,\"size\":-5}\n"
                               "{\"id\":\"" + id('a').toLatin1() + "\",\"tags\":[],\"digests\":[],\"size\":1}\n"
                               "[1,2,3]\n"
                               "{\"id\":\"" + id('c').toLatin1() + "\",\"tags\":[\"x\\ny\", 7],\"size\":\"big\"}\n"
                               + QByteArray(70000, 'x') + "\n";
        const QList<NodePrune::NodeImage> images = NodePrune::parseImages(out);
        QCOMPARE(images.size(), 3); // a (once), b, c
        QCOMPARE(images.at(0).id, id('a'));
        QCOMPARE(images.at(0).tags, (QStringList{QStringLiteral("app:1"), QStringLiteral("app:2")}));
        QCOMPARE(images.at(0).size, 1234);
        QVERIFY(images.at(1).tags.isEmpty() && images.at(1).digests.isEmpty());
        QCOMPARE(images.at(1).size, -1);
        QVERIFY(images.at(2).tags.isEmpty()); // a tag with a newline and a number are not tags
        QCOMPARE(images.at(2).size, -1);
    }

    void parsesContainers()
    {
        const QByteArray out = "{\"id\":\"" + QByteArray(64, 'e') + "\",\"name\":\"/web\",\"image\":\""
                               + id('a').toLatin1() + "\"}\n"
                               "{\"id\":\"short\",\"name\":\"/x\",\"image\":\"" + id('b').toLatin1() + "\"}\n"
                               "{\"id\":\"" + QByteArray(64, 'f') + "\",\"name\":\"\",\"image\":\""
                               + id('b').toLatin1() + "\"}\n";
        const QList<NodePrune::NodeContainer> containers = NodePrune::parseContainers(out);
        QCOMPARE(containers.size(), 2);
        QCOMPARE(containers.at(0).name, QStringLiteral("web"));
        QCOMPARE(containers.at(1).name, QString(12, QLatin1Char('f'))); // no name: its short ID
    }

    void plansReloadableDanglingAndKept()
    {
        const QList<NodePrune::NodeImage> images{
            {id('a'), {QStringLiteral("app:1")}, {}, 100},                     // in a store
            {id('b'), {QStringLiteral("tool:2")}, {}, 200},                    // tagged, in no store
            {id('c'), {}, {}, 300},                                            // dangling
            {id('d'), {QStringLiteral("db:3")}, {}, 400},                      // in a store, used
            {id('e'), {}, {}, 500},                                            // dangling, used by a stopped one
            {id('f'), {}, {QStringLiteral("repo@sha256:") + QString(64, QLatin1Char('1'))}, 600}, // digest only
        };
        const QList<NodePrune::NodeContainer> containers{{QString(64, QLatin1Char('1')), QStringLiteral("db"), id('d')},
                                                         {QString(64, QLatin1Char('2')), QStringLiteral("old"), id('e')}};
        NodePrune::StoreIndex index;
        index.insert(id('a'), {QStringLiteral("s3"), QStringLiteral("app:1")});
        index.insert(id('d'), {QStringLiteral("s3"), QStringLiteral("db:3")});
        const NodePrunePlan plan = NodePrune::planNode(QStringLiteral("n1"), images, containers, index);
        QCOMPARE(plan.remove.size(), 2);
        QCOMPARE(plan.remove.at(0).id, id('a'));
        QCOMPARE(plan.remove.at(0).reason, PruneReason::Reloadable);
        QCOMPARE(plan.remove.at(0).store, QStringLiteral("s3"));
        QCOMPARE(plan.remove.at(1).id, id('c'));
        QCOMPARE(plan.remove.at(1).reason, PruneReason::Dangling);
        QCOMPARE(plan.reclaimable(), 400);
        QCOMPARE(plan.kept.size(), 2);
        QCOMPARE(plan.kept.at(0).containers, QStringList{QStringLiteral("db")});
        QCOMPARE(plan.kept.at(1).reason, PruneReason::Dangling);
        QCOMPARE(plan.untouched, 2); // b, and f (named by its digest)

        const QJsonObject json = NodePrune::toJson(plan);
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("prune_plan"));
        QCOMPARE(json.value(QStringLiteral("remove")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("reclaimable")).toInteger(), 400);
    }

    void storesAreNamesOrUrls()
    {
        PruneParams params;
        params.context.settings.stores = {{QStringLiteral("lab"), QStringLiteral("dir:/srv/images")}};
        QList<FleetSettings::ConfiguredStore> stores;
        QVERIFY(NodePrune::checkStores(params, &stores).ok());
        QCOMPARE(stores, params.context.settings.stores);
        params.stores = {QStringLiteral("lab"), QStringLiteral("registry://127.0.0.1:5000")};
        QVERIFY(NodePrune::checkStores(params, &stores).ok());
        QCOMPARE(stores.size(), 2);
        QCOMPARE(stores.at(1).url, QStringLiteral("registry://127.0.0.1:5000"));
        params.stores = {QStringLiteral("nosuch")};
        const Failure failure = NodePrune::checkStores(params, &stores);
        QCOMPARE(failure.kind, FailureKind::Usage);
        QVERIFY(failure.message.contains(QLatin1String("nosuch")));
    }
};

QTEST_GUILESS_MAIN(TestNodePrunePlan)
#include "TestNodePrunePlan.moc"
