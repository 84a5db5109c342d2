#include "FuzzSupport.h"

#include "images/stores/StoredArchive.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace fleet;

// A store's .tar.json sidecar (folder or S3): written by anyone who can write the store. What fromJson accepts
// has a checksum a download can be checked against and survives its own round trip.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    QString error;
    const std::optional<StoredArchive> archive = StoredArchive::fromJson(doc.object(), &error);
    FLEET_FUZZ_ASSERT(archive.has_value() == error.isEmpty());
    if (!archive)
        return 0;
    FLEET_FUZZ_ASSERT(archive->sha256.isEmpty() || archive->sha256.size() == 64);
    QString again;
    const std::optional<StoredArchive> round = StoredArchive::fromJson(archive->toJson(), &again);
    FLEET_FUZZ_ASSERT(round && round->reference == archive->reference && round->sha256 == archive->sha256
                      && round->imageId == archive->imageId && round->size == archive->size);
    return 0;
}
