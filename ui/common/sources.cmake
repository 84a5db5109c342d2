# Shared by the rooms: settings keys, the worker-thread helper, the notification cards.
list(APPEND FLEETUI_SOURCES
    common/SettingsKeys.h
    common/WorkerThread.h common/WorkerThread.cpp
    common/NotificationArea.h common/NotificationArea.cpp)
