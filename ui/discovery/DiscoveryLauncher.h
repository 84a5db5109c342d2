#pragma once

#include "actions/ActionContext.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace fleet {

class DiscoveryDialog;
class NodeListModel;
class NotificationArea;

// The Scan… action's side of the window: makes the Discovery dialog on first use (default targets, where scans
// are recorded), merges what it finds into the tiles, and turns failed scans into notifications.
class DiscoveryLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryLauncher)

public:
    DiscoveryLauncher(NodeListModel *nodes, NotificationArea *notifications, QWidget *dialogParent);
    ~DiscoveryLauncher() override;

    // Suggested when no targets were used before (e.g. the lab's subnet); never scanned on its own.
    void setDefaultTargets(const QStringList &targets) { m_defaultTargets = targets; }
    void setDefaultSources(const QStringList &sources) { m_defaultSources = sources; }
    // The history scans are recorded in (core's NodeScan does it; the OFFLINE nodes come from there).
    void setDatabase(const QString &dbPath);
    // How "Probe nodes that answer SSH" reaches the nodes found.
    void setProbeContext(const ActionContext &context);
    DiscoveryDialog *dialog(); // created on first use

public Q_SLOTS:
    void open();

private:
    NodeListModel *m_nodes;
    NotificationArea *m_notifications;
    QWidget *m_dialogParent;
    DiscoveryDialog *m_dialog = nullptr;
    QString m_dbPath;
    ActionContext m_probeContext;
    QStringList m_defaultTargets;
    QStringList m_defaultSources;
};

} // namespace fleet
