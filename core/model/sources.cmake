list(APPEND FLEETCORE_SOURCES
    model/NodeState.h model/NodeState.cpp
    model/Node.h model/Node.cpp
    model/ImageInfo.h
    model/Progress.h model/Progress.cpp
    model/Throughput.h model/Throughput.cpp
    model/Job.h model/Job.cpp
    model/Failure.h model/Failure.cpp)
