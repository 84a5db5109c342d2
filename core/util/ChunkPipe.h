#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace fleet {

// A bounded queue of byte chunks between two threads (the engine's save stream and the SSH channel of a push,
// an S3 download and `docker load`), so both sides of a stream use a core each. The bound keeps memory flat
// (at most `capacityBytes` in flight) and is the backpressure: a full pipe blocks the producer.
class ChunkPipe final
{
public:
    explicit ChunkPipe(qint64 capacityBytes = 8 << 20);

    // Blocks while full. False once the pipe is closed (the consumer gave up): stop producing.
    bool push(QByteArray chunk);
    // Like push, but waits at most `timeoutMs` for room (a consumer that stopped reading must not hold up a
    // producer that feeds others too).
    enum class PushResult { Pushed, Closed, TimedOut };
    PushResult pushWithin(QByteArray chunk, int timeoutMs);
    // Blocks while empty. False at the end: the producer finished (or the pipe was closed).
    bool pop(QByteArray *chunk);
    // Like pop, but waits at most `timeoutMs` (a reader that must also watch a cancel flag).
    enum class PopResult { Popped, Ended, TimedOut };
    PopResult popWithin(QByteArray *chunk, int timeoutMs);
    // Producer side: no more chunks will come.
    void finish();
    // Either side: stop now; wakes everyone.
    void close();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks;
    qint64 m_bytes = 0;
    const qint64 m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace fleet
