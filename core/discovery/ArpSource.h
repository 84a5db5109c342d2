#pragma once

#include "discovery/HostTarget.h"

#include <QByteArray>
#include <QString>

namespace fleet {

// Neighbours this machine has talked to recently, from the kernel's ARP cache (/proc/net/arp). Only complete
// entries (flag 0x2) count: incomplete ones are addresses that never answered.
class ArpSource
{
public:
    static QString defaultPath() { return QStringLiteral("/proc/net/arp"); }
    static SourceReport read(const QString &path = defaultPath());
    static SourceReport parse(const QByteArray &text, const QString &origin);
};

} // namespace fleet
