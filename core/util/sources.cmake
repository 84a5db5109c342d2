list(APPEND FLEETCORE_SOURCES
    util/ShellQuote.h util/ShellQuote.cpp
    util/Format.h util/Format.cpp
    util/TerminalText.h util/TerminalText.cpp)
