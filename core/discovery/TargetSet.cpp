#include "discovery/TargetSet.h"

#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <netdb.h>
#include <sys/socket.h>

namespace fleet {

namespace {

constexpr int kResolverThreads = 16;

// getaddrinfo, first answer (IPv4 preferred as most fleets are); null address if the name does not resolve.
QHostAddress resolveName(const QString &name)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    if (getaddrinfo(name.toUtf8().constData(), nullptr, &hints, &list) != 0 || !list)
        return {};
    QHostAddress chosen;
    for (addrinfo *ai = list; ai; ai = ai->ai_next) {
        QHostAddress address(ai->ai_addr);
        if (chosen.isNull() || (chosen.protocol() != QAbstractSocket::IPv4Protocol
                                && address.protocol() == QAbstractSocket::IPv4Protocol))
            chosen = address;
    }
    freeaddrinfo(list);
    return chosen;
}

QString loopbackRefusal(const QString &what)
{
    return QStringLiteral("refusing to scan %1: this run is limited to 127.0.0.0/8 and ::1 "
                          "(FLEET_SCAN_LOOPBACK_ONLY is set, as in tests and benches)")
        .arg(what);
}

} // namespace

TargetSet::TargetSet(Policy policy, QList<quint16> defaultPorts)
    : m_policy(policy)
    , m_defaultPorts(std::move(defaultPorts))
{
    if (qEnvironmentVariableIntValue("FLEET_SCAN_LOOPBACK_ONLY") != 0)
        m_policy.loopbackOnly = true;
}

bool TargetSet::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool TargetSet::checkRange(const AddressRange &range, QString *error) const
{
    if (m_policy.loopbackOnly && !range.isLoopback()) {
        *error = loopbackRefusal(range.toString());
        return false;
    }
    if (!m_policy.force && range.widthPrefix() < kWidestPrefix) {
        *error = QStringLiteral("%1 holds %2 addresses; ranges wider than /%3 (65536 addresses) are refused so that "
                                "a typo cannot start a huge scan. Narrow the range, or add --force if you mean it.")
                     .arg(range.toString())
                     .arg(range.size())
                     .arg(kWidestPrefix);
        return false;
    }
    return true;
}

bool TargetSet::addRange(const AddressRange &range, QString *error)
{
    if (!checkRange(range, error))
        return false;
    m_ranges.append(range);
    return true;
}

void TargetSet::mergeRanges()
{
    std::sort(m_ranges.begin(), m_ranges.end(),
              [](const AddressRange &a, const AddressRange &b) { return a.first() < b.first(); });
    QList<AddressRange> merged;
    for (const AddressRange &range : std::as_const(m_ranges)) {
        if (!merged.isEmpty() && quint64(range.first()) <= quint64(merged.last().last()) + 1) {
            const AddressRange &last = merged.last();
            const bool same = range.first() >= last.first() && range.last() <= last.last();
            if (!same)
                merged.last() = AddressRange(last.first(), qMax(last.last(), range.last()));
            continue;
        }
        merged.append(range);
    }
    m_ranges = merged;
}

bool TargetSet::inRanges(quint32 address) const
{
    auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), address,
                               [](quint32 a, const AddressRange &r) { return a < r.first(); });
    return it != m_ranges.cbegin() && std::prev(it)->contains(address);
}

void TargetSet::place(const ScanTarget &input)
{
    ScanTarget target = input;
    if (m_defaultPorts.size() == 1 && target.port == m_defaultPorts.first())
        target.port = 0;
    auto fill = [](ScanTarget &into, const ScanTarget &from) {
        if (into.alias.isEmpty())
            into.alias = from.alias;
        if (into.user.isEmpty())
            into.user = from.user;
    };
    const bool v4 = target.address.protocol() == QAbstractSocket::IPv4Protocol;
    if (v4 && target.port == 0 && inRanges(target.address.toIPv4Address())) {
        auto it = m_rangeInfo.find(target.address.toIPv4Address());
        if (it == m_rangeInfo.end())
            m_rangeInfo.insert(target.address.toIPv4Address(), target);
        else
            fill(*it, target);
        return;
    }
    const QString key = target.address.toString() + QLatin1Char('|') + QString::number(target.port);
    const auto it = m_hostIndex.constFind(key);
    if (it != m_hostIndex.cend()) {
        fill(m_hosts[*it], target);
        return;
    }
    m_hostIndex.insert(key, int(m_hosts.size()));
    m_hosts.append(target);
}

bool TargetSet::prepare(QStringList *warnings, QString *error, const std::atomic_bool *cancel)
{
    mergeRanges();
    for (const AddressRange &range : std::as_const(m_ranges))
        if (!checkRange(range, error)) // adjacent ranges may have merged into one wider than allowed
            return false;

    QStringList names; // distinct names that are not address literals
    for (const HostTarget &host : std::as_const(m_pending))
        if (QHostAddress(host.host).isNull() && !names.contains(host.host, Qt::CaseInsensitive))
            names << host.host;
    QHash<QString, QHostAddress> resolved;
    if (!names.isEmpty()) {
        QThreadPool pool;
        pool.setMaxThreadCount(qMin(kResolverThreads, int(names.size())));
        const QList<QHostAddress> answers = QtConcurrent::blockingMapped(&pool, names, resolveName);
        for (qsizetype i = 0; i < names.size(); ++i)
            resolved.insert(names.at(i).toLower(), answers.at(i));
    }
    if (cancel && cancel->load())
        return false;

    for (const HostTarget &host : std::as_const(m_pending)) {
        QHostAddress address(host.host);
        if (address.isNull())
            address = resolved.value(host.host.toLower());
        if (address.isNull()) {
            if (warnings)
                *warnings << QStringLiteral("%1 (from %2) does not resolve to an address; skipped. Check the name, "
                                            "or use its IP address.")
                                 .arg(host.host, host.source);
            continue;
        }
        if (m_policy.loopbackOnly && !isLoopback(address)) {
            *error = loopbackRefusal(host.host == address.toString()
                                         ? host.host
                                         : QStringLiteral("%1 (%2)").arg(host.host, address.toString()));
            return false;
        }
        ScanTarget target;
        target.address = address;
        target.port = host.port;
        target.user = host.user;
        target.alias = host.alias.isEmpty() && host.host != address.toString() ? host.host : host.alias;
        target.source = host.source;
        place(target);
    }
    m_pending.clear();
    return true;
}

quint64 TargetSet::size() const
{
    quint64 total = quint64(m_hosts.size());
    for (const AddressRange &range : m_ranges)
        total += range.size();
    return total;
}

bool TargetSet::covers(const QHostAddress &address) const
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol && inRanges(address.toIPv4Address()))
        return true;
    return std::any_of(m_hosts.cbegin(), m_hosts.cend(),
                       [&](const ScanTarget &t) { return t.address.isEqual(address); });
}

bool TargetSet::Cursor::next(ScanTarget *out)
{
    while (m_range < m_set->m_ranges.size()) {
        const AddressRange &range = m_set->m_ranges.at(m_range);
        if (m_offset < range.size()) {
            const quint32 address = range.at(m_offset++);
            const auto info = m_set->m_rangeInfo.constFind(address);
            if (info != m_set->m_rangeInfo.cend()) {
                *out = *info;
            } else {
                *out = ScanTarget{};
                out->address = QHostAddress(address);
                out->source = QStringLiteral("cidr");
            }
            return true;
        }
        ++m_range;
        m_offset = 0;
    }
    if (m_host < m_set->m_hosts.size()) {
        *out = m_set->m_hosts.at(m_host++);
        return true;
    }
    return false;
}

} // namespace fleet
