#include "JobsTrayIcon.h"

#include "JobsModel.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace fleet {

JobsTrayIcon::JobsTrayIcon(const JobsModel *jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
{
    connect(jobs, &JobsModel::countsChanged, this, &JobsTrayIcon::update);
}

JobsTrayIcon::~JobsTrayIcon() = default;

bool JobsTrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void JobsTrayIcon::setEnabled(bool on)
{
    m_enabled = on;
    if (on && !m_icon && available()) {
        m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (m_window && (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
    if (m_icon)
        m_icon->setVisible(on);
    update();
}

QString JobsTrayIcon::toolTip() const
{
    return toolTipFor(m_jobs->countActive(), m_jobs->countInState(JobState::Failed));
}

QString JobsTrayIcon::toolTipFor(int running, int failed)
{
    QString text = running ? tr("Fleet Commander: %n job(s) running", nullptr, running)
                           : tr("Fleet Commander: no jobs running");
    if (failed)
        text += QLatin1Char('\n') + tr("%n job(s) failed", nullptr, failed);
    return text;
}

void JobsTrayIcon::update()
{
    if (m_icon && m_enabled)
        m_icon->setToolTip(toolTip());
}

} // namespace fleet
