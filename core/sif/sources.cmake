# Apptainer images: the SIF reader (SifImage, SifVerify…) and the registry on top of it (SifRegistry*, templates,
# sync to node caches).
list(APPEND FLEETCORE_SOURCES
    sif/SifFacts.h sif/SifFacts.cpp
    sif/SifRegistryImage.h sif/SifRegistryImage.cpp
    sif/SifRegistryDb.h sif/SifRegistryDb.cpp
    sif/SifRegistry.h sif/SifRegistry.cpp
    sif/SifTemplate.h sif/SifTemplate.cpp
    sif/SifSyncRequest.h sif/SifSyncRequest.cpp
    sif/SifSync.h sif/SifSync.cpp
    sif/SifSyncJob.h sif/SifSyncJob.cpp
    sif/SifCache.h sif/SifCache.cpp
    )
