#include "ssh/SshError.h"

namespace fleet {

int exitCodeFor(const SshError &error)
{
    switch (error.kind) {
    case SshError::None:
        return 0;
    case SshError::HostKeyUnknown:
    case SshError::HostKeyChanged:
        return 3;
    case SshError::Connect:
    case SshError::Timeout:
        return 4;
    default:
        return 1;
    }
}

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
