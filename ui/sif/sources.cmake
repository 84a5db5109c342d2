# The Apptainer registry in the library: partitions as groups of .sif images (dragged onto tiles to sync them into
# the nodes' caches), job templates with valid/missing badges; scans on a worker (core/sif).
list(APPEND FLEETUI_SOURCES
    sif/SifImageModel.h sif/SifImageModel.cpp
    sif/SifTemplateModel.h sif/SifTemplateModel.cpp
    sif/SifPane.h sif/SifPane.cpp)
