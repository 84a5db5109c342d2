#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

// The reference data of sylabs/sif, shipped by Debian's golang-github-sylabs-sif-dev (2.8): test images,
// the key they were signed with, and siftool's golden outputs. Tests FAIL, not skip, when it is missing:
// scripts/install-deps installs it.
namespace fleet::test {

inline QString sifReferenceDir()
{
    const QString fromEnv = qEnvironmentVariable("FLEET_SIF_REFERENCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/share/gocode/src/github.com/sylabs/sif") : fromEnv;
}

inline QString sifReferenceMissing()
{
    const QString dir = sifReferenceDir();
    if (QFileInfo(dir + QStringLiteral("/test/images/one-group-signed.sif")).isFile()
        && QFileInfo(dir + QStringLiteral("/test/keys/private.asc")).isFile())
        return {};
    return QStringLiteral("SIF reference data not found under %1: install Debian's golang-github-sylabs-sif-dev "
                          "(scripts/install-deps does), or point FLEET_SIF_REFERENCE_DIR at a sylabs/sif checkout")
        .arg(dir);
}

inline QString sifImage(const QString &name) { return sifReferenceDir() + QStringLiteral("/test/images/") + name; }
inline QString sifGolden(const QString &test, const QString &name)
{
    return sifReferenceDir() + QStringLiteral("/internal/app/siftool/testdata/%1/%2.golden").arg(test, name);
}

} // namespace fleet::test

#define FLEET_REQUIRE_SIF_REFERENCE()                                                                                 \
    do {                                                                                                              \
        const QString missing = fleet::test::sifReferenceMissing();                                                  \
        if (!missing.isEmpty())                                                                                       \
            QFAIL(qPrintable(missing));                                                                               \
    } while (false)
