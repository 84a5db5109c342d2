#pragma once

#include "discovery/HostTarget.h"

#include <QByteArray>
#include <QString>

namespace fleet {

// Hosts recorded in an OpenSSH known_hosts file: plain names and [host]:port entries (comma lists too).
// Hashed entries (|1|salt|hash, HashKnownHosts yes) cannot be turned back into names: they are counted.
// Wildcard and negated patterns and @cert-authority / @revoked lines are skipped.
class KnownHostsSource
{
public:
    static QString defaultPath(); // ~/.ssh/known_hosts
    static SourceReport read(const QString &path);
    static SourceReport parse(const QByteArray &text, const QString &origin);
};

} // namespace fleet
