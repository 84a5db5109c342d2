#pragma once

#include <QCoreApplication>
#include <QString>

namespace fleet {

// The fixes core's messages name, in both faces' words: what to do in the window and the fleetctl command, so a
// message is right whichever face shows it. One place, so every message says it the same way.
class Remedy final
{
    Q_DECLARE_TR_FUNCTIONS(Remedy)

public:
    // "trust its key (Trust… in Fleet Commander, or `fleetctl trust HOST`)"
    static QString trustHostKey(const QString &host);
    // After a changed key: forget the old one, then trust the new one.
    static QString replaceHostKey(const QString &host);
    // "install the agent again (Install agent in Fleet Commander, or `fleetctl agent install HOST`)"
    static QString reinstallAgent(const QString &host);
    static QString removeAndReinstallAgent(const QString &host);
};

} // namespace fleet
