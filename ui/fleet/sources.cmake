# The node tiles and what is dropped on them: model, filter, view, delegate, panel, the drag payload, the push
# confirmation (the preflight is core/actions/PushPreflight).
list(APPEND FLEETUI_SOURCES
    fleet/DragPayload.h fleet/DragPayload.cpp
    fleet/NodeListModel.h fleet/NodeListModel.cpp
    fleet/NodeFilterProxy.h fleet/NodeFilterProxy.cpp
    fleet/NodeTileView.h fleet/NodeTileView.cpp
    fleet/NodeTileDelegate.h fleet/NodeTileDelegate.cpp
    fleet/NodesPanel.h fleet/NodesPanel.cpp
    fleet/PushConfirmPopover.h fleet/PushConfirmPopover.cpp)
