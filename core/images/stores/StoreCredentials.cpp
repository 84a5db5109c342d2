#include "images/stores/StoreCredentials.h"

#include "agent/AgentSecrets.h"

#include <QMutexLocker>

#include "agent/SecretStore.h"

namespace fleet {

namespace {

struct EnvNames
{
    const char *user;
    const char *secret;
    const char *server; // the registry the pair is for; null: no such variable (S3)
};

EnvNames envNames(const StoreLocation &location)
{
    if (location.kind == StoreLocation::Kind::S3)
        return {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", nullptr};
    return {"FLEET_REGISTRY_USERNAME", "FLEET_REGISTRY_PASSWORD", "FLEET_REGISTRY_SERVER"};
}

// "host[:port]" as image references start; a scheme or a trailing '/' a person may add is ignored.
QString registryName(QString text)
{
    text = text.trimmed();
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        text = text.mid(scheme + 3);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text.toLower();
}

bool environmentSet(const EnvNames &names)
{
    return !qgetenv(names.user).isEmpty() || !qgetenv(names.secret).isEmpty();
}

// Whether the environment's pair may go to this location. Registry logins are scoped: the pair is sent only to
// the registry FLEET_REGISTRY_SERVER names (exactly, port included), never to whatever registry a URL points at.
bool environmentIsFor(const StoreLocation &location, const EnvNames &names)
{
    if (!names.server)
        return true;
    const QString server = registryName(qEnvironmentVariable(names.server));
    return !server.isEmpty() && server == registryName(location.registry);
}

} // namespace

QString StoreCredentials::referenceFor(const StoreLocation &location)
{
    switch (location.kind) {
    case StoreLocation::Kind::S3:
        return QStringLiteral("store:s3:%1/%2").arg(location.endpoint, location.bucket);
    case StoreLocation::Kind::Registry:
        return QStringLiteral("store:registry:%1").arg(location.registry);
    case StoreLocation::Kind::Folder:
        break;
    }
    return {};
}

QString StoreCredentials::environmentHint(const StoreLocation &location)
{
    const EnvNames names = envNames(location);
    if (!names.server)
        return QStringLiteral("set %1 and %2 in the environment, or save them once with `fleetctl store login %3`")
            .arg(QLatin1String(names.user), QLatin1String(names.secret), location.text);
    QString hint = QStringLiteral("set %1=%2 with %3 and %4 in the environment, or save them once with `fleetctl "
                                  "store login %5`")
                       .arg(QLatin1String(names.server), location.registry, QLatin1String(names.user),
                            QLatin1String(names.secret), location.text);
    if (environmentSet(names) && !environmentIsFor(location, names)) {
        const QString server = qEnvironmentVariable(names.server).trimmed();
        hint += server.isEmpty()
                    ? QStringLiteral(" (%1 is set but was not sent: %2 is not set, so it is not known which "
                                     "registry it is for)").arg(QLatin1String(names.user), QLatin1String(names.server))
                    : QStringLiteral(" (%1 is set but was not sent: %2 names %3, not %4)")
                          .arg(QLatin1String(names.user), QLatin1String(names.server), server.left(100),
                               location.registry);
    }
    return hint;
}

std::optional<StoreCredentials> StoreCredentials::lookup(const StoreLocation &location, QString *error)
{
    if (location.kind == StoreLocation::Kind::Folder)
        return std::nullopt;
    const QMutexLocker locker(&AgentSecrets::lock());
    SecretStore secrets(AgentSecrets::backend());
    return resolve(location, &secrets, error);
}

std::optional<StoreCredentials> StoreCredentials::resolve(const StoreLocation &location, SecretStore *secrets,
                                                          QString *error)
{
    if (location.kind == StoreLocation::Kind::Folder)
        return std::nullopt;
    const EnvNames names = envNames(location);
    const QByteArray user = qgetenv(names.user);
    const QByteArray secret = qgetenv(names.secret);
    if ((!user.isEmpty() || !secret.isEmpty()) && environmentIsFor(location, names)) {
        if (user.isEmpty() || secret.isEmpty()) {
            *error = QStringLiteral("only one of %1 and %2 is set; set both")
                         .arg(QLatin1String(names.user), QLatin1String(names.secret));
            return std::nullopt;
        }
        return StoreCredentials{user, secret, QStringLiteral("environment")};
    }
    if (!secrets)
        return std::nullopt;
    QString why;
    const std::optional<AgentSecret> stored = secrets->read(referenceFor(location), &why);
    if (!stored) {
        if (!why.isEmpty())
            *error = QStringLiteral("reading the saved credentials for %1 failed: %2").arg(location.text, why);
        return std::nullopt;
    }
    const qsizetype newline = stored->token.indexOf('\n');
    if (newline <= 0) {
        *error = QStringLiteral("the saved credentials for %1 are damaged; save them again with `fleetctl store "
                                "login %1`").arg(location.text);
        return std::nullopt;
    }
    return StoreCredentials{stored->token.left(newline), stored->token.mid(newline + 1),
                            QStringLiteral("secret store")};
}

bool StoreCredentials::save(const StoreLocation &location, SecretStore &secrets, const StoreCredentials &credentials,
                            QString *error)
{
    if (location.kind == StoreLocation::Kind::Folder) {
        *error = QStringLiteral("a folder store needs no credentials");
        return false;
    }
    if (credentials.user.isEmpty() || credentials.secret.isEmpty() || credentials.user.contains('\n')) {
        *error = QStringLiteral("both an id (one line) and a secret are needed");
        return false;
    }
    AgentSecret secret;
    secret.token = credentials.user + '\n' + credentials.secret;
    return secrets.write(referenceFor(location), secret, error);
}

bool StoreCredentials::forget(const StoreLocation &location, SecretStore &secrets, QString *error)
{
    return secrets.remove(referenceFor(location), error);
}

} // namespace fleet
