#include "agent/SecretStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace fleet {

namespace {
const QString kService = QStringLiteral("fleet-commander-agent");
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray encode(const AgentSecret &secret)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromUtf8(secret.token)},
                                     {QStringLiteral("fingerprint"), secret.fingerprint}})
        .toJson(QJsonDocument::Compact);
}

std::optional<AgentSecret> decode(const QJsonObject &object)
{
    AgentSecret secret{object.value(QLatin1String("token")).toString().toUtf8(),
                       object.value(QLatin1String("fingerprint")).toString()};
    if (secret.token.isEmpty())
        return std::nullopt;
    return secret;
}

// Runs a keychain job to completion (qtkeychain is asynchronous; callers here want an answer).
QKeychain::Error runJob(QKeychain::Job &job, QString *message)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file behind our back: our own fallback is explicit
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *message = job.errorString();
    return job.error();
}
} // namespace

SecretStore::SecretStore(Backend backend, QString filePath)
    : m_backend(backend)
    , m_filePath(filePath.isEmpty() ? defaultFilePath() : std::move(filePath))
{
    // On Linux every keychain (Secret Service, KWallet) lives on the session bus. Without one there is nothing
    // to ask — and qtkeychain's libsecret backend crashes worker threads trying — so go straight to the file.
    if (m_backend == Backend::Auto && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        m_backend = Backend::File;
}

QString SecretStore::referenceFor(const QString &host, quint16 port)
{
    return QStringLiteral("agent:%1:%2").arg(host).arg(port);
}

QString SecretStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/fleet-commander/agent-secrets.json");
}

SecretStore::KeychainResult SecretStore::keychainWrite(const QString &reference, const QByteArray &data,
                                                       QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(reference);
    job.setBinaryData(data);
    const QKeychain::Error result = runJob(job, error);
    if (result == QKeychain::NoError)
        return KeychainResult::Ok;
    return result == QKeychain::NoBackendAvailable || result == QKeychain::NotImplemented
            || result == QKeychain::OtherError
        ? KeychainResult::Unavailable
        : KeychainResult::Failed;
}

SecretStore::KeychainResult SecretStore::keychainRead(const QString &reference, QByteArray *data, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(reference);
    const QKeychain::Error result = runJob(job, error);
    if (result == QKeychain::NoError) {
        *data = job.binaryData();
        return KeychainResult::Ok;
    }
    if (result == QKeychain::EntryNotFound)
        return KeychainResult::NotFound;
    return result == QKeychain::AccessDenied || result == QKeychain::AccessDeniedByUser ? KeychainResult::Failed
                                                                                        : KeychainResult::Unavailable;
}

SecretStore::KeychainResult SecretStore::keychainRemove(const QString &reference, QString *error)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(reference);
    const QKeychain::Error result = runJob(job, error);
    if (result == QKeychain::NoError)
        return KeychainResult::Ok;
    if (result == QKeychain::EntryNotFound)
        return KeychainResult::NotFound;
    return result == QKeychain::AccessDenied || result == QKeychain::AccessDeniedByUser ? KeychainResult::Failed
                                                                                        : KeychainResult::Unavailable;
}

bool SecretStore::loadFile(QJsonObject *entries, QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists()) {
        *entries = {};
        return true;
    }
    // A copy made readable by others is tightened before use: the token must stay private.
    if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
        file.setPermissions(kOwnerOnly);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the agent secrets file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the agent secrets file %1 is damaged (%2). Move it away and reinstall the agents "
                                "with `fleetctl agent install`.")
                     .arg(m_filePath, parseError.errorString());
        return false;
    }
    *entries = document.object();
    return true;
}

bool SecretStore::saveFile(const QJsonObject &entries, QString *error) const
{
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

bool SecretStore::write(const QString &reference, const AgentSecret &secret, QString *error)
{
    QString message;
    if (m_backend != Backend::File) {
        const KeychainResult result = keychainWrite(reference, encode(secret), &message);
        if (result == KeychainResult::Ok) {
            // No stale copy left in the file (one written while no keychain answered). Only the file: remove()
            // would delete the keychain entry just written.
            removeFromFile(reference, &message);
            m_last = Backend::Keychain;
            return true;
        }
        if (m_backend == Backend::Keychain || result == KeychainResult::Failed) {
            if (error)
                *error = QStringLiteral("the keychain refused to store the agent secret: %1").arg(message);
            return false;
        }
    }
    QJsonObject entries;
    if (!loadFile(&entries, error ? error : &message))
        return false;
    entries.insert(reference, QJsonDocument::fromJson(encode(secret)).object());
    if (!saveFile(entries, error ? error : &message))
        return false;
    m_last = Backend::File;
    return true;
}

std::optional<AgentSecret> SecretStore::read(const QString &reference, QString *error)
{
    QString message;
    if (m_backend != Backend::File) {
        QByteArray data;
        const KeychainResult result = keychainRead(reference, &data, &message);
        if (result == KeychainResult::Ok) {
            m_last = Backend::Keychain;
            return decode(QJsonDocument::fromJson(data).object());
        }
        if (m_backend == Backend::Keychain || result == KeychainResult::Failed) {
            if (error && result != KeychainResult::NotFound)
                *error = QStringLiteral("the keychain refused to read the agent secret: %1").arg(message);
            return std::nullopt;
        }
    }
    QJsonObject entries;
    if (!loadFile(&entries, error ? error : &message))
        return std::nullopt;
    m_last = Backend::File;
    return decode(entries.value(reference).toObject());
}

bool SecretStore::remove(const QString &reference, QString *error)
{
    QString message;
    if (m_backend != Backend::File) {
        const KeychainResult result = keychainRemove(reference, &message);
        if (result == KeychainResult::Failed) {
            if (error)
                *error = QStringLiteral("the keychain refused to delete the agent secret: %1").arg(message);
            return false;
        }
        if (m_backend == Backend::Keychain)
            return result == KeychainResult::Ok || result == KeychainResult::NotFound;
    }
    return removeFromFile(reference, error ? error : &message);
}

bool SecretStore::removeFromFile(const QString &reference, QString *error) const
{
    if (!QFile::exists(m_filePath))
        return true;
    QJsonObject entries;
    if (!loadFile(&entries, error))
        return false;
    if (!entries.contains(reference))
        return true;
    entries.remove(reference);
    return saveFile(entries, error);
}

} // namespace fleet
