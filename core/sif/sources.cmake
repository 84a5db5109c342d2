list(APPEND FLEETCORE_SOURCES
    sif/SifTypes.h sif/SifTypes.cpp
    sif/SifHeader.h sif/SifDescriptor.h
    sif/SifImage.h sif/SifImage.cpp
    sif/SifText.h sif/SifText.cpp
    sif/SifVerification.h sif/SifVerification.cpp
    sif/SifVerify.h sif/SifVerify.cpp)
