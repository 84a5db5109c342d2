list(APPEND FLEETCORE_SOURCES
    docker/DockerError.h
    docker/DockerEndpoint.h docker/DockerEndpoint.cpp
    docker/JsonLineStream.h docker/JsonLineStream.cpp
    docker/TarStreamCheck.h docker/TarStreamCheck.cpp
    docker/DockerEngine.h docker/DockerEngine.cpp
    docker/SaveArchive.h docker/SaveArchive.cpp
    docker/Architecture.h docker/Architecture.cpp
    docker/RuntimeCommand.h docker/RuntimeCommand.cpp)
