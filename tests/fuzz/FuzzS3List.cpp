#include "FuzzSupport.h"

#include "images/stores/S3ListParser.h"

using namespace fleet;

// ListObjectsV2 XML from an S3 endpoint.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<S3ObjectPage> page = S3ListParser::parse(fuzz::bytes(data, size), &error);
    FLEET_FUZZ_ASSERT(page.has_value() == error.isEmpty());
    if (page)
        FLEET_FUZZ_ASSERT(page->objects.size() <= S3ListParser::kMaxObjectsPerPage);
    return 0;
}
