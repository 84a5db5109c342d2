list(APPEND FLEETCORE_SOURCES
    transfer/JobUpdate.h
    transfer/JobJournal.h
    transfer/CancelToken.h transfer/CancelToken.cpp
    transfer/StageTracker.h transfer/StageTracker.cpp
    transfer/ThroughputLog.h transfer/ThroughputLog.cpp
    transfer/JobRate.h transfer/JobRate.cpp
    transfer/StallWatch.h transfer/StallWatch.cpp
    transfer/RemoteDocker.h transfer/RemoteDocker.cpp
    transfer/WireCompressor.h transfer/WireCompressor.cpp
    transfer/WireChain.h transfer/WireChain.cpp
    transfer/SaveFanout.h transfer/SaveFanout.cpp
    transfer/NodeRelayScript.h transfer/NodeRelayScript.cpp
    transfer/NodeRelayReport.h transfer/NodeRelayReport.cpp
    transfer/NodeRelay.h transfer/NodeRelay.cpp
    transfer/RunPlan.h transfer/RunPlan.cpp
    transfer/HealthProbe.h transfer/HealthProbe.cpp
    transfer/NodeFit.h transfer/NodeFit.cpp
    transfer/ContainerDeploy.h transfer/ContainerDeploy.cpp
    transfer/ScpUpload.h transfer/ScpUpload.cpp
    transfer/LoadProgress.h transfer/LoadProgress.cpp
    transfer/NodeFetch.h transfer/NodeFetch.cpp
    transfer/RegistryPull.h transfer/RegistryPull.cpp
    transfer/PushJob.h transfer/PushJobSource.h transfer/PushJob.cpp transfer/PushJobRelay.cpp
    transfer/HistoryJournal.h transfer/HistoryJournal.cpp
    transfer/JobRunner.h transfer/JobRunner.cpp
    )
