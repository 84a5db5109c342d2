#include "actions/InventoryMatrix.h"
#include "actions/NodeGroups.h"
#include "actions/NodeImageReader.h"
#include "history/HistoryStore.h"
#include "images/SemanticVersion.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The pure parts of inventory, drift and groups: group names, suggestions, @GROUP resolution, tag order, the
// parsers of the node's and the agent's answers, the matrix and its drift; and the history's group tables.
class TestInventoryDrift final : public QObject
{
    Q_OBJECT

    static QString id(char c) { return QStringLiteral("sha256:") + QString(64, QLatin1Char(c)); }

    static NodeInventory column(const QString &node, const QStringList &references)
    {
        NodeInventory n;
        n.node = n.display = node;
        n.source = InventorySource::Ssh;
        char c = 'a';
        for (const QString &r : references)
            n.images << *InventoryDrift::normalize(r, id(c++));
        return n;
    }

    static CatalogEntry entry(const QString &reference, qint64 builtMs)
    {
        CatalogEntry e;
        e.reference = reference;
        e.name = reference.section(QLatin1Char(':'), 0, 0);
        e.tag = reference.section(QLatin1Char(':'), 1);
        e.builtAt = QDateTime::fromMSecsSinceEpoch(builtMs, Qt::UTC);
        return e;
    }

private Q_SLOTS:
    void groupNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "gpu" << true;
        QTest::newRow("arch") << "arch:aarch64" << true;
        QTest::newRow("dots dashes") << "site-2.rack_3" << true;
        QTest::newRow("digit first") << "2nd" << true;
        QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("upper") << "GPU" << false;
        QTest::newRow("leading dash") << "-gpu" << false;
        QTest::newRow("leading colon") << ":gpu" << false;
        QTest::newRow("space") << "my group" << false;
        QTest::newRow("shell") << "a;rm" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("at") << "@gpu" << false;
        QTest::newRow("newline") << "gpu\n" << false;
    }
    void groupNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString why;
        QCOMPARE(NodeGroups::isValidName(name, &why), valid);
        QCOMPARE(why.isEmpty(), valid);
    }

    void suggestionsFromFacts()
    {
        Node arm;
        arm.address = QStringLiteral("127.0.0.21");
        arm.arch = QStringLiteral("aarch64");
        arm.os = QStringLiteral("Ubuntu 22.04.3 LTS");
        arm.facts.gpu = QStringLiteral("Jetson AGX Orin");
        Node x86;
        x86.address = QStringLiteral("127.0.0.22");
        x86.arch = QStringLiteral("x86_64");
        x86.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        Node unknown;
        unknown.address = QStringLiteral("127.0.0.23");
        const auto current = [](const QString &address) {
            return address == QLatin1String("127.0.0.22") ? QStringList{QStringLiteral("os:debian")} : QStringList{};
        };
        const QList<GroupSuggestion> s = NodeGroups::suggest({arm, x86, unknown}, current);
        QStringList names;
        for (const GroupSuggestion &g : s)
            names << g.group + QLatin1Char('=') + g.nodes.join(QLatin1Char(','));
        // os:debian is left out: the only node it would hold has it already. Sorted by name.
        QCOMPARE(names, (QStringList{QStringLiteral("arch:aarch64=127.0.0.21"), QStringLiteral("arch:x86_64=127.0.0.22"),
                                     QStringLiteral("gpu=127.0.0.21"), QStringLiteral("os:ubuntu=127.0.0.21")}));
        for (const GroupSuggestion &g : s)
            QVERIFY(!g.reason.isEmpty());
        QCOMPARE(NodeGroups::osGroup(QStringLiteral("Debian GNU/Linux 12 (bookworm)")), QStringLiteral("os:debian"));
        QCOMPARE(NodeGroups::archGroup(QStringLiteral("ARM64 \x1b[31m")), QStringLiteral("arch:arm6431m"));
        QCOMPARE(NodeGroups::osGroup(QString()), QString());
    }

    void resolveTargets()
    {
        const auto members = [](const QString &group) -> std::optional<QStringList> {
            if (group == QLatin1String("gpu"))
                return QStringList{QStringLiteral("127.0.0.11"), QStringLiteral("127.0.0.12:2222")};
            if (group == QLatin1String("empty"))
                return QStringList{};
            return std::nullopt;
        };
        ResolvedNodes r = NodeGroups::resolve({QStringLiteral("127.0.0.13"), QStringLiteral("@gpu"),
                                               QStringLiteral("127.0.0.11")}, members);
        QVERIFY(r.failure.ok());
        QCOMPARE(r.nodes, (QStringList{QStringLiteral("127.0.0.13"), QStringLiteral("127.0.0.11"),
                                       QStringLiteral("127.0.0.12:2222")})); // each once, in the order written
        r = NodeGroups::resolve({QStringLiteral("@empty")}, members);
        QCOMPARE(r.failure.kind, FailureKind::Usage);
        QVERIFY2(r.failure.message.contains(QStringLiteral("fleetctl group add empty")), qPrintable(r.failure.message));
        r = NodeGroups::resolve({QStringLiteral("@nosuch")}, members);
        QCOMPARE(r.failure.kind, FailureKind::Usage);
        r = NodeGroups::resolve({QStringLiteral("@Bad;Name")}, members);
        QCOMPARE(r.failure.kind, FailureKind::Usage);
        QVERIFY(r.failure.message.contains(QStringLiteral("not a group name")));
    }

    void tagOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<qint64>("aBuilt");
        QTest::addColumn<QString>("b");
        QTest::addColumn<qint64>("bBuilt");
        QTest::addColumn<int>("sign");
        // Versions win over build times when both parse.
        QTest::newRow("minor") << "1.2.0" << 200LL << "1.10.0" << 100LL << -1;
        QTest::newRow("major") << "2.0.0" << 0LL << "10.0.0" << 0LL << -1;
        QTest::newRow("v prefix") << "v1.0.1" << 0LL << "1.0.0" << 0LL << 1;
        QTest::newRow("prerelease older") << "1.0.0-rc.1" << 0LL << "1.0.0" << 0LL << -1;
        QTest::newRow("rc.2 < rc.10") << "1.0.0-rc.2" << 0LL << "1.0.0-rc.10" << 0LL << -1;
        QTest::newRow("numeric below alpha") << "1.0.0-1" << 0LL << "1.0.0-alpha" << 0LL << -1;
        QTest::newRow("longer prerelease") << "1.0.0-alpha" << 0LL << "1.0.0-alpha.1" << 0LL << -1;
        QTest::newRow("equal") << "1.0.0" << 0LL << "1.0.0" << 0LL << 0;
        // Otherwise by build time.
        QTest::newRow("words by time") << "dev" << 100LL << "beta" << 200LL << -1;
        QTest::newRow("mixed by time") << "1.0.0" << 300LL << "nightly" << 200LL << 1;
    }
    void tagOrder()
    {
        QFETCH(QString, a);
        QFETCH(qint64, aBuilt);
        QFETCH(QString, b);
        QFETCH(qint64, bBuilt);
        QFETCH(int, sign);
        const auto t = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
        const int c = InventoryDrift::compareTags(a, t(aBuilt), b, t(bBuilt));
        QCOMPARE(c < 0 ? -1 : c > 0 ? 1 : 0, sign);
        const int r = InventoryDrift::compareTags(b, t(bBuilt), a, t(aBuilt));
        QCOMPARE(r < 0 ? -1 : r > 0 ? 1 : 0, -sign);
    }

    void newestPerRepository()
    {
        const QHash<QString, CatalogEntry> newest = InventoryDrift::newestByRepository(
            {entry(QStringLiteral("fleet/app:1.10.0"), 100), entry(QStringLiteral("fleet/app:1.9.0"), 900),
             entry(QStringLiteral("docker.io/library/tool:dev"), 50), entry(QStringLiteral("tool:nightly"), 60)});
        QCOMPARE(newest.value(QStringLiteral("fleet/app")).reference, QStringLiteral("fleet/app:1.10.0"));
        QCOMPARE(newest.value(QStringLiteral("tool")).reference, QStringLiteral("tool:nightly")); // normalized name
    }

    void parsers()
    {
        const QByteArray lines =
            "{\"Repository\":\"fleet/app\",\"Tag\":\"1.0.0\",\"ID\":\"" + id('a').toLatin1() + "\"}\n"
            "{\"Repository\":\"<none>\",\"Tag\":\"<none>\",\"ID\":\"" + id('b').toLatin1() + "\"}\n"
            "{\"Repository\":\"docker.io/library/busybox\",\"Tag\":\"1.36\",\"ID\":\"" + id('c').toLatin1() + "\"}\n"
            "{\"Repository\":\"bad name!\",\"Tag\":\"1\",\"ID\":\"" + id('d').toLatin1() + "\"}\n"
            "{\"Repository\":\"x\",\"Tag\":\"1\",\"ID\":\"sha256:short\"}\n"
            "{\"Repository\":\"y\",\"Tag\":\"1\",\"ID\":\"" + id('f').toLatin1() + "\\n\"}\n"
            "not json\n"
            "[1,2]\n"
            "{\"Repository\":\"fleet/app\",\"Tag\":\"1.0.0\",\"ID\":\"" + id('a').toLatin1() + "\"}\n";
        const QList<HeldImage> images = NodeImageReader::fromDockerLines(lines);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).reference, QStringLiteral("fleet/app:1.0.0"));
        QCOMPARE(images.at(0).id, id('a'));
        QCOMPARE(images.at(1).reference, QStringLiteral("busybox:1.36"));
        QCOMPARE(images.at(1).repository, QStringLiteral("busybox"));

        QJsonArray items{QJsonObject{{QStringLiteral("repository"), QStringLiteral("app")},
                                     {QStringLiteral("tag"), QStringLiteral("1.2")},
                                     {QStringLiteral("id"), id('e')}},
                         QJsonValue(42), QJsonObject{{QStringLiteral("repository"), 7}}};
        const QList<HeldImage> fromAgent = NodeImageReader::fromAgentItems(items);
        QCOMPARE(fromAgent.size(), 1);
        QCOMPARE(fromAgent.first().reference, QStringLiteral("app:1.2"));
    }

    void driftMissingAndOutdated()
    {
        const GroupRecord web{QStringLiteral("web"), {QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")},
                              {QStringLiteral("docker.io/library/web:2.0.0")}};
        const QList<NodeInventory> nodes{
            column(QStringLiteral("n1"), {QStringLiteral("web:2.0.0"), QStringLiteral("app:1.0.0")}),
            column(QStringLiteral("user@n2:22"), {QStringLiteral("app:1.1.0")}), // lacks web
            column(QStringLiteral("n3"), {QStringLiteral("web:2.0.0"), QStringLiteral("app:1.0.0"),
                                          QStringLiteral("app:1.1.0")}), // has the newest too: not behind
        };
        NodeInventory gone = column(QStringLiteral("n4"), {});
        gone.failure = Failure::make(FailureKind::Unreachable, QStringLiteral("n4: no answer"));
        const QList<CatalogEntry> catalog{entry(QStringLiteral("app:1.1.0"), 10), entry(QStringLiteral("app:1.0.0"), 20)};
        const InventoryMatrix m = InventoryDrift::build(nodes + QList<NodeInventory>{gone},
                                                        {web, {QStringLiteral("all"), {QStringLiteral("n4")},
                                                               {QStringLiteral("web:2.0.0")}}},
                                                        catalog);
        QCOMPARE(m.images, (QStringList{QStringLiteral("app:1.0.0"), QStringLiteral("app:1.1.0"),
                                        QStringLiteral("web:2.0.0")}));
        QCOMPARE(m.drift.size(), 2);
        const Drift &missing = m.drift.at(1); // in node order: n1's finding first
        QCOMPARE(missing.kind, DriftKind::Missing);
        QCOMPARE(missing.node, QStringLiteral("user@n2:22"));
        QCOMPARE(missing.image, QStringLiteral("web:2.0.0"));
        QCOMPARE(missing.group, QStringLiteral("web"));
        QCOMPARE(missing.fix, QStringLiteral("fleetctl sync web:2.0.0 --to web"));
        const Drift &old = m.drift.at(0);
        QCOMPARE(old.kind, DriftKind::Outdated);
        QCOMPARE(old.node, QStringLiteral("n1"));
        QCOMPARE(old.held, QStringLiteral("app:1.0.0"));
        QCOMPARE(old.image, QStringLiteral("app:1.1.0")); // the version wins over the later build time
        QCOMPARE(old.fix, QStringLiteral("fleetctl sync app:1.1.0 n1"));
        // Cells and their drift.
        QVERIFY(m.cell(QStringLiteral("web:2.0.0"), 0).has_value());
        QVERIFY(!m.cell(QStringLiteral("web:2.0.0"), 1).has_value());
        QCOMPARE(m.driftAt(QStringLiteral("web:2.0.0"), 1), &m.drift.at(1));
        QCOMPARE(m.driftAt(QStringLiteral("app:1.0.0"), 0), &m.drift.at(0));
        QCOMPARE(m.driftAt(QStringLiteral("app:1.0.0"), 2), nullptr);
        QCOMPARE(m.columnOf(QStringLiteral("n3")), 2);
        // Nothing is known of an unreachable node: no drift for it.
        for (const Drift &d : m.drift)
            QVERIFY(d.node != QLatin1String("n4"));
    }

    void unknownAgesAreNoDrift()
    {
        // A tag the catalog did not build and that is no version: its age is unknown, so it is not "older".
        const InventoryMatrix m = InventoryDrift::build({column(QStringLiteral("n1"), {QStringLiteral("app:dev")})}, {},
                                                        {entry(QStringLiteral("app:1.0.0"), 10)});
        QVERIFY(m.drift.isEmpty());
    }

    void historyGroups()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))));
        QVERIFY(store.addToGroup(QStringLiteral("gpu"), {QStringLiteral("n2"), QStringLiteral("n1")}));
        QVERIFY(store.addToGroup(QStringLiteral("gpu"), {QStringLiteral("N1")})); // the same node: once
        QVERIFY(store.wantImage(QStringLiteral("web"), QStringLiteral("web:2.0.0")));
        QCOMPARE(store.nodesInGroup(QStringLiteral("gpu")), (QStringList{QStringLiteral("n1"), QStringLiteral("n2")}));
        QCOMPARE(store.groupsOf(QStringLiteral("n1")), QStringList{QStringLiteral("gpu")});
        const QList<GroupRecord> groups = store.groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(1).name, QStringLiteral("web"));
        QCOMPARE(groups.at(1).wanted, QStringList{QStringLiteral("web:2.0.0")});
        QVERIFY(store.removeFromGroup(QStringLiteral("gpu"), {QStringLiteral("n1"), QStringLiteral("n9")}));
        QCOMPARE(store.nodesInGroup(QStringLiteral("gpu")), QStringList{QStringLiteral("n2")});
        QVERIFY(store.unwantImage(QStringLiteral("web"), QStringLiteral("web:2.0.0")));
        QCOMPARE(store.groups().size(), 1);
        store.close();
        // The action checks the name and normalizes the image.
        const QString db = dir.filePath(QStringLiteral("h.db"));
        QCOMPARE(NodeGroups::assign(db, QStringLiteral("Bad Name"), {QStringLiteral("n1")}).kind, FailureKind::Usage);
        QCOMPARE(NodeGroups::want(db, QStringLiteral("web"), QStringLiteral("web")).kind, FailureKind::Usage);
        QVERIFY(NodeGroups::want(db, QStringLiteral("web"), QStringLiteral("docker.io/library/web:3.0.0")).ok());
        QVERIFY(NodeGroups::assign(db, QStringLiteral("web"), {QStringLiteral("user@n5:2222")}).ok());
        Failure failure;
        const QList<GroupRecord> listed = NodeGroups::list(db, &failure);
        QVERIFY(failure.ok());
        QCOMPARE(listed.last().wanted, QStringList{QStringLiteral("web:3.0.0")});
        QCOMPARE(listed.last().nodes, QStringList{QStringLiteral("n5")});
        QCOMPARE(NodeGroups::resolve({QStringLiteral("@web")}, db).nodes, QStringList{QStringLiteral("n5")});
    }
};

QTEST_GUILESS_MAIN(TestInventoryDrift)
#include "TestInventoryDrift.moc"
