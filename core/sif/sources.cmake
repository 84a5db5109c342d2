# Apptainer images: the SIF reader (SifImage, SifVerify…) and the registry on top of it (SifRegistry*, templates,
# sync to node caches).
list(APPEND FLEETCORE_SOURCES
    sif/SifTypes.h sif/SifTypes.cpp
    sif/SifHeader.h sif/SifDescriptor.h
    sif/SifImage.h sif/SifImage.cpp
    sif/SifText.h sif/SifText.cpp
    sif/SifDigest.h sif/SifDigest.cpp
    sif/SifClearsign.h sif/SifClearsign.cpp
    sif/SifMetadata.h sif/SifMetadata.cpp
    sif/SifGpg.h sif/SifGpg.cpp
    sif/SifVerification.h sif/SifVerification.cpp
    sif/SifVerify.h sif/SifVerify.cpp)
# the registry (ROOT/images/<partition>/*.sif), job templates, sync to node caches
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
