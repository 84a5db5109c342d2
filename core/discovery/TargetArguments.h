#pragma once

#include "discovery/TargetSet.h"

#include <QString>
#include <QStringList>

namespace fleet {

// The words a person types to say what to scan (fleetctl scan, the GUI's scan dialog):
//   10.0.0.0/24 · 10.0.0.5-40 · host · host:port · user@host · [v6]:port
//   @ssh-config[=FILE] · @known-hosts[=FILE] · @arp[=FILE] · @inventory=FILE
class TargetArguments
{
public:
    static QString syntax(); // one line for usage messages

    // Adds one word's targets to `set`. `notes` gets a line per file source ("@known-hosts: 12 hosts, 3 hashed
    // entries cannot be listed"), `warnings` the lines it could not use. Returns false with `error` on a word
    // that cannot be used at all (malformed range, unreadable file, policy refusal).
    static bool add(TargetSet &set, const QString &argument, QStringList *notes, QStringList *warnings,
                    QString *error);
};

} // namespace fleet
