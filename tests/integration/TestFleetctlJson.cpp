#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using fleet::test::LabEnvironment;

// Every fleetctl command with --json, against the lab, as a script would run it: each line on stdout is one JSON
// object with a "type", and a record type (node, job, image, scan, stage…) has the same keys whichever command
// printed it (one serializer per record type: core/actions/RecordJson). --json is accepted after the command too.
class TestFleetctlJson final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;
    QMap<QString, QStringList> m_keys;    // record type → its keys, as first seen
    QMap<QString, QString> m_firstSeenIn; // record type → the command that printed it first
    QMap<QString, QSet<QString>> m_printedBy;

    struct Run
    {
        int exit = -1;
        QList<QJsonObject> lines;
        QString err;
    };

    Run fleetctl(const QStringList &args, bool jsonAfterCommand = false)
    {
        QStringList argv{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("history.db")),
                         QStringLiteral("--docker-host"), m_lab.dockerHost, QStringLiteral("--identity"),
                         m_lab.identity, QStringLiteral("--known-hosts"), m_lab.knownHosts,
                         QStringLiteral("--user"), m_lab.user};
        if (!jsonAfterCommand)
            argv << QStringLiteral("--json");
        argv << args;
        if (jsonAfterCommand)
            argv << QStringLiteral("--json");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEET_SCAN_LOOPBACK_ONLY"), QStringLiteral("1"));
        // Settings and agent secrets of these runs stay in the test's own folder.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"), argv);
        Run run;
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.err = QString::fromUtf8(process.readAllStandardError());
        const QString command = args.join(QLatin1Char(' '));
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qWarning("fleetctl %s printed a line that is not a JSON object: %s", qPrintable(command),
                         line.constData());
                run.exit = -2;
                continue;
            }
            const QJsonObject object = doc.object();
            const QString type = object.value(QStringLiteral("type")).toString();
            if (type.isEmpty()) {
                qWarning("fleetctl %s printed an object without a type: %s", qPrintable(command), line.constData());
                run.exit = -2;
            }
            note(type, object, command);
            run.lines << object;
        }
        return run;
    }

    // Records of the same type must have the same keys, whoever printed them. ("result", "error", "warning" and
    // "progress" lines belong to their command and are exempt.)
    void note(const QString &type, const QJsonObject &object, const QString &command)
    {
        static const QStringList exempt{QStringLiteral("result"), QStringLiteral("error"), QStringLiteral("warning"),
                                        QStringLiteral("progress"), QStringLiteral("start"), QStringLiteral("step"),
                                        QStringLiteral("log"), QStringLiteral("summary")};
        if (exempt.contains(type))
            return;
        m_printedBy[type].insert(command.section(QLatin1Char(' '), 0, 0));
        QStringList keys = object.keys();
        keys.sort();
        if (!m_keys.contains(type)) {
            m_keys.insert(type, keys);
            m_firstSeenIn.insert(type, command);
            return;
        }
        if (m_keys.value(type) != keys)
            QFAIL(qPrintable(QStringLiteral("%1 records differ: `%2` printed [%3], `%4` printed [%5]")
                                 .arg(type, m_firstSeenIn.value(type), m_keys.value(type).join(u','), command,
                                      keys.join(u','))));
    }

    static QList<QJsonObject> ofType(const Run &run, const QString &type)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : run.lines)
            if (o.value(QStringLiteral("type")).toString() == type)
                out << o;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
    }

    void everyCommandSpeaksJson()
    {
        const Run scan = fleetctl(QStringList{QStringLiteral("scan")} + m_lab.nodes);
        QVERIFY2(scan.exit == 0, qPrintable(scan.err));
        QCOMPARE(ofType(scan, QStringLiteral("node")).size(), m_lab.nodes.size());
        QCOMPARE(ofType(scan, QStringLiteral("scan")).size(), 1);

        const Run nodes = fleetctl({QStringLiteral("nodes")}, true); // --json after the command
        QVERIFY2(nodes.exit == 0, qPrintable(nodes.err));
        QCOMPARE(ofType(nodes, QStringLiteral("node")).size(), m_lab.nodes.size());

        const Run build = fleetctl({QStringLiteral("build"),
                                    qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/images/hello-busybox"),
                                    QStringLiteral("--context-file"), QStringLiteral("busybox=/bin/busybox")});
        QVERIFY2(build.exit == 0, qPrintable(build.err));
        const QString reference = ofType(build, QStringLiteral("result")).value(0).value(QStringLiteral("reference")).toString();
        QVERIFY(!reference.isEmpty());

        const Run images = fleetctl({QStringLiteral("images"), QStringLiteral("--search"), QStringLiteral("hello")});
        QVERIFY2(images.exit == 0, qPrintable(images.err));
        QVERIFY(!ofType(images, QStringLiteral("image")).isEmpty());

        const Run push = fleetctl({QStringLiteral("push"), reference, m_lab.nodes.first()}, true);
        QVERIFY2(push.exit == 0, qPrintable(push.err));
        const QList<QJsonObject> jobs = ofType(push, QStringLiteral("job"));
        QCOMPARE(jobs.size(), 1);
        const qint64 jobId = jobs.first().value(QStringLiteral("id")).toInteger();
        QVERIFY(jobId > 0);

        const Run history = fleetctl({QStringLiteral("history")});
        QVERIFY2(history.exit == 0, qPrintable(history.err));
        QCOMPARE(ofType(history, QStringLiteral("job")).size(), 1);
        const Run one = fleetctl({QStringLiteral("history"), QStringLiteral("--job"), QString::number(jobId)});
        QVERIFY2(one.exit == 0, qPrintable(one.err));
        QCOMPARE(ofType(one, QStringLiteral("job")).size(), 1);
        QVERIFY(!ofType(one, QStringLiteral("event")).isEmpty());
        const Run scans = fleetctl({QStringLiteral("history"), QStringLiteral("--scans")});
        QVERIFY2(scans.exit == 0, qPrintable(scans.err));
        QCOMPARE(ofType(scans, QStringLiteral("scan")).size(), 1);
        const Run perNode = fleetctl({QStringLiteral("history"), QStringLiteral("--nodes")});
        QVERIFY2(perNode.exit == 0, qPrintable(perNode.err));
        const QList<QJsonObject> summaries = ofType(perNode, QStringLiteral("node_summary"));
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().value(QStringLiteral("node")).toString(), m_lab.nodes.first());
        QCOMPARE(summaries.first().value(QStringLiteral("jobs")).toInt(), 1);
        QVERIFY(summaries.first().value(QStringLiteral("stages")).toObject().value(QStringLiteral("transfer"))
                    .toObject().value(QStringLiteral("count")).toInt() == 1);

        const Run trust = fleetctl({QStringLiteral("trust"), m_lab.nodes.first()});
        QVERIFY2(trust.exit == 0, qPrintable(trust.err));
        const Run agent = fleetctl({QStringLiteral("agent"), QStringLiteral("status"), m_lab.nodes.value(3)});
        QVERIFY2(agent.exit == 0, qPrintable(agent.err));
        QCOMPARE(ofType(agent, QStringLiteral("result")).value(0).value(QStringLiteral("state")).toString(),
                 QStringLiteral("NOT_INSTALLED"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("store"))));
        const Run store = fleetctl({QStringLiteral("store"), QStringLiteral("list"),
                                    QStringLiteral("dir:") + m_dir.filePath(QStringLiteral("store"))});
        QVERIFY2(store.exit == 0, qPrintable(store.err));

        // A node's containers: one started by a push, listed, its log, its life (issue 13).
        const QString container = QStringLiteral("fleet-json-c");
        fleetctl({QStringLiteral("rm"), m_lab.nodes.first(), container, QStringLiteral("--force")}); // an earlier run's
        const Run started = fleetctl({QStringLiteral("push"), reference, m_lab.nodes.first(), QStringLiteral("--run"),
                                      QStringLiteral("--name"), container});
        QVERIFY2(started.exit == 0, qPrintable(started.err));
        const Run containers = fleetctl({QStringLiteral("containers"), m_lab.nodes.first(), QStringLiteral("--all")});
        QVERIFY2(containers.exit == 0, qPrintable(containers.err));
        const QList<QJsonObject> listed = ofType(containers, QStringLiteral("container"));
        QVERIFY(std::any_of(listed.cbegin(), listed.cend(), [&](const QJsonObject &o) {
            return o.value(QStringLiteral("name")).toString() == container && o.value(QStringLiteral("managed")).toBool();
        }));
        const Run logs = fleetctl({QStringLiteral("logs"), m_lab.nodes.first(), container, QStringLiteral("--tail"),
                                   QStringLiteral("5")}, true);
        QVERIFY2(logs.exit == 0, qPrintable(logs.err));
        QVERIFY(!ofType(logs, QStringLiteral("container_log")).isEmpty());
        for (const char *verb : {"stop", "start", "restart", "rm"}) {
            QStringList args{QString::fromLatin1(verb), m_lab.nodes.first(), container};
            if (args.first() == QLatin1String("rm"))
                args << QStringLiteral("--force");
            const Run life = fleetctl(args);
            QVERIFY2(life.exit == 0, qPrintable(QString::fromLatin1(verb) + QLatin1Char(' ') + life.err));
            QCOMPARE(ofType(life, QStringLiteral("container_action")).size(), 1);
        }

        // The node probe (issue 16): one node_probe record per node, a node that does not answer in the same form.
        const Run probe = fleetctl(QStringList{QStringLiteral("probe")} + m_lab.nodes, true);
        QVERIFY2(probe.exit == 0, qPrintable(probe.err));
        const QList<QJsonObject> probes = ofType(probe, QStringLiteral("node_probe"));
        QCOMPARE(probes.size(), m_lab.nodes.size());
        for (const QJsonObject &p : probes) {
            QCOMPARE(p.value(QStringLiteral("runtime")).toString(), QStringLiteral("docker"));
            QCOMPARE(p.value(QStringLiteral("access")).toString(), QStringLiteral("direct"));
            QCOMPARE(p.value(QStringLiteral("api_version")).toString(), QStringLiteral("1.41"));
            QVERIFY(p.value(QStringLiteral("ok")).toBool());
        }
        const QString nobody = m_lab.nodes.first().section(QLatin1Char('.'), 0, 2) + QStringLiteral(".250");
        const Run unanswered = fleetctl({QStringLiteral("probe"), nobody});
        QCOMPARE(unanswered.exit, 4);
        const QJsonObject none = ofType(unanswered, QStringLiteral("node_probe")).value(0);
        QVERIFY(none.value(QStringLiteral("runtime")).isNull());
        QCOMPARE(none.value(QStringLiteral("failure")).toString(), QStringLiteral("unreachable"));

        // scan --probe (issue 16): after the scan, one node_probe record (the same keys) per node that answered
        // SSH, each recorded in the history's node_probes anew.
        const qint64 beforeScan = QDateTime::currentMSecsSinceEpoch() - 1;
        const Run probedScan = fleetctl(QStringList{QStringLiteral("scan"), QStringLiteral("--probe")} + m_lab.nodes);
        QVERIFY2(probedScan.exit == 0, qPrintable(probedScan.err));
        QCOMPARE(ofType(probedScan, QStringLiteral("node")).size(), m_lab.nodes.size());
        const QList<QJsonObject> scanProbes = ofType(probedScan, QStringLiteral("node_probe"));
        QCOMPARE(scanProbes.size(), m_lab.nodes.size());
        QSet<QString> probedNodes;
        for (const QJsonObject &p : scanProbes) {
            QVERIFY2(p.value(QStringLiteral("ok")).toBool(), qPrintable(p.value(QStringLiteral("message")).toString()));
            QCOMPARE(p.value(QStringLiteral("runtime")).toString(), QStringLiteral("docker"));
            probedNodes << p.value(QStringLiteral("node")).toString();
        }
        QCOMPARE(probedNodes, QSet<QString>(m_lab.nodes.cbegin(), m_lab.nodes.cend()));
        {
            fleet::HistoryStore history;
            QVERIFY(history.open(m_dir.filePath(QStringLiteral("history.db"))));
            for (const QString &node : std::as_const(m_lab.nodes)) {
                const std::optional<fleet::NodeProbeRecord> row = history.probe(node);
                QVERIFY2(row && row->probedAtMs >= beforeScan, qPrintable(node));
                QVERIFY(row->facts.valid);
            }
        }
        // Without --probe a scan probes nothing.
        const Run plainScan = fleetctl(QStringList{QStringLiteral("scan")} + m_lab.nodes);
        QVERIFY2(plainScan.exit == 0, qPrintable(plainScan.err));
        QVERIFY(ofType(plainScan, QStringLiteral("node_probe")).isEmpty());

        // A failure is a JSON line too, with its kind.
        const Run bad = fleetctl({QStringLiteral("push"), reference});
        QCOMPARE(bad.exit, 2);
        QCOMPARE(ofType(bad, QStringLiteral("error")).value(0).value(QStringLiteral("failure")).toString(),
                 QStringLiteral("usage"));

        // The records that several commands print were seen from each of them.
        QCOMPARE(m_printedBy.value(QStringLiteral("node")), (QSet<QString>{QStringLiteral("scan"), QStringLiteral("nodes")}));
        QCOMPARE(ofType(agent, QStringLiteral("result")).value(0).value(QStringLiteral("node")).toObject().keys(),
                 ofType(nodes, QStringLiteral("node")).value(0).keys()); // the same record, nested
        QVERIFY(m_printedBy.value(QStringLiteral("job")).contains(QStringLiteral("push")));
        QVERIFY(m_printedBy.value(QStringLiteral("job")).contains(QStringLiteral("history")));
        QCOMPARE(m_printedBy.value(QStringLiteral("scan")), (QSet<QString>{QStringLiteral("scan"), QStringLiteral("history")}));
        QCOMPARE(m_printedBy.value(QStringLiteral("node_probe")),
                 (QSet<QString>{QStringLiteral("probe"), QStringLiteral("scan")}));
    }

    // The Apptainer registry (issue 14): scan, list, validate, sync and cache, on a registry built here.
    void sifRegistryCommandsSpeakJson()
    {
        const QString root = m_dir.filePath(QStringLiteral("sif-registry"));
        const QString images = QStringLiteral("/usr/share/gocode/src/github.com/sylabs/sif/test/images/");
        QVERIFY(QDir().mkpath(root + QStringLiteral("/images/compute")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/templates")));
        QVERIFY(QFile::copy(images + QStringLiteral("one-group.sif"), root + QStringLiteral("/images/compute/alpine_latest.sif")));
        QVERIFY(QFile::copy(images + QStringLiteral("two-groups-signed.sif"),
                            root + QStringLiteral("/images/compute/python_3.11.sif")));
        QFile missing(root + QStringLiteral("/templates/missing.json"));
        QVERIFY(missing.open(QIODevice::WriteOnly));
        missing.write(R"({"id": "some-template", "image": "missing_image.sif", "resources": {"cpus": 1}})");
        missing.close();
        const QStringList registry{QStringLiteral("--registry"), root};

        const Run scan = fleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("scan")} + registry);
        QVERIFY2(scan.exit == 0, qPrintable(scan.err));
        const QJsonObject stats = ofType(scan, QStringLiteral("sif_scan")).value(0).value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats, (QJsonObject{{"compute", 2}, {"viz", 0}, {"shared", 0}})); // the seed's answer
        const Run list = fleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("list"), QStringLiteral("--partition"),
                                              QStringLiteral("compute")} + registry, true);
        QVERIFY2(list.exit == 0, qPrintable(list.err));
        QCOMPARE(ofType(list, QStringLiteral("sif_registry_image")).size(), 2);
        const Run valid = fleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("validate")} + registry);
        QCOMPARE(valid.exit, 2); // no template named
        const Run invalid = fleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("validate"),
                                                 root + QStringLiteral("/templates/missing.json")} + registry);
        QCOMPARE(invalid.exit, 1);
        const QJsonObject v = ofType(invalid, QStringLiteral("sif_template_validation")).value(0);
        QCOMPARE(v.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(v.value(QStringLiteral("available_images")).toArray(), QJsonArray({"alpine_latest.sif", "python_3.11.sif"}));

        const QString cache = m_lab.dir + QStringLiteral("/n2/tmp/fleetctl-json-apptainer");
        const Run sync = fleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("sync"), QStringLiteral("alpine_latest"),
                                              m_lab.nodes.value(1), QStringLiteral("--cache"), cache} + registry);
        QVERIFY2(sync.exit == 0, qPrintable(sync.err));
        QCOMPARE(ofType(sync, QStringLiteral("job")).value(0).value(QStringLiteral("action")).toString(),
                 QStringLiteral("sif-sync"));
        const Run cached = fleetctl(QStringList{QStringLiteral("sif"), QStringLiteral("cache"), m_lab.nodes.value(1),
                                                QStringLiteral("--cache"), cache, QStringLiteral("--remove-stale")}
                                    + registry);
        QVERIFY2(cached.exit == 0, qPrintable(cached.err));
        QCOMPARE(ofType(cached, QStringLiteral("sif_cache_entry")).value(0).value(QStringLiteral("status")).toString(),
                 QStringLiteral("current"));
        QDir(cache).removeRecursively();
        const Run noRegistry = fleetctl({QStringLiteral("sif"), QStringLiteral("scan")});
        QCOMPARE(noRegistry.exit, 2);
        QCOMPARE(ofType(noRegistry, QStringLiteral("error")).value(0).value(QStringLiteral("failure")).toString(),
                 QStringLiteral("usage"));
    }

    void pushWarnsAboutAGpuImageForANodeWithoutOne()
    {
        // The agent on node 3 reports its facts (no GPU in the lab) into the history; fleetctl push then shows the
        // same preflight warning as the desktop, and still pushes.
        const QString node = m_lab.nodes.value(2);
        const Run install = fleetctl({QStringLiteral("agent"), QStringLiteral("install"), node});
        QVERIFY2(install.exit == 0, qPrintable(install.err));
        // The bootstrap probe (issue 16) rides along in the install's result, as a node_probe record.
        const QJsonObject bootstrapProbe
            = ofType(install, QStringLiteral("result")).value(0).value(QStringLiteral("probe")).toObject();
        QCOMPARE(bootstrapProbe.value(QStringLiteral("type")).toString(), QStringLiteral("node_probe"));
        QVERIFY2(bootstrapProbe.value(QStringLiteral("ok")).toBool(), qPrintable(install.err));
        QCOMPARE(bootstrapProbe.value(QStringLiteral("node")).toString(), node);
        const auto removeAgent = qScopeGuard([&] { fleetctl({QStringLiteral("agent"), QStringLiteral("remove"), node}); });
        const Run build = fleetctl({QStringLiteral("build"),
                                    qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/images/gpu-smoke"),
                                    QStringLiteral("--context-file"), QStringLiteral("busybox=/bin/busybox")});
        QVERIFY2(build.exit == 0, qPrintable(build.err));
        const QString gpuImage = ofType(build, QStringLiteral("result")).value(0).value(QStringLiteral("reference")).toString();
        const Run push = fleetctl({QStringLiteral("push"), gpuImage, node});
        QVERIFY2(push.exit == 0, qPrintable(push.err));
        const QList<QJsonObject> warnings = ofType(push, QStringLiteral("warning"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().value(QStringLiteral("message")).toString().contains(QLatin1String("needs a GPU")),
                 qPrintable(warnings.first().value(QStringLiteral("message")).toString()));
        // A node not known to lack one gets no warning.
        const Run other = fleetctl({QStringLiteral("push"), gpuImage, m_lab.nodes.value(3)});
        QVERIFY2(other.exit == 0, qPrintable(other.err));
        QVERIFY(ofType(other, QStringLiteral("warning")).isEmpty());
    }

    void groupsInventoryAndSync()
    {
        // Node groups, the inventory and sync (issue 13): a group wants an image, one member lacks it, sync gives
        // it to exactly that member, and the inventory then finds nothing missing.
        const QString image = QStringLiteral("fleet/hello-busybox:1.0.0");
        const QString a = m_lab.nodes.value(0), b = m_lab.nodes.value(1);
        QVERIFY(fleetctl({QStringLiteral("push"), QStringLiteral("@nosuch")}).exit == 2); // no such group: usage
        const Run push = fleetctl({QStringLiteral("push"), image, a});
        QVERIFY2(push.exit == 0, qPrintable(push.err));
        const Run gone = fleetctl({QStringLiteral("group"), QStringLiteral("rm"), QStringLiteral("demo"), b});
        QVERIFY2(gone.exit == 0, qPrintable(gone.err));
        const Run add = fleetctl({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("demo"), a, b});
        QVERIFY2(add.exit == 0, qPrintable(add.err));
        const Run want = fleetctl({QStringLiteral("group"), QStringLiteral("want"), QStringLiteral("demo"), image});
        QVERIFY2(want.exit == 0, qPrintable(want.err));
        QCOMPARE(fleetctl({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Bad Name"), a}).exit, 2);
        const Run groups = fleetctl({QStringLiteral("groups")}, true);
        QVERIFY2(groups.exit == 0, qPrintable(groups.err));
        QCOMPARE(ofType(groups, QStringLiteral("group")).size(), 1);
        const Run suggest = fleetctl({QStringLiteral("group"), QStringLiteral("suggest")});
        QVERIFY2(suggest.exit == 0, qPrintable(suggest.err));

        const Run before = fleetctl({QStringLiteral("inventory"), QStringLiteral("@demo")});
        QVERIFY2(before.exit == 0, qPrintable(before.err));
        QCOMPARE(ofType(before, QStringLiteral("inventory")).size(), 2);
        const bool bHadIt = [&] {
            for (const QJsonObject &n : ofType(before, QStringLiteral("inventory")))
                if (n.value(QStringLiteral("node")).toString() == b)
                    for (const QJsonValue &i : n.value(QStringLiteral("images")).toArray())
                        if (i.toObject().value(QStringLiteral("reference")).toString() == image)
                            return true;
            return false;
        }();
        int missing = 0;
        for (const QJsonObject &d : ofType(before, QStringLiteral("drift")))
            missing += d.value(QStringLiteral("kind")).toString() == QLatin1String("missing");
        QCOMPARE(missing, bHadIt ? 0 : 1);

        const Run sync = fleetctl({QStringLiteral("sync"), image, QStringLiteral("--to"), QStringLiteral("demo")});
        QVERIFY2(sync.exit == 0, qPrintable(sync.err + QString::fromUtf8(QJsonDocument(
                                                              ofType(sync, QStringLiteral("result")).value(0)).toJson())
                                             + QString::fromUtf8(QJsonDocument(
                                                   ofType(sync, QStringLiteral("error")).value(0)).toJson())));
        QCOMPARE(ofType(sync, QStringLiteral("job")).size(), bHadIt ? 0 : 1);
        QCOMPARE(ofType(sync, QStringLiteral("result")).size(), 1);
        const Run after = fleetctl({QStringLiteral("inventory"), a, b});
        QVERIFY2(after.exit == 0, qPrintable(after.err));
        for (const QJsonObject &d : ofType(after, QStringLiteral("drift")))
            QVERIFY(d.value(QStringLiteral("kind")).toString() != QLatin1String("missing"));
        QCOMPARE(m_printedBy.value(QStringLiteral("inventory")),
                 (QSet<QString>{QStringLiteral("inventory"), QStringLiteral("sync")}));
    }

    void badNumbersAreRefused()
    {
        const Run timeout = fleetctl({QStringLiteral("--connect-timeout-ms"), QStringLiteral("abc"), QStringLiteral("nodes")});
        QCOMPARE(timeout.exit, 2);
        QVERIFY(ofType(timeout, QStringLiteral("error")).value(0).value(QStringLiteral("message")).toString()
                    .contains(QLatin1String("--connect-timeout-ms")));
        const Run limit = fleetctl({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("ten")});
        QCOMPARE(limit.exit, 2);
        const Run parallel = fleetctl({QStringLiteral("push"), QStringLiteral("fleet/hello-busybox:1.0.0"),
                                       m_lab.nodes.first(), QStringLiteral("--parallel"), QStringLiteral("abc")});
        QCOMPARE(parallel.exit, 2);
        QVERIFY(ofType(parallel, QStringLiteral("error")).value(0).value(QStringLiteral("message")).toString()
                    .contains(QLatin1String("--parallel")));
        const Run tail = fleetctl({QStringLiteral("logs"), m_lab.nodes.first(), QStringLiteral("web"),
                                   QStringLiteral("--tail"), QStringLiteral("-3")});
        QCOMPARE(tail.exit, 2);
        QVERIFY(ofType(tail, QStringLiteral("error")).value(0).value(QStringLiteral("message")).toString()
                    .contains(QLatin1String("--tail")));
        // Container options without --run are refused, not ignored.
        const Run name = fleetctl({QStringLiteral("push"), QStringLiteral("fleet/hello-busybox:1.0.0"),
                                   m_lab.nodes.first(), QStringLiteral("--name"), QStringLiteral("web")});
        QCOMPARE(name.exit, 2);
        QVERIFY(ofType(name, QStringLiteral("error")).value(0).value(QStringLiteral("message")).toString()
                    .contains(QLatin1String("--run")));
    }
};

QTEST_GUILESS_MAIN(TestFleetctlJson)
#include "TestFleetctlJson.moc"
