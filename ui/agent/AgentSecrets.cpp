#include "AgentSecrets.h"

namespace fleet {

QMutex &AgentSecrets::lock()
{
    static QMutex lock;
    return lock;
}

SecretStore::Backend AgentSecrets::backend()
{
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ? SecretStore::Backend::File
                                                                   : SecretStore::Backend::Auto;
}

std::optional<AgentSecret> AgentSecrets::read(const QString &address, quint16 port, QString *error)
{
    const QMutexLocker locker(&lock());
    SecretStore secrets(backend());
    return secrets.read(SecretStore::referenceFor(address, port), error);
}

} // namespace fleet
