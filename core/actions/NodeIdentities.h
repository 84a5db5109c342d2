#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace fleet {

// Which SSH private key a node is reached with when it needs its own: a node's identity, else the first of its
// groups (in name order) that has one. Kept in the shared settings (QSettings, as FleetSettings: a path, never a
// key), so fleetctl could follow them too; the desktop sets them (SSH identity… on a tile) and hands `lookup` to
// every SSH connection (SshOptions::identityFor). Without an override the session falls back to --identity, then
// ~/.ssh/config, then ssh's defaults.
class NodeIdentities
{
    Q_DECLARE_TR_FUNCTIONS(NodeIdentities)

public:
    static constexpr const char *kNodePrefix = "ssh/nodeIdentity/";
    static constexpr const char *kGroupPrefix = "ssh/groupIdentity/";

    struct Effective
    {
        QString path;
        QString group; // the group it comes from; empty: the node's own (or none)
        bool isSet() const { return !path.isEmpty(); }
    };

    // An empty path clears. Fails (with the reason) when the file is not a readable regular file.
    static bool setForNode(const QString &node, const QString &path, QString *error = nullptr);
    static bool setForGroup(const QString &group, const QString &path, QString *error = nullptr);
    static QString forNode(const QString &node);
    static QString forGroup(const QString &group);
    static bool anyGroupIdentity();

    // The node's own, else its first group's (`groups` as the history lists them).
    static Effective resolve(const QString &node, const QStringList &groups);

    // For SshOptions::identityFor, safe on any thread: the settings, and the node's groups from the history at
    // `dbPath` only when some group has an identity.
    static std::function<QString(const QString &host)> lookup(const QString &dbPath);

private:
    static QString key(const char *prefix, const QString &name);
    static bool store(const QString &key, const QString &path, QString *error);
};

} // namespace fleet
