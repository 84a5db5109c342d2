#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace fleet {

// Turns a push's stream into zstd frames for `zstd -dc | docker load` on the node, block by block (1 MiB), so
// memory stays flat. Every block becomes one frame, compressed or stored raw: the node's decompressor reads any
// mix, so the choice can change along the stream. Always compresses every block; Auto compresses a block only
// when compressing it takes less time than the link needs for the bytes it saves (the link's rate is measured by
// whoever writes to it, setLinkRate), judged on a 64 KiB sample of the block — random data costs almost nothing
// and never gets slower.
class WireCompressor final
{
public:
    using Sink = std::function<bool(const char *data, qint64 size)>;
    enum class Policy { Auto, Always };
    static constexpr qint64 kBlock = 1 << 20;

    WireCompressor(Policy policy, Sink sink, int level = 1);
    ~WireCompressor();

    bool feed(const char *data, qint64 size);
    bool finish(); // the last (short) block
    // Bytes per second the wire takes (any thread); 0: not known yet (a fast link is assumed).
    void setLinkRate(double bytesPerSecond) { m_linkRate = bytesPerSecond; }

    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    int compressedBlocks() const { return m_compressedBlocks; }
    int rawBlocks() const { return m_rawBlocks; }
    QString error() const { return m_error; }

    // One zstd frame holding `data` as raw blocks (RFC 8878 §3.1.1.2: Block_Type 0), no compression work at all.
    static QByteArray rawFrame(const char *data, qint64 size);

private:
    bool flushBlock();
    bool compressInto(const char *data, qint64 size, size_t *written);
    bool worthCompressing(qint64 in, qint64 out, double seconds) const;

    struct Context;
    std::unique_ptr<Context> m_context;
    Policy m_policy;
    Sink m_sink;
    int m_level;
    QByteArray m_block;
    QByteArray m_compressed;
    std::atomic<double> m_linkRate{0};
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    int m_compressedBlocks = 0;
    int m_rawBlocks = 0;
    QString m_error;
};

} // namespace fleet
