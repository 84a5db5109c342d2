#include "FuzzSupport.h"

#include "images/ImageReference.h"
#include "images/TagPolicy.h"

using namespace fleet;

// Image references come from archives' RepoTags, registries, image.json and the command line.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const ImageReference ref = ImageReference::parse(text);
    if (ref.isValid()) {
        // A valid reference normalizes to itself: parsing its own spellings gives the same reference.
        const ImageReference again = ImageReference::parse(ref.toString());
        FLEET_FUZZ_ASSERT(again.isValid());
        FLEET_FUZZ_ASSERT(again.toString() == ref.toString());
        const ImageReference familiar = ImageReference::parse(ref.familiar());
        FLEET_FUZZ_ASSERT(familiar.isValid() && familiar.toString() == ref.toString());
        FLEET_FUZZ_ASSERT(ref.name().size() <= ImageReference::kMaxNameLength + 32);
        (void)ref.host();
        (void)ref.port();
        for (TagPolicy::Purpose purpose : {TagPolicy::Purpose::Build, TagPolicy::Purpose::Pull, TagPolicy::Purpose::Run})
            (void)TagPolicy().check(ref, purpose);
    } else {
        FLEET_FUZZ_ASSERT(!ref.error().isEmpty());
    }
    QString why;
    (void)ImageReference::isValidTag(text, &why);
    (void)ImageReference::isValidDomain(text, &why);
    (void)ImageReference::isValidDigest(text, &why);
    (void)ImageReference::isValidPathComponent(text, &why);
    return 0;
}
