list(APPEND FLEETCORE_SOURCES
    history/Database.h history/Database.cpp
    history/Statement.h history/Statement.cpp
    history/Transaction.h history/Transaction.cpp
    history/Migrations.h history/Migrations.cpp
    history/HistoryRecords.h
    history/HistoryRows.h history/HistoryRows.cpp
    history/JobQuery.h history/JobQuery.cpp
    history/ProcessOwner.h history/ProcessOwner.cpp
    history/HistoryStore.h history/HistoryStore.cpp
    history/NodeSummary.h history/NodeSummary.cpp
    history/CsvWriter.h history/CsvWriter.cpp
    history/HistoryReader.h history/HistoryReader.cpp)
