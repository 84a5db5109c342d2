#include "FuzzSupport.h"

#include "docker/LayerChain.h"
#include "docker/LayerFilter.h"
#include "docker/NodeLayerSet.h"

using namespace fleet;

// A save stream passing the missing-layers filter, and a node's answer about its store: both untrusted. The
// filter never adds bytes, never loses any it did not account for as a dropped layer, gives the same output
// however the stream is chunked, and with nothing to leave out passes the stream unchanged. The first byte picks
// the chunk size; the bytes up to the first NUL are also read as a node's answer.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const int chunk = 1 + data[0] * 7;

    const qsizetype nul = input.indexOf('\0');
    const NodeLayerSet answer = NodeLayerSet::parse(nul < 0 ? input : input.left(nul));
    FLEET_FUZZ_ASSERT(answer.chainIds.size() <= qsizetype(answer.images) * 1000);

    // Layers whose blobs a fuzzed OCI archive may name: "blobs/sha256/000…0" and "…1…1".
    const QStringList diffIds{QStringLiteral("sha256:") + QString(64, u'0'),
                              QStringLiteral("sha256:") + QString(64, u'1')};
    const QStringList chain = LayerChain::chainIds(diffIds);
    const auto run = [&](const QSet<QString> &node, qsizetype step, LayerFilter **keep) {
        QByteArray out;
        auto *filter = new LayerFilter(diffIds, node, [&out](const char *d, qint64 n) {
            out.append(d, qsizetype(n));
            return true;
        });
        for (qsizetype at = 0; at < input.size(); at += step)
            filter->feed(input.constData() + at, qMin(step, input.size() - at));
        filter->finish();
        *keep = filter;
        return out;
    };
    LayerFilter *whole = nullptr, *chunked = nullptr, *none = nullptr;
    const QByteArray a = run({chain[0], chain[1]}, qMax<qsizetype>(1, input.size()), &whole);
    const QByteArray b = run({chain[0], chain[1]}, chunk, &chunked);
    const QByteArray c = run({}, chunk, &none);
    FLEET_FUZZ_ASSERT(a == b);
    FLEET_FUZZ_ASSERT(c == input);
    FLEET_FUZZ_ASSERT(a.size() <= input.size());
    FLEET_FUZZ_ASSERT(whole->bytesOut() == a.size() && whole->bytesIn() == input.size());
    FLEET_FUZZ_ASSERT(whole->skippedBytes() <= input.size() - a.size());
    FLEET_FUZZ_ASSERT((whole->skippedLayers() == 0) == (a.size() == input.size()));
    delete whole;
    delete chunked;
    delete none;
    return 0;
}
