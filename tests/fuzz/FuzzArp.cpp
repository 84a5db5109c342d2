#include "FuzzTargetSources.h"

#include "discovery/ArpSource.h"

using namespace fleet;

// /proc/net/arp rows.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SourceReport report = ArpSource::parse(fuzz::bytes(data, size), QStringLiteral("arp"));
    fuzz::checkReport(report, size);
    for (const HostTarget &host : report.hosts)
        FLEET_FUZZ_ASSERT(host.source == QLatin1String("arp"));
    return 0;
}
