# The node tiles and what is dropped on them: model, filter, view, delegate, panel, the drag payload, the one push
# planner and the controller that confirms and submits its requests (popover; core/actions/PushPreflight); the
# start-up fleet.
list(APPEND FLEETUI_SOURCES
    fleet/DragPayload.h fleet/DragPayload.cpp
    fleet/NodeListModel.h fleet/NodeListModel.cpp
    fleet/NodeFilterProxy.h fleet/NodeFilterProxy.cpp
    fleet/NodeTileView.h fleet/NodeTileView.cpp
    fleet/NodeTileDelegate.h fleet/NodeTileDelegate.cpp
    fleet/NodesPanel.h fleet/NodesPanel.cpp
    fleet/PushConfirmPopover.h fleet/PushConfirmPopover.cpp
    fleet/PushPlanner.h fleet/PushPlanner.cpp
    fleet/PushController.h fleet/PushController.cpp
    fleet/FleetLoader.h fleet/FleetLoader.cpp
    fleet/PruneDialog.h fleet/PruneDialog.cpp
    fleet/TileActivity.h fleet/TileActivity.cpp
    fleet/NodeDetailDialog.h fleet/NodeDetailDialog.cpp
    fleet/GroupsDialog.h fleet/GroupsDialog.cpp
    fleet/NodeIdentityDialog.h fleet/NodeIdentityDialog.cpp)
