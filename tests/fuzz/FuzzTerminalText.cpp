#include "FuzzSupport.h"

#include "util/TerminalText.h"

using namespace fleet;

// Whatever a node sends, terminalSafe's output holds no control character but the kept newline and tab.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QString safe = terminalSafe(text, TerminalKeep::Newlines | TerminalKeep::Tabs);
    for (const QChar c : safe) {
        const char16_t u = c.unicode();
        FLEET_FUZZ_ASSERT(u == u'\n' || u == u'\t' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u < 0xa0)));
        FLEET_FUZZ_ASSERT(!(u >= 0x202a && u <= 0x202e) && !(u >= 0x2066 && u <= 0x2069));
    }
    FLEET_FUZZ_ASSERT(terminalSafe(safe, TerminalKeep::Newlines | TerminalKeep::Tabs) == safe); // idempotent
    return 0;
}
