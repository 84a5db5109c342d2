list(APPEND FLEETCORE_SOURCES
    nodes/NodeProbeReply.h nodes/NodeProbeReply.cpp
    nodes/NodeProbe.h nodes/NodeProbe.cpp
)
