# The product's verbs, once: fleetctl and the desktop both call these (see docs/architecture.md, "Actions").
list(APPEND FLEETCORE_SOURCES
    actions/ActionContext.h
    actions/FleetSettings.h actions/FleetSettings.cpp
    actions/RecordJson.h actions/RecordJson.cpp
    actions/HostKeyTrust.h actions/HostKeyTrust.cpp
    actions/AgentLifecycle.h actions/AgentLifecycle.cpp
    actions/ImageLister.h actions/ImageLister.cpp
    actions/NodeScan.h actions/NodeScan.cpp
    actions/ImageBuild.h actions/ImageBuild.cpp
    actions/PushPreflight.h actions/PushPreflight.cpp
    actions/NodePrune.h actions/NodePrune.cpp
    actions/NodeContainers.h actions/NodeContainers.cpp
    actions/NodeProbing.h actions/NodeProbing.cpp
    actions/ContainerLogs.h actions/ContainerLogs.cpp
    actions/StoreActions.h actions/StoreActions.cpp
    actions/StoreJob.h actions/StoreJob.cpp
    actions/NodeGroups.h actions/NodeGroups.cpp
    actions/NodeIdentities.h actions/NodeIdentities.cpp
    actions/InventoryMatrix.h actions/InventoryMatrix.cpp
    actions/NodeImageReader.h actions/NodeImageReader.cpp
    actions/FleetInventory.h actions/FleetInventory.cpp
    actions/ImageSync.h actions/ImageSync.cpp)
# SIF records (sif_image, sif_verification), apart from RecordJson.cpp
list(APPEND FLEETCORE_SOURCES actions/SifRecordJson.cpp)
