#include "GroupsWiring.h"

#include "BackgroundAction.h"
#include "GroupsDialog.h"
#include "NodeIdentityDialog.h"
#include "discovery/SshConfigSource.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"

#include <QAction>

namespace fleet {

void GroupsWiring::reload(MainWindow *window, const QString &dbPath)
{
    runInBackground(window, [dbPath] {
        Failure failure;
        return NodeGroups::list(dbPath, &failure);
    }, [window](const QList<GroupRecord> &groups) {
        QList<QPair<QString, QStringList>> pairs;
        for (const GroupRecord &g : groups)
            if (!g.nodes.isEmpty())
                pairs.append({g.name, g.nodes});
        window->nodesPanel()->setGroups(pairs);
    });
}

void GroupsWiring::wire(MainWindow *window, const QString &dbPath, const SshOptions &ssh)
{
    // SSH identity…: a node's (or its group's) own key; what applies otherwise is said in the dialog.
    auto *identity = new QAction(QObject::tr("SSH &identity…"), window);
    identity->setObjectName(QStringLiteral("nodeIdentity"));
    identity->setToolTip(QObject::tr("The private key this node is reached with: its own, or its group's"));
    window->nodesPanel()->view()->addAction(identity);
    QObject::connect(identity, &QAction::triggered, window, [window, ssh] {
        const QString node = window->nodesPanel()->selectedAddresses().value(0);
        if (node.isEmpty())
            return;
        QString fallback;
        const SshConfigSource::HostSettings config = ssh.clientConfigFile.isEmpty()
            ? SshConfigSource::HostSettings{} : SshConfigSource::resolveFile(ssh.clientConfigFile, node);
        if (!ssh.identityFile.isEmpty())
            fallback = QStringLiteral("%1 (--identity)").arg(ssh.identityFile);
        else if (!config.identityFile.isEmpty())
            fallback = QStringLiteral("%1 (%2)").arg(config.identityFile, ssh.clientConfigFile);
        else
            fallback = QObject::tr("ssh's defaults (agent, ~/.ssh/id_*)");
        auto *dialog = new NodeIdentityDialog(node, window->nodesPanel()->groupsOf(node), fallback, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *action = new QAction(QObject::tr("&Groups…"), window);
    action->setObjectName(QStringLiteral("editGroups"));
    action->setToolTip(QObject::tr("Put the selected nodes into groups (targets of push, prune, sync, inventory)"));
    window->nodesPanel()->view()->addAction(action);
    QObject::connect(action, &QAction::triggered, window, [window, dbPath] {
        const QStringList selected = window->nodesPanel()->selectedAddresses();
        if (selected.isEmpty())
            return;
        QList<Node> nodes;
        const NodeListModel *model = window->nodeModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (selected.contains(model->nodeAt(row).address, Qt::CaseInsensitive))
                nodes << model->nodeAt(row);
        auto *dialog = new GroupsDialog(dbPath, nodes, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &GroupsDialog::applied, window, [window, dbPath](const Failure &failure) {
            if (failure.ok())
                reload(window, dbPath);
        });
        dialog->open();
        dialog->start();
    });
    reload(window, dbPath);
}

} // namespace fleet
