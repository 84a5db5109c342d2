#include "transfer/JobRunner.h"
#include "transfer/RemoteDocker.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace fleet;

// The node-side command lines and the messages made from a node's error output: pure logic, checked against a
// real /bin/sh where quoting matters.
class TestRemoteDocker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runCommandQuotesEveryWord()
    {
        RunOptions options;
        options.enabled = true;
        options.name = QStringLiteral("web");
        options.ports = {QStringLiteral("8080:80")};
        options.env = {QStringLiteral("MSG=$(touch /tmp/x); `id` it's")};
        options.restart = QStringLiteral("unless-stopped");
        options.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo a b")};
        const QString command = RemoteDocker::runCommand(QStringLiteral("registry.local:5000/app:1.2.0"), options);
        QVERIFY(command.startsWith(QLatin1String("docker run -d --name web -p 8080:80 -e ")));
        // Replace `docker` by printf to see the words a shell really passes on.
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '[%s]'") + command.mid(6)});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()),
                 QStringLiteral("[run][-d][--name][web][-p][8080:80][-e][MSG=$(touch /tmp/x); `id` it's]"
                                "[--restart][unless-stopped][registry.local:5000/app:1.2.0][sh][-c][echo a b]"));
    }

    void explainNamesCauseAndFix_data()
    {
        QTest::addColumn<QByteArray>("stderrText");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("daemon down") << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock.")
                                     << 1 << QStringLiteral("not running");
        QTest::newRow("disk full") << QByteArray("write /var/lib/docker/tmp/x: no space left on device") << 1
                                   << QStringLiteral("disk is full");
        QTest::newRow("no docker") << QByteArray("sh: 1: docker: not found") << 127 << QStringLiteral("not installed");
        QTest::newRow("permission") << QByteArray("permission denied while trying to connect to the docker API") << 1
                                    << QStringLiteral("docker group");
        QTest::newRow("other") << QByteArray("something odd\nlast words") << 3 << QStringLiteral("(exit 3): last words");
        // docker load's own words (issue 11, item 7): the daemon lost mid-load, an archive whose layer is damaged.
        QTest::newRow("daemon went away") << QByteArray("error during connect: Post \"http://%2Fn3%2Fdocker.sock/v1.41/"
                                                        "images/load?quiet=1\": write unix @->/n3/docker.sock: use of "
                                                        "closed network connection")
                                          << 1 << QStringLiteral("went away while it worked");
        QTest::newRow("damaged layer") << QByteArray("invalid diffID for layer 0: expected \"sha256:9b38\", got "
                                                     "\"sha256:0e46\"") << 1 << QStringLiteral("archive is damaged");
        QTest::newRow("load disk full") << QByteArray("Error processing tar file(exit status 1): write /x/layer.tar: "
                                                      "no space left on device") << 1
                                        << QStringLiteral("Docker data root");
    }
    void explainNamesCauseAndFix()
    {
        QFETCH(QByteArray, stderrText);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const QString message = RemoteDocker::explain(QStringLiteral("node1"), QStringLiteral("docker load"), stderrText,
                                                      status);
        QVERIFY2(message.startsWith(QLatin1String("node1: docker load failed")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void validateRefusesBadRequests_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("restart");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << "app:1.0.0" << "node1" << "web" << "8080:80" << "A=b c" << "always" << true;
        QTest::newRow("user@host:port") << "app:1.0.0" << "root@127.0.0.5:2222" << "" << "" << "" << "" << true;
        QTest::newRow("latest") << "app:latest" << "node1" << "" << "" << "" << "" << false;
        QTest::newRow("untagged") << "app" << "node1" << "" << "" << "" << "" << false;
        QTest::newRow("shell in image") << "app:1.0;rm -rf /" << "node1" << "" << "" << "" << "" << false;
        QTest::newRow("option as image") << "-v:1.0.0" << "node1" << "" << "" << "" << "" << false;
        QTest::newRow("shell in node") << "app:1.0.0" << "node1;id" << "" << "" << "" << "" << false;
        QTest::newRow("option as node") << "app:1.0.0" << "-oProxyCommand=id" << "" << "" << "" << "" << false;
        QTest::newRow("bad name") << "app:1.0.0" << "node1" << "x$(id)" << "" << "" << "" << false;
        QTest::newRow("bad port") << "app:1.0.0" << "node1" << "" << "80;id" << "" << "" << false;
        QTest::newRow("bad env") << "app:1.0.0" << "node1" << "" << "" << "1X=y" << "" << false;
        QTest::newRow("bad restart") << "app:1.0.0" << "node1" << "" << "" << "" << "sometimes" << false;
    }
    void validateRefusesBadRequests()
    {
        QFETCH(QString, image);
        QFETCH(QString, node);
        QFETCH(QString, name);
        QFETCH(QString, port);
        QFETCH(QString, env);
        QFETCH(QString, restart);
        QFETCH(bool, valid);
        PushRequest r;
        r.image = image;
        r.nodes = {node};
        r.run.enabled = true;
        r.run.name = name;
        if (!port.isEmpty())
            r.run.ports = {port};
        if (!env.isEmpty())
            r.run.env = {env};
        r.run.restart = restart;
        const QString problem = JobRunner::validate(r);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    }

    void validateTakesTheSourceKindAtItsWord()
    {
        // Issue 10: nothing guesses archive-or-image from a name. "app:v1.tar" is a tag; an archive is said so, and
        // must be a file that exists ("no such file", not a tag-policy error).
        PushRequest image;
        image.image = QStringLiteral("app:v1.tar");
        image.nodes = {QStringLiteral("node1")};
        QCOMPARE(JobRunner::validate(image), QString());

        PushRequest archive;
        archive.source = PushSourceKind::ArchiveFile;
        archive.archivePath = QStringLiteral("/nonexistent/app.tar");
        archive.nodes = {QStringLiteral("node1")};
        QVERIFY(JobRunner::validate(archive).contains(QLatin1String("no such file")));
        archive.archivePath = QCoreApplication::applicationFilePath(); // exists; its manifest is read by the job
        QCOMPARE(JobRunner::validate(archive), QString());
        archive.image = QStringLiteral("app:1.0.0");
        QVERIFY(!JobRunner::validate(archive).isEmpty()); // one source, not two

        image.archivePath = QCoreApplication::applicationFilePath();
        QVERIFY(!JobRunner::validate(image).isEmpty()); // an image request with a file is refused, not half-read
        image.archivePath.clear();
        image.requestId = QStringLiteral("x;id");
        QVERIFY(!JobRunner::validate(image).isEmpty());
    }

    void runCommandLabelsItsContainer()
    {
        // Issue 11, item 11: the run stage's container carries the request id, so a retry finds it.
        const QString command = RemoteDocker::runCommand(QStringLiteral("app:1.0.0"), RunOptions{},
                                                         {QStringLiteral("--pull=never"), QStringLiteral("--label"),
                                                          RemoteDocker::requestLabel(QStringLiteral("r-1"))});
        QCOMPARE(command, QStringLiteral("docker run -d --pull=never --label io.fleetcommander.request=r-1 app:1.0.0"));
    }

    void failureKindsOfDockerErrors()
    {
        QCOMPARE(RemoteDocker::failureKind(QByteArray("Cannot connect to the Docker daemon at unix:///x.sock")),
                 FailureKind::Unreachable);
        QCOMPARE(RemoteDocker::failureKind(QByteArray("error during connect: Post …: write unix …/docker.sock: use of "
                                                      "closed network connection")), FailureKind::Unreachable);
        QCOMPARE(RemoteDocker::failureKind(QByteArray("invalid diffID for layer 0")), FailureKind::Failed);
        RemoteResult lost;
        lost.error = SshError::make(SshError::HostKeyChanged, QStringLiteral("changed"));
        QCOMPARE(RemoteDocker::failureKind(lost), FailureKind::HostKey);
    }
};

QTEST_GUILESS_MAIN(TestRemoteDocker)
#include "TestRemoteDocker.moc"
