#include "util/Remedy.h"

#include "util/ShellQuote.h"

namespace fleet {

QString Remedy::trustHostKey(const QString &host)
{
    return tr("trust its key (Trust… in Fleet Commander, or `fleetctl trust %1`)").arg(shellQuote(host));
}

QString Remedy::replaceHostKey(const QString &host)
{
    return tr("forget the old key with `fleetctl trust %1 --forget`, then trust the new one (Trust… in Fleet "
              "Commander, or `fleetctl trust %1`)")
        .arg(shellQuote(host));
}

QString Remedy::reinstallAgent(const QString &host)
{
    return tr("install the agent again (Install agent in Fleet Commander, or `fleetctl agent install %1`)")
        .arg(shellQuote(host));
}

QString Remedy::removeAndReinstallAgent(const QString &host)
{
    return tr("remove the agent (`fleetctl agent remove %1`), then install it again (Install agent in Fleet "
              "Commander, or `fleetctl agent install %1`)")
        .arg(shellQuote(host));
}

} // namespace fleet
