#include "FuzzSupport.h"

#include "images/ImageMetadata.h"

using namespace fleet;

// image.json of a build definition (a folder someone else may have written).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    QList<DefinitionProblem> problems;
    const ImageMetadata metadata = ImageMetadata::fromJson(text, &problems);
    for (const DefinitionProblem &problem : problems)
        FLEET_FUZZ_ASSERT(!problem.expected.isEmpty());
    (void)metadata.toJson();
    (void)metadata.labels();
    bool ok = false;
    const qint64 memory = ImageMetadata::parseMemory(QString::fromUtf8(text.left(64)), &ok);
    if (ok)
        FLEET_FUZZ_ASSERT(memory >= 0);
    return 0;
}
