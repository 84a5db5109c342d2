#include "sif/SifVerification.h"

namespace fleet {

bool SifVerification::verified() const
{
    if (!readable || !isSigned || !signatureOk || !objects.ok || !uncoveredObjects.isEmpty())
        return false;
    // Legacy signatures do not cover header and descriptors; a covered part must be intact.
    return (!header.covered || header.ok) && (!descriptors.covered || descriptors.ok);
}

} // namespace fleet
