#include "GroupsWiring.h"

#include "BackgroundAction.h"
#include "GroupsDialog.h"
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

void GroupsWiring::wire(MainWindow *window, const QString &dbPath)
{
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
