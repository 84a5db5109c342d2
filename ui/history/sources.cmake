# The History tab: paged jobs and scans read on a thread of their own, stages, CSV export.
list(APPEND FLEETUI_SOURCES
    history/CsvWriter.h history/CsvWriter.cpp
    history/HistoryReader.h history/HistoryReader.cpp
    history/HistoryPagedModel.h history/HistoryPagedModel.cpp
    history/HistoryJobsModel.h history/HistoryJobsModel.cpp
    history/HistoryScansModel.h history/HistoryScansModel.cpp
    history/HistoryStagesModel.h history/HistoryStagesModel.cpp
    history/HistoryView.h history/HistoryView.cpp)
