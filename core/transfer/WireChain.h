#pragma once

#include "docker/LayerFilter.h"
#include "transfer/WireCompressor.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace fleet {

// What one node's stream passes through between the save stream and its SSH channel: the layers the node lacks
// only (LayerFilter), zstd frames (WireCompressor), then chunks of 256 KiB to `out` (the bounded pipe the channel
// writer reads, or the channel itself). setLinkRate may come from another thread than feed.
class WireChain final
{
public:
    struct Options
    {
        QStringList diffIds;        // the image's layers; with nodeChainIds, leave out what the node has
        QSet<QString> nodeChainIds; // empty: every layer goes
        bool compress = false;
        WireCompressor::Policy policy = WireCompressor::Policy::Auto;
    };

    using Output = std::function<bool(QByteArray chunk)>;
    WireChain(Options options, Output out);
    ~WireChain();

    bool feed(const char *data, qint64 size);
    bool finish(); // the stream ended whole: flush every stage
    void setLinkRate(double bytesPerSecond);

    // "sent 1 of 6 layers (1.1 MB of 6.4 MB): the node had the other 5; zstd on the wire: …" (empty: nothing to say)
    QString summary() const;
    QString error() const;

private:
    bool toPipe(const char *data, qint64 size);
    bool toWire(const char *data, qint64 size);

    Output m_out;
    QByteArray m_pending;
    std::unique_ptr<WireCompressor> m_compressor;
    std::unique_ptr<LayerFilter> m_filter;
};

// "4.2 MB", "503 MB": sizes in messages.
QString megabytesText(qint64 bytes);

} // namespace fleet
