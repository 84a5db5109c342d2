#include "BuildLauncher.h"

#include "NotificationArea.h"

namespace fleet {

BuildLauncher::BuildLauncher(NotificationArea *notifications, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_notifications(notifications)
    , m_dialogParent(dialogParent)
{
}

BuildLauncher::~BuildLauncher() = default;

BuildDialog *BuildLauncher::dialog()
{
    if (!m_dialog && m_settings) {
        m_dialog = new BuildDialog(*m_settings, m_dialogParent);
        connect(m_dialog, &BuildDialog::imagesBuilt, this, [this](const QStringList &references) {
            Q_EMIT imagesBuilt(references);
            m_notifications->notify(NotificationArea::Severity::Info, tr("Image built"),
                                    tr("%1 is in the library: drag it onto a node to push it.")
                                        .arg(references.join(QStringLiteral(", "))));
        });
        connect(m_dialog, &BuildDialog::buildFinished, this, [this](const QList<BuildResult> &results) {
            if (m_dialog->isVisible())
                return; // the dialog shows what happened
            for (const BuildResult &result : results)
                if (!result.ok() && result.status != BuildResult::Status::Cancelled)
                    m_notifications->notify(NotificationArea::Severity::Error,
                                            tr("Build of %1 failed").arg(result.folder), result.error);
        });
    }
    return m_dialog;
}

void BuildLauncher::open()
{
    BuildDialog *shown = dialog();
    if (!shown) {
        m_notifications->notify(NotificationArea::Severity::Warning, tr("Building is not available"),
                                tr("This window is not connected to a Docker Engine (a test or screenshot build). "
                                   "Start fleet-commander normally, or use `fleetctl build DIR`."));
        return;
    }
    shown->show();
    shown->raise();
    shown->activateWindow();
}

} // namespace fleet
