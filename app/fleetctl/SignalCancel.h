#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <thread>

class QSocketNotifier;

namespace fleet::cli {

// Turns SIGINT and SIGTERM into a cancel for the command that is running, the one place fleetctl does so.
// While an instance lives, a signal sets flag() at once (signal-safe: a lock-free atomic store), so synchronous
// work that polls a `const std::atomic_bool *` stops; then, on the main thread's event loop, `onSignal` runs
// (JobRunner::cancelAll, Scanner::cancel…). A second signal of the same kind while the first is being handled
// ends the process the default way. The previous handlers come back when the instance goes.
// A command that blocks its thread in a synchronous call (a build, a store transfer) asks for Delivery::Thread:
// `onSignal` then runs on a small watcher thread instead, so it must be thread-safe (an atomic cancel).
class SignalCancel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalCancel)

public:
    enum class Delivery { EventLoop, Thread };

    explicit SignalCancel(std::function<void()> onSignal = {}, Delivery delivery = Delivery::EventLoop,
                          QObject *parent = nullptr);
    ~SignalCancel() override;

    const std::atomic_bool *flag() const;
    bool received() const { return signalNumber() != 0; }
    int signalNumber() const; // SIGINT, SIGTERM or 0
    // The documented exit status of a command stopped by a signal: 128 + the signal (130 SIGINT, 143 SIGTERM).
    int exitStatus() const { return 128 + signalNumber(); }

private:
    void onReadable();

    std::function<void()> m_onSignal;
    QSocketNotifier *m_notifier = nullptr;
    std::thread m_watcher;
    std::atomic_bool m_stopWatcher{false};
};

} // namespace fleet::cli
