# The image library (the drag source) and File → Build image…
list(APPEND FLEETUI_SOURCES
    library/ImageLibraryModel.h library/ImageLibraryModel.cpp
    library/LibraryPanel.h library/LibraryPanel.cpp
    library/BuildDialog.h library/BuildDialog.cpp)
