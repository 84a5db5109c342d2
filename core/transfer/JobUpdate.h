#pragma once

#include "model/Job.h"

#include <QMetaType>
#include <QString>

#include <array>

namespace fleet {

// A snapshot of one node's push job, as JobRunner reports it to views and the CLI.
struct JobUpdate
{
    quint64 id = 0;        // JobRunner's id, stable for the process
    quint64 batchId = 0;   // one PushRequest = one batch
    qint64 historyId = -1; // the row in the history database once written
    QString node;
    QString image;
    TransferMode mode = TransferMode::Stream;
    JobState state = JobState::Queued;
    StageKind stage = StageKind::Save; // the stage running now (or the last one)
    std::array<StageRecord, 4> stages{StageRecord{StageKind::Save}, StageRecord{StageKind::Transfer},
                                      StageRecord{StageKind::Load}, StageRecord{StageKind::Run}};
    bool runEnabled = false;
    QString message; // last human-readable status or the error (cause and fix)

    const StageRecord &stageRecord(StageKind kind) const { return stages[size_t(kind)]; }
    StageRecord &stageRecord(StageKind kind) { return stages[size_t(kind)]; }
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::JobUpdate)
