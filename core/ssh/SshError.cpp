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

} // namespace fleet
