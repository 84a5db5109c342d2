#include "transfer/WireChain.h"

namespace fleet {

namespace {
constexpr qsizetype kChunk = 256 * 1024;
} // namespace

QString megabytesText(qint64 bytes)
{
    return bytes >= 10'000'000 ? QStringLiteral("%1 MB").arg(bytes / 1000000)
                               : QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

WireChain::WireChain(Options options, Output out)
    : m_out(std::move(out))
{
    if (options.compress)
        m_compressor = std::make_unique<WireCompressor>(options.policy, [this](const char *data, qint64 size) {
            return toPipe(data, size);
        });
    if (!options.nodeChainIds.isEmpty() && !options.diffIds.isEmpty()) {
        m_filter = std::make_unique<LayerFilter>(options.diffIds, options.nodeChainIds,
                                                 [this](const char *data, qint64 size) { return toWire(data, size); });
        if (m_filter->skippableLayers() == 0)
            m_filter.reset();
    }
}

WireChain::~WireChain() = default;

bool WireChain::toPipe(const char *data, qint64 size)
{
    m_pending.append(data, qsizetype(size));
    if (m_pending.size() < kChunk)
        return true;
    return m_out(std::exchange(m_pending, {}));
}

bool WireChain::toWire(const char *data, qint64 size)
{
    return m_compressor ? m_compressor->feed(data, size) : toPipe(data, size);
}

bool WireChain::feed(const char *data, qint64 size)
{
    return m_filter ? m_filter->feed(data, size) : toWire(data, size);
}

bool WireChain::finish()
{
    if (m_filter && !m_filter->finish())
        return false;
    if (m_compressor && !m_compressor->finish())
        return false;
    return m_pending.isEmpty() || m_out(std::exchange(m_pending, {}));
}

void WireChain::setLinkRate(double bytesPerSecond)
{
    if (m_compressor)
        m_compressor->setLinkRate(bytesPerSecond);
}

QString WireChain::summary() const
{
    QStringList parts;
    if (m_filter)
        parts << QStringLiteral("sent %1 of %2 layers (%3 of %4): the node had the other %5")
                     .arg(m_filter->layerCount() - m_filter->skippedLayers())
                     .arg(m_filter->layerCount())
                     .arg(megabytesText(m_filter->bytesOut()), megabytesText(m_filter->bytesIn()))
                     .arg(m_filter->skippedLayers());
    if (m_compressor)
        parts << QStringLiteral("zstd on the wire: %1 for %2 (%3 of %4 blocks compressed)")
                     .arg(megabytesText(m_compressor->bytesOut()), megabytesText(m_compressor->bytesIn()))
                     .arg(m_compressor->compressedBlocks())
                     .arg(m_compressor->compressedBlocks() + m_compressor->rawBlocks());
    return parts.join(QStringLiteral("; "));
}

QString WireChain::error() const
{
    return m_compressor ? m_compressor->error() : QString();
}

} // namespace fleet
