#include "discovery/ScanRecorder.h"

#include "discovery/TargetSet.h"
#include "history/HistoryStore.h"

namespace fleet {

ScanRecorder::ScanRecorder(HistoryStore &store)
    : m_store(store)
{
}

QString ScanRecorder::errorString() const
{
    return m_store.errorString();
}

Node ScanRecorder::toNode(const ScanResult &result, const QDateTime &now)
{
    Node node;
    node.address = result.address;
    node.sshPort = result.sshPort ? result.sshPort : (result.target.port ? result.target.port : quint16(22));
    node.user = result.target.user;
    node.hostName = result.target.alias;
    node.source = result.target.source.isEmpty() ? QStringLiteral("cidr") : result.target.source;
    node.state = result.state;
    node.sshBanner = result.sshBanner;
    node.agentVersion = result.agentVersion;
    node.firstSeen = now;
    node.lastSeen = now;
    return node;
}

bool ScanRecorder::begin(const QStringList &targets)
{
    m_seen.clear();
    m_online = m_notInstalled = m_unreachable = 0;
    m_scanId = m_store.beginScan(targets);
    return m_scanId > 0;
}

bool ScanRecorder::record(const ScanResult &result)
{
    m_seen.insert(result.address);
    switch (result.state) {
    case NodeState::Online:
        ++m_online;
        break;
    case NodeState::NotInstalled:
        ++m_notInstalled;
        break;
    case NodeState::Unreachable:
        ++m_unreachable;
        break;
    default:
        break;
    }
    return m_store.upsertNode(toNode(result));
}

bool ScanRecorder::finish(const TargetSet &targets, const ScanSummary &summary, QStringList *offline)
{
    int turnedOffline = 0;
    bool ok = true;
    if (!summary.cancelled && summary.errors.isEmpty()) {
        QStringList silent;
        for (const Node &node : m_store.nodes()) {
            const QHostAddress address(node.address);
            if (node.state != NodeState::Offline && !m_seen.contains(node.address) && !address.isNull()
                && targets.covers(address))
                silent << node.address;
        }
        turnedOffline = silent.isEmpty() ? 0 : m_store.markOffline(silent);
        ok = turnedOffline >= 0;
        if (ok && offline)
            *offline = silent;
    }
    ScanRecord record;
    record.durationMs = summary.elapsedMs;
    record.hostsTotal = int(qMin<quint64>(summary.progress.done, INT_MAX));
    record.found = int(summary.progress.found);
    record.online = m_online;
    record.notInstalled = m_notInstalled;
    record.unreachable = m_unreachable;
    record.offline = qMax(0, turnedOffline);
    if (summary.cancelled)
        record.error = QStringLiteral("cancelled after %1 of %2 addresses").arg(summary.progress.done)
                           .arg(summary.progress.total);
    else if (!summary.errors.isEmpty())
        record.error = summary.errors.join(QLatin1String("; "));
    return m_store.finishScan(m_scanId, record) && ok;
}

} // namespace fleet
