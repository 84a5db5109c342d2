#pragma once

#include "FuzzSupport.h"

#include "discovery/HostTarget.h"

namespace fleet::fuzz {

// What every target source must give, whatever the file says: hosts that are concrete (no wildcard), that
// HostTarget itself accepts, and a bounded number of them.
inline void checkReport(const SourceReport &report, size_t inputSize, int maxHostsPerByte = 1)
{
    // readError from a parser means "refused as a whole" (a YAML inventory): then it says why and lists nothing.
    FLEET_FUZZ_ASSERT(!report.readError || (!report.warnings.isEmpty() && report.hosts.isEmpty()));
    FLEET_FUZZ_ASSERT(qsizetype(report.hosts.size()) <= qsizetype(inputSize) * maxHostsPerByte + 1);
    for (const HostTarget &host : report.hosts) {
        FLEET_FUZZ_ASSERT(!host.host.isEmpty());
        FLEET_FUZZ_ASSERT(!HostTarget::hasWildcard(host.host));
        QString error;
        if (!HostTarget::parse(host.host, host.source, &error)) // bare IPv6 is fine
            std::fprintf(stderr, "host \"%s\" refused by HostTarget: %s\n", qPrintable(host.host), qPrintable(error));
        FLEET_FUZZ_ASSERT(HostTarget::parse(host.host, host.source, &error).has_value());
    }
}

} // namespace fleet::fuzz
