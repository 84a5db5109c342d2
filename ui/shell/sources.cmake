# The main window (layout, actions, counts), Settings… (Stores), and the session and wiring that connect core
# objects to the rooms.
list(APPEND FLEETUI_SOURCES
    shell/MainWindow.h shell/MainWindow.cpp
    shell/DesktopSession.h shell/DesktopSession.cpp
    shell/MainActions.h shell/MainActions.cpp
    shell/FleetCountsLabel.h shell/FleetCountsLabel.cpp
    shell/JobsTrayIcon.h shell/JobsTrayIcon.cpp
    shell/JobRunnerWiring.h shell/JobRunnerWiring.cpp
    shell/InventoryWiring.h shell/InventoryWiring.cpp
    shell/GroupsWiring.h shell/GroupsWiring.cpp
    shell/SettingsDialog.h shell/SettingsDialog.cpp
    shell/StoresSettingsPage.h shell/StoresSettingsPage.cpp
    shell/StoreEditDialog.h shell/StoreEditDialog.cpp)
