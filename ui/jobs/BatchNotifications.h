#pragma once

#include "transfer/JobUpdate.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace fleet {

class DesktopNotifier;

// Tells the desktop when a batch (one push to several nodes, or one store verb) has ended while the window was
// not active: one notification per batch with how many nodes succeeded, failed, were skipped or cancelled. It
// follows the runner's jobAdded/jobFinished; a retried job counts with its latest outcome. Never the only place a
// result shows: the Jobs panel, the tiles and the window's notifications show it too.
class BatchNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchNotifications)

public:
    struct Outcome
    {
        quint64 batchId = 0;
        QString image;
        int succeeded = 0, failed = 0, cancelled = 0, skipped = 0;
        QString firstFailure; // the first failed node's message (cause and fix)
        QString firstFailedNode;
        int total() const { return succeeded + failed + cancelled + skipped; }
    };

    // `windowActive` says whether the person is looking at the window (then nothing is sent). Nothing is owned.
    BatchNotifications(DesktopNotifier *notifier, std::function<bool()> windowActive, QObject *parent = nullptr);
    ~BatchNotifications() override;

    // The notification's words for an outcome.
    static QString summaryText(const Outcome &outcome);
    static QString bodyText(const Outcome &outcome);

public Q_SLOTS:
    void jobAdded(const fleet::JobUpdate &job);
    void jobFinished(const fleet::JobUpdate &job);

Q_SIGNALS:
    // Every ended batch, whether a notification was sent (`notified`) or not.
    void batchEnded(const fleet::BatchNotifications::Outcome &outcome, bool notified);

private:
    struct Member
    {
        JobState state = JobState::Queued;
        QString node;
        QString message;
    };
    struct Batch
    {
        QString image;
        QHash<quint64, Member> jobs; // by job id: the latest state (a few strings: batches are kept for retries)
    };

    DesktopNotifier *m_notifier;
    std::function<bool()> m_windowActive;
    QHash<quint64, Batch> m_batches;
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::BatchNotifications::Outcome)
