# The image library (the drag source): the engine's images and the stores' archives, read on workers; the store
# verbs (put, copy, delete); File → Build image…
list(APPEND FLEETUI_SOURCES
    library/ImageLibraryModel.h library/ImageLibraryModel.cpp
    library/LibraryPanel.h library/LibraryPanel.cpp
    library/BuildDialog.h library/BuildDialog.cpp
    library/ImageLibraryLoader.h library/ImageLibraryLoader.cpp
    library/BuildLauncher.h library/BuildLauncher.cpp
    library/StoreArchiveModel.h library/StoreArchiveModel.cpp
    library/StorePane.h library/StorePane.cpp
    library/StoreLibraryLoader.h library/StoreLibraryLoader.cpp
    library/StoreOperations.h library/StoreOperations.cpp)
