#include "sif/SifFacts.h"

#include <QFile>

namespace fleet {

// Until the SIF reader lands (core/sif/SifImage), only the global header's magic is checked here.
SifFacts SifFacts::read(const QString &path)
{
    SifFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        facts.reason = file.errorString();
        return facts;
    }
    const QByteArray header = file.read(128);
    if (header.size() < 128 || header.mid(32, 9) != "SIF_MAGIC") {
        facts.reason = QStringLiteral("not a SIF image (no SIF header)");
        return facts;
    }
    facts.ok = true;
    return facts;
}

} // namespace fleet
