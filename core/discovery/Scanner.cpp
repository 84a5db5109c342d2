#include "discovery/Scanner.h"

#include "discovery/AgentBannerReader.h"
#include "discovery/ScanEngine.h"

#include <QElapsedTimer>

namespace fleet {

Scanner::Scanner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fleet::ScanProgress>();
    qRegisterMetaType<fleet::ScanResult>();
    qRegisterMetaType<fleet::ScanSummary>();
    // `finished` is queued after the last node; the scan counts as running until it is delivered.
    connect(this, &Scanner::finished, this, [this] { m_running = false; }, Qt::QueuedConnection);
}

Scanner::~Scanner()
{
    cancel();
    join();
}

bool Scanner::start(TargetSet targets, ScanOptions options)
{
    if (m_running)
        return false;
    join(); // a previous scan's thread
    m_running = true;
    m_targets = std::make_shared<const TargetSet>(std::move(targets));
    const quint16 agentPort = options.agentPort;
    const int readMs = options.readTimeoutMs;
    m_engine = std::make_unique<ScanEngine>(std::move(options));
    ScanEngine *engine = m_engine.get();
    std::shared_ptr<const TargetSet> set = m_targets;
    // Signals are emitted from the scan thread; receivers on this object's thread get them queued, in order.
    m_thread = std::thread([this, engine, set, agentPort, readMs] {
        // Agents whose port answered the plain probe without a version (wss-only: the real fleet-agent) are held
        // back and reported after the TLS banner pass below.
        QList<ScanResult> unread;
        ScanEngine::Callbacks callbacks;
        callbacks.found = [this, &unread](const ScanResult &result) {
            if (AgentBannerReader::wants(result))
                unread << result;
            else
                Q_EMIT nodeFound(result);
        };
        callbacks.progress = [this](const ScanProgress &progress) { Q_EMIT progressChanged(progress); };
        ScanSummary summary = engine->run(set->cursor(), set->size(), callbacks);
        if (!unread.isEmpty() && !engine->isCancelled()) {
            QElapsedTimer clock;
            clock.start();
            AgentBannerReader reader(agentPort, readMs);
            reader.read(unread, [engine] { return engine->isCancelled(); });
            summary.elapsedMs += clock.elapsed();
            summary.cancelled = reader.wasCancelled();
        }
        // Found is found: a cancel during the banner pass still reports these, as ONLINE with no version.
        for (const ScanResult &result : std::as_const(unread))
            Q_EMIT nodeFound(result);
        Q_EMIT finished(summary);
    });
    return true;
}

void Scanner::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void Scanner::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace fleet
