#include "StoreOperations.h"

#include "LibraryPanel.h"
#include "StorePane.h"
#include "transfer/JobRunner.h"
#include "util/Format.h"

#include <QMessageBox>

namespace fleet {

StoreOperations::StoreOperations(LibraryPanel *panel, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
{
    connect(panel, &LibraryPanel::putIntoStoreRequested, this, &StoreOperations::put);
    connect(panel, &LibraryPanel::deleteFromStoreRequested, this, &StoreOperations::removeArchives);
    connect(panel, &LibraryPanel::copyToStoreRequested, this, &StoreOperations::copy);
    connect(panel, &LibraryPanel::cancelTaskRequested, this, &StoreOperations::cancel);
}

StoreOperations::~StoreOperations() = default;

void StoreOperations::setRunner(JobRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (!runner)
        return;
    connect(runner, &JobRunner::jobChanged, this, &StoreOperations::jobChanged);
    connect(runner, &JobRunner::jobFinished, this, &StoreOperations::jobFinished);
}

QString StoreOperations::urlOf(const QString &storeName) const
{
    const StorePane *pane = m_panel->storePane(storeName);
    return pane ? pane->storeUrl() : QString();
}

void StoreOperations::put(const QStringList &references, const QString &storeName)
{
    StoreRequest request;
    request.action = JobAction::StorePut;
    request.storeUrl = urlOf(storeName);
    request.images = references;
    submit(request, [&](const QString &image) {
        return Watched{tr("Putting %1 into %2").arg(image, storeName), storeName};
    });
}

void StoreOperations::removeArchives(const QString &storeName, const QList<StoredArchive> &archives)
{
    StoreRequest request;
    request.action = JobAction::StoreRemove;
    request.storeUrl = urlOf(storeName);
    for (const StoredArchive &archive : archives) // a named archive by its name: its reference may name another
        request.images << (archive.archive.isEmpty() ? archive.reference : archive.archive);
    if (request.storeUrl.isEmpty() || request.images.isEmpty())
        return;
    const QString question = tr("Delete %1 from the store %2? The archive is gone for everyone who uses this store.",
                                nullptr, int(request.images.size()))
                                 .arg(request.images.join(QStringLiteral(", ")), storeName);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(m_panel, tr("Delete from store"), question,
                                                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                                     == QMessageBox::Yes;
    if (!yes)
        return;
    submit(request, [&](const QString &image) {
        return Watched{tr("Deleting %1 from %2").arg(image, storeName), storeName};
    });
}

void StoreOperations::copy(const QString &fromStore, const QString &toStore, const QList<StoredArchive> &archives)
{
    StoreRequest request;
    request.action = JobAction::StoreCopy;
    request.storeUrl = urlOf(fromStore);
    request.targetUrl = urlOf(toStore);
    for (const StoredArchive &archive : archives)
        request.images << archive.reference;
    if (request.targetUrl.isEmpty())
        return;
    submit(request, [&](const QString &image) {
        return Watched{tr("Copying %1 from %2 to %3").arg(image, fromStore, toStore), toStore};
    });
}

void StoreOperations::submit(const StoreRequest &request,
                             const std::function<Watched(const QString &image)> &describe)
{
    if (request.storeUrl.isEmpty() || request.images.isEmpty() || !m_runner)
        return;
    const QList<quint64> ids = m_runner->submitStore(request); // refused: JobAlerts shows why
    for (qsizetype i = 0; i < ids.size() && i < request.images.size(); ++i)
        m_jobs.insert(ids.at(i), describe(request.images.at(i)));
    if (!ids.isEmpty())
        m_panel->showTask(m_jobs.value(ids.first()).title + QStringLiteral("…"), 0, -1);
}

void StoreOperations::cancel()
{
    if (!m_runner)
        return;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        m_runner->cancel(it.key());
}

void StoreOperations::jobChanged(const JobUpdate &job)
{
    const auto it = m_jobs.constFind(job.id);
    if (it == m_jobs.cend() || job.state != JobState::Running)
        return;
    const Progress &progress = job.stageRecord(job.stage).progress;
    const QString amount = progress.total > 0
        ? QStringLiteral("%1 / %2").arg(formatBytes(progress.done), formatBytes(progress.total))
        : formatBytes(progress.done);
    m_panel->showTask(QStringLiteral("%1 — %2").arg(it->title, amount), progress.done, progress.total);
}

void StoreOperations::jobFinished(const JobUpdate &job)
{
    const auto it = m_jobs.constFind(job.id);
    if (it == m_jobs.cend())
        return;
    const Watched watched = *it;
    m_jobs.erase(it);
    const bool ok = job.state == JobState::Succeeded;
    Q_EMIT finished(ok, ok ? watched.title : tr("%1 failed").arg(watched.title), job.message, watched.changedStore);
    if (m_jobs.isEmpty()) {
        m_panel->hideTask();
        Q_EMIT idle();
    }
}

} // namespace fleet
