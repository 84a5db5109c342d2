#include "FuzzSupport.h"

#include "docker/SaveArchive.h"

using namespace fleet;

// docker-save and OCI archives dropped by a user or fetched from a store: walked in memory exactly as a file is.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SaveArchiveInfo info;
    QString error;
    const bool ok = SaveArchive::inspectBytes(fuzz::bytes(data, size), QStringLiteral("fuzz.tar"), &info, &error);
    FLEET_FUZZ_ASSERT(ok == error.isEmpty());
    if (ok) {
        FLEET_FUZZ_ASSERT(info.imageId.startsWith(QLatin1String("sha256:")));
        for (const QString &layer : info.layers)
            FLEET_FUZZ_ASSERT(!layer.startsWith(QLatin1Char('/')) && !layer.split(QLatin1Char('/')).contains(QStringLiteral("..")));
    }
    return 0;
}
