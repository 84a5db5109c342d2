#pragma once

#include <QString>

namespace fleet {

// Edits an OpenSSH known_hosts file where libssh has no API for it: forgetting a host's keys.
class KnownHosts final
{
public:
    explicit KnownHosts(QString path);

    // Removes every line for host (port 22: "host"; other ports: "[host]:port"), hashed entries included.
    // Returns the number of lines removed, or -1 if the file could not be rewritten.
    int forget(const QString &host, quint16 port = 22) const;

    // The name as known_hosts writes it.
    static QString entryName(const QString &host, quint16 port);
    // True if one comma-separated host field (plain or |1|salt|hash) names `entry`.
    static bool fieldMatches(const QString &field, const QString &entry);

private:
    QString m_path;
};

} // namespace fleet
