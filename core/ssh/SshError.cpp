#include "ssh/SshError.h"

namespace fleet {

FailureKind SshError::failureKind() const
{
    switch (kind) {
    case None:
        return FailureKind::None;
    case HostKeyUnknown:
    case HostKeyChanged:
        return FailureKind::HostKey;
    case Connect:
    case Timeout:
        return FailureKind::Unreachable;
    case Cancelled:
        return FailureKind::Cancelled;
    default:
        return FailureKind::Failed;
    }
}

} // namespace fleet
