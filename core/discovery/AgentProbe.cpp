#include "discovery/AgentProbe.h"

namespace fleet {

namespace {

const QByteArray kMarker("fleet-agent v");

bool isVersionChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-'
        || c == '+';
}

} // namespace

QByteArray AgentProbe::request(const QString &host, quint16 port)
{
    const QString hostHeader = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                                               : QStringLiteral("%1:%2").arg(host).arg(port);
    return QByteArray("GET / HTTP/1.1\r\nHost: ") + hostHeader.toLatin1()
        + QByteArray("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: ")
        + QByteArray(kWebSocketKey)
        + QByteArray("\r\nSec-WebSocket-Version: 13\r\nUser-Agent: fleet-discovery\r\n\r\n");
}

bool AgentProbe::extractVersion(bool atEnd)
{
    const qsizetype at = m_reply.indexOf(kMarker);
    if (at < 0)
        return false;
    const qsizetype start = at + kMarker.size() - 1; // the 'v'
    qsizetype end = start + 1;
    while (end < m_reply.size() && end - start < kMaxVersion && isVersionChar(m_reply.at(end)))
        ++end;
    // Wait for the end of the version unless the reply can grow no more.
    const bool complete = atEnd || end < m_reply.size() || end - start >= kMaxVersion || m_reply.size() >= kMaxReply;
    if (!complete || end - start < 2)
        return false;
    m_version = QString::fromLatin1(m_reply.mid(start, end - start));
    return true;
}

AgentProbe::Verdict AgentProbe::feed(const char *data, qsizetype size)
{
    if (m_verdict != Verdict::NeedMore)
        return m_verdict;
    m_reply.append(data, qMin(size, kMaxReply - m_reply.size()));
    if (extractVersion(false))
        m_verdict = Verdict::Identified;
    // A TLS record (alert 0x15, handshake 0x16) means a wss-only listener: nothing more to learn in plain text.
    else if (!m_reply.isEmpty() && (m_reply.at(0) == 0x15 || m_reply.at(0) == 0x16))
        m_verdict = Verdict::PortOpen;
    else if (m_reply.size() >= kMaxReply)
        m_verdict = Verdict::PortOpen;
    if (m_verdict != Verdict::NeedMore)
        m_reply.clear();
    return m_verdict;
}

AgentProbe::Verdict AgentProbe::finish()
{
    if (m_verdict == Verdict::NeedMore)
        m_verdict = extractVersion(true) ? Verdict::Identified : Verdict::PortOpen;
    m_reply.clear();
    return m_verdict;
}

} // namespace fleet
