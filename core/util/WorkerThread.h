#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace fleet {

// A thread of its own with an event loop, for an object that must keep one resource (an SQLite connection) on
// one thread: post() queues work there, in order. The destructor stops the thread after the running work, and
// first finishes what is queued when asked to (writes must land; reads nobody waits for may be dropped).
class WorkerThread final
{
public:
    enum class OnExit { FinishQueued, DropQueued };

    WorkerThread(const QString &name, OnExit onExit);
    ~WorkerThread();
    Q_DISABLE_COPY_MOVE(WorkerThread)

    void post(std::function<void()> work);

private:
    QThread m_thread;
    OnExit m_onExit;
    QObject *m_context = nullptr; // lives on m_thread: queued calls run there
};

} // namespace fleet
