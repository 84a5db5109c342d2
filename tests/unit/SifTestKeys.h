#pragma once

#include "SifReference.h"

#include <QDir>
#include <QFile>
#include <QProcess>

// OpenPGP keys for the SIF tests, made with the gpg CLI in homes of their own under a test's temp dir (never
// the user's ~/.gnupg); each home's agent is stopped before the test goes on.
namespace fleet::test {

inline bool runGpg(const QString &home, const QStringList &args, QByteArray *out = nullptr)
{
    QDir().mkpath(home);
    QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess p;
    p.start(QStringLiteral("gpg"), QStringList{QStringLiteral("--homedir"), home, QStringLiteral("--batch"),
                                               QStringLiteral("--quiet"), QStringLiteral("--pinentry-mode"),
                                               QStringLiteral("loopback"), QStringLiteral("--passphrase"), QString()}
                                       + args);
    if (!p.waitForFinished(60000))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("gpg %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

inline void stopGpgAgent(const QString &home)
{
    QProcess::execute(QStringLiteral("gpgconf"),
                      {QStringLiteral("--homedir"), home, QStringLiteral("--kill"), QStringLiteral("all")});
}

// Writes an armored public key file to `path`: the reference signer's (from test/keys/private.asc), or, with a
// uid, a fresh ed25519 key's. Empty on success, else what failed.
inline QString writePublicKey(const QString &home, const QString &path, const QString &newUid = {})
{
    const bool made = newUid.isEmpty()
        ? runGpg(home, {QStringLiteral("--import"), sifReferenceDir() + QStringLiteral("/test/keys/private.asc")})
        : runGpg(home, {QStringLiteral("--quick-gen-key"), newUid, QStringLiteral("ed25519"), QStringLiteral("sign"),
                        QStringLiteral("never")});
    QByteArray key;
    const bool exported = made && runGpg(home, {QStringLiteral("--export"), QStringLiteral("--armor")}, &key);
    stopGpgAgent(home);
    if (!exported || !key.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"))
        return QStringLiteral("gpg could not make the public key %1 (is gnupg installed?)").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(key) != key.size())
        return QStringLiteral("cannot write %1").arg(path);
    return {};
}

} // namespace fleet::test
