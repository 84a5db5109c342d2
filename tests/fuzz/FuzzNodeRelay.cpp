#include "FuzzSupport.h"
#include "transfer/NodeRelayReport.h"

using namespace fleet;

// What a relay chain's members print back up the chain (NodeRelayScript's "fleet-relay K …" lines), as
// NodeRelayReport reads it: untrusted output of every node in the chain. Whatever they say, members are numbered
// within bounds, their words are bounded, statuses are exit statuses, and "finished" always carries one.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const NodeRelayReport report = NodeRelayReport::parse(fuzz::bytes(data, size));
    FLEET_FUZZ_ASSERT(report.members().size() <= qsizetype(size / 16 + 1));
    for (auto it = report.members().cbegin(); it != report.members().cend(); ++it) {
        FLEET_FUZZ_ASSERT(it.key() >= 1 && it.key() <= NodeRelayReport::kMaxIndex);
        const NodeRelayReport::Member &m = it.value();
        FLEET_FUZZ_ASSERT(m.output.size() <= NodeRelayReport::kMaxText);
        FLEET_FUZZ_ASSERT(m.hopError.size() <= NodeRelayReport::kMaxText);
        FLEET_FUZZ_ASSERT(m.exitStatus >= -1 && m.exitStatus <= 255);
        FLEET_FUZZ_ASSERT(m.hopStatus >= -1 && m.hopStatus <= 255);
        FLEET_FUZZ_ASSERT(!m.finished || m.exitStatus >= 0);
        FLEET_FUZZ_ASSERT(m.next >= 0 && m.next <= NodeRelayReport::kMaxIndex);
        FLEET_FUZZ_ASSERT(report.has(it.key()));
    }
    return 0;
}
