# Shared by the rooms: settings keys, how core actions run in the background, the notification cards.
list(APPEND FLEETUI_SOURCES
    common/SettingsKeys.h
    common/BackgroundAction.h
    common/NotificationArea.h common/NotificationArea.cpp
    common/DesktopNotifier.h common/DesktopNotifier.cpp
    common/Translations.h common/Translations.cpp)
