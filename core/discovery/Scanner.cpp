#include "discovery/Scanner.h"

#include "discovery/ScanEngine.h"

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
    m_engine = std::make_unique<ScanEngine>(std::move(options));
    ScanEngine *engine = m_engine.get();
    std::shared_ptr<const TargetSet> set = m_targets;
    // Signals are emitted from the scan thread; receivers on this object's thread get them queued, in order.
    m_thread = std::thread([this, engine, set] {
        ScanEngine::Callbacks callbacks;
        callbacks.found = [this](const ScanResult &result) { Q_EMIT nodeFound(result); };
        callbacks.progress = [this](const ScanProgress &progress) { Q_EMIT progressChanged(progress); };
        const ScanSummary summary = engine->run(set->cursor(), set->size(), callbacks);
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
