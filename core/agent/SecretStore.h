#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QJsonObject;

namespace fleet {

// What the workstation keeps per installed agent. Never in QSettings or the history database: the database
// stores only SecretStore::referenceFor(…), and the secret itself lives here.
struct AgentSecret
{
    QByteArray token;
    QString fingerprint; // "sha256:…" of the agent's certificate
};

// Agent secrets in the OS keychain (qtkeychain, insecure fallback off) when one answers; otherwise — headless
// machines and CI have none — in a JSON file of mode 0600 under the XDG config dir (directory 0700).
class SecretStore final
{
public:
    enum class Backend { Auto, Keychain, File };

    // `filePath` empty: $XDG_CONFIG_HOME/fleet-commander/agent-secrets.json.
    explicit SecretStore(Backend backend = Backend::Auto, QString filePath = {});

    static QString referenceFor(const QString &host, quint16 port); // "agent:host:port"
    static QString defaultFilePath();

    bool write(const QString &reference, const AgentSecret &secret, QString *error = nullptr);
    // nullopt when there is none (error empty) or it could not be read (error says why).
    std::optional<AgentSecret> read(const QString &reference, QString *error = nullptr);
    bool remove(const QString &reference, QString *error = nullptr);

    // Where the last successful call found or put the secret.
    Backend lastBackend() const { return m_last; }
    QString filePath() const { return m_filePath; }

private:
    enum class KeychainResult { Ok, NotFound, Unavailable, Failed };
    KeychainResult keychainWrite(const QString &reference, const QByteArray &data, QString *error);
    KeychainResult keychainRead(const QString &reference, QByteArray *data, QString *error);
    KeychainResult keychainRemove(const QString &reference, QString *error);

    bool loadFile(QJsonObject *entries, QString *error) const;
    bool saveFile(const QJsonObject &entries, QString *error) const;
    bool removeFromFile(const QString &reference, QString *error) const; // the file only, never the keychain

    Backend m_backend;
    QString m_filePath;
    Backend m_last = Backend::Auto;
};

} // namespace fleet
