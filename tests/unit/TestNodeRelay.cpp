#include "transfer/NodeRelay.h"
#include "transfer/NodeRelayReport.h"
#include "transfer/NodeRelayScript.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace fleet;

// The node relay's pure parts: the report parser (untrusted node output), the receiver/setup/teardown scripts run
// for real in dash — members stand in as directories, `ssh` as a script that runs the next member's receiver the
// way sshd runs the forced command — and the coordinator's meeting points on real threads. The chain over real
// sshd and dockerd is TestPushRelay's.
class TestNodeRelay final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    const QString m_id = QStringLiteral("0123456789abcdef");

    QString memberDir(int k) const { return m_root.filePath(QStringLiteral("m%1").arg(k)); }

    QList<RelayMember> members(int n) const
    {
        QList<RelayMember> list;
        for (int k = 1; k <= n; ++k)
            list << RelayMember{k, QStringLiteral("m%1").arg(k), 22, QStringLiteral("relay user"),
                                QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIfake%1").arg(k)};
        return list;
    }

    // Runs `script` in dash as member k would (its TMPDIR, the stand-in ssh first on PATH).
    int sh(int k, const QString &script, const QByteArray &input, QByteArray *out,
           const QString &original = QString(), bool setOriginal = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), memberDir(k));
        env.insert(QStringLiteral("FLEET_AUTHORIZED_KEYS"), m_root.filePath(QStringLiteral("authorized_keys")));
        env.insert(QStringLiteral("FAKE_ROOT"), m_root.path());
        env.insert(QStringLiteral("RELAY_ID"), m_id);
        env.insert(QStringLiteral("PATH"), m_root.filePath(QStringLiteral("bin")) + QLatin1Char(':')
                                               + env.value(QStringLiteral("PATH")));
        env.remove(QStringLiteral("SSH_ORIGINAL_COMMAND"));
        if (setOriginal)
            env.insert(QStringLiteral("SSH_ORIGINAL_COMMAND"), original);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("dash"), {QStringLiteral("-c"), script});
        if (!p.waitForStarted())
            return -1;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return -2;
        *out = p.readAllStandardOutput();
        return p.exitCode();
    }

    bool setUp(int k, int n, const QString &load)
    {
        QDir().mkpath(memberDir(k));
        QByteArray out;
        return sh(k, NodeRelayScript::setupCommand(m_id, k, members(n), load,
                                                   QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIpub%1").arg(k)),
                  "-----BEGIN OPENSSH PRIVATE KEY-----\nnot a real key\n-----END OPENSSH PRIVATE KEY-----\n", &out)
                   == 0
            && out.contains("fleet-relay-setup ok forward yes");
    }

    QByteArray authorizedKeys() const
    {
        QFile f(m_root.filePath(QStringLiteral("authorized_keys")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("bin"))));
        // sshd's part: the forced command runs the receiver with what the client asked as SSH_ORIGINAL_COMMAND.
        QFile ssh(m_root.filePath(QStringLiteral("bin/ssh")));
        QVERIFY(ssh.open(QIODevice::WriteOnly));
        ssh.write("#!/bin/sh\nfor a; do h=$c; c=$a; done\n"
                  "TMPDIR=\"$FAKE_ROOT/$h\" SSH_ORIGINAL_COMMAND=\"$c\" exec sh \"$FAKE_ROOT/$h/fleet-relay-$RELAY_ID/recv\"\n");
        ssh.close();
        QVERIFY(ssh.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void init()
    {
        QFile keys(m_root.filePath(QStringLiteral("authorized_keys")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIown the admin's own key\n");
        for (int k = 1; k <= 3; ++k)
            QDir(memberDir(k)).removeRecursively();
    }

    void reportParsesWhatMembersSay()
    {
        const NodeRelayReport r = NodeRelayReport::parse(
            "fleet-relay 3 out Loaded image: a:1\n"
            "fleet-relay 3 rc 0\n"
            "fleet-relay 2 hoperr Connection closed\n"
            "fleet-relay 2 hop 3 255\n"
            "fleet-relay 2 out open /var/lib/docker/tmp: no space left on device\n"
            "fleet-relay 2 rc 1\n"
            "garbage\nfleet-relay x rc 0\nfleet-relay 0 rc 0\nfleet-relay 9999999 rc 0\nfleet-relay 4 rc 300\n"
            "fleet-relay 5 hop 1\nfleet-relay 6 rc -1\n"
            + QByteArray("fleet-relay 7 rc 0 ") + QByteArray(5000, 'x') + "\n");
        QCOMPARE(r.members().keys(), (QList<int>{2, 3}));
        QVERIFY(r.member(3).finished);
        QCOMPARE(r.member(3).exitStatus, 0);
        QCOMPARE(r.member(3).output, QStringLiteral("Loaded image: a:1"));
        QCOMPARE(r.member(2).exitStatus, 1);
        QCOMPARE(r.member(2).next, 3);
        QCOMPARE(r.member(2).hopStatus, 255);
        QCOMPARE(r.member(2).hopError, QStringLiteral("Connection closed"));
        // Words are bounded, however much a node sends.
        QByteArray flood;
        for (int i = 0; i < 1000; ++i)
            flood += "fleet-relay 1 out " + QByteArray(100, 'y') + '\n';
        QVERIFY(NodeRelayReport::parse(flood).member(1).output.size() <= NodeRelayReport::kMaxText);
    }

    void idsAreFileNameSafe()
    {
        QVERIFY(NodeRelayScript::validId(m_id));
        QVERIFY(!NodeRelayScript::validId(QStringLiteral("short")));
        QVERIFY(!NodeRelayScript::validId(QStringLiteral("0123456789/../x")));
        QVERIFY(!NodeRelayScript::validId(QStringLiteral("0123456789 abcdef")));
    }

    void knownHostsNamesPortsAsSshDoes()
    {
        QList<RelayMember> m = members(2);
        m[1].port = 2222;
        QCOMPARE(NodeRelayScript::knownHosts(m),
                 QStringLiteral("m1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIfake1\n"
                                "[m2]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIfake2\n"));
    }

    void chainOfThreeLoadsEverywhere_data()
    {
        QTest::addColumn<bool>("zstd");
        QTest::newRow("plain") << false;
        QTest::newRow("zstd") << true;
    }

    void chainOfThreeLoadsEverywhere()
    {
        QFETCH(bool, zstd);
        // "docker load" stands in as a byte count of what the member's load read.
        for (int k = 1; k <= 3; ++k)
            QVERIFY2(setUp(k, 3, QStringLiteral("wc -c")), qPrintable(QString::number(k)));
        QFile key(memberDir(2) + QStringLiteral("/fleet-relay-") + m_id + QStringLiteral("/key"));
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
        QCOMPARE(authorizedKeys().count(QByteArray("fleet-relay-" + m_id.toUtf8() + "-")), 3); // one marker each
        QVERIFY(authorizedKeys().contains("restrict"));
        QVERIFY(authorizedKeys().contains(QByteArray("command=\"sh \\\"${TMPDIR:-/tmp}/fleet-relay-" + m_id.toUtf8())));

        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data += QByteArray::number(qint64(i) * 7919 % 10007) + ' ';
        QByteArray input = data;
        if (zstd) {
            QProcess z;
            z.start(QStringLiteral("zstd"), {QStringLiteral("-q"), QStringLiteral("-c")});
            QVERIFY(z.waitForStarted());
            z.write(data);
            z.closeWriteChannel();
            QVERIFY(z.waitForFinished());
            input = z.readAllStandardOutput();
            QVERIFY(input.size() < data.size() / 2);
        }
        QByteArray out;
        QCOMPARE(sh(1, NodeRelayScript::receiveCommand(m_id, zstd, {2, 3}), input, &out), 0);
        const NodeRelayReport r = NodeRelayReport::parse(out);
        for (int k = 1; k <= 3; ++k) {
            QVERIFY2(r.member(k).finished && r.member(k).exitStatus == 0, out.constData());
            QCOMPARE(r.member(k).output.trimmed().toLongLong(), qint64(data.size()));
        }
        QCOMPARE(r.member(1).next, 2);
        QCOMPARE(r.member(1).hopStatus, 0);
        QCOMPARE(r.member(2).next, 3);
        QCOMPARE(r.member(3).next, 0);

        for (int k = 1; k <= 3; ++k)
            QCOMPARE(sh(k, NodeRelayScript::teardownCommand(m_id, k), {}, &out), 0);
        QCOMPARE(authorizedKeys(), QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIown the admin's own key\n"));
        for (int k = 1; k <= 3; ++k)
            QVERIFY(!QFileInfo::exists(memberDir(k) + QStringLiteral("/fleet-relay-") + m_id));
        QVERIFY(QDir(m_root.path()).entryList({QStringLiteral("authorized_keys.*")}).isEmpty());
    }

    void aFailedLoadInTheMiddleStillPassesTheStreamOn()
    {
        QVERIFY(setUp(1, 3, QStringLiteral("wc -c")));
        QVERIFY(setUp(2, 3, QStringLiteral("sh -c 'echo no space left on device >&2; exit 3'")));
        QVERIFY(setUp(3, 3, QStringLiteral("wc -c")));
        const QByteArray data(3 << 20, 'a');
        QByteArray out;
        QCOMPARE(sh(1, NodeRelayScript::receiveCommand(m_id, false, {2, 3}), data, &out), 0);
        const NodeRelayReport r = NodeRelayReport::parse(out);
        QCOMPARE(r.member(2).exitStatus, 3);
        QVERIFY(r.member(2).output.contains(QLatin1String("no space left")));
        QCOMPARE(r.member(3).output.trimmed().toLongLong(), qint64(data.size()));
        QCOMPARE(r.member(1).output.trimmed().toLongLong(), qint64(data.size()));
    }

    void aNextMemberThatIsGoneIsReported()
    {
        QVERIFY(setUp(1, 3, QStringLiteral("wc -c")));
        QVERIFY(setUp(2, 3, QStringLiteral("wc -c")));
        // Member 3 was never set up: member 2's "ssh" finds no receiver there.
        QByteArray out;
        QCOMPARE(sh(1, NodeRelayScript::receiveCommand(m_id, false, {2, 3}), QByteArray(100000, 'b'), &out), 0);
        const NodeRelayReport r = NodeRelayReport::parse(out);
        QCOMPARE(r.member(2).output.trimmed().toLongLong(), 100000);
        QCOMPARE(r.member(2).next, 3);
        QVERIFY(r.member(2).hopStatus != 0);
        QVERIFY(!r.member(2).hopError.isEmpty());
        QVERIFY(!r.has(3));
    }

    void theHopListIsDigitsOnly()
    {
        QVERIFY(setUp(1, 2, QStringLiteral("wc -c")));
        const QString recv = QStringLiteral("sh \"$TMPDIR/fleet-relay-%1/recv\"").arg(m_id);
        const QString pwned = m_root.filePath(QStringLiteral("pwned"));
        QByteArray out;
        QCOMPARE(sh(1, recv, "x", &out, QStringLiteral("0; touch %1").arg(pwned), true), 64);
        QCOMPARE(sh(1, recv, "x", &out, QStringLiteral("0 $(touch %1)").arg(pwned), true), 64);
        QCOMPARE(sh(1, recv, "x", &out, QStringLiteral("0 9"), true), 0); // no member 9: a refused hop, no harm
        QVERIFY(!QFileInfo::exists(pwned));
        QVERIFY(NodeRelayReport::parse(out).member(1).hopStatus != 0);
    }

    void teardownKeepsOtherLinesAndIsIdempotent()
    {
        QVERIFY(setUp(1, 2, QStringLiteral("wc -c")));
        QVERIFY(setUp(2, 2, QStringLiteral("wc -c")));
        QByteArray out;
        QCOMPARE(sh(1, NodeRelayScript::teardownCommand(m_id, 1), {}, &out), 0);
        QVERIFY(!authorizedKeys().contains(QByteArray(NodeRelayScript::keyMarker(m_id, 1).toUtf8() + '\n')));
        QVERIFY(authorizedKeys().contains(NodeRelayScript::keyMarker(m_id, 2).toUtf8()));
        QVERIFY(authorizedKeys().startsWith("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIown"));
        QCOMPARE(sh(1, NodeRelayScript::teardownCommand(m_id, 1), {}, &out), 0);
        QCOMPARE(sh(2, NodeRelayScript::teardownCommand(m_id, 2), {}, &out), 0);
        QVERIFY(!authorizedKeys().contains("fleet-relay"));
        // A directory that exists already is refused, never reused.
        QDir().mkpath(memberDir(1) + QStringLiteral("/fleet-relay-") + m_id);
        QVERIFY(!setUp(1, 2, QStringLiteral("wc -c")));
    }

    void coordinatorFormsTheChainInRequestOrder()
    {
        NodeRelay::Settings settings;
        settings.id = m_id;
        settings.expected = 4;
        NodeRelay relay(settings);
        auto candidate = [](int order, bool zstd, QSet<QString> layers) {
            NodeRelay::Candidate c;
            c.node = QStringLiteral("n%1").arg(order);
            c.order = order;
            c.reach.host = c.node;
            c.reach.hostKey = QStringLiteral("ssh-ed25519 AAAA");
            c.hasZstd = zstd;
            c.layersKnown = true;
            c.chainIds = std::move(layers);
            return c;
        };
        // n3 cannot forward (no ssh): it goes last; n2's setup fails: it is left out; n4 withdraws.
        struct Result { NodeRelay::Start start; int seat = 0; };
        auto member = [&](int order, bool zstd, QSet<QString> layers, bool setupOk, bool forward) {
            return std::async(std::launch::async, [&relay, candidate, order, zstd, layers, setupOk, forward] {
                QString why;
                const auto seat = relay.join(candidate(order, zstd, layers), {}, &why);
                Result r;
                if (!seat)
                    return r;
                r.seat = seat->self;
                r.start = relay.ready(seat->self, setupOk, forward, {});
                return r;
            });
        };
        auto f3 = member(3, true, {QStringLiteral("a"), QStringLiteral("b")}, true, false);
        auto f1 = member(1, true, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, true, true);
        auto f2 = member(2, false, {}, false, true);
        relay.withdraw();
        const Result r1 = f1.get(), r2 = f2.get(), r3 = f3.get();
        QCOMPARE(r1.start.role, NodeRelay::Role::Head);
        QCOMPARE(r1.start.rest, QList<int>{r3.seat});
        QCOMPARE(r2.start.role, NodeRelay::Role::Alone);
        QCOMPARE(r3.start.role, NodeRelay::Role::Member);
        QCOMPARE(r3.start.position, 2);
        QCOMPARE(r3.start.length, 2);
        QCOMPARE(r3.start.headNode, QStringLiteral("n1"));
        QVERIFY(r1.start.zstd); // n2, without zstd, is not in the chain
        QCOMPARE(r1.start.sharedChainIds, (QSet<QString>{QStringLiteral("a"), QStringLiteral("b")}));

        // The head's report: n3 never heard from, because n1's ssh to it failed.
        auto waiting = std::async(std::launch::async, [&] { return relay.await(r3.seat, {}, {}); });
        NodeRelayReport report = NodeRelayReport::parse(
            QStringLiteral("fleet-relay %1 hoperr Permission denied (publickey).\nfleet-relay %1 hop %2 255\n"
                           "fleet-relay %1 out Loaded image: x:1\nfleet-relay %1 rc 0\n")
                .arg(r1.seat).arg(r3.seat).toUtf8());
        relay.finish(report, true, {});
        const NodeRelay::Outcome o3 = waiting.get();
        QVERIFY(!o3.reached);
        QVERIFY2(o3.why.contains(QLatin1String("n1 could not pass the stream on")), qPrintable(o3.why));
        QVERIFY(o3.why.contains(QLatin1String("Permission denied")));
        QVERIFY(relay.outcomeFor(r1.seat).reached);
    }

    void anIdUnfitForTheNodesCommandsSeatsNobody()
    {
        NodeRelay::Settings settings;
        settings.id = QStringLiteral("x; rm -rf ~");
        settings.expected = 2;
        NodeRelay relay(settings);
        QString why;
        QVERIFY(!relay.join(NodeRelay::Candidate{}, {}, &why));
        QVERIFY2(why.contains(QLatin1String("is not 8-64 letters")), qPrintable(why));
    }

    void aLoneJobIsNotRelayed()
    {
        NodeRelay::Settings settings;
        settings.id = m_id;
        settings.expected = 2;
        NodeRelay relay(settings);
        relay.withdraw();
        NodeRelay::Candidate c;
        c.node = QStringLiteral("n1");
        QString why;
        QVERIFY(!relay.join(c, {}, &why));
        QVERIFY(why.contains(QLatin1String("no other node")));
    }
};

QTEST_GUILESS_MAIN(TestNodeRelay)
#include "TestNodeRelay.moc"
