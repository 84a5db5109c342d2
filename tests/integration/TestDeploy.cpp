#include "PushLab.h"

#include "history/HistoryStore.h"
#include "images/BuildResult.h"
#include "images/Catalog.h"
#include "transfer/ContainerDeploy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::PushLab;

// Issue 13 (items 1, 2, 3, 7) against the lab: the run stage takes its limits and GPU use from the catalog,
// marks its container as the fleet's, replaces a running container only once the new one is healthy, waits for
// health with the log tail on failure, and refuses an image of another architecture before a byte is sent.
// Lab nodes have no GPU, no bridge network (published ports go nowhere: port probes use --network host).
class TestDeploy final : public QObject
{
    Q_OBJECT

private:
    PushLab m_push;
    QTemporaryDir m_tmp;
    const QString m_base = QStringLiteral("fl-deploy/base:1.0.0");
    const QString m_v1 = QStringLiteral("fl-deploy/web:1.0.0");        // HEALTHCHECK passes
    const QString m_v2 = QStringLiteral("fl-deploy/web:2.0.0");        // HEALTHCHECK passes, another image
    const QString m_bad = QStringLiteral("fl-deploy/web:2.0.1");       // HEALTHCHECK always fails
    const QString m_slow = QStringLiteral("fl-deploy/slow:1.0.0");     // prints 25 lines, stays "starting"
    const QString m_served = QStringLiteral("fl-deploy/served:1.0.0"); // no HEALTHCHECK, serves $PORT
    const QString m_gpu = QStringLiteral("fl-deploy/gpu:1.0.0");       // labelled gpu-required
    const QString m_arm = QStringLiteral("fl-deploy/arm:1.0.0");       // built for linux/arm64
    QString m_node;

