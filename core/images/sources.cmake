list(APPEND FLEETCORE_SOURCES
    images/ImageReference.h images/ImageReference.cpp
    images/SemanticVersion.h images/SemanticVersion.cpp
    images/TagPolicy.h images/TagPolicy.cpp)
