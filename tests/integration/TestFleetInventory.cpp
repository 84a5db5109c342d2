#include "AgentLabSupport.h"
#include "PushLab.h"

#include "actions/FleetInventory.h"
#include "actions/ImageSync.h"
#include "actions/NodeGroups.h"
#include "agent/AgentSecrets.h"
#include "images/BuildResult.h"
#include "images/Catalog.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabAgents;
using fleet::test::PushLab;

// Inventory, drift and sync against the lab (issue 13, items 5 and 6): three nodes, node 1 asked through its agent
// (its secret recorded as Install agent would), nodes 3 and 4 over SSH. Group "web" = all three wants web:1.0.0;
// the catalog knows app:1.0.0 and app:1.1.0. Node 1 holds web and app:1.1.0, node 3 app:1.0.0, node 4 nothing of
// ours. The drift must be exactly: 3 and 4 lack web, 3 holds the older app. `fleetctl sync web --to web` pushes
// to exactly 3 and 4; the outdated tag's own fix (sync app:1.1.0 NODE) the rest; a second inventory is clean.
class TestFleetInventory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PushLab m_lab;
    const QString m_web = QStringLiteral("fleet-inv-web:1.0.0");
    const QString m_appOld = QStringLiteral("fleet-inv-app:1.0.0");
    const QString m_appNew = QStringLiteral("fleet-inv-app:1.1.0");
    QHash<QString, QString> m_ids; // reference → image ID on the workstation
    static constexpr int kNodes[] = {0, 2, 3};

    QString node(int index) const { return m_lab.lab.nodes.value(index); }

    ActionContext context() const
    {
        ActionContext c;
        c.dbPath = m_lab.db;
        c.dockerHost = m_lab.lab.dockerHost;
        c.ssh = m_lab.lab.sshOptions();
        c.sshUser = m_lab.lab.user;
        return c;
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

    void cleanNodes() const
    {
        for (int index : kNodes)
            m_lab.onNode(index, QStringLiteral("docker rmi -f %1 %2 %3 >/dev/null 2>&1; true").arg(m_web, m_appOld, m_appNew));
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    int fleetctl(const QStringList &args, QList<QJsonObject> *lines) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                      m_lab.fleetctlArgs(args));
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *lines = PushLab::jsonLines(process.readAllStandardOutput());
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty())
            qInfo("fleetctl %s: %s", qPrintable(args.join(QLatin1Char(' '))), err.constData());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static QList<QJsonObject> ofType(const QList<QJsonObject> &lines, const QString &type)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("type")).toString() == type)
                out << o;
        return out;
    }

    static QSet<QString> driftSet(const QList<Drift> &drift)
    {
        QSet<QString> out;
        for (const Drift &d : drift)
            out.insert(QStringLiteral("%1 %2 %3 %4").arg(driftKindName(d.kind), d.node, d.image, d.held).trimmed());
        return out;
    }

    InventoryResult inventory() const
    {
        InventoryParams params;
        params.context = context();
        params.nodes = {QStringLiteral("@web")};
        return FleetInventory::collect(params);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The agent secret goes where Install agent puts it on a machine without a keyring: the file store.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(m_lab.init(m_dir.path()));
        FLEET_REQUIRE_LAB(m_lab.lab);
        QString error;
        const LabAgents agents = LabAgents::load(m_lab.lab, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            const QMutexLocker lock(&AgentSecrets::lock());
            SecretStore secrets(AgentSecrets::backend());
            QVERIFY(secrets.write(SecretStore::referenceFor(node(0), agents.port), {agents.token, agents.fingerprint},
                                  &error));
        }
        cleanNodes();
        for (const QString &reference : {m_web, m_appOld, m_appNew}) {
            const QString id = build(reference);
            QVERIFY2(id.startsWith(QLatin1String("sha256:")), qPrintable(reference));
            m_ids.insert(reference, id);
        }
        HistoryStore history;
        QVERIFY(history.open(m_lab.db));
        for (int index : kNodes) {
            Node n;
            n.address = node(index);
            n.state = index == 0 ? NodeState::Online : NodeState::NotInstalled;
            n.agentVersion = index == 0 ? QStringLiteral("v1") : QString();
            QVERIFY(history.upsertNode(n));
        }
        Catalog catalog(history.database());
        for (const QString &reference : {m_appOld, m_appNew}) {
            BuildResult built;
            built.status = BuildResult::Status::Built;
            built.reference = reference;
            built.imageId = m_ids.value(reference);
            built.finishedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(catalog.record(built));
        }
        history.close();
        QVERIFY(NodeGroups::assign(m_lab.db, QStringLiteral("web"), {node(0), node(2), node(3)}).ok());
        QVERIFY(NodeGroups::want(m_lab.db, QStringLiteral("web"), m_web).ok());

        const QList<JobUpdate> first = m_lab.push(m_lab.request(m_web, {node(0)}));
        const QList<JobUpdate> second = m_lab.push(m_lab.request(m_appNew, {node(0)}));
        const QList<JobUpdate> third = m_lab.push(m_lab.request(m_appOld, {node(2)}));
        for (const QList<JobUpdate> *jobs : {&first, &second, &third})
            QVERIFY2(jobs->size() == 1 && jobs->first().state == JobState::Succeeded,
                     qPrintable(jobs->value(0).message));
    }

    void cleanupTestCase()
    {
        if (m_lab.lab.isUp())
            cleanNodes();
    }

    void matrixAndDrift()
    {
        const InventoryResult result = inventory();
        QVERIFY2(result.failure.ok(), qPrintable(result.failure.message));
        const InventoryMatrix &m = result.matrix;
        QCOMPARE(m.nodes.size(), 3);
        QCOMPARE(m.nodes.at(m.columnOf(node(0))).source, InventorySource::Agent);
        QCOMPARE(m.nodes.at(m.columnOf(node(2))).source, InventorySource::Ssh);
        QCOMPARE(m.nodes.at(m.columnOf(node(3))).source, InventorySource::Ssh);
        for (const QString &image : {m_web, m_appOld, m_appNew})
            QVERIFY2(m.images.contains(image), qPrintable(m.images.join(u' ')));
        const int n1 = m.columnOf(node(0)), n3 = m.columnOf(node(2)), n4 = m.columnOf(node(3));
        QCOMPARE(m.cell(m_web, n1).value_or(QString()), m_ids.value(m_web));
        QCOMPARE(m.cell(m_appNew, n1).value_or(QString()), m_ids.value(m_appNew));
        QCOMPARE(m.cell(m_appOld, n3).value_or(QString()), m_ids.value(m_appOld));
        QVERIFY(!m.cell(m_web, n3));
        QVERIFY(!m.cell(m_web, n4));
        QVERIFY(!m.cell(m_appOld, n1));
        QCOMPARE(driftSet(m.drift), (QSet<QString>{QStringLiteral("missing %1 %2").arg(node(2), m_web),
                                                   QStringLiteral("missing %1 %2").arg(node(3), m_web),
                                                   QStringLiteral("outdated %1 %2 %3").arg(node(2), m_appNew, m_appOld)}));
        QVERIFY(m.driftAt(m_web, n4));
        QVERIFY(!m.driftAt(m_web, n1));
    }

    void fleetctlShowsTheSameDrift()
    {
        QList<QJsonObject> lines;
        QCOMPARE(fleetctl({QStringLiteral("inventory"), node(0), node(2), node(3)}, &lines), 0);
        QCOMPARE(ofType(lines, QStringLiteral("inventory")).size(), 3);
        QCOMPARE(ofType(lines, QStringLiteral("inventory")).first().value(QStringLiteral("source")).toString(),
                 QStringLiteral("agent"));
        QCOMPARE(ofType(lines, QStringLiteral("drift")).size(), 3);
        const QJsonObject result = ofType(lines, QStringLiteral("result")).value(0);
        QCOMPARE(result.value(QStringLiteral("drift")).toInt(), 3);
        QCOMPARE(result.value(QStringLiteral("nodes")).toInt(), 3);
    }

    void syncPushesExactlyTheMissing()
    {
        QList<QJsonObject> lines;
        QCOMPARE(fleetctl({QStringLiteral("sync"), m_web, QStringLiteral("--to"), QStringLiteral("web")}, &lines), 0);
        QSet<QString> pushed;
        for (const QJsonObject &job : ofType(lines, QStringLiteral("job"))) {
            QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
            pushed.insert(job.value(QStringLiteral("node")).toString());
        }
        QCOMPARE(pushed, (QSet<QString>{node(2), node(3)}));
        const QJsonObject result = ofType(lines, QStringLiteral("result")).value(0);
        QCOMPARE(result.value(QStringLiteral("lacking")).toArray().size(), 2);
        QVERIFY(m_lab.nodeHasImage(2, m_web) && m_lab.nodeHasImage(3, m_web));

        // The same again: nothing is missing, nothing is pushed.
        QCOMPARE(fleetctl({QStringLiteral("sync"), m_web, QStringLiteral("--to"), QStringLiteral("web")}, &lines), 0);
        QVERIFY(ofType(lines, QStringLiteral("job")).isEmpty());
        QVERIFY(ofType(lines, QStringLiteral("result")).value(0).value(QStringLiteral("message")).toString()
                    .contains(QStringLiteral("nothing to do")));
    }

    void outdatedFixedByItsOwnFix()
    {
        SyncParams params;
        params.context = context();
        params.image = m_appNew;
        params.nodes = {node(2)};
        const SyncPlan plan = ImageSync::plan(params);
        QVERIFY2(plan.failure.ok(), qPrintable(plan.failure.message));
        QVERIFY(plan.request);
        QCOMPARE(plan.request->nodes, QStringList{node(2)});
        const QList<JobUpdate> jobs = m_lab.push(*plan.request);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().state, JobState::Succeeded);

        const InventoryResult again = inventory();
        QVERIFY2(again.failure.ok(), qPrintable(again.failure.message));
        QVERIFY2(again.matrix.drift.isEmpty(), qPrintable(QStringList(driftSet(again.matrix.drift).values()).join(u'\n')));
        QCOMPARE(again.matrix.cell(m_web, again.matrix.columnOf(node(3))).value_or(QString()), m_ids.value(m_web));
    }

    void unknownGroupIsAUsageError()
    {
        InventoryParams params;
        params.context = context();
        params.nodes = {QStringLiteral("@nobody")};
        QCOMPARE(FleetInventory::collect(params).failure.kind, FailureKind::Usage);
        QList<QJsonObject> lines;
        QCOMPARE(fleetctl({QStringLiteral("sync"), m_web, QStringLiteral("--to"), QStringLiteral("nobody")}, &lines), 2);
    }
};

QTEST_GUILESS_MAIN(TestFleetInventory)
#include "TestFleetInventory.moc"
