#include "FuzzSupport.h"

#include "images/Dockerfile.h"

#include <QMap>

using namespace fleet;

// A build definition's Dockerfile: instructions, continuation lines, ARG/FROM substitution.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    const Dockerfile dockerfile = Dockerfile::parse(text);
    int line = 0;
    for (const Dockerfile::Instruction &instruction : dockerfile.instructions()) {
        FLEET_FUZZ_ASSERT(instruction.line >= 1 && instruction.line >= line);
        FLEET_FUZZ_ASSERT(instruction.keyword == instruction.keyword.toUpper());
        line = instruction.line;
    }
    (void)dockerfile.hasFrom();
    const QMap<QString, QString> args{{QStringLiteral("REGISTRY"), QStringLiteral("localhost:5000")},
                                      {QStringLiteral("TAG"), QStringLiteral("1.0.0")}};
    for (const Dockerfile::BaseImage &base : dockerfile.baseImages(args))
        FLEET_FUZZ_ASSERT(base.line >= 1);
    QString missing;
    (void)Dockerfile::substitute(QString::fromUtf8(text.left(4096)), args, &missing);
    return 0;
}
