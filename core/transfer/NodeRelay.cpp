#include "transfer/NodeRelay.h"

#include <algorithm>

namespace fleet {

using Clock = std::chrono::steady_clock;

namespace {
constexpr auto kPoll = std::chrono::milliseconds(200);
}

NodeRelay::NodeRelay(Settings settings)
    : m_settings(std::move(settings))
{
}

NodeRelay::~NodeRelay()
{
    if (m_saveShare)
        m_saveShare->leave(); // nobody streamed it: the engine's save stops
}

void NodeRelay::beginSave(const QString &dockerHost, const QString &reference)
{
    const std::lock_guard lock(m_mutex);
    if (m_save || m_seated)
        return;
    SaveFanout::Settings settings;
    settings.dockerHost = dockerHost;
    settings.reference = reference;
    settings.expected = 1;
    settings.startMs = m_settings.gatherMs + m_settings.readyMs + 30000; // the chain forms first
    m_save = std::make_shared<SaveFanout>(settings);
    m_saveShare = m_save->join();
}

std::shared_ptr<SaveFanout::Share> NodeRelay::takeSave()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_saveShare, {});
}

std::optional<NodeRelay::Seat> NodeRelay::join(const Candidate &candidate, const std::function<bool()> &stopped,
                                               QString *why)
{
    std::unique_lock lock(m_mutex);
    // The ID is written into the nodes' commands as it is (a directory name, a key marker).
    if (!NodeRelayScript::validId(m_settings.id)) {
        *why = QStringLiteral("the relay's ID \"%1\" is not 8-64 letters, digits or '-'").arg(m_settings.id);
        return std::nullopt;
    }
    if (m_seated) {
        *why = QStringLiteral("the relay chain had formed before this node was ready");
        return std::nullopt;
    }
    if (!m_firstJoin)
        m_firstJoin = Clock::now();
    m_entries.push_back({candidate, false, false, false});
    const int self = int(m_entries.size());
    m_entries.back().candidate.reach.index = self;
    m_changed.notify_all();
    const auto deadline = *m_firstJoin + std::chrono::milliseconds(m_settings.gatherMs);
    while (!m_seated && int(m_entries.size()) + m_withdrawn < m_settings.expected && Clock::now() < deadline
           && !(stopped && stopped()))
        m_changed.wait_until(lock, qMin(deadline, Clock::now() + kPoll));
    if (!m_seated) {
        m_seated = true;
        m_seatedAt = Clock::now();
        if (m_entries.size() > 1)
            m_key = EphemeralKey::generate(QStringLiteral("fleet-relay-") + m_settings.id, &m_keyError);
        m_changed.notify_all();
    }
    if (stopped && stopped()) {
        m_entries[size_t(self - 1)].reported = true; // never set up: not part of the chain
        m_changed.notify_all();
        *why = QStringLiteral("cancelled");
        return std::nullopt;
    }
    if (m_entries.size() < 2 || m_key.isNull()) {
        m_entries[size_t(self - 1)].reported = true;
        *why = m_entries.size() < 2 ? QStringLiteral("no other node of the batch takes part") : m_keyError;
        m_changed.notify_all();
        return std::nullopt;
    }
    Seat seat;
    seat.self = self;
    for (const Entry &e : m_entries)
        seat.members << e.candidate.reach;
    seat.privateKey = m_key.privateKeyFile();
    seat.publicKey = m_key.publicLine();
    return seat;
}

void NodeRelay::withdraw()
{
    const std::lock_guard lock(m_mutex);
    ++m_withdrawn;
    m_changed.notify_all();
}

void NodeRelay::leave(int self)
{
    const std::lock_guard lock(m_mutex);
    if (self < 1 || self > int(m_entries.size()))
        return;
    Entry &e = m_entries[size_t(self - 1)];
    if (!e.reported) {
        e.reported = true;
        e.ok = false;
        m_changed.notify_all();
    }
}

NodeRelay::Start NodeRelay::ready(int self, bool ok, bool canForward, const std::function<bool()> &stopped)
{
    std::unique_lock lock(m_mutex);
    if (self < 1 || self > int(m_entries.size()))
        return {};
    Entry &mine = m_entries[size_t(self - 1)];
    if (!mine.reported) {
        mine.reported = true;
        mine.ok = ok && !m_formed;
        mine.canForward = canForward;
        m_changed.notify_all();
    }
    const auto deadline = *m_seatedAt + std::chrono::milliseconds(m_settings.readyMs);
    auto allReported = [this] {
        for (const Entry &e : m_entries)
            if (!e.reported)
                return false;
        return true;
    };
    while (!m_formed && !allReported() && Clock::now() < deadline && !(stopped && stopped()))
        m_changed.wait_until(lock, qMin(deadline, Clock::now() + kPoll));
    if (!m_formed)
        formChain();
    Start start = m_template;
    const qsizetype position = m_chain.indexOf(self);
    if (position < 0)
        return Start{}; // Alone: its setup failed, or came too late
    start.position = int(position) + 1;
    start.length = int(m_chain.size());
    if (position == 0) {
        start.role = Role::Head;
        start.rest = m_chain.mid(1);
    } else {
        start.role = Role::Member;
    }
    return start;
}

