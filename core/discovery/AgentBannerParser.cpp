#include "discovery/AgentBannerParser.h"

#include "discovery/AgentProbe.h"

#include <QCryptographicHash>
#include <QList>

namespace fleet {

namespace {

const QByteArray kBannerPrefix("fleet-agent v");
constexpr int kMaxVersionDigits = 4;

} // namespace

QByteArray AgentBannerParser::acceptFor(const QByteArray &key)
{
    static const QByteArray guid("258EAFA5-E914-47DA-95CA-C5AB0DC85B11"); // RFC 6455 §1.3
    return QCryptographicHash::hash(QByteArray(key + guid), QCryptographicHash::Sha1).toBase64();
}

QString AgentBannerParser::versionOf(const QByteArray &payload)
{
    if (!payload.startsWith(kBannerPrefix))
        return {};
    const QByteArray digits = payload.mid(kBannerPrefix.size());
    if (digits.isEmpty() || digits.size() > kMaxVersionDigits)
        return {};
    for (char c : digits)
        if (c < '0' || c > '9')
            return {};
    const int number = digits.toInt();
    return number > 0 ? QStringLiteral("v%1").arg(number) : QString();
}

AgentBannerParser::Verdict AgentBannerParser::reject(const QString &reason)
{
    m_verdict = Verdict::Rejected;
    m_reason = reason;
    m_buffer.clear();
    return m_verdict;
}

AgentBannerParser::Verdict AgentBannerParser::feed(const char *data, qsizetype size)
{
    if (m_verdict != Verdict::NeedMore)
        return m_verdict;
    // Never keep more than the largest acceptable reply: headers, then a 2-byte frame header and its payload.
    const qsizetype room = kMaxHeaders + 2 + kMaxPayload - m_buffer.size();
    m_buffer.append(data, qMin(size, room));
    if (!m_upgraded) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || end + 4 > kMaxHeaders)
            return m_buffer.size() >= kMaxHeaders ? reject(QStringLiteral("no end of the HTTP headers in %1 bytes")
                                                               .arg(kMaxHeaders))
                                                  : m_verdict;
        if (parseHeaders(end) != Verdict::NeedMore)
            return m_verdict;
    }
    return parseFrame();
}

AgentBannerParser::Verdict AgentBannerParser::finish()
{
    if (m_verdict == Verdict::NeedMore)
        reject(m_upgraded ? QStringLiteral("the connection ended before the banner frame")
                          : QStringLiteral("the connection ended before the WebSocket upgrade"));
    m_buffer.clear();
    return m_verdict;
}

AgentBannerParser::Verdict AgentBannerParser::parseHeaders(qsizetype end)
{
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QByteArray status = lines.first().trimmed();
    if (!status.startsWith("HTTP/1.1 101 ") && status != "HTTP/1.1 101")
        return reject(QStringLiteral("not a WebSocket upgrade: the status line is not HTTP/1.1 101"));
    const QByteArray expected = acceptFor(AgentProbe::kWebSocketKey);
    bool accepted = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "sec-websocket-accept")
            accepted = line.mid(colon + 1).trimmed() == expected;
    }
    if (!accepted)
        return reject(QStringLiteral("the upgrade carries no matching Sec-WebSocket-Accept"));
    m_upgraded = true;
    m_buffer.remove(0, end + 4);
    return m_verdict;
}

AgentBannerParser::Verdict AgentBannerParser::parseFrame()
{
    if (m_buffer.size() < 2)
        return m_verdict;
    const auto first = quint8(m_buffer.at(0));
    const auto second = quint8(m_buffer.at(1));
    if (first != 0x81) // FIN + text, no reserved bits
        return reject(QStringLiteral("the first frame is not one whole text frame (0x%1)")
                          .arg(uint(first), 2, 16, QLatin1Char('0')));
    if (second & 0x80) // RFC 6455 §5.1: a server never masks
        return reject(QStringLiteral("the agent's frame is masked"));
    const int length = second & 0x7f;
    if (length > kMaxPayload) // also every extended length (126, 127)
        return reject(QStringLiteral("the first frame is longer than a banner (%1)").arg(length));
    if (m_buffer.size() < 2 + length)
        return m_verdict;
    m_version = versionOf(m_buffer.mid(2, length));
    if (m_version.isEmpty())
        return reject(QStringLiteral("the first frame is not \"fleet-agent vN\""));
    m_verdict = Verdict::Version;
    m_buffer.clear();
    return m_verdict;
}

} // namespace fleet
