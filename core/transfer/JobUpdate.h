#pragma once

#include "images/stores/StoredArchive.h"
#include "model/Failure.h"
#include "model/Job.h"
#include "ssh/SshError.h"

#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace fleet {

// A snapshot of one node's push job, as JobRunner reports it to views and the CLI.
struct JobUpdate
{
    static StageRecord makeStage(StageKind kind)
    {
        StageRecord stage;
        stage.kind = kind;
        return stage;
    }

    quint64 id = 0;        // JobRunner's id, stable for the process
    JobAction action = JobAction::Push; // a store verb's `node` is the store it acts on (its location)
    quint64 batchId = 0;   // one PushRequest = one batch
    qint64 historyId = -1; // the row in the history database once written
    QString node;
    QString image;         // the reference, or the archive's path until its manifest was read
    PushSourceKind source = PushSourceKind::EngineImage;
    QString storeUrl; // StoreObject: the store holding `image`
    // StoreObject: the path asked for while queued; once chosen, the one taken (Relay or Direct).
    DeliveryPath via = DeliveryPath::Auto;
    TransferMode mode = TransferMode::Stream;
    JobState state = JobState::Queued;
    StageKind stage = StageKind::Save; // the stage running now (or the last one)
    std::array<StageRecord, kStageCount> stages{makeStage(StageKind::Pull),     makeStage(StageKind::Save),
                                                makeStage(StageKind::Transfer), makeStage(StageKind::Load),
                                                makeStage(StageKind::Run),      makeStage(StageKind::Health)};
    bool runEnabled = false;  // run and health stages
    bool pullEnabled = false; // set once the job found it must pull the image first
    QString message; // last human-readable status or the error (cause and fix)
    // Why the job did not succeed (None while it runs and when it succeeded or was skipped). Faces map it:
    // fleetctl to its exit status, the GUI to the fix it offers.
    FailureKind failure = FailureKind::None;
    // When the job failed on SSH: why (HostKeyChanged/HostKeyUnknown let the GUI offer the fix) and the host
    // key's SHA256 fingerprint when the failure concerns it.
    SshError::Kind errorKind = SshError::None;
    QString fingerprint;
    // A store put or copy that succeeded: what the target store now holds (size, sha256, key).
    std::optional<StoredArchive> stored;

    const StageRecord &stageRecord(StageKind kind) const { return stages[size_t(kind)]; }
    StageRecord &stageRecord(StageKind kind) { return stages[size_t(kind)]; }
    // Whether this job takes the stage at all (faces hide or grey out the others).
    bool shows(StageKind kind) const
    {
        switch (kind) {
        case StageKind::Pull:
            return pullEnabled;
        case StageKind::Run:
        case StageKind::Health:
            return runEnabled;
        default:
            return true;
        }
    }
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::JobUpdate)
