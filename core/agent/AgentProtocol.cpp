#include "agent/AgentProtocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>

namespace fleet {

namespace {

struct ErrorName
{
    AgentProtocolError error;
    const char *code;
};

constexpr ErrorName kErrorNames[] = {
    {AgentProtocolError::BadJson, "bad_json"},
    {AgentProtocolError::MissingVersion, "missing_version"},
    {AgentProtocolError::UnsupportedVersion, "unsupported_version"},
    {AgentProtocolError::MissingType, "missing_type"},
    {AgentProtocolError::UnknownType, "unknown_type"},
    {AgentProtocolError::BadRequest, "bad_request"},
    {AgentProtocolError::TooLarge, "too_large"},
};

// A JSON number as an integer; -1 when absent, not a number, or outside what qint64 holds (converting such a
// double is undefined behaviour: an agent could send 1e300).
qint64 number(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    return d >= -9.0e18 && d <= 9.0e18 ? qint64(d) : -1;
}

} // namespace

QString AgentProtocol::banner()
{
    return QStringLiteral("fleet-agent v%1").arg(kVersion);
}

int AgentProtocol::bannerVersion(const QString &text)
{
    // Anchored on both ends (`$` alone would let a trailing newline through): the banner is exact or it is not one.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("fleet-agent v([0-9]{1,4})")));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

const QStringList &AgentProtocol::requestTypes()
{
    static const QStringList types{QStringLiteral("hello"),  QStringLiteral("ping"),
                                   QStringLiteral("subscribe"), QStringLiteral("unsubscribe"),
                                   QStringLiteral("images"), QStringLiteral("containers")};
    return types;
}

const QStringList &AgentProtocol::agentTypes()
{
    static const QStringList types{QStringLiteral("hello"),  QStringLiteral("pong"),
                                   QStringLiteral("telemetry"), QStringLiteral("subscribed"),
                                   QStringLiteral("unsubscribed"), QStringLiteral("images"),
                                   QStringLiteral("containers"), QStringLiteral("error")};
    return types;
}

AgentParseResult AgentProtocol::parse(const QByteArray &text, const QStringList &knownTypes)
{
    AgentParseResult result;
    if (text.size() > kMaxAgentMessageBytes) {
        result.error = AgentProtocolError::TooLarge;
        result.detail = QStringLiteral("message of %1 bytes is over the limit").arg(text.size());
        return result;
    }
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = AgentProtocolError::BadJson;
        result.detail = jsonError.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON (%1 at offset %2)").arg(jsonError.errorString()).arg(jsonError.offset)
            : QStringLiteral("a message must be a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    result.message.body = object;
    // The id first, so that even a refusal can be matched to its request.
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isDouble() && id.toDouble() >= 0 && id.toDouble() < 9.0e15)
        result.message.id = qint64(id.toDouble());
    const QJsonValue version = object.value(QLatin1String("v"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt())) {
        result.error = AgentProtocolError::MissingVersion;
        result.detail = QStringLiteral("no integer protocol version \"v\"");
        return result;
    }
    result.message.version = version.toInt();
    if (result.message.version != kVersion) {
        result.error = AgentProtocolError::UnsupportedVersion;
        result.detail = QStringLiteral("protocol version %1 is not supported (this side speaks %2)")
                            .arg(result.message.version)
                            .arg(kVersion);
        return result;
    }
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty()) {
        result.error = AgentProtocolError::MissingType;
        result.detail = QStringLiteral("no string \"type\"");
        return result;
    }
    result.message.type = type.toString();
    if (!knownTypes.contains(result.message.type)) {
        result.error = AgentProtocolError::UnknownType;
        // Echo the type only if it is short and plain: never reflect arbitrary input.
        const QString shown = result.message.type.size() <= 32 ? result.message.type : QStringLiteral("(long)");
        result.detail = QStringLiteral("unknown message type \"%1\"").arg(shown);
    }
    return result;
}

QByteArray AgentProtocol::encode(const QString &type, QJsonObject fields, qint64 id)
{
    fields.insert(QStringLiteral("v"), kVersion);
    fields.insert(QStringLiteral("type"), type);
    if (id >= 0)
        fields.insert(QStringLiteral("id"), double(id));
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray AgentProtocol::encodeError(AgentProtocolError error, const QString &detail, qint64 id)
{
    QJsonObject fields{{QStringLiteral("code"), errorCode(error)}, {QStringLiteral("message"), detail}};
    if (error == AgentProtocolError::UnsupportedVersion)
        fields.insert(QStringLiteral("supported"), QJsonArray{kVersion});
    return encode(QStringLiteral("error"), fields, id);
}

QString AgentProtocol::errorCode(AgentProtocolError error)
{
    for (const ErrorName &name : kErrorNames)
        if (name.error == error)
            return QString::fromLatin1(name.code);
    return QStringLiteral("none");
}

AgentProtocolError AgentProtocol::errorFromCode(const QString &code)
{
    for (const ErrorName &name : kErrorNames)
        if (code == QLatin1String(name.code))
            return name.error;
    return AgentProtocolError::None;
}

QByteArray AgentProtocol::authorizationHeader(const QByteArray &token)
{
    return QByteArrayLiteral("Bearer ") + token;
}

QByteArray AgentProtocol::tokenFromAuthorization(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    static const QByteArray prefix = QByteArrayLiteral("bearer ");
    if (trimmed.size() <= prefix.size() || trimmed.left(prefix.size()).toLower() != prefix)
        return {};
    return trimmed.mid(prefix.size()).trimmed();
}

bool AgentProtocol::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Hash both sides first: equal-length inputs for the loop, and the length of the secret stays hidden.
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha.at(i) ^ hb.at(i));
    return diff == 0 && !b.isEmpty();
}

