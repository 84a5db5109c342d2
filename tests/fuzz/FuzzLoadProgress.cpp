#include "FuzzSupport.h"
#include "transfer/LoadProgress.h"

using namespace fleet;

// What the scp-mode load wrapper and the runtime's `load` print on the node (LoadProgress): untrusted, and split
// into chunks anywhere by the channel. The first byte picks the chunk size. Whatever arrives, the count never goes
// backwards or past the size the wrapper announced, and the kept output stays bounded.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int chunk = 1 + data[0] % 64;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    LoadProgress parser;
    qint64 last = 0;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        parser.feed(input.mid(at, chunk));
        FLEET_FUZZ_ASSERT(parser.bytesRead() >= last);
        last = parser.bytesRead();
        FLEET_FUZZ_ASSERT(parser.size() < 0 || parser.bytesRead() <= parser.size());
        FLEET_FUZZ_ASSERT(parser.output().size() <= LoadProgress::kMaxOutput);
    }
    parser.finish();
    FLEET_FUZZ_ASSERT(parser.bytesRead() >= last);
    FLEET_FUZZ_ASSERT(parser.size() < 0 || parser.bytesRead() <= parser.size());
    FLEET_FUZZ_ASSERT(parser.output().size() <= LoadProgress::kMaxOutput);
    return 0;
}
