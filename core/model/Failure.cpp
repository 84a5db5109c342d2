#include "model/Failure.h"

namespace fleet {

QString failureKindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None: return QStringLiteral("none");
    case FailureKind::Usage: return QStringLiteral("usage");
    case FailureKind::HostKey: return QStringLiteral("host_key");
    case FailureKind::Unreachable: return QStringLiteral("unreachable");
    case FailureKind::Failed: return QStringLiteral("failed");
    case FailureKind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

void Failure::keepMostSpecific(Failure &into, const Failure &failure)
{
    const auto rank = [](FailureKind kind) {
        switch (kind) {
        case FailureKind::None: return 0;
        case FailureKind::Cancelled: return 1;
        case FailureKind::Failed: return 2;
        case FailureKind::Unreachable: return 3;
        case FailureKind::HostKey: return 4;
        case FailureKind::Usage: return 5;
        }
        return 0;
    };
    if (rank(failure.kind) > rank(into.kind))
        into = failure;
}

} // namespace fleet
