#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace fleet {

class JobsModel;

// An optional system tray icon (Settings → Show in the system tray) whose tooltip counts the running jobs; a click
// brings the window back. Only an extra: every count and result is in the window too. Off by default, and never
// created where the desktop has no tray.
class JobsTrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsTrayIcon)

public:
    JobsTrayIcon(const JobsModel *jobs, QWidget *window);
    ~JobsTrayIcon() override;

    static bool available();
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    QString toolTip() const; // what the icon says now (also when hidden)

    static QString toolTipFor(int running, int failed);

private:
    void update();

    const JobsModel *m_jobs;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    bool m_enabled = false;
};

} // namespace fleet
