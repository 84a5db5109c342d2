# Inventory and drift (issue 13): the nodes × images matrix, Refresh and Sync missing.
list(APPEND FLEETUI_SOURCES
    inventory/InventoryModel.h inventory/InventoryModel.cpp
    inventory/InventoryView.h inventory/InventoryView.cpp)
