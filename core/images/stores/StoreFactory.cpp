#include "images/stores/StoreFactory.h"

#include "images/stores/FolderStore.h"
#include "images/stores/RegistryStore.h"
#include "images/stores/S3Store.h"

namespace fleet {

std::unique_ptr<ImageStore> StoreFactory::open(const StoreLocation &location, const StoreCredentials &credentials,
                                               const TagPolicy &policy)
{
    switch (location.kind) {
    case StoreLocation::Kind::Folder:
        return std::make_unique<FolderStore>(location.path);
    case StoreLocation::Kind::S3:
        return std::make_unique<S3Store>(location, credentials);
    case StoreLocation::Kind::Registry:
        return std::make_unique<RegistryStore>(location, credentials, policy);
    }
    return nullptr;
}

} // namespace fleet
