#include "DiscoveryLauncher.h"

#include "DiscoveryDialog.h"
#include "NodeListModel.h"
#include "NotificationArea.h"

namespace fleet {

DiscoveryLauncher::DiscoveryLauncher(NodeListModel *nodes, NotificationArea *notifications, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_nodes(nodes)
    , m_notifications(notifications)
    , m_dialogParent(dialogParent)
{
}

DiscoveryLauncher::~DiscoveryLauncher() = default;

void DiscoveryLauncher::setDatabase(const QString &dbPath)
{
    m_dbPath = dbPath;
    if (m_dialog)
        m_dialog->setDatabase(dbPath);
}

void DiscoveryLauncher::setProbeContext(const ActionContext &context)
{
    m_probeContext = context;
    if (m_dialog)
        m_dialog->setProbeContext(context);
}

DiscoveryDialog *DiscoveryLauncher::dialog()
{
    if (!m_dialog) {
        m_dialog = new DiscoveryDialog(m_dialogParent);
        m_dialog->setDefaultTargets(m_defaultTargets);
        m_dialog->setDefaultSources(m_defaultSources);
        m_dialog->setDatabase(m_dbPath);
        m_dialog->setProbeContext(m_probeContext);
        connect(m_dialog, &DiscoveryDialog::nodesProbed, m_nodes, &NodeListModel::setProbes);
        connect(m_dialog, &DiscoveryDialog::nodesFound, m_nodes, &NodeListModel::merge);
        connect(m_dialog, &DiscoveryDialog::scanFailed, this, [this](const QString &message) {
            m_notifications->notify(NotificationArea::Severity::Error, tr("Scan failed"), message);
        });
    }
    return m_dialog;
}

void DiscoveryLauncher::open()
{
    DiscoveryDialog *shown = dialog();
    shown->show();
    shown->raise();
    shown->activateWindow();
}

} // namespace fleet
