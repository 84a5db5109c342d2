#pragma once

#include "images/stores/StoreLocation.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fleet {

class SecretStore;

// Credentials for an S3 bucket or a registry. They are read from the environment first, then from the
// SecretStore (OS keychain, else a 0600 file), and live only in memory: never in a URL, a command line,
// a log, the history database or QSettings.
//   S3:       AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY, else SecretStore entry "store:s3:<endpoint>/<bucket>"
//   registry: FLEET_REGISTRY_USERNAME + FLEET_REGISTRY_PASSWORD, only for the registry FLEET_REGISTRY_SERVER
//             names (host[:port], exactly); else entry "store:registry:<host:port>"
// The SecretStore entry keeps "<id>\n<secret>" in its token field (`fleetctl store login` writes it).
struct StoreCredentials
{
    QByteArray user;   // access key id / user name
    QByteArray secret; // secret access key / password
    QString source;    // "environment" or "secret store": for messages, never the values

    bool isEmpty() const { return user.isEmpty(); }

    static QString referenceFor(const StoreLocation &location);
    // Environment, then the secret store (may be null). nullopt when none; `error` set when reading failed.
    static std::optional<StoreCredentials> resolve(const StoreLocation &location, SecretStore *secrets,
                                                   QString *error);
    // resolve() with the product's secret store (the keychain, else the 0600 file), under the lock every keychain
    // user of the process shares (qtkeychain is not safe from several threads at once): what jobs and actions use.
    static std::optional<StoreCredentials> lookup(const StoreLocation &location, QString *error);
    static bool save(const StoreLocation &location, SecretStore &secrets, const StoreCredentials &credentials,
                     QString *error);
    static bool forget(const StoreLocation &location, SecretStore &secrets, QString *error);
    // Which variables a person sets for this kind of store, for messages; notes a registry login in the
    // environment that was not sent because it is for another registry (or names none).
    static QString environmentHint(const StoreLocation &location);
};

} // namespace fleet
