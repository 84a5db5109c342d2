#include "docker/DockerEngine.h"
#include "history/Database.h"
#include "history/Migrations.h"
#include "images/BuildDefinition.h"
#include "images/Builder.h"
#include "images/Catalog.h"
#include "lab/LabEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// Builds against the lab's workstation dockerd, offline: FROM scratch + Debian's static busybox.
class TestBuilder final : public QObject
{
    Q_OBJECT

private:
    test::LabEnvironment m_lab;
    QTemporaryDir m_dir;

    BuildOptions options() const
    {
        BuildOptions o;
        o.dockerHost = m_lab.dockerHost;
        o.contextFiles.insert(QStringLiteral("busybox"), QStringLiteral("/bin/busybox"));
        return o;
    }
    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    // A definition folder under the test's temp dir with `dockerfile` and a valid image.json.
    QString definition(const QString &name, const QByteArray &dockerfile, const QString &version = "1.0.0")
    {
        const QString folder = m_dir.filePath(name);
        write(folder + QStringLiteral("/Dockerfile"), dockerfile);
        write(folder + QStringLiteral("/image.json"),
              QStringLiteral(R"({"name": "fleettest/%1", "display_name": "Test %1", "description": "integration",
                                 "category": "Test", "version": "%2"})")
                  .arg(name, version)
                  .toUtf8());
        return folder;
    }
    // `docker` with the lab's daemon, for checks the engine class does not offer (running a container).
    QString docker(const QStringList &args, int *exitCode = nullptr) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), m_lab.dockerHost);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("docker"), args);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAll());
    }
    int containerCount() const
    {
        DockerEngine engine(m_lab.dockerHost);
        HttpRequest request;
        request.url = QStringLiteral("/containers/json?all=1");
        const HttpResponse result = engine.call(request);
        return result.status == 200 ? int(QJsonDocument::fromJson(result.body).array().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(QFileInfo(QStringLiteral("/bin/busybox")).isExecutable());
    }

    void buildsTheExampleOffline()
    {
        const BuildDefinition definition = BuildDefinition::load(qEnvironmentVariable("FLEET_SOURCE_DIR")
                                                                 + QStringLiteral("/images/hello-busybox"));
        QVERIFY2(definition.isValid(), qPrintable(definition.problemsText()));
        Builder builder;
        QSignalSpy steps(&builder, &Builder::stepStarted);
        QSignalSpy lines(&builder, &Builder::logLine);
        QSignalSpy finished(&builder, &Builder::finished);
        BuildOptions o = options();
        o.buildArgs.insert(QStringLiteral("GREETING"), QStringLiteral("hello from the test"));
        const BuildResult result = builder.build(definition, o);
        QVERIFY2(result.ok(), qPrintable(result.error + QLatin1Char('\n') + result.logTail.join(QLatin1Char('\n'))));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(result.reference, QStringLiteral("fleet/hello-busybox:1.0.0"));
        QVERIFY(result.imageId.startsWith(QStringLiteral("sha256:")));
        QVERIFY2(result.size > 1000000, qPrintable(QString::number(result.size))); // busybox alone is ~2 MB
        QVERIFY(result.layers >= 2);
        QVERIFY(result.contextBytes > 1000000);
        QVERIFY(lines.size() > 5);
        // Every step was announced, in order, with the same total.
        QVERIFY(steps.size() >= 5);
        const int total = steps.first().at(1).toInt();
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).at(0).toInt(), i + 1);
            QCOMPARE(steps.at(i).at(1).toInt(), total);
        }
        QCOMPARE(steps.size(), total);
        QCOMPARE(steps.first().at(2).toString(), QStringLiteral("FROM scratch"));

        // The daemon has it, with our labels, and it runs.
        DockerEngine engine(m_lab.dockerHost);
        const auto image = engine.inspectImage(result.reference);
        QVERIFY2(image, qPrintable(engine.error().message));
        QCOMPARE(image->id, result.imageId);
        QCOMPARE(image->labels.value(QStringLiteral("org.opencontainers.image.version")), QStringLiteral("1.0.0"));
        QCOMPARE(image->labels.value(QStringLiteral("io.fleetcommander.category")), QStringLiteral("Diagnostics"));
        int code = -1;
        const QString out = docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                                    QStringLiteral("none"), result.reference}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("hello from the test")), qPrintable(out)); // the build arg arrived
        QVERIFY2(out.contains(QStringLiteral("busybox on scratch")), qPrintable(out));

        // And the catalog keeps it.
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("history.db"))));
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        Catalog catalog(db);
        QVERIFY2(catalog.record(result), qPrintable(catalog.error()));
        const auto entry = catalog.find(result.reference);
        QVERIFY(entry);
        QCOMPARE(entry->imageId, result.imageId);
        QCOMPARE(entry->size, result.size);
        QCOMPARE(entry->layers, result.layers);
        QCOMPARE(entry->metadata.displayName, QStringLiteral("Hello (busybox)"));
        QVERIFY(entry->log.contains(QStringLiteral("Step 1/")));
    }

    void failingStepIsNamedWithTheLogTail()
    {
        const QString folder = definition(QStringLiteral("fails"), R"(FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN echo "about to fail" && echo "detail on stderr" >&2 && exit 3
CMD ["/bin/sh"]
)");
        Builder builder;
        const BuildDefinition failing = BuildDefinition::load(folder);
        const BuildResult result = builder.build(failing, options());
        QCOMPARE(result.status, BuildResult::Status::Failed);
        QCOMPARE(result.step, 4);
        // The classic builder appends one LABEL step per label we pass.
        const int total = 5 + int(failing.metadata().labels().size());
        QCOMPARE(result.totalSteps, total);
        QVERIFY2(result.instruction.startsWith(QStringLiteral("RUN echo \"about to fail\"")),
                 qPrintable(result.instruction));
        QVERIFY2(result.error.contains(QStringLiteral("at step 4/%1").arg(total)), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("returned a non-zero code: 3")), qPrintable(result.error));
        const QString tail = result.logTail.join(QLatin1Char('\n'));
        QVERIFY2(tail.contains(QStringLiteral("about to fail")), qPrintable(tail));
        QVERIFY2(tail.contains(QStringLiteral("detail on stderr")), qPrintable(tail));
        QVERIFY(!DockerEngine(m_lab.dockerHost).inspectImage(QStringLiteral("fleettest/fails:1.0.0")));
    }

    void missingContextFileFailsAtItsStep()
    {
        const QString folder = definition(QStringLiteral("nofile"), "FROM scratch\nCOPY absent.bin /x\n");
        Builder builder;
        const BuildResult result = builder.build(BuildDefinition::load(folder), options());
        QCOMPARE(result.status, BuildResult::Status::Failed);
        QCOMPARE(result.step, 2);
        QVERIFY2(result.error.contains(QStringLiteral("absent.bin")), qPrintable(result.error));
    }

    void cancelStopsARunningStep()
    {
        const int before = containerCount();
        const QString folder = definition(QStringLiteral("slow"), R"(FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN echo sleeping && sleep 60
)");
        Builder builder;
        connect(&builder, &Builder::logLine, &builder, [&builder](const QString &line) {
            if (line == QLatin1String("sleeping"))
                builder.cancel(); // from inside the build, as a Cancel button's queued call would land
        });
        QElapsedTimer timer;
        timer.start();
        const BuildResult result = builder.build(BuildDefinition::load(folder), options());
        QCOMPARE(result.status, BuildResult::Status::Cancelled);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.step, 4);
        QVERIFY2(result.error.contains(QStringLiteral("cancelled during step 4/")), qPrintable(result.error));
        QVERIFY(!DockerEngine(m_lab.dockerHost).inspectImage(QStringLiteral("fleettest/slow:1.0.0")));
        // The daemon notices the dropped connection and removes the step's container.
        QTRY_COMPARE_WITH_TIMEOUT(containerCount(), before, 20000);
        // A cancelled builder refuses further work until reset.
        QCOMPARE(builder.build(BuildDefinition::load(folder), options()).status, BuildResult::Status::Cancelled);
    }

    void policyRefusalsSendNothing()
    {
        BuildOptions o = options();
        o.dockerHost = QStringLiteral("unix:///nonexistent/docker.sock"); // proves the daemon is never asked
        Builder builder;
        const QString latest = definition(QStringLiteral("latestbase"), "FROM ubuntu:latest\n");
        BuildResult r = builder.build(BuildDefinition::load(latest), o);
        QCOMPARE(r.status, BuildResult::Status::Refused);
        QVERIFY2(r.error.contains(QStringLiteral("Dockerfile line 1: base image ubuntu:latest is refused")),
                 qPrintable(r.error));
        const QString untrusted = definition(QStringLiteral("untrusted"), "FROM quay.io/x/y:1.0.0\n");
        r = builder.build(BuildDefinition::load(untrusted), o);
        QCOMPARE(r.status, BuildResult::Status::Refused);
        QVERIFY2(r.error.contains(QStringLiteral("quay.io is not in the trusted list")), qPrintable(r.error));
        o.tag = QStringLiteral("latest");
        const QString scratch = definition(QStringLiteral("scratchonly"), "FROM scratch\nCOPY busybox /b\n");
        r = builder.build(BuildDefinition::load(scratch), o);
        QCOMPARE(r.status, BuildResult::Status::Refused);
        QVERIFY2(r.error.contains(QStringLiteral("'latest' moves")), qPrintable(r.error));

        // An invalid definition lists its policy problems with the others: one run shows everything to fix.
        const QString both = definition(QStringLiteral("both"), "FROM busybox\n", QStringLiteral("1.0"));
        r = builder.build(BuildDefinition::load(both), o);
        QCOMPARE(r.status, BuildResult::Status::Invalid);
        QVERIFY2(r.error.contains(QStringLiteral("version: expected a semantic version")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("base image busybox is refused")), qPrintable(r.error));

        const QString escaping = definition(QStringLiteral("escaping"), "FROM scratch\n");
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), escaping + QStringLiteral("/passwd")));
        o.tag.clear();
        r = builder.build(BuildDefinition::load(escaping), o);
        QCOMPARE(r.status, BuildResult::Status::Refused);
        QVERIFY2(r.error.contains(QStringLiteral("passwd → /etc/passwd")), qPrintable(r.error));
    }

    void unreachableDaemonIsExplained()
    {
        BuildOptions o = options();
        o.dockerHost = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no.sock"));
        Builder builder;
        const BuildResult r = builder.build(BuildDefinition::load(definition(QStringLiteral("down"), "FROM scratch\n")), o);
        QCOMPARE(r.status, BuildResult::Status::Failed);
        QVERIFY(r.daemonUnreachable);
        QVERIFY2(r.error.contains(QStringLiteral("cannot reach the Docker Engine")), qPrintable(r.error));
    }

    void buildsAFolderInTurnWithASummary()
    {
        const QString root = m_dir.filePath(QStringLiteral("batch"));
        write(root + QStringLiteral("/a-good/Dockerfile"), "FROM scratch\nCOPY busybox /bin/busybox\n");
        write(root + QStringLiteral("/a-good/image.json"), R"({"name": "fleettest/batch-good", "display_name": "Good",
            "description": "d", "category": "Test", "version": "2.0.0"})");
        write(root + QStringLiteral("/b-bad/Dockerfile"), "FROM scratch\n");
        write(root + QStringLiteral("/b-bad/image.json"), R"({"name": "fleettest/batch-bad", "version": "2"})");
        write(root + QStringLiteral("/c-good/Dockerfile"), "FROM scratch\nCOPY busybox /bin/sh\n");
        write(root + QStringLiteral("/c-good/image.json"), R"({"name": "fleettest/batch-c", "display_name": "C",
            "description": "d", "category": "Test", "version": "0.0.1"})");
        Builder builder;
        QSignalSpy started(&builder, &Builder::definitionStarted);
        const QList<BuildResult> results = builder.buildAll(root, options());
        QCOMPARE(results.size(), 3);
        QCOMPARE(started.size(), 3);
        QCOMPARE(started.at(2).at(1).toInt(), 3);
        QCOMPARE(results.at(0).status, BuildResult::Status::Built);
        QCOMPARE(results.at(1).status, BuildResult::Status::Invalid); // does not stop the batch
        QCOMPARE(results.at(2).status, BuildResult::Status::Built);
        QVERIFY2(results.at(1).error.contains(QStringLiteral("display_name")), qPrintable(results.at(1).error));
        const QString summary = BuildResult::summary(results);
        QVERIFY2(summary.startsWith(QStringLiteral("2 built, 1 invalid")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("fleettest/batch-c:0.0.1")), qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestBuilder)
#include "TestBuilder.moc"
