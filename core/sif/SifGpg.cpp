#include "sif/SifGpg.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gpgme.h>

#include <mutex>

namespace fleet {

namespace {

constexpr qint64 kKeyringCap = 16 << 20;

QString gpgError(gpgme_error_t err) { return QString::fromUtf8(gpgme_strerror(err)); }

// One gpgme_data_t, released on every path.
struct Data
{
    gpgme_data_t data = nullptr;
    ~Data()
    {
        if (data)
            gpgme_data_release(data);
    }
};

QByteArray drain(gpgme_data_t data)
{
    QByteArray out;
    gpgme_data_seek(data, 0, SEEK_SET);
    char buffer[4096];
    for (;;) {
        const ssize_t n = gpgme_data_read(data, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, int(n));
    }
    return out;
}

} // namespace

SifGpg::SifGpg()
    : m_home(QDir::tempPath() + QStringLiteral("/fleet-gnupg-XXXXXX"))
{
}

SifGpg::~SifGpg()
{
    if (m_ctx)
        gpgme_release(m_ctx);
    // Importing secret keys makes gpg start an agent for this home: stop it before the directory goes.
    if (m_secretKeysRead && m_home.isValid()) {
        const QString gpgconf = QStandardPaths::findExecutable(QStringLiteral("gpgconf"));
        if (!gpgconf.isEmpty())
            QProcess::execute(gpgconf, {QStringLiteral("--homedir"), m_home.path(), QStringLiteral("--kill"),
                                        QStringLiteral("all")});
    }
}

bool SifGpg::ensureContext(QString *error)
{
    if (m_ctx)
        return true;
    static std::once_flag once;
    std::call_once(once, [] { gpgme_check_version(nullptr); });
    if (gpgme_error_t err = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP)) {
        *error = tr("GnuPG is not usable (%1): install Debian's gnupg").arg(gpgError(err));
        return false;
    }
    if (!m_home.isValid()) {
        *error = tr("cannot make a temporary GnuPG home: %1").arg(m_home.errorString());
        return false;
    }
    if (gpgme_error_t err = gpgme_new(&m_ctx)) {
        *error = tr("GPGME: %1").arg(gpgError(err));
        return false;
    }
    gpgme_set_protocol(m_ctx, GPGME_PROTOCOL_OpenPGP);
    gpgme_set_offline(m_ctx, 1);
    const QByteArray home = QFile::encodeName(m_home.path());
    if (gpgme_error_t err = gpgme_ctx_set_engine_info(m_ctx, GPGME_PROTOCOL_OpenPGP, nullptr, home.constData())) {
        *error = tr("GPGME: cannot use the home %1: %2").arg(m_home.path(), gpgError(err));
        return false;
    }
    return true;
}

bool SifGpg::importKeyring(const QString &path, QString *error)
{
    QString why;
    if (!ensureContext(&why)) {
        *error = why;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("keyring %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kKeyringCap) {
        *error = tr("keyring %1 is %2 bytes, more than a key file holds (16 MiB)").arg(path).arg(file.size());
        return false;
    }
    const QByteArray keys = file.readAll();
    Data data;
    if (gpgme_error_t err = gpgme_data_new_from_mem(&data.data, keys.constData(), size_t(keys.size()), 1)) {
        *error = tr("GPGME: %1").arg(gpgError(err));
        return false;
    }
    if (gpgme_error_t err = gpgme_op_import(m_ctx, data.data)) {
        *error = tr("keyring %1: %2").arg(path, gpgError(err));
        return false;
    }
    const gpgme_import_result_t result = gpgme_op_import_result(m_ctx);
    m_secretKeysRead = m_secretKeysRead || (result && result->secret_read > 0);
    const int keysRead = result ? result->imported + result->unchanged : 0;
    if (keysRead <= 0) {
        *error = tr("keyring %1 holds no OpenPGP public key (export one with `gpg --export --armor KEY > FILE`)")
                     .arg(path);
        return false;
    }
    m_keys += keysRead;
    return true;
}

SifGpg::Result SifGpg::verify(const QByteArray &clearsigned)
{
    Result r;
    QString why;
    if (!ensureContext(&why)) {
        r.reason = why;
        return r;
    }
    Data sig;
    Data plain;
    if (gpgme_data_new_from_mem(&sig.data, clearsigned.constData(), size_t(clearsigned.size()), 1)
        || gpgme_data_new(&plain.data)) {
        r.reason = tr("GPGME: out of memory");
        return r;
    }
    if (gpgme_error_t err = gpgme_op_verify(m_ctx, sig.data, nullptr, plain.data)) {
        r.status = Status::Bad;
        r.reason = tr("not an OpenPGP clear signature (%1)").arg(gpgError(err));
        return r;
    }
    r.plaintext = drain(plain.data);
    const gpgme_verify_result_t result = gpgme_op_verify_result(m_ctx);
    const gpgme_signature_t s = result ? result->signatures : nullptr;
    if (!s) {
        r.status = Status::Bad;
        r.reason = tr("the signature object holds no OpenPGP signature");
        return r;
    }
    r.fingerprint = QString::fromLatin1(s->fpr ? s->fpr : "").toUpper();
    switch (gpg_err_code(s->status)) {
    case GPG_ERR_NO_ERROR: r.status = Status::Good; break;
    case GPG_ERR_NO_PUBKEY:
        r.status = Status::UnknownKey;
        r.reason = tr("signed by an unknown key %1").arg(r.fingerprint);
        return r;
    case GPG_ERR_BAD_SIGNATURE:
        r.status = Status::Bad;
        r.reason = tr("bad signature: the signed text does not match the signature (key %1)").arg(r.fingerprint);
        break;
    default:
        r.status = Status::Bad;
        r.reason = tr("signature by key %1 not valid: %2").arg(r.fingerprint, gpgError(s->status));
        break;
    }
    // The key made the signature with one of its (sub)keys: name its primary key and first user ID.
    gpgme_key_t key = nullptr;
    if (s->fpr && gpgme_get_key(m_ctx, s->fpr, &key, 0) == 0 && key) {
        if (key->fpr)
            r.fingerprint = QString::fromLatin1(key->fpr).toUpper();
        if (key->uids && key->uids->uid)
            r.uid = QString::fromUtf8(key->uids->uid);
        gpgme_key_unref(key);
    }
    return r;
}

} // namespace fleet
