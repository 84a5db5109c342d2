#include "agent/TelemetryMonitor.h"

namespace fleet {

TelemetryMonitor::TelemetryMonitor(Settings settings, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<fleet::Node>>();
    m_thread.setObjectName(QStringLiteral("fleet-telemetry"));
    m_worker = new TelemetryWorker(std::move(settings));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TelemetryWorker::nodesChanged, this, &TelemetryMonitor::nodesChanged);
    connect(m_worker, &TelemetryWorker::skipped, this, &TelemetryMonitor::skipped);
    m_thread.start();
}

TelemetryMonitor::~TelemetryMonitor()
{
    // Queued behind the watch requests already posted; the worker is then deleted on its own thread.
    TelemetryWorker *worker = m_worker;
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(worker, [worker, thread] {
        worker->stopAll();
        thread->quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

void TelemetryMonitor::watch(const QList<Node> &nodes)
{
    QList<Node> fresh;
    for (const Node &node : nodes)
        if (!m_asked.contains(node.address)) {
            m_asked.insert(node.address);
            fresh << node;
        }
    if (fresh.isEmpty())
        return;
    TelemetryWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, fresh] { worker->watch(fresh); }, Qt::QueuedConnection);
}

void TelemetryMonitor::rewatch(const Node &node)
{
    unwatch({node.address});
    watch({node});
}

void TelemetryMonitor::unwatch(const QStringList &addresses)
{
    for (const QString &address : addresses)
        m_asked.remove(address);
    TelemetryWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, addresses] { worker->unwatch(addresses); }, Qt::QueuedConnection);
}

} // namespace fleet
