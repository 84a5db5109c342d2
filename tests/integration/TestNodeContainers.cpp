#include "PushLab.h"

#include "actions/ContainerLogs.h"
#include "actions/NodeContainers.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <mutex>
#include <thread>

using namespace fleet;
using fleet::test::PushLab;

// NodeContainers, ContainerLogs and their fleetctl faces against a lab node (issue 13). A lab image is pushed to
// node 2 and started three ways: a long runner with a port binding and the managed label; one that prints 30
// numbered lines, one on stderr (apart in time: docker orders its two streams by arrival) and one more when told
// to (a file appears in it); one only created. The list shows them with state, ports and label; stop, start,
// restart and rm change what the node reports; logs give the last N lines; a follow sees the line written after
// it started and a cancel ends it within a second, leaving no `docker logs` on the node; bad names are refused
// before SSH; an address where nothing listens says so.
class TestNodeContainers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PushLab m_lab;
    static constexpr int kNode = 1;
    const QString m_image = QStringLiteral("fleet-cont-test:1.0.0");
    const QString m_web = QStringLiteral("fleet-cont-web");
    const QString m_echo = QStringLiteral("fleet-cont-echo");
    const QString m_created = QStringLiteral("fleet-cont-created");

    QString node() const { return m_lab.lab.nodes.value(kNode); }
    QString goneNode() const { return node().section(QLatin1Char('.'), 0, 2) + QStringLiteral(".250"); }

    ActionContext context() const
    {
        ActionContext c;
        c.ssh = m_lab.lab.sshOptions();
        c.ssh.connectTimeoutMs = 3000;
        c.sshUser = m_lab.lab.user;
        return c;
    }

    bool run(const QString &command) const
    {
        const RemoteResult result = m_lab.onNode(kNode, command);
        if (!result.ok())
            qWarning("on the node: %s → %d %s", qPrintable(command), result.exitStatus, result.err.constData());
        return result.ok();
    }

    std::optional<ContainerInfo> find(const QString &name, bool all = true) const
    {
        ContainerListParams p{context(), node(), all};
        const ContainerListing listing = NodeContainers::list(p);
        if (!listing.ok())
            qWarning("%s", qPrintable(listing.failure.message));
        for (const ContainerInfo &c : listing.containers)
            if (c.name == name)
                return c;
        return std::nullopt;
    }

    ContainerActionResult act(const QString &name, ContainerVerb verb, bool force = false) const
    {
        ContainerActionParams p;
        p.context = context();
        p.node = node();
        p.container = name;
        p.verb = verb;
        p.force = force;
        return NodeContainers::act(p);
    }

    // `docker logs` processes for our containers (the lab shares this machine's process table).
    int dockerLogsLeft() const
    {
        const RemoteResult ps = m_lab.onNode(kNode, QStringLiteral("ps -eo args"));
        int count = 0;
        for (const QByteArray &line : ps.out.split('\n'))
            if (line.startsWith("docker logs") && line.contains(m_echo.toUtf8()))
                ++count;
        return count;
    }

    void cleanNode() const
    {
        m_lab.onNode(kNode, QStringLiteral("docker rm -f %1 %2 %3 >/dev/null 2>&1; true").arg(m_web, m_echo, m_created));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_lab.init(m_dir.path()));
        FLEET_REQUIRE_LAB(m_lab.lab);
        cleanNode();
        QString output;
        QVERIFY2(m_lab.lab.lab({QStringLiteral("image"), m_image}, &output) == 0, qPrintable(output));
        const JobUpdate pushed = m_lab.pushOne(m_lab.request(m_image, {node()}));
        QVERIFY2(pushed.state == JobState::Succeeded, qPrintable(pushed.message));
        // --stop-timeout 1: the image's shell ignores SIGTERM, and docker stop would wait 10 s for it.
        QVERIFY(run(QStringLiteral("docker run -d --pull=never --stop-timeout 1 --name %1 -p %2:18080:80 "
                                   "--label io.fleetcommander.managed=1 %3 >/dev/null")
                        .arg(m_web, node(), m_image)));
        QVERIFY(run(QStringLiteral("docker run -d --pull=never --stop-timeout 1 --name %1 %2 sh -c 'i=1; while [ $i "
                                   "-le 30 ]; do echo line $i; i=$((i+1)); done; sleep 0.3; echo to-stderr >&2; sleep 0.3; while [ ! -e "
                                   "/go ]; do sleep 0.1; done; echo after-follow-started; sleep 3600' >/dev/null")
                        .arg(m_echo, m_image)));
        QVERIFY(run(QStringLiteral("docker create --pull=never --name %1 %2 >/dev/null").arg(m_created, m_image)));
    }

    void cleanupTestCase() { cleanNode(); }

    void listShowsStatePortsAndLabel()
    {
        const std::optional<ContainerInfo> web = find(m_web);
        QVERIFY(web);
        QCOMPARE(web->state, QStringLiteral("running"));
        QCOMPARE(web->image, m_image);
        QVERIFY2(web->ports.contains(node() + QStringLiteral(":18080->80/tcp")), qPrintable(web->ports));
        QVERIFY(web->managed);
        QVERIFY(web->startedAt.isValid());
        QVERIFY(web->uptimeSeconds() >= 0);
        QVERIFY(web->status.startsWith(QLatin1String("Up")));
        QCOMPARE(web->id.size(), 64);

        const std::optional<ContainerInfo> created = find(m_created);
        QVERIFY(created);
        QCOMPARE(created->state, QStringLiteral("created"));
        QVERIFY(!created->managed);
        QCOMPARE(created->uptimeSeconds(), qint64(-1));
        QVERIFY(!find(m_created, false)); // without --all only running ones
        QVERIFY(find(m_web, false));
    }

    void stopStartRestartRemove()
    {
        ContainerActionResult r = act(m_web, ContainerVerb::Stop);
        QVERIFY2(r.ok(), qPrintable(r.failure.message));
        QCOMPARE(r.state, QStringLiteral("exited"));
        QCOMPARE(find(m_web)->state, QStringLiteral("exited"));

        r = act(m_web, ContainerVerb::Start);
        QVERIFY2(r.ok(), qPrintable(r.failure.message));
        QCOMPARE(r.state, QStringLiteral("running"));
        const QDateTime started = find(m_web)->startedAt;
        QVERIFY(started.isValid());

        QTest::qWait(1100);
        r = act(m_web, ContainerVerb::Restart);
        QVERIFY2(r.ok(), qPrintable(r.failure.message));
        QCOMPARE(r.state, QStringLiteral("running"));
        QVERIFY(find(m_web)->startedAt > started);

        r = act(m_web, ContainerVerb::Remove); // running, not forced: refused with the fix
        QCOMPARE(r.failure.kind, FailureKind::Failed);
        QVERIFY2(r.failure.message.contains(QLatin1String("--force")), qPrintable(r.failure.message));
        QVERIFY(find(m_web));
        r = act(m_web, ContainerVerb::Remove, true);
        QVERIFY2(r.ok(), qPrintable(r.failure.message));
        QCOMPARE(r.state, QStringLiteral("removed"));
        QVERIFY(!find(m_web));

        r = act(m_web, ContainerVerb::Start); // gone now
        QCOMPARE(r.failure.kind, FailureKind::Failed);
        QVERIFY2(r.failure.message.contains(QLatin1String("no container")), qPrintable(r.failure.message));
    }

    void logsTailGivesTheLastLines()
    {
        QVERIFY(PushLab::waitFor([&] {
            return m_lab.onNode(kNode, QStringLiteral("docker logs %1 2>&1").arg(m_echo)).out.contains("to-stderr");
        }, 10000));
        ContainerLogParams p;
        p.context = context();
        p.node = node();
        p.container = m_echo;
        p.tail = 6;
        QList<ContainerLogLine> lines;
        p.lines = [&](const QList<ContainerLogLine> &batch) { lines << batch; };
        const ContainerLogResult result = ContainerLogs::read(p);
        QVERIFY2(result.ok(), qPrintable(result.failure.message));
        QCOMPARE(result.lines, qint64(6));
        QCOMPARE(lines.size(), 6);
        QStringList out;
        for (const ContainerLogLine &line : lines)
            if (!line.stderrStream)
                out << line.text;
        QCOMPARE(out, (QStringList{QStringLiteral("line 26"), QStringLiteral("line 27"), QStringLiteral("line 28"),
                                   QStringLiteral("line 29"), QStringLiteral("line 30")}));
        QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                               [](const ContainerLogLine &l) { return l.stderrStream && l.text == QLatin1String("to-stderr"); }),
                 1);

        p.container = QStringLiteral("fleet-cont-nosuch");
        const ContainerLogResult missing = ContainerLogs::read(p);
        QCOMPARE(missing.failure.kind, FailureKind::Failed);
        QVERIFY2(missing.failure.message.contains(QLatin1String("no container")), qPrintable(missing.failure.message));
    }

    void followSeesNewLinesAndCancelEndsItQuickly()
    {
        std::atomic_bool cancel{false};
        std::mutex mutex;
        QStringList seen;
        ContainerLogParams p;
        p.context = context();
        p.node = node();
        p.container = m_echo;
        p.tail = 1;
        p.follow = true;
        p.cancel = &cancel;
        p.lines = [&](const QList<ContainerLogLine> &batch) {
            const std::lock_guard<std::mutex> lock(mutex);
            for (const ContainerLogLine &line : batch)
                seen << line.text;
        };
        const auto has = [&](const QString &text) {
            const std::lock_guard<std::mutex> lock(mutex);
            return seen.contains(text);
        };
        ContainerLogResult result;
        std::thread reader([&] { result = ContainerLogs::read(p); });
        const bool tailSeen = PushLab::waitFor([&] { return has(QStringLiteral("to-stderr")); }, 15000);
        QVERIFY(PushLab::waitFor([&] { return dockerLogsLeft() == 1; }, 5000));
        const bool wrote = run(QStringLiteral("docker exec %1 touch /go").arg(m_echo));
        const bool followed = PushLab::waitFor([&] { return has(QStringLiteral("after-follow-started")); }, 10000);
        QElapsedTimer clock;
        clock.start();
        cancel = true;
        reader.join();
        const qint64 ms = clock.elapsed();
        QVERIFY(tailSeen);
        QVERIFY(wrote);
        QVERIFY(followed);
        QCOMPARE(result.failure.kind, FailureKind::Cancelled);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
        // The channel's close ends the node's docker logs (the node-side watcher), not its next write.
        QVERIFY2(PushLab::waitFor([&] { return dockerLogsLeft() == 0; }, 3000), "docker logs is still running");
    }

    void fleetctlFacesTheSameActions()
    {
        QList<QJsonObject> lines;
        QCOMPARE(m_lab.runFleetctl({QStringLiteral("containers"), node(), QStringLiteral("--all")}, &lines), 0);
        bool echo = false;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("container")
                && o.value(QStringLiteral("name")).toString() == m_echo)
                echo = o.value(QStringLiteral("state")).toString() == QLatin1String("running");
        QVERIFY(echo);

        QCOMPARE(m_lab.runFleetctl({QStringLiteral("logs"), node(), m_echo, QStringLiteral("--tail"), QStringLiteral("2")},
                                   &lines), 0);
        QStringList texts;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("container_log"))
                texts << o.value(QStringLiteral("text")).toString();
        QCOMPARE(texts.size(), 2);
        QVERIFY(texts.contains(QStringLiteral("after-follow-started")));
        QCOMPARE(m_lab.runFleetctl({QStringLiteral("logs"), node(), m_echo, QStringLiteral("--tail"),
                                    QStringLiteral("many")}, &lines), 2);

        // Ctrl-C ends a follow at once with the documented status, and the node's docker logs with it.
        const std::unique_ptr<QProcess> follow =
            m_lab.startFleetctl({QStringLiteral("logs"), node(), m_echo, QStringLiteral("--follow")}, {});
        QVERIFY(PushLab::waitFor([&] { return dockerLogsLeft() == 1; }, 10000));
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(follow->processId()), SIGINT);
        QVERIFY(follow->waitForFinished(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
        QCOMPARE(follow->exitCode(), 130);
        QVERIFY2(PushLab::waitFor([&] { return dockerLogsLeft() == 0; }, 3000), "docker logs is still running");

        QCOMPARE(m_lab.runFleetctl({QStringLiteral("stop"), node(), m_echo}, &lines), 0);
        QCOMPARE(lines.value(0).value(QStringLiteral("state")).toString(), QStringLiteral("exited"));
        QCOMPARE(m_lab.runFleetctl({QStringLiteral("rm"), node(), m_created}, &lines), 0);
        QVERIFY(!find(m_created));
    }

    void badNamesAreRefusedBeforeSsh()
    {
        // The node is an address where nothing listens: a usage answer, at once, proves nothing was tried.
        ContainerActionParams p;
        p.context = context();
        p.node = goneNode();
        p.container = QStringLiteral("x; touch /tmp/owned");
        QElapsedTimer clock;
        clock.start();
        const ContainerActionResult r = NodeContainers::act(p);
        QCOMPARE(r.failure.kind, FailureKind::Usage);
        QVERIFY(clock.elapsed() < 200);
        QVERIFY(r.failure.message.contains(QLatin1String("not a container name")));
        QList<QJsonObject> lines;
        QCOMPARE(m_lab.runFleetctl({QStringLiteral("rm"), goneNode(), QStringLiteral("-rf")}, &lines), 2);
        QCOMPARE(m_lab.runFleetctl({QStringLiteral("logs"), goneNode(), QStringLiteral("$(id)")}, &lines), 2);
    }

    void anUnreachableNodeSaysSo()
    {
        ContainerListParams p{context(), goneNode(), true};
        const ContainerListing listing = NodeContainers::list(p);
        QCOMPARE(listing.failure.kind, FailureKind::Unreachable);
        QVERIFY2(listing.failure.message.contains(goneNode()), qPrintable(listing.failure.message));
        QVERIFY2(listing.failure.message.contains(QLatin1String("Check that the node is up")),
                 qPrintable(listing.failure.message));
        QList<QJsonObject> lines;
        QCOMPARE(m_lab.runFleetctl({QStringLiteral("containers"), goneNode()}, &lines), 4);
    }
};

QTEST_GUILESS_MAIN(TestNodeContainers)
#include "TestNodeContainers.moc"
