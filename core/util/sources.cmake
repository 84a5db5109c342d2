list(APPEND FLEETCORE_SOURCES
    util/ShellQuote.h util/ShellQuote.cpp
    util/Format.h util/Format.cpp
    util/ChunkPipe.h util/ChunkPipe.cpp
    util/Remedy.h util/Remedy.cpp
    util/WorkerThread.h util/WorkerThread.cpp
    util/JsonNumber.h util/JsonNumber.cpp

    util/TerminalText.h util/TerminalText.cpp)
