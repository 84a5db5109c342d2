# The jobs panel (one row per node of a push, a progress bar per stage) and the alerts for failed or refused ones.
list(APPEND FLEETUI_SOURCES
    jobs/JobsModel.h jobs/JobsModel.cpp
    jobs/JobsTreeModel.h jobs/JobsTreeModel.cpp
    jobs/JobProgressDelegate.h jobs/JobProgressDelegate.cpp
    jobs/JobsPanel.h jobs/JobsPanel.cpp
    jobs/JobAlerts.h jobs/JobAlerts.cpp
    jobs/BatchNotifications.h jobs/BatchNotifications.cpp
    jobs/ThroughputChart.h jobs/ThroughputChart.cpp)