void NodeRelay::formChain()
{
    m_formed = true;
    QList<int> forwarders, ends;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        Entry &e = m_entries[size_t(i)];
        e.reported = true; // one still setting up is too late now
        if (!e.ok)
            continue;
        // Asked for zstd, a node without it cannot take the stream: it goes alone (and its job says why).
        if (m_settings.compress == WireCompression::Zstd && !e.candidate.hasZstd)
            continue;
        (e.canForward ? forwarders : ends) << i + 1;
    }
    const auto byOrder = [this](int a, int b) {
        return m_entries[size_t(a - 1)].candidate.order < m_entries[size_t(b - 1)].candidate.order;
    };
    std::sort(forwarders.begin(), forwarders.end(), byOrder);
    std::sort(ends.begin(), ends.end(), byOrder);
    m_chain = forwarders;
    if (!ends.isEmpty())
        m_chain << ends.first(); // only the end of the chain needs no ssh of its own
    if (m_chain.size() < 2) {
        m_chain.clear();
        if (m_saveShare)
            std::exchange(m_saveShare, {})->leave(); // no head will read it
        m_changed.notify_all();
        return;
    }
    bool zstd = m_settings.compress != WireCompression::None;
    bool layers = true;
    QSet<QString> shared;
    for (int k = 0; k < m_chain.size(); ++k) {
        const Candidate &c = m_entries[size_t(m_chain[k] - 1)].candidate;
        zstd = zstd && c.hasZstd;
        layers = layers && c.layersKnown && !c.containerdStore;
        shared = k == 0 ? c.chainIds : shared.intersect(c.chainIds);
    }
    m_template.zstd = zstd;
    m_template.sharedChainIds = layers ? shared : QSet<QString>{};
    m_template.headNode = m_entries[size_t(m_chain.first() - 1)].candidate.node;
    m_changed.notify_all();
}

void NodeRelay::finish(const NodeRelayReport &report, bool streamComplete, const QString &why)
{
    const std::lock_guard lock(m_mutex);
    m_report = report;
    m_streamComplete = streamComplete;
    m_finishWhy = why;
    m_finished = true;
    m_changed.notify_all();
}

NodeRelay::Outcome NodeRelay::await(int self, const std::function<bool()> &stopped,
                                    const std::function<void(qint64)> &onProgress)
{
    std::unique_lock lock(m_mutex);
    while (!m_finished && !(stopped && stopped())) {
        m_changed.wait_for(lock, kPoll);
        if (onProgress) {
            lock.unlock();
            onProgress(m_sent);
            lock.lock();
        }
    }
    if (!m_finished) {
        Outcome cancelled;
        cancelled.why = QStringLiteral("cancelled");
        return cancelled;
    }
    lock.unlock();
    return outcomeFor(self);
}

NodeRelay::Outcome NodeRelay::outcomeFor(int self) const
{
    Outcome outcome;
    outcome.streamComplete = m_streamComplete;
    outcome.result = m_report.member(self);
    outcome.reached = m_report.has(self) && outcome.result.finished;
    if (outcome.reached)
        return outcome;
    // Who should have passed it the stream, and what did that ssh say?
    const qsizetype position = m_chain.indexOf(self);
    for (qsizetype k = position - 1; k >= 0; --k) {
        const NodeRelayReport::Member before = m_report.member(m_chain[k]);
        if (before.next != 0 && before.hopStatus != 0) {
            const Candidate &c = m_entries[size_t(m_chain[k] - 1)].candidate;
            outcome.why = QStringLiteral("%1 could not pass the stream on (ssh exit %2%3)")
                              .arg(c.node).arg(before.hopStatus)
                              .arg(before.hopError.isEmpty() ? QString()
                                                             : QStringLiteral(": ") + before.hopError.left(300));
            return outcome;
        }
    }
    outcome.why = m_finishWhy.isEmpty() ? QStringLiteral("the relay stream ended before it reached this node")
                                        : m_finishWhy;
    return outcome;
}

} // namespace fleet
