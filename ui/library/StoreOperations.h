#pragma once

#include "images/stores/StoredArchive.h"
#include "transfer/JobUpdate.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fleet {

class JobRunner;
class LibraryPanel;

// The library's store verbs — put a local image into a store, delete archives from one, copy them to another —
// submitted to the window's JobRunner as store jobs (core's StoreJob over StoreActions), so they show in the Jobs
// panel and the history like pushes. Follows its jobs: the running one's progress in the panel's task line, Cancel
// stops them, and says how each ended. Holds no store logic.
class StoreOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreOperations)

public:
    explicit StoreOperations(LibraryPanel *panel, QObject *parent = nullptr);
    ~StoreOperations() override;

    // The runner the verbs are submitted to (JobRunnerWiring); without one they are refused.
    void setRunner(JobRunner *runner);
    // Test seam: answers "Delete …?" instead of a message box.
    void setConfirmHook(std::function<bool(const QString &question)> hook) { m_confirm = std::move(hook); }

    bool isBusy() const { return !m_jobs.isEmpty(); }
    int queued() const { return int(m_jobs.size()); }

public Q_SLOTS:
    void put(const QStringList &references, const QString &storeName);
    void removeArchives(const QString &storeName, const QList<fleet::StoredArchive> &archives);
    void copy(const QString &fromStore, const QString &toStore, const QList<fleet::StoredArchive> &archives);
    void cancel(); // every verb of this library still running or queued

Q_SIGNALS:
    // One per operation: `changedStore` is the store whose contents changed (to be listed again).
    void finished(bool ok, const QString &title, const QString &message, const QString &changedStore);
    void idle();

private:
    struct Watched
    {
        QString title;        // "Putting app:1.0 into team-folder"
        QString changedStore; // refreshed when it ends
    };
    void submit(const StoreRequest &request, const std::function<Watched(const QString &image)> &describe);
    void jobChanged(const JobUpdate &job);
    void jobFinished(const JobUpdate &job);
    QString urlOf(const QString &storeName) const;

    LibraryPanel *m_panel;
    QPointer<JobRunner> m_runner;
    std::function<bool(const QString &)> m_confirm;
    QHash<quint64, Watched> m_jobs; // this library's jobs that have not finished
};

} // namespace fleet
