#include "discovery/AgentProbe.h"

#include <QTest>

using namespace fleet;
using Verdict = AgentProbe::Verdict;

// AgentProbe: the plain WebSocket request, and what each kind of reply means.
class TestAgentProbe final : public QObject
{
    Q_OBJECT

private:
    static QByteArray textFrame(const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(char(0x81)); // FIN + text
        frame.append(char(payload.size()));
        return frame + payload;
    }

private Q_SLOTS:
    void requestIsAWebSocketUpgrade()
    {
        const QByteArray request = AgentProbe::request(QStringLiteral("127.0.78.11"), 7780);
        QVERIFY(request.startsWith("GET / HTTP/1.1\r\n"));
        QVERIFY(request.contains("Host: 127.0.78.11:7780\r\n"));
        QVERIFY(request.contains("Upgrade: websocket\r\n"));
        QVERIFY(request.contains("Sec-WebSocket-Version: 13\r\n"));
        QVERIFY(!request.contains("Authorization")); // the probe never sends a token
        QVERIFY(request.endsWith("\r\n\r\n"));
        QVERIFY(AgentProbe::request(QStringLiteral("::1"), 7780).contains("Host: [::1]:7780\r\n"));
    }

    void readsTheVersionFromTheFirstFrame()
    {
        const QByteArray reply = QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                            "Connection: Upgrade\r\nSec-WebSocket-Accept: x\r\n\r\n")
            + textFrame("fleet-agent v1") + QByteArray("\x88\x02\x03\xf0", 4); // then a close frame
        for (int chunk : {1, 5, 4096}) {
            AgentProbe probe;
            Verdict v = Verdict::NeedMore;
            for (qsizetype i = 0; i < reply.size() && v == Verdict::NeedMore; i += chunk)
                v = probe.feed(reply.constData() + i, qMin<qsizetype>(chunk, reply.size() - i));
            if (v == Verdict::NeedMore)
                v = probe.finish();
            QCOMPARE(v, Verdict::Identified);
            QCOMPARE(probe.version(), QStringLiteral("v1"));
        }
    }

    void versionAtTheVeryEnd()
    {
        AgentProbe probe;
        const QByteArray bytes = textFrame("fleet-agent v12");
        QCOMPARE(probe.feed(bytes.constData(), bytes.size()), Verdict::NeedMore); // might go on: v123…
        QCOMPARE(probe.finish(), Verdict::Identified);
        QCOMPARE(probe.version(), QStringLiteral("v12"));
    }

    void otherRepliesMeanPortOpenOnly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("tls alert") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7);
        QTest::newRow("http 404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("marker without version") << QByteArray("fleet-agent v");
        QTest::newRow("flood") << QByteArray(1 << 20, 'x');
    }
    void otherRepliesMeanPortOpenOnly()
    {
        QFETCH(QByteArray, bytes);
        AgentProbe probe;
        Verdict v = bytes.isEmpty() ? Verdict::NeedMore : probe.feed(bytes.constData(), bytes.size());
        if (v == Verdict::NeedMore)
            v = probe.finish();
        QCOMPARE(v, Verdict::PortOpen);
        QVERIFY(probe.version().isEmpty());
    }

    void versionIsBoundedAndClean()
    {
        AgentProbe probe;
        const QByteArray bytes = "fleet-agent v" + QByteArray(100, '9') + "\x1b[0m";
        QCOMPARE(probe.feed(bytes.constData(), bytes.size()), Verdict::Identified);
        QCOMPARE(probe.version().size(), AgentProbe::kMaxVersion);
        AgentProbe evil;
        const QByteArray esc = "fleet-agent v2\x1b[31m";
        QCOMPARE(evil.feed(esc.constData(), esc.size()), Verdict::Identified);
        QCOMPARE(evil.version(), QStringLiteral("v2"));
    }
};

QTEST_GUILESS_MAIN(TestAgentProbe)
#include "TestAgentProbe.moc"
