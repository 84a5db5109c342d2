list(APPEND FLEETUI_SOURCES
    MainWindow.h MainWindow.cpp)
