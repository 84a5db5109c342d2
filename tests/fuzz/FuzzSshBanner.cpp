#include "FuzzSupport.h"

#include "discovery/SshBannerProbe.h"

using namespace fleet;

// What an SSH port (or anything on it) sends first. The first byte chooses the read size.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = size_t(data[0]) + 1;
    SshBannerProbe probe;
    SshBannerProbe::Verdict verdict = SshBannerProbe::Verdict::NeedMore;
    for (size_t at = 1; at < size && verdict == SshBannerProbe::Verdict::NeedMore; at += chunk)
        verdict = probe.feed(reinterpret_cast<const char *>(data) + at, qsizetype(qMin(chunk, size - at)));
    verdict = probe.finish(QStringLiteral("end of input"));
    FLEET_FUZZ_ASSERT(verdict != SshBannerProbe::Verdict::NeedMore);
    if (verdict == SshBannerProbe::Verdict::Ssh) {
        const QString banner = probe.banner();
        FLEET_FUZZ_ASSERT(banner.startsWith(QLatin1String("SSH-")) && banner.size() <= SshBannerProbe::kMaxIdentLine);
        for (const QChar c : banner) // printable ASCII only: it reaches terminals and the history
            FLEET_FUZZ_ASSERT(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    }
    for (const QChar c : SshBannerProbe::printable(fuzz::bytes(data, size)))
        FLEET_FUZZ_ASSERT(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    return 0;
}
