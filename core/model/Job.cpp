#include "model/Job.h"

namespace fleet {

QString stageName(StageKind kind)
{
    switch (kind) {
    case StageKind::Pull:
        return QStringLiteral("pull");
    case StageKind::Save:
        return QStringLiteral("save");
    case StageKind::Transfer:
        return QStringLiteral("transfer");
    case StageKind::Load:
        return QStringLiteral("load");
    case StageKind::Run:
        return QStringLiteral("run");
    case StageKind::Health:
        return QStringLiteral("health");
    }
    return {};
}

const std::array<StageKind, kStageCount> &allStages()
{
    static const std::array<StageKind, kStageCount> stages{StageKind::Pull, StageKind::Save, StageKind::Transfer,
                                                           StageKind::Load, StageKind::Run, StageKind::Health};
    return stages;
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

JobState jobStateFromName(const QString &name)
{
    for (JobState s : {JobState::Queued, JobState::Running, JobState::Succeeded, JobState::Failed,
                       JobState::Cancelled, JobState::Skipped})
        if (name == jobStateName(s))
            return s;
    return JobState::Queued;
}

bool isFinal(JobState state)
{
    return state != JobState::Queued && state != JobState::Running;
}

QString transferModeName(TransferMode mode)
{
    return mode == TransferMode::Scp ? QStringLiteral("scp") : QStringLiteral("stream");
}

QString wireCompressionName(WireCompression compression)
{
    switch (compression) {
    case WireCompression::None:
        return QStringLiteral("none");
    case WireCompression::Zstd:
        return QStringLiteral("zstd");
    case WireCompression::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<WireCompression> wireCompressionFromName(const QString &name)
{
    for (WireCompression c : {WireCompression::Auto, WireCompression::None, WireCompression::Zstd})
        if (wireCompressionName(c) == name)
            return c;
    return std::nullopt;
}

QString pushSourceKindName(PushSourceKind kind)
{
    switch (kind) {
    case PushSourceKind::ArchiveFile:
        return QStringLiteral("archive");
    case PushSourceKind::StoreObject:
        return QStringLiteral("store");
    case PushSourceKind::EngineImage:
        break;
    }
    return QStringLiteral("image");
}

PushSourceKind pushSourceKindFromName(const QString &name)
{
    if (name == QLatin1String("archive"))
        return PushSourceKind::ArchiveFile;
    if (name == QLatin1String("store"))
        return PushSourceKind::StoreObject;
    return PushSourceKind::EngineImage;
}

QString jobActionName(JobAction action)
{
    switch (action) {
    case JobAction::StorePut:
        return QStringLiteral("store-put");
    case JobAction::StoreGet:
        return QStringLiteral("store-get");
    case JobAction::StoreRemove:
        return QStringLiteral("store-rm");
    case JobAction::StoreCopy:
        return QStringLiteral("store-copy");
    case JobAction::SifSync:
        return QStringLiteral("sif-sync");
    case JobAction::Push:
        break;
    }
    return QStringLiteral("push");
}

JobAction jobActionFromName(const QString &name)
{
    for (JobAction action : {JobAction::StorePut, JobAction::StoreGet, JobAction::StoreRemove, JobAction::StoreCopy,
                              JobAction::SifSync})
        if (jobActionName(action) == name)
            return action;
    return JobAction::Push;
}

QString deliveryPathName(DeliveryPath path)
{
    switch (path) {
    case DeliveryPath::Relay:
        return QStringLiteral("relay");
    case DeliveryPath::Direct:
        return QStringLiteral("direct");
    case DeliveryPath::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<DeliveryPath> deliveryPathFromName(const QString &name)
{
    for (DeliveryPath path : {DeliveryPath::Auto, DeliveryPath::Relay, DeliveryPath::Direct})
        if (deliveryPathName(path) == name)
            return path;
    return std::nullopt;
}

} // namespace fleet
