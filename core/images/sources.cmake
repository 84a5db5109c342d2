list(APPEND FLEETCORE_SOURCES
    images/ImageReference.h images/ImageReference.cpp
    images/SemanticVersion.h images/SemanticVersion.cpp
    images/TagPolicy.h images/TagPolicy.cpp)
list(APPEND FLEETCORE_SOURCES
    images/DefinitionProblem.h
    images/ImageMetadata.h images/ImageMetadata.cpp
    images/RequirementsFile.h images/RequirementsFile.cpp
    images/Dockerfile.h images/Dockerfile.cpp
    images/BuildDefinition.h images/BuildDefinition.cpp
    images/DockerIgnore.h images/DockerIgnore.cpp
    images/BuildContext.h images/BuildContext.cpp)
list(APPEND FLEETCORE_SOURCES
    images/BuildResult.h images/BuildResult.cpp
    images/BuildLog.h images/BuildLog.cpp
    images/Builder.h images/Builder.cpp)
list(APPEND FLEETCORE_SOURCES
    images/Catalog.h images/Catalog.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/stores/sources.cmake)
