#pragma once

#include "discovery/AddressRange.h"
#include "discovery/HostTarget.h"
#include "discovery/ScanTypes.h"

#include <QHash>
#include <QList>

#include <atomic>

namespace fleet {

struct TargetPolicy
{
    bool force = false;        // allow ranges wider than /16
    bool loopbackOnly = false; // refuse anything outside 127.0.0.0/8 and ::1 (tests, benches)
};

// Everything one scan will probe: address ranges and named hosts from all sources, resolved, checked against
// the safety rules, and de-duplicated. Ranges stay ranges (overlaps merged): addresses are produced one at a
// time by a Cursor, so a /16 costs a few integers and the hosts named inside it.
class TargetSet
{
public:
    static constexpr int kWidestPrefix = 16; // wider needs `force`

    using Policy = TargetPolicy;

    // FLEET_SCAN_LOOPBACK_ONLY=1 in the environment forces loopbackOnly on, whatever the caller asked.
    explicit TargetSet(Policy policy = {}, QList<quint16> defaultPorts = {22});

    bool addRange(const AddressRange &range, QString *error);
    void addHost(const HostTarget &host) { m_pending.append(host); }
    void addHosts(const QList<HostTarget> &hosts) { m_pending.append(hosts); }

    // Resolves host names (in parallel), applies the policy and de-duplicates; call once, before cursor().
    // Names that do not resolve become warnings; a policy violation is an error (returns false).
    bool prepare(QStringList *warnings, QString *error, const std::atomic_bool *cancel = nullptr);

    quint64 size() const;
    bool isEmpty() const { return size() == 0; }
    const QList<AddressRange> &ranges() const { return m_ranges; }
    int hostCount() const { return int(m_hosts.size()); }
    // Whether this scan covers `address` (only those nodes may be marked OFFLINE when silent).
    bool covers(const QHostAddress &address) const;
    const Policy &policy() const { return m_policy; }

    class Cursor
    {
    public:
        explicit Cursor(const TargetSet *set)
            : m_set(set)
        {
        }
        bool next(ScanTarget *out);

    private:
        const TargetSet *m_set;
        qsizetype m_range = 0;
        quint64 m_offset = 0;
        qsizetype m_host = 0;
    };
    Cursor cursor() const { return Cursor(this); }

    static bool isLoopback(const QHostAddress &address);

private:
    bool checkRange(const AddressRange &range, QString *error) const;
    void mergeRanges();
    void place(const ScanTarget &target);
    bool inRanges(quint32 address) const;

    Policy m_policy;
    QList<quint16> m_defaultPorts;
    QList<AddressRange> m_ranges;    // sorted and merged after prepare()
    QList<HostTarget> m_pending;     // named hosts not yet resolved
    QList<ScanTarget> m_hosts;       // resolved hosts outside the ranges, or with their own port
    QHash<quint32, ScanTarget> m_rangeInfo; // what sources said about addresses inside the ranges
    QHash<QString, int> m_hostIndex; // "address|port" → index in m_hosts
};

} // namespace fleet
