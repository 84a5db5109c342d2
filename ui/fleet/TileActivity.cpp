#include "TileActivity.h"

#include "NodeListModel.h"

namespace fleet {

TileActivity::TileActivity(NodeListModel *nodes, QObject *parent)
    : QObject(parent)
    , m_nodes(nodes)
{
}

TileActivity::~TileActivity() = default;

bool TileActivity::onANode(const JobUpdate &job)
{
    return job.action == JobAction::Push || job.action == JobAction::SifSync;
}

QString TileActivity::describe(const JobUpdate &job)
{
    const StageRecord &stage = job.stageRecord(job.stage);
    const QString image = job.image.section(QLatin1Char('/'), -1); // the last path part is what people read
    if (job.state == JobState::Queued)
        return tr("%1 · queued").arg(image);
    if (stage.progress.total > 0)
        return tr("%1 · %2 %3 %").arg(image, stageName(job.stage)).arg(stage.progress.percent());
    return tr("%1 · %2").arg(image, stageName(job.stage));
}

void TileActivity::jobChanged(const JobUpdate &job)
{
    if (!onANode(job) || isFinal(job.state))
        return;
    const StageRecord &stage = job.stageRecord(job.stage);
    m_nodes->setActivity(job.node, {describe(job), stage.progress.total > 0 ? stage.progress.fraction() : -1.0});
}

void TileActivity::jobFinished(const JobUpdate &job)
{
    if (onANode(job))
        m_nodes->clearActivity(job.node);
}

} // namespace fleet
