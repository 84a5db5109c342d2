#include "agent/AgentConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace fleet {

namespace {
QByteArray readAll(const QString &path, QString *error, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the %1 %2: %3").arg(what, path, file.errorString());
        return {};
    }
    return file.read(1 << 20);
}
} // namespace

bool AgentConfig::load(const QString &path, QString *error)
{
    const QByteArray data = readAll(path, error, QStringLiteral("configuration file"));
    if (data.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("the configuration file %1 is empty").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(data, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || object.isEmpty()) {
        *error = QStringLiteral("the configuration file %1 is not a JSON object (%2); reinstall the agent with "
                                "`fleetctl agent install`")
                     .arg(path, parseError.errorString());
        return false;
    }
    if (object.contains(QLatin1String("bind")))
        bind = object.value(QLatin1String("bind")).toString();
    if (object.contains(QLatin1String("port")))
        port = quint16(object.value(QLatin1String("port")).toInt());
    token = object.value(QLatin1String("token")).toString().toUtf8();
    certFile = object.value(QLatin1String("cert")).toString();
    keyFile = object.value(QLatin1String("key")).toString();
    dockerHost = object.value(QLatin1String("docker_host")).toString();
    pidFile = object.value(QLatin1String("pid_file")).toString(pidFile);
    maxMessageBytes = qint64(object.value(QLatin1String("max_message_bytes")).toDouble(double(maxMessageBytes)));
    maxClients = object.value(QLatin1String("max_clients")).toInt(maxClients);
    maxPending = object.value(QLatin1String("max_pending")).toInt(maxPending);
    if (token.size() < 16) {
        *error = QStringLiteral("%1 has no token (or one shorter than 16 characters): the agent would accept "
                                "nobody. Reinstall with `fleetctl agent install`.")
                     .arg(path);
        return false;
    }
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        *error = QStringLiteral("%1 names no \"cert\" and \"key\": the agent only serves TLS.").arg(path);
        return false;
    }
    if (port == 0 || maxMessageBytes < 1024 || maxClients < 1 || maxPending < 1) {
        *error = QStringLiteral("%1: port, max_message_bytes (>= 1024), max_clients or max_pending is out of range")
                     .arg(path);
        return false;
    }
    return true;
}

QByteArray AgentConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("bind"), bind},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("token"), QString::fromUtf8(token)},
                       {QStringLiteral("cert"), certFile},
                       {QStringLiteral("key"), keyFile},
                       {QStringLiteral("max_message_bytes"), double(maxMessageBytes)},
                       {QStringLiteral("max_clients"), maxClients}};
    if (!dockerHost.isEmpty())
        object.insert(QStringLiteral("docker_host"), dockerHost);
    if (!pidFile.isEmpty())
        object.insert(QStringLiteral("pid_file"), pidFile);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool AgentConfig::tlsConfiguration(QSslConfiguration &configuration, QString *error) const
{
    const QByteArray certPem = readAll(certFile, error, QStringLiteral("certificate"));
    if (certPem.isEmpty())
        return false;
    const QByteArray keyPem = readAll(keyFile, error, QStringLiteral("private key"));
    if (keyPem.isEmpty())
        return false;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certFile);
        return false;
    }
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted EC or RSA private key in PEM form").arg(keyFile);
        return false;
    }
    configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with the token
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return true;
}

} // namespace fleet
