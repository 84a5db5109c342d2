#pragma once

#include "discovery/ScanTypes.h"
#include "discovery/TargetSet.h"

#include <QObject>

#include <memory>
#include <thread>

namespace fleet {

class ScanEngine;

// Runs one scan on a thread of its own (a ScanEngine: raw non-blocking sockets on epoll), then, on that thread, an
// AgentBannerReader pass over wss agents whose version the plain probe could not read; reports on the thread this
// object lives in, through queued signals: progress (throttled), each node found, then finished. cancel() returns
// promptly from any thread; destroying a running Scanner cancels it and waits.
class Scanner final : public QObject
{
    Q_OBJECT

public:
    explicit Scanner(QObject *parent = nullptr);
    ~Scanner() override;
    Q_DISABLE_COPY_MOVE(Scanner)

    // `targets` must be prepared (TargetSet::prepare). Returns false if a scan is already running.
    bool start(TargetSet targets, ScanOptions options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the scan thread has ended (for tests and the CLI's tear-down); does not deliver signals.
    void join();

Q_SIGNALS:
    void progressChanged(const fleet::ScanProgress &progress);
    void nodeFound(const fleet::ScanResult &result);
    void finished(const fleet::ScanSummary &summary);

private:
    std::shared_ptr<const TargetSet> m_targets;
    std::unique_ptr<ScanEngine> m_engine;
    std::thread m_thread;
    bool m_running = false;
};

} // namespace fleet
