#include "MainActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace fleet {

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    auto make = [window](const QString &name, const QString &text, const QString &tip, const QKeySequence &key,
                         QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *action = new QAction(text, window);
        action->setObjectName(name);
        action->setToolTip(key.isEmpty() ? tip
                                         : tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        action->setShortcut(key);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(window->style()->standardIcon(icon));
        window->addAction(action); // reachable by keyboard even when its menu is closed
        return action;
    };
    m_scan = make(QStringLiteral("scan"), tr("&Scan…"), tr("Discover nodes on networks and from SSH files"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStyle::SP_BrowserReload);
    m_push = make(QStringLiteral("push"), tr("&Push"), tr("Push the selected images to the selected nodes"),
                  QKeySequence(Qt::CTRL | Qt::Key_P), QStyle::SP_ArrowUp);
    m_installAgent = make(QStringLiteral("installAgent"), tr("&Install agent"),
                          tr("Install the Fleet Agent on the selected nodes over SSH"),
                          QKeySequence(Qt::CTRL | Qt::Key_I), QStyle::SP_DriveNetIcon);
    m_pruneImages = make(QStringLiteral("pruneImages"), tr("Clean &up images…"),
                         tr("Remove images the selected nodes can load again from a store, and dangling ones"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_nodeDetails = make(QStringLiteral("nodeDetails"), tr("Containers and &logs…"),
                         tr("The selected node's containers (stop, start, restart, remove) and their logs"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_cancel = make(QStringLiteral("cancel"), tr("&Cancel"),
                    tr("Cancel the selected jobs, or all running jobs when none is selected"),
                    QKeySequence(Qt::CTRL | Qt::Key_Period), QStyle::SP_BrowserStop);
    m_refreshImages = make(QStringLiteral("refreshImages"), tr("&Reload images"),
                           tr("Read the local Docker engine's images and the stores' archives again"),
                           QKeySequence::Refresh);
    m_notInstalled = make(QStringLiteral("notInstalled"), tr("Only &not installed"),
                          tr("Show only nodes where SSH works but the agent is missing"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_notInstalled->setCheckable(true);
    m_confirmDrops = make(QStringLiteral("confirmDrops"), tr("&Confirm drops"),
                          tr("Ask for transfer mode and run options before each push"), QKeySequence());
    m_confirmDrops->setCheckable(true);
    m_desktopNotifications = make(QStringLiteral("desktopNotifications"), tr("Desktop &notifications"),
                                  tr("Tell the desktop when a push ends while the window is in the background"),
                                  QKeySequence());
    m_desktopNotifications->setCheckable(true);
    m_trayIcon = make(QStringLiteral("trayIcon"), tr("Show in the system &tray"),
                      tr("An icon in the system tray that counts the running jobs"), QKeySequence());
    m_trayIcon->setCheckable(true);

    // Menu entries: their tips are the menu text.
    m_buildImage = new QAction(tr("&Build image…"), window);
    m_buildImage->setObjectName(QStringLiteral("buildImage"));
    m_buildImage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildImage->setStatusTip(tr("Build an image definition folder in the local Docker Engine"));
    window->addAction(m_buildImage);
    m_exportHistory = new QAction(tr("&Export history as CSV…"), window);
    m_exportHistory->setObjectName(QStringLiteral("exportHistory"));
    m_quit = new QAction(tr("&Quit"), window);
    m_quit->setShortcut(QKeySequence::Quit);
    m_showFleet = new QAction(tr("&Fleet"), window);
    m_showFleet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showHistory = new QAction(tr("&History"), window);
    m_showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_filterNodes = new QAction(tr("&Filter nodes"), window);
    m_filterNodes->setShortcut(QKeySequence::Find);
    window->addAction(m_filterNodes);
    m_settings = new QAction(tr("&Settings…"), window);
    m_settings->setObjectName(QStringLiteral("settings"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Stores and other settings"));
    window->addAction(m_settings);
}

MainActions::~MainActions() = default;

void MainActions::addMenusAndToolbar(QMainWindow *window) const
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({m_buildImage, m_exportHistory});
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({m_showFleet, m_showHistory});
    view->addSeparator();
    view->addActions({m_filterNodes, m_notInstalled});

    bar->addMenu(tr("F&leet"))
        ->addActions({m_scan, m_push, m_installAgent, m_pruneImages, m_nodeDetails, m_refreshImages});
    bar->addMenu(tr("&Jobs"))->addAction(m_cancel);
    QMenu *settings = bar->addMenu(tr("&Settings"));
    settings->addActions({m_confirmDrops, m_desktopNotifications, m_trayIcon});
    settings->addSeparator();
    settings->addAction(m_settings);

    QToolBar *toolbar = window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_scan, m_push, m_installAgent, m_cancel});
}

} // namespace fleet
