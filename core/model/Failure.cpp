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

} // namespace fleet
