# The main window and the session that wires core objects to it.
list(APPEND FLEETUI_SOURCES
    shell/MainWindow.h shell/MainWindow.cpp
    shell/DesktopSession.h shell/DesktopSession.cpp)
