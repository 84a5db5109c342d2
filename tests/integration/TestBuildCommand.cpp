#include "lab/LabEnvironment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `fleetctl build` and `fleetctl images` as a script uses them: JSON lines and exit codes, against the lab's
// workstation dockerd.
class TestBuildCommand final : public QObject
{
    Q_OBJECT

private:
    fleet::test::LabEnvironment m_lab;
    QTemporaryDir m_dir;
    QString m_stderr;

    QString db() const { return m_dir.filePath(QStringLiteral("history.db")); }

    QList<QJsonObject> fleetctl(const QStringList &args, int *exitCode, const QString &dockerHost = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                      QStringList{QStringLiteral("--db"), db(), QStringLiteral("--docker-host"),
                                  dockerHost.isEmpty() ? m_lab.dockerHost : dockerHost, QStringLiteral("--json")}
                          + args);
        process.waitForFinished(120000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        m_stderr = QString::fromUtf8(process.readAllStandardError());
        QList<QJsonObject> lines;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        return lines;
    }
    static QList<QJsonObject> ofType(const QList<QJsonObject> &lines, const QString &type)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("type")).toString() == type)
                out << o;
        return out;
    }
    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = fleet::test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
    }

    void buildsAllExamplesAndListsThem()
    {
        int code = -1;
        const QList<QJsonObject> lines = fleetctl({QStringLiteral("build"), QStringLiteral("--all"),
                                                   qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/images"),
                                                   QStringLiteral("--context-file"),
                                                   QStringLiteral("busybox=/bin/busybox")},
                                                  &code);
        QVERIFY2(code == 0, qPrintable(m_stderr));
        const QList<QJsonObject> results = ofType(lines, QStringLiteral("result"));
        QCOMPARE(results.size(), 2);
        for (const QJsonObject &r : results)
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("built"));
        QVERIFY(ofType(lines, QStringLiteral("step")).size() >= 10);
        QCOMPARE(ofType(lines, QStringLiteral("start")).size(), 2);
        const QJsonObject summary = ofType(lines, QStringLiteral("summary")).value(0);
        QCOMPARE(summary.value(QStringLiteral("built")).toInt(), 2);
        QCOMPARE(lines.last().value(QStringLiteral("type")).toString(), QStringLiteral("summary"));

        // `images` joins the engine's list with the catalog just written.
        const QList<QJsonObject> images = fleetctl({QStringLiteral("images"), QStringLiteral("--search"),
                                                    QStringLiteral("fleet/")},
                                                   &code);
        QCOMPARE(code, 0);
        QJsonObject gpu;
        for (const QJsonObject &o : ofType(images, QStringLiteral("image")))
            if (o.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("fleet/gpu-smoke:0.1.0")))
                gpu = o;
        QVERIFY2(!gpu.isEmpty(), qPrintable(QJsonDocument(QJsonArray{images.first()}).toJson()));
        QCOMPARE(gpu.value(QStringLiteral("display_name")).toString(), QStringLiteral("GPU smoke test"));
        QCOMPARE(gpu.value(QStringLiteral("category")).toString(), QStringLiteral("Diagnostics"));
        QVERIFY(gpu.value(QStringLiteral("gpu_required")).toBool());
        QVERIFY(gpu.value(QStringLiteral("in_catalog")).toBool());
        QVERIFY(gpu.value(QStringLiteral("definition")).toString().endsWith(QStringLiteral("/images/gpu-smoke")));
        const QList<QJsonObject> gpuOnly = fleetctl({QStringLiteral("images"), QStringLiteral("--search"),
                                                     QStringLiteral("GPU smoke")}, &code);
        QCOMPARE(ofType(gpuOnly, QStringLiteral("image")).size(), 1);
    }

    void failuresHaveTheirExitCodes()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        write(folder + QStringLiteral("/Dockerfile"), "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\", "
                                                      "\"false\"]\n");
        write(folder + QStringLiteral("/image.json"), R"({"name": "fleettest/cli-broken", "display_name": "B",
            "description": "d", "category": "Test", "version": "1.0.0"})");
        int code = -1;
        QList<QJsonObject> lines = fleetctl({QStringLiteral("build"), folder, QStringLiteral("--context-file"),
                                             QStringLiteral("busybox=/bin/busybox")}, &code);
        QCOMPARE(code, 1);
        const QJsonObject result = ofType(lines, QStringLiteral("result")).value(0);
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(result.value(QStringLiteral("step")).toInt(), 3);
        QVERIFY(!result.value(QStringLiteral("log_tail")).toArray().isEmpty());

        fleetctl({QStringLiteral("build"), folder}, &code, QStringLiteral("unix:///nonexistent/docker.sock"));
        QCOMPARE(code, 4);
        fleetctl({QStringLiteral("build"), folder, QStringLiteral("--build-arg"), QStringLiteral("novalue")}, &code);
        QCOMPARE(code, 2);
        lines = fleetctl({QStringLiteral("build"), folder, QStringLiteral("--tag"), QStringLiteral("latest")}, &code);
        QCOMPARE(code, 1);
        QCOMPARE(ofType(lines, QStringLiteral("result")).value(0).value(QStringLiteral("status")).toString(),
                 QStringLiteral("refused"));
        fleetctl({QStringLiteral("images")}, &code, QStringLiteral("unix:///nonexistent/docker.sock"));
        QCOMPARE(code, 4);
    }
};

QTEST_GUILESS_MAIN(TestBuildCommand)
#include "TestBuildCommand.moc"
