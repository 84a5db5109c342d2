#pragma once

#include "BuildDialog.h"

#include <QObject>

#include <optional>

namespace fleet {

class NotificationArea;

// File → Build image…'s side of the window: makes the Build dialog on first use (only with build settings: a
// test or screenshot window has none and says so), announces built images and asks for the library to be read
// again (imagesBuilt), and reports failed builds as notifications when the dialog was closed meanwhile.
class BuildLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildLauncher)

public:
    BuildLauncher(NotificationArea *notifications, QWidget *dialogParent);
    ~BuildLauncher() override;

    void setSettings(const BuildDialog::Settings &settings) { m_settings = settings; }
    BuildDialog *dialog(); // created on first use; nullptr without settings

public Q_SLOTS:
    void open();

Q_SIGNALS:
    void imagesBuilt(const QStringList &references);

private:
    NotificationArea *m_notifications;
    QWidget *m_dialogParent;
    BuildDialog *m_dialog = nullptr;
    std::optional<BuildDialog::Settings> m_settings;
};

} // namespace fleet
