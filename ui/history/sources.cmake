# The History tab: paged jobs and scans (read by core/history/HistoryReader on its thread), stages, CSV export.
list(APPEND FLEETUI_SOURCES
    history/HistoryPagedModel.h history/HistoryPagedModel.cpp
    history/HistoryJobsModel.h history/HistoryJobsModel.cpp
    history/HistoryScansModel.h history/HistoryScansModel.cpp
    history/HistoryNodesModel.h history/HistoryNodesModel.cpp
    history/HistoryStagesModel.h history/HistoryStagesModel.cpp
    history/HistoryView.h history/HistoryView.cpp)
