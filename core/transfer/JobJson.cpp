#include "transfer/JobJson.h"

#include <QJsonArray>

namespace fleet {

QJsonObject jobUpdateToJson(const JobUpdate &job, bool final)
{
    QJsonArray stages;
    for (const StageRecord &s : job.stages) {
        QJsonObject stage{{QStringLiteral("stage"), stageName(s.kind)},
                          {QStringLiteral("state"), jobStateName(s.state)},
                          {QStringLiteral("done"), s.progress.done},
                          {QStringLiteral("total"), s.progress.total},
                          {QStringLiteral("elapsed_ms"), s.progress.elapsedMs},
                          {QStringLiteral("rate_bps"), qint64(s.progress.bytesPerSecond())},
                          {QStringLiteral("eta_s"), s.progress.etaSeconds()}};
        if (!s.error.isEmpty())
            stage.insert(QStringLiteral("error"), s.error);
        stages.append(stage);
    }
    QJsonObject object{{QStringLiteral("type"), final ? QStringLiteral("job") : QStringLiteral("progress")},
                       {QStringLiteral("job"), qint64(job.id)},
                       {QStringLiteral("batch"), qint64(job.batchId)},
                       {QStringLiteral("history_id"), job.historyId},
                       {QStringLiteral("node"), job.node},
                       {QStringLiteral("image"), job.image},
                       {QStringLiteral("source"), pushSourceKindName(job.source)},
                       {QStringLiteral("mode"), transferModeName(job.mode)},
                       {QStringLiteral("state"), jobStateName(job.state)},
                       {QStringLiteral("stage"), stageName(job.stage)},
                       {QStringLiteral("stages"), stages}};
    if (!job.message.isEmpty())
        object.insert(QStringLiteral("message"), job.message);
    if (final)
        object.insert(QStringLiteral("failure"), failureKindName(job.failure));
    return object;
}

} // namespace fleet
