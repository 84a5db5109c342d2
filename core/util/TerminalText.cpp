#include "util/TerminalText.h"

namespace fleet {

namespace {

constexpr char16_t kEsc = 0x1b;
constexpr char16_t kBel = 0x07;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void appendVisible(QString &out, char16_t c)
{
    out += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                     : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

// Index after a control string (OSC, DCS, SOS, PM, APC) that starts at `i`: it ends at BEL, ESC \ or the C1 ST;
// an unterminated one runs to the end of the text (a terminal would swallow the rest too).
qsizetype skipString(const QString &text, qsizetype i)
{
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == kBel || c == 0x9c)
            return i + 1;
        if (c == kEsc && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\\'))
            return i + 2;
    }
    return i;
}

// Index after a CSI's parameter and intermediate bytes and its final byte, starting after "ESC [" or U+009B.
// Anything else ends it early (a terminal aborts the sequence there); what follows is then text again.
qsizetype skipCsi(const QString &text, qsizetype i)
{
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x40 && c <= 0x7e)
            return i + 1;
        if (c < 0x20 || c > 0x3f)
            return i;
    }
    return i;
}

// Index after an escape sequence's intermediate bytes and final byte (ESC ( B and the like), starting after ESC.
qsizetype skipIntermediates(const QString &text, qsizetype i)
{
    while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x2f)
        ++i;
    if (i < text.size() && text.at(i).unicode() >= 0x30 && text.at(i).unicode() <= 0x7e)
        ++i;
    return i;
}

} // namespace

QString terminalSafe(const QString &text, TerminalKeeps keep)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar ch = text.at(i);
        const char16_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(i + 1);
            i += 2;
            continue;
        }
        if (ch.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            ++i;
            continue;
        }
        if (c == kEsc) {
            const char16_t next = i + 1 < text.size() ? text.at(i + 1).unicode() : 0;
            if (next == u'[') {
                i = skipCsi(text, i + 2);
            } else if (next == u']' || next == u'P' || next == u'X' || next == u'^' || next == u'_') {
                i = skipString(text, i + 2);
            } else if (next >= 0x20 && next <= 0x7e) { // ESC c (reset), ESC 7, ESC M, ESC ( B …
                i = skipIntermediates(text, i + 1);
            } else {
                appendVisible(out, c); // a lone ESC: shown, and the next character is text again
                ++i;
            }
            continue;
        }
        if (c == 0x9b) {
            i = skipCsi(text, i + 1);
            continue;
        }
        if (c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f) {
            i = skipString(text, i + 1);
            continue;
        }
        if ((c == u'\n' && keep.testFlag(TerminalKeep::Newlines)) || (c == u'\t' && keep.testFlag(TerminalKeep::Tabs)))
            out += ch;
        else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || isBidiControl(c))
            appendVisible(out, c);
        else
            out += ch;
        ++i;
    }
    return out;
}

} // namespace fleet
