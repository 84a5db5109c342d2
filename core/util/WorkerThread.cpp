#include "util/WorkerThread.h"

namespace fleet {

WorkerThread::WorkerThread(const QString &name, OnExit onExit)
    : m_onExit(onExit)
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

WorkerThread::~WorkerThread()
{
    if (m_onExit == OnExit::FinishQueued)
        post([this] { m_thread.quit(); }); // after what was posted before
    else
        m_thread.quit();
    m_thread.wait();
}

void WorkerThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

} // namespace fleet
