#include "PushLab.h"

#include "actions/NodePrune.h"
#include "docker/DockerEngine.h"
#include "history/HistoryStore.h"
#include "images/stores/FolderStore.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::PushLab;

// NodePrune and `fleetctl prune` / `fleetctl stores` against the lab. A folder store in the test's dir holds A
// and D (put from the workstation engine); the node gets A (with a second tag), B (tagged, in no store), C made
// dangling (its tag moved onto B) and D, which a running container uses. The plan must be exactly A (reloadable)
// and C (dangling) with their sizes, D kept with its container, B left alone; --yes removes exactly A and C. A
// plan gone stale (a stopped container made since) never removes the image.
class TestNodePrune final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PushLab m_lab;
    static constexpr int kNode = 2; // node 3: the push tests use nodes 1, 2 and 4 most
    const QString m_a = QStringLiteral("fleet-prune-a:1.0.0");
    const QString m_b = QStringLiteral("fleet-prune-b:1.0.0");
    const QString m_c = QStringLiteral("fleet-prune-c:1.0.0");
    const QString m_d = QStringLiteral("fleet-prune-d:1.0.0");
    const QString m_container = QStringLiteral("fleet-prune-uses-d");
    QString m_idA, m_idB, m_idC, m_idD;
    QString m_store;

    QString node() const { return m_lab.lab.nodes.value(kNode); }
    // An address of the lab's subnet where nothing listens.
    QString goneNode() const { return node().section(QLatin1Char('.'), 0, 2) + QStringLiteral(".250"); }
    QString storeUrl() const { return QStringLiteral("dir:") + m_store; }

    QString run(const QString &command) const
    {
        const RemoteResult result = m_lab.onNode(kNode, command);
        if (!result.ok())
            qWarning("on the node: %s → %d %s", qPrintable(command), result.exitStatus, result.err.constData());
        return QString::fromUtf8(result.out).trimmed();
    }
    bool nodeHas(const QString &id) const { return m_lab.onNode(kNode, QStringLiteral("docker image inspect ") + id).ok(); }
    qint64 nodeSize(const QString &id) const
    {
        return run(QStringLiteral("docker image inspect --format '{{.Size}}' ") + id).toLongLong();
    }

    QString build(const QString &reference) const
    {
        QString output;
        if (m_lab.lab.lab({QStringLiteral("image"), reference, QStringLiteral("--mb"), QStringLiteral("1")}, &output) != 0) {
            qWarning("fleetlab image %s: %s", qPrintable(reference), qPrintable(output));
            return {};
        }
        return output.trimmed().split(QLatin1Char('\n')).last().trimmed();
    }

    PruneParams params() const
    {
        PruneParams p;
        p.context.dbPath = m_lab.db;
        p.context.ssh = m_lab.lab.sshOptions();
        p.context.sshUser = m_lab.lab.user;
        p.context.settings.stores = {{QStringLiteral("lab-folder"), storeUrl()}};
        p.nodes = {node()};
        return p;
    }

    struct Cli
    {
        int exit = -1;
        QList<QJsonObject> lines;
        QString err;
        QList<QJsonObject> ofType(const QString &type) const
        {
            QList<QJsonObject> out;
            for (const QJsonObject &o : lines)
                if (o.value(QStringLiteral("type")).toString() == type)
                    out << o;
            return out;
        }
    };
    // The real fleetctl, its settings (the configured stores) in this test's folder.
    Cli fleetctl(const QStringList &args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                      m_lab.fleetctlArgs(args));
        Cli cli;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        cli.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        cli.err = QString::fromUtf8(process.readAllStandardError());
        cli.lines = PushLab::jsonLines(process.readAllStandardOutput());
        return cli;
    }

    static QSet<QString> ids(const QJsonArray &images)
    {
        QSet<QString> out;
        for (const QJsonValue &v : images)
            out.insert(v.toObject().value(QStringLiteral("id")).toString());
        return out;
    }

    void cleanNode() const
    {
        run(QStringLiteral("docker rm -f %1 fleet-prune-stopped >/dev/null 2>&1; docker rmi -f %2 %3 %4 %5 "
                           "fleet-prune-a:extra >/dev/null 2>&1; true")
                .arg(m_container, m_a, m_b, m_c, m_d));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_lab.init(m_dir.path()));
        FLEET_REQUIRE_LAB(m_lab.lab);
        m_store = m_dir.filePath(QStringLiteral("store"));
        cleanNode();
        // Dangling images other tests left on the node would rightly be in the plan too: start from none.
        run(QStringLiteral("docker image prune -f >/dev/null"));

        for (const QString &reference : {m_a, m_b, m_c, m_d}) {
            const QString id = build(reference);
            QVERIFY2(id.startsWith(QLatin1String("sha256:")), qPrintable(reference));
            (reference == m_a ? m_idA : reference == m_b ? m_idB : reference == m_c ? m_idC : m_idD) = id;
            const JobUpdate pushed = m_lab.pushOne(m_lab.request(reference, {node()}));
            QVERIFY2(pushed.state == JobState::Succeeded, qPrintable(pushed.message));
        }
        FolderStore store(m_store);
        DockerEngine engine(m_lab.lab.dockerHost);
        QVERIFY2(store.put(engine, m_a), qPrintable(store.error().message));
        QVERIFY2(store.put(engine, m_d), qPrintable(store.error().message));

        // C loses its only tag to B: an image nothing names; A gets a second name (rmi by ID needs care then).
        run(QStringLiteral("docker tag %1 %2 && docker tag %3 fleet-prune-a:extra").arg(m_b, m_c, m_a));
        run(QStringLiteral("docker run -d --pull=never --name %1 %2").arg(m_container, m_d));
        QCOMPARE(run(QStringLiteral("docker image inspect --format '{{len .RepoTags}}' ") + m_idC), QStringLiteral("0"));
        QVERIFY(!run(QStringLiteral("docker ps -q --filter name=") + m_container).isEmpty());

        // The node is known to the history (so the plan records it was reached), and so is one that is gone.
        HistoryStore history;
        QVERIFY(history.open(m_lab.db));
        Node known;
        known.address = node();
        known.state = NodeState::NotInstalled;
        known.lastSeen = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(history.upsertNode(known));
        Node gone = known;
        gone.address = goneNode();
        QVERIFY(history.upsertNode(gone));
    }

    void cleanupTestCase() { cleanNode(); }

    void planListsReloadableAndDanglingOnly()
    {
        PruneParams p = params();
        p.nodes << goneNode();
        p.context.ssh.connectTimeoutMs = 2000;
        QStringList steps;
        p.progress = [&](const QString &, const QString &step) { steps << step; };
        const PrunePlan plan = NodePrune::plan(p);
        QCOMPARE(plan.stores.size(), 1);
        QVERIFY2(plan.stores.first().ok, qPrintable(plan.stores.first().failure.message));
        QCOMPARE(plan.stores.first().archives, 2);
        QVERIFY(steps.contains(QStringLiteral("listing lab-folder")));
        QCOMPARE(plan.nodes.size(), 2);

        const NodePrunePlan &n = plan.nodes.first();
        QVERIFY2(n.ok(), qPrintable(n.failure.message));
        QCOMPARE(n.remove.size(), 2);
        QHash<QString, PruneCandidate> byId;
        for (const PruneCandidate &c : n.remove)
            byId.insert(c.id, c);
        QCOMPARE(QSet<QString>(byId.keyBegin(), byId.keyEnd()), (QSet<QString>{m_idA, m_idC}));
        const PruneCandidate a = byId.value(m_idA);
        QCOMPARE(a.reason, PruneReason::Reloadable);
        QCOMPARE(a.store, QStringLiteral("lab-folder"));
        QCOMPARE(a.reference, m_a);
        QCOMPARE(QSet<QString>(a.tags.cbegin(), a.tags.cend()),
                 (QSet<QString>{m_a, QStringLiteral("fleet-prune-a:extra")}));
        QCOMPARE(a.size, nodeSize(m_idA));
        const PruneCandidate c = byId.value(m_idC);
        QCOMPARE(c.reason, PruneReason::Dangling);
        QVERIFY(c.tags.isEmpty());
        QCOMPARE(c.size, nodeSize(m_idC));
        QVERIFY(c.size > 1000 * 1000);
        QCOMPARE(n.reclaimable(), a.size + c.size);

        QCOMPARE(n.kept.size(), 1);
        QCOMPARE(n.kept.first().id, m_idD);
        QCOMPARE(n.kept.first().reason, PruneReason::Reloadable);
        QCOMPARE(n.kept.first().containers, QStringList{m_container});
        QVERIFY(n.untouched >= 1); // B

        // The gone node: unreachable, and the history now says OFFLINE; the reached one was seen just now.
        const NodePrunePlan &gone = plan.nodes.last();
        QCOMPARE(gone.failure.kind, FailureKind::Unreachable);
        QVERIFY(gone.failure.message.contains(goneNode()));
        HistoryStore history;
        QVERIFY(history.open(m_lab.db));
        QCOMPARE(history.node(goneNode())->state, NodeState::Offline);
        const Node seen = *history.node(node());
        QVERIFY(seen.lastSeen > QDateTime::currentDateTimeUtc().addSecs(-120));
        QCOMPARE(seen.state, NodeState::NotInstalled); // the agent's state is not the prune's to judge
        QVERIFY(seen.sshBanner.startsWith(QLatin1String("SSH-2.0")));
        // Nothing was removed by planning.
        QVERIFY(nodeHas(m_idA) && nodeHas(m_idC));
    }

    void storesCommandRoundTrip()
    {
        QCOMPARE(fleetctl({QStringLiteral("stores")}).ofType(QStringLiteral("store")).size(), 0);
        const Cli added = fleetctl({QStringLiteral("stores"), QStringLiteral("add"), QStringLiteral("lab"), storeUrl()});
        QVERIFY2(added.exit == 0, qPrintable(added.err));
        const Cli twice = fleetctl({QStringLiteral("stores"), QStringLiteral("add"), QStringLiteral("lab"),
                                    QStringLiteral("dir:/elsewhere")});
        QCOMPARE(twice.exit, 2);
        QVERIFY(twice.ofType(QStringLiteral("error")).value(0).value(QStringLiteral("message")).toString()
                    .contains(QLatin1String("exists already")));
        QCOMPARE(fleetctl({QStringLiteral("stores"), QStringLiteral("add"), QStringLiteral("web"),
                           QStringLiteral("http://127.0.0.1/x")}).exit, 2);
        QCOMPARE(fleetctl({QStringLiteral("stores"), QStringLiteral("add"), QStringLiteral("-x"), storeUrl()}).exit, 2);
        QVERIFY(fleetctl({QStringLiteral("stores"), QStringLiteral("add"), QStringLiteral("spare"),
                          QStringLiteral("dir:/tmp/fleet-prune-spare")}).exit == 0);
        const Cli listed = fleetctl({QStringLiteral("stores")});
        QCOMPARE(listed.exit, 0);
        const QList<QJsonObject> stores = listed.ofType(QStringLiteral("store"));
        QCOMPARE(stores.size(), 2);
        QCOMPARE(stores.first().value(QStringLiteral("name")).toString(), QStringLiteral("lab"));
        QCOMPARE(stores.first().value(QStringLiteral("url")).toString(), storeUrl());
        QCOMPARE(fleetctl({QStringLiteral("stores"), QStringLiteral("remove"), QStringLiteral("spare")}).exit, 0);
        QCOMPARE(fleetctl({QStringLiteral("stores"), QStringLiteral("remove"), QStringLiteral("spare")}).exit, 2);
        const QList<QJsonObject> left = fleetctl({QStringLiteral("stores")}).ofType(QStringLiteral("store"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().value(QStringLiteral("name")).toString(), QStringLiteral("lab"));
    }

    void fleetctlPrintsThePlanAndRemovesOnlyWithYes()
    {
        // The configured store (previous test) is the default; an unknown --store is a usage error.
        QCOMPARE(fleetctl({QStringLiteral("prune"), node(), QStringLiteral("--store"), QStringLiteral("nosuch")}).exit,
                 2);
        const Cli plan = fleetctl({QStringLiteral("prune"), node()});
        QVERIFY2(plan.exit == 0, qPrintable(plan.err));
        const QList<QJsonObject> plans = plan.ofType(QStringLiteral("prune_plan"));
        QCOMPARE(plans.size(), 1);
        const QJsonObject p = plans.first();
        QCOMPARE(p.value(QStringLiteral("node")).toString(), node());
        QCOMPARE(ids(p.value(QStringLiteral("remove")).toArray()), (QSet<QString>{m_idA, m_idC}));
        QCOMPARE(ids(p.value(QStringLiteral("kept")).toArray()), QSet<QString>{m_idD});
        QCOMPARE(p.value(QStringLiteral("kept")).toArray().first().toObject().value(QStringLiteral("containers"))
                     .toArray().first().toString(), m_container);
        for (const QJsonValue &v : p.value(QStringLiteral("remove")).toArray()) {
            const QJsonObject image = v.toObject();
            const QString id = image.value(QStringLiteral("id")).toString();
            QCOMPARE(qint64(image.value(QStringLiteral("size")).toDouble()), nodeSize(id));
            QCOMPARE(image.value(QStringLiteral("reason")).toString(),
                     id == m_idA ? QStringLiteral("reloadable") : QStringLiteral("dangling"));
            QCOMPARE(image.value(QStringLiteral("store")).toString(), id == m_idA ? QStringLiteral("lab") : QString());
        }
        QCOMPARE(qint64(p.value(QStringLiteral("reclaimable")).toDouble()), nodeSize(m_idA) + nodeSize(m_idC));
        QCOMPARE(plan.ofType(QStringLiteral("prune_store")).size(), 1);
        const QJsonObject result = plan.ofType(QStringLiteral("result")).value(0);
        QCOMPARE(result.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("planned")).toInt(), 2);
        QVERIFY(result.value(QStringLiteral("apply_command")).toString().endsWith(QLatin1String(" --yes")));
        QVERIFY(nodeHas(m_idA) && nodeHas(m_idC)); // a plan removes nothing

        const Cli yes = fleetctl({QStringLiteral("prune"), node(), QStringLiteral("--yes")});
        QVERIFY2(yes.exit == 0, qPrintable(yes.err));
        const QJsonObject removed = yes.ofType(QStringLiteral("prune_result")).value(0);
        QCOMPARE(removed.value(QStringLiteral("removed")).toInt(), 2);
        QCOMPARE(removed.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(ids(removed.value(QStringLiteral("images")).toArray()), (QSet<QString>{m_idA, m_idC}));
        QCOMPARE(yes.ofType(QStringLiteral("result")).value(0).value(QStringLiteral("removed")).toInt(), 2);
        QVERIFY(!nodeHas(m_idA));
        QVERIFY(!nodeHas(m_idC));
        QVERIFY(nodeHas(m_idB) && nodeHas(m_b) && nodeHas(m_c)); // B keeps both its names
        QVERIFY(nodeHas(m_idD));
        QVERIFY(!run(QStringLiteral("docker ps -q --filter name=") + m_container).isEmpty());

        // Nothing is left to do.
        const Cli again = fleetctl({QStringLiteral("prune"), node()});
        QCOMPARE(again.ofType(QStringLiteral("result")).value(0).value(QStringLiteral("planned")).toInt(), 0);
    }

    void failuresNameTheirKindCauseAndFix()
    {
        // An unknown host key: refused, never a plan.
        PruneParams unknownKey = params();
        const QString empty = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        QFile(empty).open(QIODevice::WriteOnly);
        unknownKey.context.ssh.knownHostsFile = empty;
        const NodePrunePlan refused = NodePrune::plan(unknownKey).nodes.value(0);
        QCOMPARE(refused.failure.kind, FailureKind::HostKey);
        QVERIFY(refused.failure.message.contains(QLatin1String("SHA256:")));
        QVERIFY(refused.remove.isEmpty());

        // The node's daemon down (node 4, so node 3's container keeps running): unreachable, with the fix.
        PruneParams daemonDown = params();
        daemonDown.nodes = {m_lab.lab.nodes.value(3)};
        QCOMPARE(m_lab.lab.lab({QStringLiteral("node"), QStringLiteral("4"), QStringLiteral("stop-docker")}), 0);
        const NodePrunePlan down = NodePrune::plan(daemonDown).nodes.value(0);
        QVERIFY(m_lab.restartDocker(3));
        QCOMPARE(down.failure.kind, FailureKind::Unreachable);
        QVERIFY2(down.failure.message.contains(QLatin1String("Docker daemon on the node is not running"))
                     && down.failure.message.contains(QLatin1String("Start it there")),
                 qPrintable(down.failure.message));
    }

    void staleplanNeverRemovesAnImageAContainerNowUses()
    {
        const JobUpdate pushed = m_lab.pushOne(m_lab.request(m_a, {node()}));
        QVERIFY2(pushed.state == JobState::Succeeded, qPrintable(pushed.message));
        const PrunePlan plan = NodePrune::plan(params());
        QCOMPARE(plan.candidateCount(), 1);
        QCOMPARE(plan.nodes.first().remove.first().id, m_idA);
        // A stopped container made after the plan was shown.
        run(QStringLiteral("docker create --pull=never --name fleet-prune-stopped ") + m_a);
        const PruneOutcome outcome = NodePrune::execute(params(), plan);
        QCOMPARE(outcome.nodes.size(), 1);
        QCOMPARE(outcome.nodes.first().removedCount(), 0);
        QVERIFY(outcome.nodes.first().images.first().error.contains(QLatin1String("fleet-prune-stopped")));
        QCOMPARE(outcome.failure.kind, FailureKind::Failed);
        QVERIFY(nodeHas(m_idA));
        // And a new plan keeps it for the stopped container.
        const PrunePlan replanned = NodePrune::plan(params());
        QCOMPARE(replanned.candidateCount(), 0);
        QCOMPARE(replanned.nodes.first().kept.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNodePrune)
#include "TestNodePrune.moc"
