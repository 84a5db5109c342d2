#include "sif/SifVerify.h"

#include "sif/SifImage.h"

namespace fleet {

// API commit: reads the image only; the integrity and signature checks follow in the next commits.
SifVerification SifVerify::verify(const QString &path, const QString &keyringPath)
{
    Q_UNUSED(keyringPath);
    SifVerification result;
    result.path = path;
    QString error;
    const std::optional<SifImage> image = SifImage::open(path, &error);
    result.readable = image.has_value();
    result.readError = error;
    result.message = image ? tr("%1: verification is not implemented yet").arg(path) : error;
    return result;
}

} // namespace fleet
