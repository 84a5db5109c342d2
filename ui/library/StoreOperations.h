#pragma once

#include "actions/StoreActions.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace fleet {

class LibraryPanel;
class ProgressRelay;

// Runs the library's store verbs — put a local image into a store, delete archives from one, copy them to
// another — through core's StoreActions on a worker, one at a time in the order asked (each one's progress in the
// panel's task line, Cancel stops it and drops the queue), and says how each ended. Holds no store logic.
class StoreOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreOperations)

public:
    explicit StoreOperations(LibraryPanel *panel, QObject *parent = nullptr);
    ~StoreOperations() override;

    void setDockerHost(const QString &dockerHost) { m_dockerHost = dockerHost; }
    void setPolicy(const TagPolicy::Settings &policy) { m_policy = policy; }
    // Test seam: answers "Delete …?" instead of a message box.
    void setConfirmHook(std::function<bool(const QString &question)> hook) { m_confirm = std::move(hook); }

    bool isBusy() const { return m_running; }
    int queued() const { return int(m_queue.size()); }

public Q_SLOTS:
    void put(const QStringList &references, const QString &storeName);
    void removeArchives(const QString &storeName, const QList<fleet::StoredArchive> &archives);
    void copy(const QString &fromStore, const QString &toStore, const QList<fleet::StoredArchive> &archives);
    void cancel(); // the running one and everything queued

Q_SIGNALS:
    // One per operation: `changedStore` is the store whose contents changed (to be listed again).
    void finished(bool ok, const QString &title, const QString &message, const QString &changedStore);
    void idle();

private:
    struct Task
    {
        QString title;        // "Putting app:1.0 into team-folder"
        QString changedStore; // refreshed when it ends
        std::function<StoreOutcome(const StoreActionParams &)> work;
        QString storeUrl;
    };
    void enqueue(Task task);
    void runNext();
    QString urlOf(const QString &storeName) const;

    LibraryPanel *m_panel;
    QString m_dockerHost;
    TagPolicy::Settings m_policy;
    std::function<bool(const QString &)> m_confirm;
    QList<Task> m_queue;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<ProgressRelay> m_relay;
};

} // namespace fleet
