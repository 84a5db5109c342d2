#pragma once

#include <QByteArray>
#include <QString>

namespace fleet {

// Reads, strictly, what a wss agent sends a client without a token once TLS is up (docs/agent-protocol.md):
// "HTTP/1.1 101" with the Sec-WebSocket-Accept that matches AgentProbe's key, then one unmasked, unfragmented
// text frame whose payload is exactly "fleet-agent vN" (N: 1 to 4 digits). Anything else — another status, a
// header block over 4 KiB, a wrong accept, a binary/masked/fragmented/long frame, one byte more or less in the
// payload — is Rejected. Untrusted input: never holds more than kMaxHeaders + a small frame.
class AgentBannerParser
{
public:
    enum class Verdict { NeedMore, Version, Rejected };

    static constexpr int kMaxHeaders = 4096;
    static constexpr int kMaxPayload = 32; // "fleet-agent v9999" is 17 bytes

    Verdict feed(const char *data, qsizetype size);
    Verdict finish(); // the stream ended or timed out: Rejected unless already decided
    Verdict verdict() const { return m_verdict; }
    QString version() const { return m_version; } // "v1"; empty unless Version
    QString reason() const { return m_reason; }   // why Rejected (for tests and debugging)

    // "fleet-agent v1" → "v1"; empty for anything that is not exactly that shape.
    static QString versionOf(const QByteArray &payload);
    // base64(SHA-1(key + RFC 6455 GUID)): what a real WebSocket server answers to `key`.
    static QByteArray acceptFor(const QByteArray &key);

private:
    Verdict parseHeaders(qsizetype end);
    Verdict parseFrame();
    Verdict reject(const QString &reason);

    QByteArray m_buffer;
    bool m_upgraded = false; // the 101 and its headers were read and checked
    Verdict m_verdict = Verdict::NeedMore;
    QString m_version;
    QString m_reason;
};

} // namespace fleet
