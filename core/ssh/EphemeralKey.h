#pragma once

#include <QByteArray>
#include <QString>

namespace fleet {

// A key pair made for one job and forgotten with it: an Ed25519 key generated in memory (libssh), never written
// on this machine. Its private half is the only secret the node relay hands to nodes, and only through a
// command's stdin; the memory is wiped when the key goes.
class EphemeralKey final
{
public:
    EphemeralKey() = default;
    ~EphemeralKey();
    EphemeralKey(EphemeralKey &&other) noexcept;
    EphemeralKey &operator=(EphemeralKey &&other) noexcept;
    EphemeralKey(const EphemeralKey &) = delete;
    EphemeralKey &operator=(const EphemeralKey &) = delete;

    // A fresh key; on failure an empty key and the reason in `error`.
    static EphemeralKey generate(const QString &comment, QString *error);

    bool isNull() const { return m_privateKey.isEmpty(); }
    // The OpenSSH private key file's text ("-----BEGIN OPENSSH PRIVATE KEY-----…").
    const QByteArray &privateKeyFile() const { return m_privateKey; }
    // "ssh-ed25519 AAAA… COMMENT", as authorized_keys takes it.
    QString publicLine() const { return m_publicLine; }

private:
    void wipe();

    QByteArray m_privateKey;
    QString m_publicLine;
};

} // namespace fleet
