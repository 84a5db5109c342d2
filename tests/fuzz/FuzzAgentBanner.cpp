#include "FuzzSupport.h"

#include "discovery/AgentBannerParser.h"

using namespace fleet;

// What a port 7780 answers to the scanner's WebSocket upgrade: HTTP headers, then one frame. The first byte
// chooses how the rest is cut into reads, so split frames and headers are explored too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = size_t(data[0]) + 1;
    AgentBannerParser parser;
    AgentBannerParser::Verdict verdict = AgentBannerParser::Verdict::NeedMore;
    for (size_t at = 1; at < size && verdict == AgentBannerParser::Verdict::NeedMore; at += chunk)
        verdict = parser.feed(reinterpret_cast<const char *>(data) + at, qsizetype(qMin(chunk, size - at)));
    verdict = parser.finish();
    FLEET_FUZZ_ASSERT(verdict != AgentBannerParser::Verdict::NeedMore);
    if (verdict == AgentBannerParser::Verdict::Version) {
        FLEET_FUZZ_ASSERT(parser.version().startsWith(QLatin1Char('v')) && parser.version().size() <= 5);
    } else {
        FLEET_FUZZ_ASSERT(parser.version().isEmpty() && !parser.reason().isEmpty());
    }
    (void)AgentBannerParser::versionOf(fuzz::bytes(data, size));
    return 0;
}
