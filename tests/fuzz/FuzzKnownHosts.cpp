#include "FuzzTargetSources.h"

#include "discovery/KnownHostsSource.h"

using namespace fleet;

// ~/.ssh/known_hosts: plain, bracketed [host]:port, comma lists, hashed |1| lines, markers.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::checkReport(KnownHostsSource::parse(fuzz::bytes(data, size), QStringLiteral("known_hosts")), size);
    return 0;
}
