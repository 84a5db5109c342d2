#pragma once

#include "model/Node.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QSslCertificate;

namespace fleet {

// One decoded protocol message: {"v":1,"type":"…","id":N,…}. See docs/agent-protocol.md.
struct AgentMessage
{
    int version = 0;
    QString type;
    qint64 id = -1; // client-chosen, echoed in the reply; -1 when absent
    QJsonObject body;
};

// Why a message was refused. The wire codes are stable ("bad_json", …).
enum class AgentProtocolError {
    None,
    BadJson,            // not JSON, or not an object
    MissingVersion,     // no integer "v"
    UnsupportedVersion, // "v" is not one we speak
    MissingType,        // no string "type"
    UnknownType,        // a type this side does not handle
    BadRequest,         // a known type with wrong fields
    TooLarge,           // over the size limit
};

struct AgentParseResult
{
    AgentMessage message;
    AgentProtocolError error = AgentProtocolError::None;
    QString detail; // for the error reply and logs; never contains the input itself

    bool ok() const { return error == AgentProtocolError::None; }
};

// The versioned JSON protocol between fleet-agent and the workstation: limits, parsing, encoding, the
// authentication helpers, and the conversion of reported facts into model values.
class AgentProtocol final
{
public:
    static constexpr int kVersion = 1;
    static constexpr quint16 kDefaultPort = 7780;
    static constexpr qint64 kMaxRequestBytes = 64 * 1024;        // what an agent accepts from a client
    static constexpr qint64 kMaxAgentMessageBytes = 16 << 20;    // what a client accepts from an agent
    static constexpr int kAuthTimeoutMs = 2000;                  // a handshake must finish within this
    static constexpr int kDefaultTelemetryMs = 2000;
    static constexpr int kMinTelemetryMs = 250;
    static constexpr int kMaxTelemetryMs = 60000;

    // The only thing an unauthenticated peer learns: "fleet-agent v1".
    static QString banner();
    // Parses a banner; returns the protocol version or 0.
    static int bannerVersion(const QString &text);

    static const QStringList &requestTypes(); // what a client may send
    static const QStringList &agentTypes();   // what an agent sends

    static AgentParseResult parse(const QByteArray &text, const QStringList &knownTypes);
    static QByteArray encode(const QString &type, QJsonObject fields = {}, qint64 id = -1);
    static QByteArray encodeError(AgentProtocolError error, const QString &detail, qint64 id = -1);

    static QString errorCode(AgentProtocolError error);
    static AgentProtocolError errorFromCode(const QString &code);

    // "Bearer <token>" for the handshake, and the token back out of a header (empty if malformed).
    static QByteArray authorizationHeader(const QByteArray &token);
    static QByteArray tokenFromAuthorization(const QByteArray &header);
    // Compares without an early exit, so the time taken does not reveal how much of a guess was right.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    // A fresh random token (hex of 32 bytes from the system generator).
    static QByteArray newToken();

    // "sha256:ab:cd:…" of the DER certificate; what bootstrap records and the client pins.
    static QString fingerprint(const QSslCertificate &certificate);
    static QString normalizeFingerprint(const QString &fingerprint);

    // Model values from a hello or telemetry body (fields not present stay unknown).
    static void applyHello(const QJsonObject &hello, Node &node);
    static void applyTelemetry(const QJsonObject &telemetry, NodeFacts &facts);
};

} // namespace fleet