QByteArray AgentProtocol::newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QString AgentProtocol::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QStringLiteral("sha256:")
        + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

QString AgentProtocol::normalizeFingerprint(const QString &fingerprint)
{
    QString hex = fingerprint.trimmed().toLower();
    if (hex.startsWith(QLatin1String("sha256:")))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{64}$"));
    if (!valid.match(hex).hasMatch())
        return {};
    return QStringLiteral("sha256:") + QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':'));
}

void AgentProtocol::applyHello(const QJsonObject &hello, Node &node)
{
    const QJsonObject host = hello.value(QLatin1String("host")).toObject();
    node.hostName = host.value(QLatin1String("hostname")).toString();
    node.os = host.value(QLatin1String("os")).toString();
    node.kernel = host.value(QLatin1String("kernel")).toString();
    node.arch = host.value(QLatin1String("arch")).toString();
    node.agentVersion = hello.value(QLatin1String("agent_version")).toString();
    node.facts.cpuCount = int(number(host, "cpus"));
    node.facts.memTotal = number(host, "mem_total");
    node.facts.diskTotal = number(host, "disk_total");
    node.facts.diskFree = number(host, "disk_free");
    node.facts.gpu = host.value(QLatin1String("gpu")).toString();
    node.facts.dockerAvailable =
        hello.value(QLatin1String("docker")).toObject().value(QLatin1String("available")).toBool();
    node.state = NodeState::Online;
}

void AgentProtocol::applyTelemetry(const QJsonObject &telemetry, NodeFacts &facts)
{
    const QJsonValue cpu = telemetry.value(QLatin1String("cpu_percent"));
    facts.cpuPercent = cpu.isDouble() ? cpu.toDouble() : -1;
    facts.memTotal = number(telemetry, "mem_total");
    facts.memUsed = number(telemetry, "mem_used");
    facts.diskTotal = number(telemetry, "disk_total");
    facts.diskFree = number(telemetry, "disk_free");
    const QJsonArray load = telemetry.value(QLatin1String("load")).toArray();
    facts.load1 = load.isEmpty() ? -1 : load.at(0).toDouble(-1);
    if (telemetry.contains(QLatin1String("cpus")))
        facts.cpuCount = int(number(telemetry, "cpus"));
    facts.dockerAvailable =
        telemetry.value(QLatin1String("docker")).toObject().value(QLatin1String("available")).toBool();
}

} // namespace fleet
