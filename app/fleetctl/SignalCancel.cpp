#include "SignalCancel.h"

#include <QSocketNotifier>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace fleet::cli {

namespace {

// Process-wide, because a signal handler can reach nothing else. One SignalCancel at a time.
std::atomic_bool g_cancelled{false};
std::atomic_int g_signal{0};
int g_pipe[2] = {-1, -1};
struct sigaction g_previousInt{}, g_previousTerm{};

extern "C" void onSignal(int number)
{
    if (g_cancelled.exchange(true)) {
        // Asked twice: the person wants out now.
        std::signal(number, SIG_DFL);
        std::raise(number);
        return;
    }
    g_signal.store(number);
    const char byte = 1;
    if (g_pipe[1] >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    }
}

} // namespace

SignalCancel::SignalCancel(std::function<void()> onSignal_, Delivery delivery, QObject *parent)
    : QObject(parent)
    , m_onSignal(std::move(onSignal_))
{
    g_cancelled.store(false);
    g_signal.store(0);
    if (delivery == Delivery::Thread) {
        m_watcher = std::thread([this] {
            while (!m_stopWatcher.load()) {
                if (g_cancelled.load()) {
                    if (m_onSignal)
                        m_onSignal();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    } else if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &SignalCancel::onReadable);
    }
    struct sigaction action{};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

SignalCancel::~SignalCancel()
{
    m_stopWatcher.store(true);
    if (m_watcher.joinable())
        m_watcher.join();
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
    delete m_notifier;
    for (int &fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

const std::atomic_bool *SignalCancel::flag() const
{
    return &g_cancelled;
}

int SignalCancel::signalNumber() const
{
    return g_signal.load();
}

void SignalCancel::onReadable()
{
    char buffer[16];
    while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
    }
    if (m_onSignal)
        m_onSignal();
}

} // namespace fleet::cli
