#pragma once

#include "agent/SecretStore.h"

#include <QMutex>
#include <QString>

#include <optional>

namespace fleet {

// How the desktop's workers reach the agent secrets recorded at install time (token and certificate
// fingerprint), shared by the Install agent action and the live telemetry so that they agree on the store and
// never touch it at the same time.
class AgentSecrets final
{
public:
    // qtkeychain (libsecret) behind SecretStore crashes when used from several threads at once (seen here: a
    // callback of one thread's job dispatched in another's event loop). Hold this around every SecretStore use.
    static QMutex &lock();
    // Without a session bus there is no keychain to ask, and asking anyway (qtkeychain → libsecret) leaves a
    // callback behind that fires into a destroyed job in the worker's next event loop. The file store is what
    // Auto would fall back to there, so the CLI and the window still agree.
    static SecretStore::Backend backend();
    // The secret of the agent at address:port, under the lock; nullopt with `error` saying why (empty error:
    // none recorded on this workstation).
    static std::optional<AgentSecret> read(const QString &address, quint16 port, QString *error);
};

} // namespace fleet