    QString build(const QString &tag, const QString &dockerfile, const QStringList &extra = {})
    {
        const QString dir = m_tmp.path() + QStringLiteral("/ctx-") + QString(tag).replace(QLatin1Char('/'), '_')
                                                                          .replace(QLatin1Char(':'), '_');
        QDir().mkpath(dir);
        QFile file(dir + QStringLiteral("/Dockerfile"));
        file.open(QIODevice::WriteOnly);
        file.write(dockerfile.toUtf8());
        file.close();
        QFile payload(dir + QStringLiteral("/payload.txt"));
        payload.open(QIODevice::WriteOnly);
        payload.write(tag.toUtf8());
        payload.close();
        QString out;
        if (!m_push.docker(QStringList{QStringLiteral("build"), QStringLiteral("-q")} << extra
                                                                                     << QStringLiteral("-t") << tag << dir,
                           &out))
            return {};
        m_push.docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                       QStringLiteral("{{.Id}}"), tag},
                      &out);
        return out.trimmed();
    }

    RemoteResult onNode(const QString &command) const { return m_push.onNode(0, command); }

    QJsonObject inspectContainer(const QString &name) const
    {
        const RemoteResult r = onNode(QStringLiteral("docker container inspect %1").arg(name));
        return QJsonDocument::fromJson(r.out).array().first().toObject();
    }

    QString containerImage(const QString &name) const
    {
        return QString::fromUtf8(onNode(QStringLiteral("docker container inspect --format '{{.Image}}' %1").arg(name))
                                     .out.trimmed());
    }

    QString containerState(const QString &name) const
    {
        return QString::fromUtf8(onNode(QStringLiteral("docker container inspect --format '{{.State.Status}}' %1")
                                            .arg(name)).out.trimmed());
    }

    QStringList containerNames() const
    {
        return QString::fromUtf8(onNode(QStringLiteral("docker ps -a --format '{{.Names}}'")).out.trimmed())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    void clean() const
    {
        onNode(QStringLiteral("docker rm -f $(docker ps -aq) >/dev/null 2>&1; true"));
    }

    PushRequest runRequest(const QString &image, const QString &name) const
    {
        PushRequest r = m_push.request(image, {m_node});
        r.run.enabled = true;
        r.run.name = name;
        r.run.healthTimeoutSeconds = 30;
        return r;
    }

    void recordCatalog(const QString &reference, const QString &imageId, double cpus, const QString &memory, bool gpu)
    {
        HistoryStore store;
        QVERIFY(store.open(m_push.db));
        BuildResult result;
        result.status = BuildResult::Status::Built;
        result.reference = reference;
        result.imageId = imageId;
        result.metadata.name = reference.section(QLatin1Char(':'), 0, 0);
        result.metadata.version = reference.section(QLatin1Char(':'), 1);
        result.metadata.cpuLimit = cpus;
        result.metadata.memLimit = memory;
        bool ok = false;
        result.metadata.memLimitBytes = ImageMetadata::parseMemory(memory, &ok);
        result.metadata.gpuRequired = gpu;
        Catalog catalog(store.database());
        QVERIFY2(catalog.record(result), qPrintable(catalog.error()));
    }

    static int freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress(QStringLiteral("127.0.0.1")));
        return server.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_push.init(m_tmp.path());
        FLEET_REQUIRE_LAB(m_push.lab);
        m_node = m_push.lab.nodes.at(0);
        QString out;
        QVERIFY2(m_push.lab.lab({QStringLiteral("image"), m_base}, &out) == 0, qPrintable(out));
        const QString from = QStringLiteral("FROM %1\n").arg(m_base);
        const QString healthy = QStringLiteral("HEALTHCHECK --interval=1s --timeout=2s --retries=1 CMD test -f /tmp/ok\n"
                                               "CMD [\"/bin/sh\",\"-c\",\"mkdir -p /tmp && touch /tmp/ok; exec sleep 3600\"]\n");
        QVERIFY(!build(m_v1, from + healthy).isEmpty());
        QVERIFY(!build(m_v2, from + QStringLiteral("COPY payload.txt /version\n") + healthy).isEmpty());
        QVERIFY(!build(m_bad, from + QStringLiteral("HEALTHCHECK --interval=1s --timeout=2s --retries=1 CMD false\n"
                                                    "CMD [\"/bin/sh\",\"-c\",\"echo starting v2.0.1; exec sleep 3600\"]\n"))
                     .isEmpty());
        QVERIFY(!build(m_slow, from + QStringLiteral("HEALTHCHECK --interval=60s --start-period=120s CMD true\n"
                                                     "CMD [\"/bin/sh\",\"-c\",\"for i in $(seq 1 25); do echo log "
                                                     "line $i; done; exec sleep 3600\"]\n"))
                     .isEmpty());
        QVERIFY(!build(m_served, from + QStringLiteral("CMD [\"/bin/sh\",\"-c\",\"sleep 1; exec httpd -f -p "
                                                       "127.0.0.1:$PORT\"]\n"))
                     .isEmpty());
        QVERIFY(!build(m_gpu, from + QStringLiteral("LABEL io.fleetcommander.gpu-required=true\n")).isEmpty());
        QVERIFY(!build(m_arm, QStringLiteral("FROM scratch\nCOPY payload.txt /payload.txt\n"),
                       {QStringLiteral("--platform"), QStringLiteral("linux/arm64")})
                     .isEmpty());
        clean();
    }

    void cleanup() { clean(); }

    void limitsAndLabelsFromTheCatalog()
    {
        QString id;
        m_push.docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                       QStringLiteral("{{.Id}}"), m_v1}, &id);
        recordCatalog(m_v1, id.trimmed(), 1.5, QStringLiteral("64m"), false);
        PushRequest r = runRequest(m_v1, QStringLiteral("fl-limits"));
        r.run.labels = {QStringLiteral("team=edge ops")};
        const JobUpdate job = m_push.pushOne(r);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.stageRecord(StageKind::Health).state, JobState::Succeeded);
        QVERIFY2(job.message.contains(QLatin1String("health check says healthy")), qPrintable(job.message));
        const QJsonObject c = inspectContainer(QStringLiteral("fl-limits"));
        const QJsonObject host = c.value(QLatin1String("HostConfig")).toObject();
        QCOMPARE(host.value(QLatin1String("NanoCpus")).toDouble(), 1.5e9);
        QCOMPARE(host.value(QLatin1String("Memory")).toDouble(), 64.0 * 1024 * 1024);
        const QJsonObject labels = c.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("io.fleetcommander.managed")).toString(), QStringLiteral("true"));
        QCOMPARE(labels.value(QLatin1String("io.fleetcommander.image-id")).toString(), id.trimmed());
        QVERIFY(labels.value(QLatin1String("io.fleetcommander.deployed-by")).toString().contains(QLatin1Char('@')));
        const QDateTime at = QDateTime::fromString(labels.value(QLatin1String("io.fleetcommander.deployed-at"))
                                                       .toString(), Qt::ISODate);
        QVERIFY(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QVERIFY(!labels.value(QLatin1String("io.fleetcommander.request")).toString().isEmpty());
        QCOMPARE(labels.value(QLatin1String("team")).toString(), QStringLiteral("edge ops"));

        // A value given with the request wins over the catalog's; 0 means no limit.
        clean();
        r = runRequest(m_v1, QStringLiteral("fl-limits"));
        r.run.cpus = 0.5;
        r.run.memoryBytes = 0;
        const JobUpdate over = m_push.pushOne(r);
        QVERIFY2(over.state == JobState::Succeeded, qPrintable(over.message));
        const QJsonObject host2 = inspectContainer(QStringLiteral("fl-limits")).value(QLatin1String("HostConfig"))
                                      .toObject();
        QCOMPARE(host2.value(QLatin1String("NanoCpus")).toDouble(), 0.5e9);
        QCOMPARE(host2.value(QLatin1String("Memory")).toDouble(), 0.0);
    }

    void gpuImageIsRefusedOnANodeWithoutGpu()
    {
        m_push.removeFromNode(0, m_gpu);
        PushRequest r = runRequest(m_gpu, QStringLiteral("fl-gpu"));
        const JobUpdate job = m_push.pushOne(r);
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("needs a GPU"),
                                                                 QStringLiteral("nvidia runtime")},
                                                   {QStringLiteral("--no-gpu"), QStringLiteral("--force-gpu")}));
        QVERIFY2(!m_push.nodeHasImage(0, m_gpu), "refused before anything was sent");
        QCOMPARE(job.stageRecord(StageKind::Run).state, JobState::Failed);
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));

        // Forced: docker's own error, explained.
        r.run.forceGpu = true;
        const JobUpdate forced = m_push.pushOne(r);
        QCOMPARE(forced.state, JobState::Failed);
        QCOMPARE(forced.stageRecord(StageKind::Run).state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(forced.message, {QStringLiteral("cannot give containers a GPU"),
                                                                    QStringLiteral("NVIDIA Container Toolkit")},
                                                   {QStringLiteral("--no-gpu")}));
        QVERIFY2(!containerNames().contains(QStringLiteral("fl-gpu")), "the created container was removed");

        // Without a GPU on request: it runs.
        r.run.forceGpu = false;
        r.run.gpus = false;
        const JobUpdate plain = m_push.pushOne(r);
        QVERIFY2(plain.state == JobState::Succeeded, qPrintable(plain.message));
    }

    void redeployWithAHealthyVersionReplacesTheOld()
    {
        const JobUpdate first = m_push.pushOne(runRequest(m_v1, QStringLiteral("fl-web")));
        QVERIFY2(first.state == JobState::Succeeded, qPrintable(first.message));
        const QString oldId = inspectContainer(QStringLiteral("fl-web")).value(QLatin1String("Id")).toString();
        const JobUpdate second = m_push.pushOne(runRequest(m_v2, QStringLiteral("fl-web")));
        QVERIFY2(second.state == JobState::Succeeded, qPrintable(second.message));
        QVERIFY2(second.message.contains(QLatin1String("replaced container %1").arg(oldId.left(12))),
                 qPrintable(second.message));
        const QJsonObject now = inspectContainer(QStringLiteral("fl-web"));
        QVERIFY(now.value(QLatin1String("Id")).toString() != oldId);
        QCOMPARE(containerState("fl-web"), QStringLiteral("running"));
        QString v2;
        m_push.docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                       QStringLiteral("{{.Id}}"), m_v2}, &v2);
        QCOMPARE(containerImage("fl-web"), v2.trimmed());
        QCOMPARE(containerNames(), QStringList{QStringLiteral("fl-web")}); // the old one is gone, nothing aside
    }

    void redeployWithAnUnhealthyVersionKeepsTheOld()
    {
        const JobUpdate first = m_push.pushOne(runRequest(m_v1, QStringLiteral("fl-web")));
        QVERIFY2(first.state == JobState::Succeeded, qPrintable(first.message));
        const QString oldId = inspectContainer(QStringLiteral("fl-web")).value(QLatin1String("Id")).toString();
        const JobUpdate bad = m_push.pushOne(runRequest(m_bad, QStringLiteral("fl-web")));
        QCOMPARE(bad.state, JobState::Failed);
        QCOMPARE(bad.stageRecord(StageKind::Run).state, JobState::Succeeded);
        QCOMPARE(bad.stageRecord(StageKind::Health).state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(bad.message, {QStringLiteral("unhealthy"),
                                                                 QStringLiteral("was removed")},
                                                   {QStringLiteral("Kept the running version")}));
        QVERIFY2(bad.message.contains(QLatin1String("starting v2.0.1")), qPrintable(bad.message)); // its log
        QCOMPARE(inspectContainer(QStringLiteral("fl-web")).value(QLatin1String("Id")).toString(), oldId);
        QCOMPARE(containerState("fl-web"), QStringLiteral("running"));
        QCOMPARE(containerNames(), QStringList{QStringLiteral("fl-web")});
        FLEET_VERIFY_EMPTY(m_push.historyProblem(bad.historyId, JobState::Failed));
    }

    void redeployThatMustFreeItsPortsRestoresTheOld()
    {
        // Host network with a port: the old one must stop for the new one, and is started again when the new one
        // fails.
        const int port = freePort();
        PushRequest r = runRequest(m_served, QStringLiteral("fl-served"));
        r.run.network = QStringLiteral("host");
        r.run.ports = {QStringLiteral("%1:%1").arg(port)};
        r.run.env = {QStringLiteral("PORT=%1").arg(port)};
        const JobUpdate first = m_push.pushOne(r);
        QVERIFY2(first.state == JobState::Succeeded, qPrintable(first.message));
        QVERIFY2(first.message.contains(QLatin1String("ports accept connections")), qPrintable(first.message));
        const QString oldId = inspectContainer(QStringLiteral("fl-served")).value(QLatin1String("Id")).toString();
        r.image = m_bad;
        const JobUpdate bad = m_push.pushOne(r);
        QCOMPARE(bad.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(bad.message, {QStringLiteral("unhealthy")},
                                                   {QStringLiteral("runs again under fl-served")}));
        QCOMPARE(inspectContainer(QStringLiteral("fl-served")).value(QLatin1String("Id")).toString(), oldId);
        QCOMPARE(containerState("fl-served"), QStringLiteral("running"));
        QCOMPARE(containerNames(), QStringList{QStringLiteral("fl-served")});
        // It serves again.
        QVERIFY(PushLab::waitFor([&] {
            return onNode(QStringLiteral("bash -c 'exec 3<>/dev/tcp/127.0.0.1/%1'").arg(port)).ok();
        }, 10000));
    }

    void healthTimeoutShowsTheLogTail()
    {
        PushRequest r = runRequest(m_slow, QStringLiteral("fl-slow"));
        r.run.healthTimeoutSeconds = 3;
        const JobUpdate job = m_push.pushOne(r);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.stageRecord(StageKind::Health).state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("not healthy within 3 s"),
                                                                 QStringLiteral("still says starting")},
                                                   {QStringLiteral("--health-timeout")}));
        // The last 20 lines: 6 to 25.
        QVERIFY2(job.message.contains(QLatin1String("log line 25")), qPrintable(job.message));
        QVERIFY2(job.message.contains(QLatin1String("log line 6\n")), qPrintable(job.message));
        QVERIFY2(!job.message.contains(QLatin1String("log line 5\n")), qPrintable(job.message));
        QVERIFY(job.stageRecord(StageKind::Health).progress.elapsedMs >= 2500);
    }

    void architectureMismatchIsRefusedBeforeAnyByte()
    {
        m_push.removeFromNode(0, m_arm);
        const qint64 before = m_push.bytesArrived(0);
        const JobUpdate job = m_push.pushOne(m_push.request(m_arm, {m_node}));
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(PushLab::messageProblem(job.message, {QStringLiteral("linux/arm64"),
                                                                 QStringLiteral("linux/amd64"),
                                                                 QStringLiteral("Nothing was sent")},
                                                   {QStringLiteral("--force-arch")}));
        QCOMPARE(job.stageRecord(StageKind::Transfer).progress.done, qint64(0));
        QVERIFY(job.stageRecord(StageKind::Load).state != JobState::Succeeded);
        QVERIFY(!m_push.nodeHasImage(0, m_arm));
        QCOMPARE(m_push.bytesArrived(0), before);
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));

        // The same image as an archive: its config says arm64 too.
        const QString archive = m_push.writeFile(QStringLiteral("arm.tar"), m_push.save({m_arm}));
        const JobUpdate fromFile = m_push.pushOne(m_push.archiveRequest(archive, {m_node}));
        QCOMPARE(fromFile.state, JobState::Failed);
        QVERIFY2(fromFile.message.contains(QLatin1String("linux/arm64")), qPrintable(fromFile.message));
        QVERIFY(!m_push.nodeHasImage(0, m_arm));

        // Forced: sent and loaded (it need not run here).
        PushRequest forced = m_push.request(m_arm, {m_node});
        forced.run.forceArch = true;
        const JobUpdate sent = m_push.pushOne(forced);
        QVERIFY2(sent.state == JobState::Succeeded, qPrintable(sent.message));
        QVERIFY(m_push.nodeHasImage(0, m_arm));
        m_push.removeFromNode(0, m_arm);
    }

    void fleetctlTakesTheRunOptions()
    {
        QList<QJsonObject> lines;
        QCOMPARE(m_push.runFleetctl({QStringLiteral("push"), m_v1, m_node, QStringLiteral("--run"),
                                     QStringLiteral("--cpus"), QStringLiteral("lots")}, &lines), 2);
        QCOMPARE(m_push.runFleetctl({QStringLiteral("push"), m_v1, m_node, QStringLiteral("--cpus"),
                                     QStringLiteral("1")}, &lines), 2); // without --run
        QCOMPARE(m_push.runFleetctl({QStringLiteral("push"), m_v1, m_node, QStringLiteral("--run"),
                                     QStringLiteral("--label"), QStringLiteral("io.fleetcommander.managed=no")},
                                    &lines), 2);
        const int code = m_push.runFleetctl({QStringLiteral("push"), m_v1, m_node, QStringLiteral("--run"),
                                             QStringLiteral("--name"), QStringLiteral("fl-cli"),
                                             QStringLiteral("--cpus"), QStringLiteral("0.25"),
                                             QStringLiteral("--memory"), QStringLiteral("48m"),
                                             QStringLiteral("--health-timeout"), QStringLiteral("20")},
                                            &lines);
        QCOMPARE(code, 0);
        const QJsonObject host = inspectContainer(QStringLiteral("fl-cli")).value(QLatin1String("HostConfig")).toObject();
        QCOMPARE(host.value(QLatin1String("NanoCpus")).toDouble(), 0.25e9);
        QCOMPARE(host.value(QLatin1String("Memory")).toDouble(), 48.0 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "TestDeploy.moc"
