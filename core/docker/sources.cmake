list(APPEND FLEETCORE_SOURCES
    docker/DockerError.h
    docker/DockerEndpoint.h docker/DockerEndpoint.cpp
    docker/JsonLineStream.h docker/JsonLineStream.cpp
    docker/TarBlock.h docker/TarBlock.cpp
    docker/LayerChain.h docker/LayerChain.cpp
    docker/LayerFilter.h docker/LayerFilter.cpp
    docker/NodeLayerSet.h docker/NodeLayerSet.cpp
    docker/TarStreamCheck.h docker/TarStreamCheck.cpp
    docker/DockerEngine.h docker/DockerEngine.cpp
    docker/SaveArchive.h docker/SaveArchive.cpp
    docker/Architecture.h docker/Architecture.cpp
    docker/RuntimeCommand.h docker/RuntimeCommand.cpp)
