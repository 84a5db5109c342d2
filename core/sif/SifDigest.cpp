#include "sif/SifDigest.h"

#include <QIODevice>
#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

namespace fleet {

namespace {

const EVP_MD *md(SifDigest::Algorithm algorithm)
{
    switch (algorithm) {
    case SifDigest::Algorithm::SHA224: return EVP_sha224();
    case SifDigest::Algorithm::SHA256: return EVP_sha256();
    case SifDigest::Algorithm::SHA384: return EVP_sha384();
    case SifDigest::Algorithm::SHA512: return EVP_sha512();
    case SifDigest::Algorithm::SHA512_224: return EVP_sha512_224();
    case SifDigest::Algorithm::SHA512_256: return EVP_sha512_256();
    }
    return EVP_sha256();
}

using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Context start(SifDigest::Algorithm algorithm)
{
    Context ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (ctx)
        EVP_DigestInit_ex(ctx.get(), md(algorithm), nullptr);
    return ctx;
}

QByteArray finish(EVP_MD_CTX *ctx)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(ctx, out, &n);
    return QByteArray(reinterpret_cast<const char *>(out), int(n));
}

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

} // namespace

std::optional<SifDigest::Algorithm> SifDigest::fromName(const QString &name)
{
    if (name == QLatin1String("sha224"))
        return Algorithm::SHA224;
    if (name == QLatin1String("sha256"))
        return Algorithm::SHA256;
    if (name == QLatin1String("sha384"))
        return Algorithm::SHA384;
    if (name == QLatin1String("sha512"))
        return Algorithm::SHA512;
    if (name == QLatin1String("sha512_224"))
        return Algorithm::SHA512_224;
    if (name == QLatin1String("sha512_256"))
        return Algorithm::SHA512_256;
    return std::nullopt;
}

std::optional<SifDigest::Algorithm> SifDigest::fromHashType(SifHashType type)
{
    switch (type) {
    case SifHashType::SHA256: return Algorithm::SHA256;
    case SifHashType::SHA384: return Algorithm::SHA384;
    case SifHashType::SHA512: return Algorithm::SHA512;
    default: return std::nullopt;
    }
}

int SifDigest::size(Algorithm algorithm) { return EVP_MD_get_size(md(algorithm)); }

QByteArray SifDigest::ofBytes(Algorithm algorithm, const QByteArray &bytes)
{
    Context ctx = start(algorithm);
    EVP_DigestUpdate(ctx.get(), bytes.constData(), size_t(bytes.size()));
    return finish(ctx.get());
}

QByteArray SifDigest::ofRanges(Algorithm algorithm, QIODevice &device, const QList<QPair<qint64, qint64>> &ranges,
                               QString *error)
{
    Context ctx = start(algorithm);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const auto &[offset, size] : ranges) {
        if (offset < 0 || size < 0 || offset > device.size() || size > device.size() - offset
            || !device.seek(offset)) {
            *error = QStringLiteral("cannot read %1 bytes at offset %2").arg(size).arg(offset);
            return {};
        }
        for (qint64 left = size; left > 0;) {
            const qint64 n = device.read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (n <= 0) {
                *error = QStringLiteral("read error at offset %1: %2").arg(offset + size - left)
                             .arg(device.errorString());
                return {};
            }
            EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
            left -= n;
        }
    }
    return finish(ctx.get());
}

QByteArray SifDigest::descriptorBytes(const SifDescriptor &d, quint32 relativeId)
{
    QByteArray out;
    put<qint32>(out, qint32(d.type));
    out.append(char(1)); // used: only used descriptors are read
    put<quint32>(out, relativeId);
    put<quint32>(out, d.rawLinkedId);
    put<qint64>(out, d.size);
    put<qint64>(out, d.rawCreated);
    put<qint64>(out, d.uid);
    put<qint64>(out, d.gid);
    out.append(d.rawName);
    out.append(d.rawExtra);
    return out;
}

} // namespace fleet
