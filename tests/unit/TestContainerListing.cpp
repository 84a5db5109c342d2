#include "actions/ContainerLogs.h"
#include "actions/NodeContainers.h"
#include "actions/RecordJson.h"

#include <QFile>
#include <QTimeZone>
#include <QTest>

using namespace fleet;

// The readers of a node's container answers (NodeContainers::parseListing over the fuzz corpus, which holds a real
// lab node's answer and hand-made hostile ones), the name check that runs before SSH, docker's times, and the
// log line splitter (bounded, CRLF, pieces).
class TestContainerListing final : public QObject
{
    Q_OBJECT

    static QByteArray corpus(const QString &name)
    {
        QFile file(qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/tests/fuzz/corpus/NodeContainers/")
                   + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void psAndInspectLinesMakeOneRow()
    {
        const QList<ContainerInfo> list = NodeContainers::parseListing(corpus(QStringLiteral("ps-with-ports-health")));
        QCOMPARE(list.size(), 2); // the garbage line and the short ID are skipped
        const ContainerInfo &web = list.at(0);
        QCOMPARE(web.id, QString(64, QLatin1Char('1')));
        QCOMPARE(web.name, QStringLiteral("web"));
        QCOMPARE(web.image, QStringLiteral("web:1.2.0"));
        QCOMPARE(web.state, QStringLiteral("running"));
        QCOMPARE(web.health, QStringLiteral("starting")); // from the status words: no inspect line for it
        QCOMPARE(web.ports, QStringLiteral("127.0.0.1:8080->80/tcp, :::8080->80/tcp"));
        QVERIFY(web.managed); // io.fleetcommander.request
        QCOMPARE(web.createdAt, QDateTime(QDate(2026, 11, 30), QTime(8, 12, 1), QTimeZone::utc()));
        QCOMPARE(web.uptimeSeconds(), qint64(-1)); // no start time known

        const ContainerInfo &db = list.at(1);
        QCOMPARE(db.name, QStringLiteral("db"));
        QCOMPARE(db.state, QStringLiteral("exited"));
        QCOMPARE(db.health, QStringLiteral("unhealthy")); // the daemon's word
        QCOMPARE(db.exitCode, 137);
        QCOMPARE(db.ports, QStringLiteral("0.0.0.0:5432->5432/tcp")); // the bindings asked for
        QVERIFY(db.managed);                                         // io.fleetcommander.managed, from inspect
        QCOMPARE(db.startedAt, QDateTime(QDate(2026, 11, 27), QTime(8, 0, 0, 500), QTimeZone::utc()));
        QCOMPARE(db.finishedAt, QDateTime(QDate(2026, 11, 28), QTime(6, 0, 0), QTimeZone::utc()));
        QVERIFY(!db.createdAt.isValid());
    }

    void aRealNodesAnswer()
    {
        const QList<ContainerInfo> list = NodeContainers::parseListing(corpus(QStringLiteral("lab-node-listing")));
        QVERIFY(!list.isEmpty());
        for (const ContainerInfo &c : list) {
            QVERIFY(!c.name.isEmpty());
            QVERIFY(c.startedAt.isValid());
            QVERIFY(c.createdAt.isValid());
        }
    }

    void hostileTextStaysText()
    {
        const QList<ContainerInfo> list = NodeContainers::parseListing(corpus(QStringLiteral("hostile-text")));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().health, QStringLiteral("unhealthy"));
        QVERIFY(list.first().ports.isEmpty());
        QVERIFY(!list.first().managed);
    }

    void healthWords()
    {
        QCOMPARE(NodeContainers::healthFromStatus(QStringLiteral("Up 3 minutes (healthy)")), QStringLiteral("healthy"));
        QCOMPARE(NodeContainers::healthFromStatus(QStringLiteral("Up 3 minutes (unhealthy)")),
                 QStringLiteral("unhealthy"));
        QCOMPARE(NodeContainers::healthFromStatus(QStringLiteral("Up 1 second (health: starting)")),
                 QStringLiteral("starting"));
        QCOMPARE(NodeContainers::healthFromStatus(QStringLiteral("Exited (0) 2 hours ago")), QString());
    }

    void namesAreCheckedBeforeSsh_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << QStringLiteral("web-1.blue_2") << true;
        QTest::newRow("id") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("short id") << QStringLiteral("1af3d8c6") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("option") << QStringLiteral("-f") << false;
        QTest::newRow("leading dot") << QStringLiteral(".x") << false;
        QTest::newRow("shell") << QStringLiteral("a;rm -rf /") << false;
        QTest::newRow("substitution") << QStringLiteral("$(id)") << false;
        QTest::newRow("slash") << QStringLiteral("/web") << false;
        QTest::newRow("newline") << QStringLiteral("web\nx") << false;
        QTest::newRow("too long") << QString(256, QLatin1Char('a')) << false;
    }

