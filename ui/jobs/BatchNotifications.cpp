#include "BatchNotifications.h"

#include "DesktopNotifier.h"

namespace fleet {

BatchNotifications::BatchNotifications(DesktopNotifier *notifier, std::function<bool()> windowActive,
                                       QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_windowActive(std::move(windowActive))
{
    qRegisterMetaType<Outcome>();
}

BatchNotifications::~BatchNotifications() = default;

void BatchNotifications::jobAdded(const JobUpdate &job)
{
    Batch &batch = m_batches[job.batchId];
    if (batch.image.isEmpty())
        batch.image = job.image;
    batch.jobs.insert(job.id, Member{job.state, job.node, job.message});
}

void BatchNotifications::jobFinished(const JobUpdate &job)
{
    auto found = m_batches.find(job.batchId);
    if (found == m_batches.end())
        return; // a job added before we listened
    found->jobs.insert(job.id, Member{job.state, job.node, job.message});
    Outcome outcome;
    outcome.batchId = job.batchId;
    outcome.image = found->image;
    for (const Member &member : std::as_const(found->jobs)) {
        switch (member.state) {
        case JobState::Queued:
        case JobState::Running:
            return; // the batch goes on
        case JobState::Succeeded:
            ++outcome.succeeded;
            break;
        case JobState::Failed:
            if (outcome.firstFailedNode.isEmpty() || member.node < outcome.firstFailedNode) {
                outcome.firstFailedNode = member.node;
                outcome.firstFailure = member.message;
            }
            ++outcome.failed;
            break;
        case JobState::Cancelled:
            ++outcome.cancelled;
            break;
        case JobState::Skipped:
            ++outcome.skipped;
            break;
        }
    }
    // Kept: a retry of one of its jobs makes the batch end again, with the new outcome.
    const bool send = !(m_windowActive && m_windowActive()) && m_notifier
        && m_notifier->notify(summaryText(outcome), bodyText(outcome),
                              outcome.failed ? DesktopNotifier::Urgency::Critical : DesktopNotifier::Urgency::Normal);
    Q_EMIT batchEnded(outcome, send);
}

QString BatchNotifications::summaryText(const Outcome &outcome)
{
    if (outcome.failed)
        return tr("%1: failed on %n node(s)", nullptr, outcome.failed).arg(outcome.image);
    if (outcome.cancelled && !outcome.succeeded && !outcome.skipped)
        return tr("%1: cancelled").arg(outcome.image);
    return tr("%1: done on %n node(s)", nullptr, outcome.succeeded + outcome.skipped).arg(outcome.image);
}

QString BatchNotifications::bodyText(const Outcome &outcome)
{
    QStringList parts;
    if (outcome.succeeded)
        parts << tr("%n succeeded", nullptr, outcome.succeeded);
    if (outcome.skipped)
        parts << tr("%n already had it", nullptr, outcome.skipped);
    if (outcome.failed)
        parts << tr("%n failed", nullptr, outcome.failed);
    if (outcome.cancelled)
        parts << tr("%n cancelled", nullptr, outcome.cancelled);
    QString body = parts.join(QStringLiteral(", "));
    if (!outcome.firstFailure.isEmpty())
        body += QLatin1Char('\n') + outcome.firstFailedNode + QStringLiteral(": ") + outcome.firstFailure;
    return body;
}

} // namespace fleet
