#include "FuzzSupport.h"

#include "sif/SifClearsign.h"
#include "sif/SifImage.h"
#include "sif/SifMetadata.h"
#include "sif/SifText.h"

#include <QBuffer>

using namespace fleet;

// A SIF image is whatever a registry or a colleague hands over. What SifImage::read accepts stays inside the
// file, within the descriptor cap, without overlapping objects; siftool's words can be made of it; and every
// signature object's text goes through the clear-signature and signed-metadata parsers without harm.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    QByteArray bytes = fuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<SifImage> image = SifImage::read(buffer, &error);
    FLEET_FUZZ_ASSERT(image.has_value() == error.isEmpty());
    if (!image)
        return 0;
    FLEET_FUZZ_ASSERT(image->header().descriptorsTotal <= SifImage::kMaxDescriptors);
    FLEET_FUZZ_ASSERT(image->descriptors().size() <= image->header().descriptorsTotal);
    qint64 covered = 0;
    for (const SifDescriptor &d : image->descriptors()) {
        FLEET_FUZZ_ASSERT(d.offset >= 0 && d.size >= 0 && d.end() <= qint64(size));
        covered += d.size;
        const QByteArray object = SifImage::objectData(buffer, d, SifImage::kMetadataCap, nullptr, true);
        FLEET_FUZZ_ASSERT(object.size() == std::min(d.size, SifImage::kMetadataCap));
        FLEET_FUZZ_ASSERT(SifText::info(d).endsWith(QLatin1Char('\n')));
        if (d.type == SifDataType::Signature) {
            const std::optional<QByteArray> text = SifClearsign::plaintext(object);
            if (text) {
                FLEET_FUZZ_ASSERT(text->size() <= object.size());
                QString why;
                const std::optional<SifMetadata> m = SifMetadata::parse(*text, &why);
                FLEET_FUZZ_ASSERT(m.has_value() == why.isEmpty());
                FLEET_FUZZ_ASSERT(!m || m->objects.size() <= SifMetadata::kMaxObjects);
            }
        }
    }
    FLEET_FUZZ_ASSERT(covered <= qint64(size)); // objects do not overlap
    FLEET_FUZZ_ASSERT(!SifText::header(*image).isEmpty());
    FLEET_FUZZ_ASSERT(SifText::list(*image).count(QLatin1Char('\n')) >= 3);
    return 0;
}
