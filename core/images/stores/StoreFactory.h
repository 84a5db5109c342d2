#pragma once

#include "images/TagPolicy.h"
#include "images/stores/ImageStore.h"
#include "images/stores/StoreCredentials.h"
#include "images/stores/StoreLocation.h"

#include <memory>

namespace fleet {

// Makes the store a location names. Credentials are resolved by the caller (StoreCredentials::resolve), so
// where they came from stays visible there; the policy matters for registries only.
class StoreFactory final
{
public:
    static std::unique_ptr<ImageStore> open(const StoreLocation &location, const StoreCredentials &credentials,
                                            const TagPolicy &policy = TagPolicy());
};

} // namespace fleet
