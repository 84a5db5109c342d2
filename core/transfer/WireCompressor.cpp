#include "transfer/WireCompressor.h"

#include <QElapsedTimer>
#include <QString>

#include <zstd.h>

namespace fleet {

namespace {
constexpr qint64 kRawBlockMax = 128 * 1024; // Block_Maximum_Size with the 128 KiB window below
constexpr double kAssumedLinkRate = 1e9;     // until measured: a fast link, so only clear wins compress
constexpr qint64 kSample = 64 * 1024;        // what Auto compresses first to judge a block
} // namespace

struct WireCompressor::Context
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ~Context() { ZSTD_freeCCtx(cctx); }
};

WireCompressor::WireCompressor(Policy policy, Sink sink, int level)
    : m_context(std::make_unique<Context>())
    , m_policy(policy)
    , m_sink(std::move(sink))
    , m_level(level)
{
    ZSTD_CCtx_setParameter(m_context->cctx, ZSTD_c_compressionLevel, m_level);
    ZSTD_CCtx_setParameter(m_context->cctx, ZSTD_c_checksumFlag, 1); // a damaged frame fails on the node
    m_block.reserve(int(kBlock));
    m_compressed.resize(qsizetype(ZSTD_compressBound(size_t(kBlock))));
}

WireCompressor::~WireCompressor() = default;

QByteArray WireCompressor::rawFrame(const char *data, qint64 size)
{
    QByteArray frame;
    frame.reserve(qsizetype(6 + size + 3 * (size / kRawBlockMax + 1)));
    frame.append("\x28\xb5\x2f\xfd", 4); // magic 0xFD2FB528, little-endian
    frame.append('\0');                  // descriptor: no content size, not single-segment, no checksum, no dict
    frame.append(char(7 << 3));          // window: 2^(10+7) = 128 KiB
    qint64 at = 0;
    do {
        const qint64 n = qMin(kRawBlockMax, size - at);
        const bool last = at + n >= size;
        const quint32 header = quint32(last ? 1 : 0) | (0u << 1) | (quint32(n) << 3); // Raw_Block
        frame.append(char(header & 0xff));
        frame.append(char((header >> 8) & 0xff));
        frame.append(char((header >> 16) & 0xff));
        frame.append(data + at, qsizetype(n));
        at += n;
    } while (at < size);
    return frame;
}

bool WireCompressor::worthCompressing(qint64 in, qint64 out, double seconds) const
{
    if (out >= in - in / 32)
        return false; // saves under 3 %: not worth the node's work either
    const double rate = m_linkRate > 0 ? double(m_linkRate) : kAssumedLinkRate;
    return seconds < double(in - out) / rate; // compressing costs less time than sending the bytes it saves
}

bool WireCompressor::compressInto(const char *data, qint64 size, size_t *written)
{
    *written = ZSTD_compress2(m_context->cctx, m_compressed.data(), size_t(m_compressed.size()), data, size_t(size));
    if (!ZSTD_isError(*written))
        return true;
    m_error = QStringLiteral("zstd: %1").arg(QString::fromUtf8(ZSTD_getErrorName(*written)));
    return false;
}

bool WireCompressor::flushBlock()
{
    if (m_block.isEmpty())
        return true;
    const qint64 in = m_block.size();
    m_bytesIn += in;
    bool compress = m_policy == Policy::Always;
    size_t written = 0;
    if (m_policy == Policy::Auto) {
        // A sample of the block answers "worth it?" for a sixteenth of the work: random data costs next to nothing.
        const qint64 sample = qMin(in, kSample);
        QElapsedTimer timer;
        timer.start();
        if (!compressInto(m_block.constData(), sample, &written))
            return false;
        const double scale = double(in) / double(sample);
        compress = worthCompressing(in, qint64(double(written) * scale), double(timer.nsecsElapsed()) / 1e9 * scale);
    }
    if (compress && !compressInto(m_block.constData(), in, &written))
        return false;
    bool ok;
    if (compress && qint64(written) < in) {
        ++m_compressedBlocks;
        m_bytesOut += qint64(written);
        ok = m_sink(m_compressed.constData(), qint64(written));
    } else {
        ++m_rawBlocks;
        const QByteArray frame = rawFrame(m_block.constData(), in);
        m_bytesOut += frame.size();
        ok = m_sink(frame.constData(), frame.size());
    }
    m_block.clear();
    return ok;
}

bool WireCompressor::feed(const char *data, qint64 size)
{
    qint64 at = 0;
    while (at < size) {
        const qint64 n = qMin(kBlock - qint64(m_block.size()), size - at);
        m_block.append(data + at, qsizetype(n));
        at += n;
        if (m_block.size() == kBlock && !flushBlock())
            return false;
    }
    return true;
}

bool WireCompressor::finish()
{
    return flushBlock();
}

} // namespace fleet