    void namesAreCheckedBeforeSsh()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(NodeContainers::isValidContainerName(name), valid);
        QCOMPARE(NodeContainers::checkContainerName(name).kind, valid ? FailureKind::None : FailureKind::Usage);
        if (valid)
            return;
        // The actions refuse it without a connection: the node here does not exist, the answer is still usage.
        ContainerActionParams action;
        action.node = QStringLiteral("127.0.0.1:1");
        action.container = name;
        QCOMPARE(NodeContainers::act(action).failure.kind, FailureKind::Usage);
        ContainerLogParams logs;
        logs.node = action.node;
        logs.container = name;
        QCOMPARE(ContainerLogs::read(logs).failure.kind, FailureKind::Usage);
    }

    void dockerTimes()
    {
        QCOMPARE(NodeContainers::parseDockerTime(QStringLiteral("2026-12-01T13:53:56.293817291Z")),
                 QDateTime(QDate(2026, 12, 1), QTime(13, 53, 56, 293), QTimeZone::utc()));
        QVERIFY(!NodeContainers::parseDockerTime(QStringLiteral("0001-01-01T00:00:00Z")).isValid());
        QVERIFY(!NodeContainers::parseDockerTime(QStringLiteral("yesterday")).isValid());
    }

    void logLinesAreSplitAndBounded()
    {
        QByteArray pending;
        QList<ContainerLogLine> lines;
        ContainerLogs::splitLines(&pending, "one\r\ntw", false, &lines);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().text, QStringLiteral("one"));
        ContainerLogs::splitLines(&pending, "o\n\nthree", true, &lines);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).text, QStringLiteral("two"));
        QVERIFY(lines.at(1).stderrStream);
        QCOMPARE(lines.at(2).text, QString());
        QCOMPARE(pending, QByteArray("three"));

        // A line without end is handed on in pieces: nothing here grows past the bound.
        lines.clear();
        pending.clear();
        const QByteArray huge(ContainerLogs::kMaxLineBytes * 2 + 10, 'x');
        ContainerLogs::splitLines(&pending, huge, false, &lines);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(pending.size(), 10);
        ContainerLogs::splitLines(&pending, "\n", false, &lines);
        QCOMPARE(lines.size(), 3);
        QVERIFY(pending.isEmpty());
    }

    void commandsQuoteTheName()
    {
        const QString command = ContainerLogs::command(QStringLiteral("web"), 200, true, false);
        QVERIFY(command.startsWith(QLatin1String("c=web;")));
        QVERIFY(command.contains(QLatin1String("docker logs --tail 200 --follow -- \"$c\" &")));
        QVERIFY(ContainerLogs::command(QStringLiteral("a b"), -1, false, true).startsWith(QLatin1String("c='a b';")));
        QVERIFY(ContainerLogs::command(QStringLiteral("x"), -1, false, true).contains(QLatin1String("--tail all --timestamps")));
        QVERIFY(NodeContainers::listCommand(false).startsWith(QLatin1String("docker ps --no-trunc")));
        QVERIFY(NodeContainers::listCommand(true).startsWith(QLatin1String("docker ps -a --no-trunc")));
    }

    void recordKeys()
    {
        ContainerInfo c;
        c.id = QString(64, QLatin1Char('1'));
        c.name = QStringLiteral("web");
        c.state = QStringLiteral("running");
        c.startedAt = QDateTime::currentDateTimeUtc().addSecs(-90);
        const QJsonObject o = RecordJson::container(c, QStringLiteral("127.0.0.1"));
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("container"));
        QVERIFY(o.value(QStringLiteral("uptime_s")).toInteger() >= 90);
        QVERIFY(o.value(QStringLiteral("exit_code")).isNull());
        QCOMPARE(RecordJson::container(ContainerInfo{}, {}).keys(), o.keys());
    }
};

QTEST_GUILESS_MAIN(TestContainerListing)
#include "TestContainerListing.moc"
