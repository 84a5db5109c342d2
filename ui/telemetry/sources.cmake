# Live agent telemetry on the tiles (own thread).
list(APPEND FLEETUI_SOURCES
    telemetry/TelemetryWorker.h telemetry/TelemetryWorker.cpp
    telemetry/TelemetryMonitor.h telemetry/TelemetryMonitor.cpp)
