#pragma once

#include "ssh/SshOptions.h"

#include <QString>

namespace fleet {

class MainWindow;

// Node groups in the window: a "Groups…" action on the tiles (GroupsDialog for the selected nodes) and the
// nodes panel's "Select group" box, filled from the history on a worker at start and after every edit; and
// "SSH identity…" (NodeIdentityDialog: the node's or its group's own key; `ssh` tells what applies otherwise).
class GroupsWiring final
{
public:
    static void wire(MainWindow *window, const QString &dbPath, const SshOptions &ssh = {});
    static void reload(MainWindow *window, const QString &dbPath);
};

} // namespace fleet
