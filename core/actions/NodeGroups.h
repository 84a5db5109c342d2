#pragma once

#include "history/HistoryRecords.h"
#include "model/Failure.h"
#include "model/Node.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fleet {

// A group the facts suggest (an agent's arch, GPU and OS): shown to the person, applied only when accepted.
struct GroupSuggestion
{
    QString group;     // "arch:aarch64", "gpu", "os:ubuntu"
    QStringList nodes; // addresses that would join (those not already in it)
    QString reason;    // "arch aarch64 reported by the agent"
};

// Node arguments after groups were resolved: addresses in the order written, each once.
struct ResolvedNodes
{
    QStringList nodes;
    Failure failure; // usage: an invalid or empty group
};

// Node groups (issue 13, item 6): labels a person puts on nodes, or accepts from suggest(); a group is a target
// of push, prune, sync and inventory, written `@NAME` among the node arguments. Stored in the history (schema
// step 7: node_groups, group_images). Synchronous, fast (SQLite only): the GUI still calls them on a worker.
class NodeGroups final
{
    Q_DECLARE_TR_FUNCTIONS(NodeGroups)

public:
    // [a-z0-9][a-z0-9._:-]{0,62}: fits in a word of a shell command, a file name and a JSON key.
    static bool isValidName(const QString &name, QString *why = nullptr);
    // "@gpu" → "gpu"; nullopt for a word that names no group (an address).
    static std::optional<QString> groupOfWord(const QString &word);

    // Suggested memberships from what each node reported; a node already in the group is left out (`current`:
    // address → its groups), and a suggestion nobody would join is not made.
    static QList<GroupSuggestion> suggest(const QList<Node> &nodes,
                                          const std::function<QStringList(const QString &)> &current = {});
    // The group name a fact gives ("aarch64" → "arch:aarch64", "Ubuntu 22.04.3 LTS" → "os:ubuntu"); empty when
    // the fact is unknown or makes no valid name.
    static QString archGroup(const QString &arch);
    static QString osGroup(const QString &os);

    // Words (addresses and @GROUP) → addresses, through `members` (group → its nodes; nullopt: unknown group).
    // A group without nodes is a usage failure naming the fix, as is an invalid name.
    static ResolvedNodes resolve(const QStringList &words,
                                 const std::function<std::optional<QStringList>(const QString &)> &members);
    // The same against the history at `dbPath`: a member whose SSH port is not 22 comes back as host:port.
    static ResolvedNodes resolve(const QStringList &words, const QString &dbPath);

    // Editing by hand. `nodes` may be written host, host:port or user@host: the group holds the host.
    static Failure assign(const QString &dbPath, const QString &group, const QStringList &nodes);
    static Failure unassign(const QString &dbPath, const QString &group, const QStringList &nodes);
    // The images a group should hold (drift: a member that lacks one). `image` is normalized to its familiar form.
    static Failure want(const QString &dbPath, const QString &group, const QString &image);
    static Failure unwant(const QString &dbPath, const QString &group, const QString &image);
    static QList<GroupRecord> list(const QString &dbPath, Failure *failure);
};

} // namespace fleet
