#pragma once

#include <QByteArray>
#include <QString>

namespace fleet {

// Is a Fleet Agent listening? The agent (port 7780) tells unauthenticated clients only "fleet-agent vN". The
// probe sends a minimal WebSocket upgrade and looks for that text in whatever comes back (the first text frame,
// or an HTTP reply body). A TLS-only (wss) agent answers the plain request with an alert or a close: then the
// open port alone counts as "agent present, version unknown". Kept to this one class so it can be refined
// (e.g. a TLS hello) without touching the Scanner.
class AgentProbe
{
public:
    enum class Verdict { NeedMore, Identified, PortOpen };

    static constexpr int kMaxReply = 4096;
    static constexpr int kMaxVersion = 32;
    // Fixed: the probe never completes a session, it only reads the greeting (AgentBannerParser checks the accept).
    static constexpr char kWebSocketKey[] = "ZmxlZXQtZGlzY292ZXJ5IQ==";

    static QByteArray request(const QString &host, quint16 port);

    Verdict feed(const char *data, qsizetype size);
    Verdict finish(); // EOF, reset or timeout after the connect: the port was open
    Verdict verdict() const { return m_verdict; }
    QString version() const { return m_version; } // "v1", "v1.2.0"; empty unless Identified

private:
    bool extractVersion(bool atEnd);

    QByteArray m_reply;
    Verdict m_verdict = Verdict::NeedMore;
    QString m_version;
};

} // namespace fleet
