#pragma once

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace fleet {

// The one way the desktop runs a core action (core/actions: synchronous, params in, result out): `work` runs on a
// pool thread, `done` gets its result on `context`'s thread. If `context` is gone by then, the result is dropped.
// Long actions take callbacks for progress: pass them through a ProgressRelay so they reach the UI thread.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done, QThreadPool *pool = QThreadPool::globalInstance())
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

// Hands calls from a worker to `target`'s thread while the target lives: the target's destructor calls detach(),
// after which post() does nothing (and Qt drops calls already queued for a destroyed receiver). Shared between the
// target and the worker through a std::shared_ptr. For the progress callbacks of long core actions.
class ProgressRelay final
{
public:
    explicit ProgressRelay(QObject *target)
        : m_target(target)
    {
    }

    void detach()
    {
        const QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }

    template <typename F>
    void post(F f)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::move(f), Qt::QueuedConnection);
    }

private:
    QMutex m_mutex;
    QObject *m_target;
};

} // namespace fleet
