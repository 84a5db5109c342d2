#pragma once

#include <QFlags>
#include <QString>

namespace fleet {

// What terminalSafe() leaves as it is besides printable text.
enum class TerminalKeep { Nothing = 0, Newlines = 1, Tabs = 2 };
Q_DECLARE_FLAGS(TerminalKeeps, TerminalKeep)
Q_DECLARE_OPERATORS_FOR_FLAGS(TerminalKeeps)

// Text from nodes, agents, archives and registries made safe to print on a terminal: escape sequences (CSI such
// as colours and cursor moves, OSC such as window titles and hyperlinks, DCS/APC/PM/SOS strings, and their C1
// forms) are dropped whole; any other control character (C0, DEL, C1, a carriage return that would overwrite
// the line) and the bidirectional overrides and isolates that reorder what is shown become visible as \xNN or
// \uNNNN; newlines and tabs stay only when asked. Printable Unicode is kept as it is; unpaired surrogates become
// U+FFFD.
QString terminalSafe(const QString &text, TerminalKeeps keep = TerminalKeep::Nothing);

} // namespace fleet
