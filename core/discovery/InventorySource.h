#pragma once

#include "discovery/HostTarget.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fleet {

// Hosts of an Ansible INI inventory: ungrouped and [group] host lines with ansible_host / ansible_port /
// ansible_user (and the older ansible_ssh_* names), `host:port`, and ranges like web[01:20].lan or db-[a:c].
// [group:vars] and [group:children] sections name no hosts and are skipped. YAML inventories are refused
// with the command that converts them.
class InventorySource
{
public:
    static constexpr int kMaxExpansion = 65536; // per host line; a typo like [1:9999999] must not eat memory

    static SourceReport read(const QString &path);
    static SourceReport parse(const QByteArray &text, const QString &origin);

    // Expands Ansible's [start:end] / [start:end:step] patterns (numeric keeps zero padding, or single letters).
    static bool expand(const QString &pattern, QStringList *out, QString *error);
};

} // namespace fleet
