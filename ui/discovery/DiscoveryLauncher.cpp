#include "DiscoveryLauncher.h"

#include "DiscoveryDialog.h"
#include "NodeListModel.h"
#include "NotificationArea.h"
#include "ScanHistoryWriter.h"

namespace fleet {

DiscoveryLauncher::DiscoveryLauncher(NodeListModel *nodes, NotificationArea *notifications, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_nodes(nodes)
    , m_notifications(notifications)
    , m_dialogParent(dialogParent)
{
}

DiscoveryLauncher::~DiscoveryLauncher() = default;

void DiscoveryLauncher::setHistoryWriter(ScanHistoryWriter *writer)
{
    m_writer = writer;
    if (writer)
        connect(writer, &ScanHistoryWriter::failed, this, [this](const QString &message) {
            m_notifications->notify(NotificationArea::Severity::Error, tr("Cannot record the scan in the history"),
                                    message);
        });
    if (m_dialog)
        m_dialog->setHistoryWriter(writer);
}

DiscoveryDialog *DiscoveryLauncher::dialog()
{
    if (!m_dialog) {
        m_dialog = new DiscoveryDialog(m_dialogParent);
        m_dialog->setDefaultTargets(m_defaultTargets);
        m_dialog->setHistoryWriter(m_writer);
        m_dialog->setKnownAddresses([nodes = m_nodes] {
            QStringList addresses;
            for (int row = 0; row < nodes->count(); ++row)
                addresses << nodes->nodeAt(row).address;
            return addresses;
        });
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
