#include "StoreOperations.h"

#include "BackgroundAction.h"
#include "LibraryPanel.h"
#include "StorePane.h"
#include "util/Format.h"

#include <QElapsedTimer>
#include <QMessageBox>

namespace fleet {

StoreOperations::StoreOperations(LibraryPanel *panel, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_relay(std::make_shared<ProgressRelay>(this))
{
    connect(panel, &LibraryPanel::putIntoStoreRequested, this, &StoreOperations::put);
    connect(panel, &LibraryPanel::deleteFromStoreRequested, this, &StoreOperations::removeArchives);
    connect(panel, &LibraryPanel::copyToStoreRequested, this, &StoreOperations::copy);
    connect(panel, &LibraryPanel::cancelTaskRequested, this, &StoreOperations::cancel);
}

StoreOperations::~StoreOperations()
{
    m_relay->detach();
    if (m_cancel)
        m_cancel->store(true); // a window that closes stops its transfer
}

QString StoreOperations::urlOf(const QString &storeName) const
{
    const StorePane *pane = m_panel->storePane(storeName);
    return pane ? pane->storeUrl() : QString();
}

void StoreOperations::put(const QStringList &references, const QString &storeName)
{
    const QString url = urlOf(storeName);
    if (url.isEmpty())
        return;
    for (const QString &reference : references)
        enqueue(Task{tr("Putting %1 into %2").arg(reference, storeName), storeName,
                     [reference](const StoreActionParams &params) { return StoreActions::put(params, reference); },
                     url});
}

void StoreOperations::removeArchives(const QString &storeName, const QList<StoredArchive> &archives)
{
    const QString url = urlOf(storeName);
    if (url.isEmpty() || archives.isEmpty())
        return;
    QStringList references;
    for (const StoredArchive &archive : archives)
        references << archive.reference;
    const QString question = tr("Delete %1 from the store %2? The archive is gone for everyone who uses this store.",
                                nullptr, int(references.size()))
                                 .arg(references.join(QStringLiteral(", ")), storeName);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(m_panel, tr("Delete from store"), question,
                                                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                                     == QMessageBox::Yes;
    if (!yes)
        return;
    for (const QString &reference : references)
        enqueue(Task{tr("Deleting %1 from %2").arg(reference, storeName), storeName,
                     [reference](const StoreActionParams &params) { return StoreActions::remove(params, reference); },
                     url});
}

void StoreOperations::copy(const QString &fromStore, const QString &toStore, const QList<StoredArchive> &archives)
{
    const QString from = urlOf(fromStore);
    const QString to = urlOf(toStore);
    if (from.isEmpty() || to.isEmpty())
        return;
    for (const StoredArchive &archive : archives)
        enqueue(Task{tr("Copying %1 from %2 to %3").arg(archive.reference, fromStore, toStore), toStore,
                     [to, archive](const StoreActionParams &params) {
                         return StoreActions::copy(params, to, archive.reference, archive.imageId);
                     },
                     from});
}

void StoreOperations::cancel()
{
    m_queue.clear();
    if (m_cancel)
        m_cancel->store(true);
}

void StoreOperations::enqueue(Task task)
{
    m_queue.append(std::move(task));
    if (!m_running)
        runNext();
}

void StoreOperations::runNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        m_cancel.reset();
        m_panel->hideTask();
        Q_EMIT idle();
        return;
    }
    m_running = true;
    const Task task = m_queue.takeFirst();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_panel->showTask(task.title + QStringLiteral("…"), 0, -1);

    StoreActionParams params;
    params.storeUrl = task.storeUrl;
    params.dockerHost = m_dockerHost;
    params.policy = m_policy;
    params.cancel = m_cancel.get();
    // Called for every chunk on the worker: at most ~10 a second reach the UI thread.
    auto throttle = std::make_shared<QElapsedTimer>();
    params.progress = [relay = m_relay, throttle, title = task.title, panel = m_panel](const QString &phase,
                                                                                       qint64 done, qint64 total) {
        if (throttle->isValid() && throttle->elapsed() < 100)
            return;
        throttle->start();
        relay->post([panel, title, phase, done, total] {
            const QString amount = total > 0 ? QStringLiteral("%1 / %2").arg(formatBytes(done), formatBytes(total))
                                             : formatBytes(done);
            panel->showTask(QStringLiteral("%1 — %2 %3").arg(title, phase, amount), done, total);
        });
    };
    runInBackground(this, [work = task.work, params, cancel = m_cancel] { return work(params); },
                    [this, task](const StoreOutcome &outcome) {
                        const bool ok = outcome.failure.ok();
                        Q_EMIT finished(ok, ok ? task.title : tr("%1 failed").arg(task.title),
                                        ok ? outcome.message : outcome.failure.message, task.changedStore);
                        runNext();
                    });
}

} // namespace fleet
