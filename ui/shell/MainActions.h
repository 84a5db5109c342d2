#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace fleet {

// The window's commands as QActions — object name, text, tip with its shortcut, icon — added to the window so
// their shortcuts work while the menus are closed, and the menus and the toolbar that show them. What each one
// does is connected by MainWindow.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    explicit MainActions(QMainWindow *window);
    ~MainActions() override;

    // The menu bar (File, View, Fleet, Jobs, Settings) and the main toolbar of `window`.
    void addMenusAndToolbar(QMainWindow *window) const;

    QAction *scan() const { return m_scan; }
    QAction *push() const { return m_push; }
    QAction *installAgent() const { return m_installAgent; }
    QAction *pruneImages() const { return m_pruneImages; }
    QAction *nodeDetails() const { return m_nodeDetails; }
    QAction *cancel() const { return m_cancel; }
    QAction *refreshImages() const { return m_refreshImages; }
    QAction *notInstalled() const { return m_notInstalled; } // checkable
    QAction *confirmDrops() const { return m_confirmDrops; } // checkable
    QAction *desktopNotifications() const { return m_desktopNotifications; } // checkable
    QAction *trayIcon() const { return m_trayIcon; }                         // checkable
    QAction *buildImage() const { return m_buildImage; }
    QAction *exportHistory() const { return m_exportHistory; }
    QAction *quit() const { return m_quit; }
    QAction *showFleet() const { return m_showFleet; }
    QAction *showHistory() const { return m_showHistory; }
    QAction *filterNodes() const { return m_filterNodes; }
    QAction *settings() const { return m_settings; }

private:
    QAction *m_scan = nullptr;
    QAction *m_push = nullptr;
    QAction *m_installAgent = nullptr;
    QAction *m_pruneImages = nullptr;
    QAction *m_nodeDetails = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_refreshImages = nullptr;
    QAction *m_notInstalled = nullptr;
    QAction *m_confirmDrops = nullptr;
    QAction *m_desktopNotifications = nullptr;
    QAction *m_trayIcon = nullptr;
    QAction *m_buildImage = nullptr;
    QAction *m_exportHistory = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_showFleet = nullptr;
    QAction *m_showHistory = nullptr;
    QAction *m_filterNodes = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace fleet
