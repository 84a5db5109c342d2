#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

struct gpgme_context;

namespace fleet {

// OpenPGP clear signatures checked by GPGME against a keyring file the admin chose. The keys go into a private
// GNUPGHOME made for this object (mode 0700 under the temp dir, removed with it) and set on this GPGME context
// only: the user's ~/.gnupg and the process environment are never touched. Offline: gpg never fetches keys.
class SifGpg final
{
    Q_DECLARE_TR_FUNCTIONS(SifGpg)
    Q_DISABLE_COPY_MOVE(SifGpg)

public:
    enum class Status { Good, Bad, UnknownKey, Error };

    struct Result
    {
        Status status = Status::Error;
        QByteArray plaintext;       // what the signature covers
        QString fingerprint;        // of the signing key (primary key's when the key is known), upper-case hex
        QString uid;                // "Name <email>", when known
        QString reason;             // when not Good
    };

    SifGpg();
    ~SifGpg();

    // Imports the public keys of an armored or binary key file (at most 16 MiB); false with a reason otherwise.
    bool importKeyring(const QString &path, QString *error);
    int keyCount() const { return m_keys; }
    Result verify(const QByteArray &clearsigned);

private:
    bool ensureContext(QString *error);

    QTemporaryDir m_home;
    gpgme_context *m_ctx = nullptr;
    int m_keys = 0;
    bool m_secretKeysRead = false;
};

} // namespace fleet
