#include "ssh/EphemeralKey.h"

#include <libssh/libssh.h>

#include <cstring>
#include <utility>

namespace fleet {

EphemeralKey::~EphemeralKey()
{
    wipe();
}

EphemeralKey::EphemeralKey(EphemeralKey &&other) noexcept
    : m_privateKey(std::exchange(other.m_privateKey, {}))
    , m_publicLine(std::exchange(other.m_publicLine, {}))
{
}

EphemeralKey &EphemeralKey::operator=(EphemeralKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_privateKey = std::exchange(other.m_privateKey, {});
        m_publicLine = std::exchange(other.m_publicLine, {});
    }
    return *this;
}

void EphemeralKey::wipe()
{
    // Only bytes this key owns alone: a shared copy (a command's input being sent) is another's to drop.
    if (!m_privateKey.isEmpty() && m_privateKey.isDetached())
        std::memset(m_privateKey.data(), 0, size_t(m_privateKey.size()));
    m_privateKey.clear();
}

EphemeralKey EphemeralKey::generate(const QString &comment, QString *error)
{
    EphemeralKey result;
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK || !key) {
        *error = QStringLiteral("could not generate a key for the node relay (libssh)");
        return result;
    }
    char *privateB64 = nullptr;
    char *publicB64 = nullptr;
    const bool ok = ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &privateB64) == SSH_OK
        && ssh_pki_export_pubkey_base64(key, &publicB64) == SSH_OK;
    if (ok) {
        result.m_privateKey = QByteArray(privateB64);
        if (!result.m_privateKey.endsWith('\n'))
            result.m_privateKey.append('\n');
        result.m_publicLine = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key))),
                                                             QString::fromLatin1(publicB64), comment);
    } else {
        *error = QStringLiteral("could not export the node relay's key (libssh)");
    }
    if (privateB64) {
        std::memset(privateB64, 0, std::strlen(privateB64));
        ssh_string_free_char(privateB64);
    }
    if (publicB64)
        ssh_string_free_char(publicB64);
    ssh_key_free(key);
    return result;
}

} // namespace fleet
