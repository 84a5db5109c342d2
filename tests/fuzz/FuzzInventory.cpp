#include "FuzzTargetSources.h"

#include "discovery/InventorySource.h"

using namespace fleet;

// Inventory files (INI-style with [a:b] ranges, one host per line): ranges expand, but never without bound.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SourceReport report = InventorySource::parse(fuzz::bytes(data, size), QStringLiteral("inventory"));
    fuzz::checkReport(report, size, InventorySource::kMaxExpansion);
    const QString text = QString::fromUtf8(fuzz::bytes(data, qMin<size_t>(size, 512)));
    QStringList out;
    QString error;
    if (InventorySource::expand(text, &out, &error))
        FLEET_FUZZ_ASSERT(out.size() <= InventorySource::kMaxExpansion);
    return 0;
}
