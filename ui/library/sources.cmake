# The image library (the drag source) read from the engine on a worker, and File → Build image…
list(APPEND FLEETUI_SOURCES
    library/ImageLibraryModel.h library/ImageLibraryModel.cpp
    library/LibraryPanel.h library/LibraryPanel.cpp
    library/BuildDialog.h library/BuildDialog.cpp
    library/ImageLibraryLoader.h library/ImageLibraryLoader.cpp
    library/BuildLauncher.h library/BuildLauncher.cpp)
