#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fleet {

class ChunkPipe;

// One `docker save` for a push to many nodes: the engine's stream is read once and every node that is ready for
// it gets its own bounded share (memory stays flat: a few MiB per node, whatever the image's size). The save starts
// once every expected job has joined or withdrawn, or a moment after the first join (jobs queued behind the
// parallel limit save for themselves). A job joins once its node is known to need the image (one that has it
// withdraws, and costs no save). A node that stops taking its share for `stallMs` (or has not started reading it
// `startMs` after the stream began) while the others go on is dropped from it — its job sends the image with a
// save of its own — so one slow node never stalls the rest.
class SaveFanout final
{
public:
    struct Settings
    {
        QString dockerHost;
        QString reference; // the engine's image
        int expected = 1;  // jobs that will join or withdraw
        int gatherMs = 2000;
        int stallMs = 5000;
        int startMs = 20000; // a node still connecting or being asked
        qint64 shareBytes = 4 << 20; // what a node may lag behind the fastest
    };

    // One node's view of the stream.
    class Share final
    {
    public:
        explicit Share(qint64 capacity);
        ~Share();
        // The next chunk; false at the end of the stream or once this share stopped (see the states below).
        bool pop(QByteArray *chunk);
        // The same, waiting at most `timeoutMs`: 1 a chunk, 0 nothing yet, -1 the end (as pop's false).
        int popWithin(QByteArray *chunk, int timeoutMs);
        // The job no longer reads (failed, cancelled): the others go on without it.
        void leave();
        bool complete() const { return m_state == State::Complete; }
        bool dropped() const { return m_state == State::Dropped; }
        QString error() const; // the engine's words when its save failed

    private:
        friend class SaveFanout;
        enum class State { Streaming, Complete, Dropped, Failed, Left };
        std::unique_ptr<ChunkPipe> m_pipe;
        std::atomic<State> m_state{State::Streaming};
        std::atomic_bool m_reading{false};
        QString m_error;
    };

    explicit SaveFanout(Settings settings);
    ~SaveFanout();

    // A share of the stream, or null when the save already started without this job (it saves for itself).
    std::shared_ptr<Share> join();
    // This job will not take part (the node has the image, or the job failed before streaming).
    void withdraw();
    int started() const { return m_startedShares; } // how many shares the save began with (0: not yet)

private:
    void run();

    Settings m_settings;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::shared_ptr<Share>> m_shares;
    int m_decided = 0;
    bool m_started = false;
    std::atomic<int> m_startedShares{0};
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace fleet
