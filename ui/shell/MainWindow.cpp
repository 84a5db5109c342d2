#include "MainWindow.h"

#include "BuildLauncher.h"
#include "DiscoveryLauncher.h"
#include "FleetCountsLabel.h"
#include "FleetLoader.h"
#include "HistoryView.h"
#include "HostKeyActions.h"
#include "BatchNotifications.h"
#include "DesktopNotifier.h"
#include "JobAlerts.h"
#include "JobsTrayIcon.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "LibraryPanel.h"
#include "SifPane.h"
#include "MainActions.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushConfirmPopover.h"
#include "PushController.h"
#include "SettingsDialog.h"
#include "SettingsKeys.h"
#include "StoreLibraryLoader.h"
#include "StoreOperations.h"
#include "actions/FleetSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QCursor>
#include <QLabel>
#include <QMetaMethod>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace fleet {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Fleet Commander"));
    setObjectName(QStringLiteral("MainWindow"));
    m_nodes = new NodeListModel(this);
    m_images = new ImageLibraryModel(this);
    m_jobs = new JobsModel(this);

    buildLayout();
    m_hostKeys = new HostKeyActions(this, m_notifications, this);
    m_pushes = new PushController(m_images, m_nodes, m_notifications, this);
    m_alerts = new JobAlerts(m_jobs, m_nodes, m_hostKeys, m_notifications, this);
    m_desktopNotifier = new DesktopNotifier(this);
    m_batchNotifications = new BatchNotifications(
        m_desktopNotifier,
        [this] { return isActiveWindow() || !QSettings().value(settings::kDesktopNotifications, true).toBool(); },
        this);
    m_trayIcon = new JobsTrayIcon(m_jobs, this);
    m_library = new ImageLibraryLoader(m_images, m_libraryPanel, this);
    m_fleetLoader = new FleetLoader(m_nodes, this);
    m_discovery = new DiscoveryLauncher(m_nodes, m_notifications, this);
    m_build = new BuildLauncher(m_notifications, this);
    m_storeLoader = new StoreLibraryLoader(m_libraryPanel, this);
    m_storeOps = new StoreOperations(m_libraryPanel, this);
    m_actions = new MainActions(this);
    connectActions();
    restoreSettings();
    connectRooms();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectRooms()
{
    // The view hands over what was dropped and for which nodes; the popover, if it asks, opens at the cursor.
    connect(m_nodesPanel->view(), &NodeTileView::payloadDropped, m_pushes,
            [this](const DragPayload &payload, const QStringList &nodes) {
                m_pushes->push(payload, nodes, QCursor::pos());
            });
    connect(m_fleetLoader, &FleetLoader::loaded, this, [this](int nodes) {
        Q_EMIT fleetLoaded(nodes);
        loadFinished();
    });
    connect(m_fleetLoader, &FleetLoader::failed, this, [this](const QString &message) {
        notify(NotificationArea::Severity::Error, tr("Cannot read the last known fleet"), message);
        loadFinished();
    });
    connect(m_library, &ImageLibraryLoader::started, this, [this] { ++m_pendingLoads; });
    connect(m_library, &ImageLibraryLoader::finished, this, &MainWindow::imagesRead);
    connect(m_build, &BuildLauncher::imagesBuilt, m_library, &ImageLibraryLoader::refresh);
    connect(m_storeLoader, &StoreLibraryLoader::started, this, [this] { ++m_pendingLoads; });
    connect(m_storeLoader, &StoreLibraryLoader::allListed, this, &MainWindow::loadFinished);
    connect(m_storeOps, &StoreOperations::finished, this,
            [this](bool ok, const QString &title, const QString &message, const QString &changedStore) {
                notify(ok ? NotificationArea::Severity::Info : NotificationArea::Severity::Error, title, message);
                if (!changedStore.isEmpty())
                    m_storeLoader->refreshStore(changedStore);
            });
    connect(m_historyView, &HistoryView::loadFailed, this, [this](const QString &message) {
        notify(NotificationArea::Severity::Error, tr("Cannot read the history"), message);
    });
    connect(m_historyView, &HistoryView::exportFinished, this,
            [this](qint64 rows, const QString &path, const QString &error) {
                if (error.isEmpty())
                    notify(NotificationArea::Severity::Info, tr("History exported"),
                           tr("%n job(s) written to %1.", nullptr, int(rows)).arg(path));
                else
                    notify(NotificationArea::Severity::Error, tr("Export failed"), error);
            });
    connect(m_nodesPanel, &NodesPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_libraryPanel, &LibraryPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_sifPane, &SifPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_libraryPanel, &LibraryPanel::refreshRequested, this, &MainWindow::refreshImages);
    connect(m_jobsPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_jobs, &JobsModel::countsChanged, this, &MainWindow::updateActions);
}

void MainWindow::buildLayout()
{
    m_libraryPanel = new LibraryPanel(m_images, this);
    m_sifPane = new SifPane(m_libraryPanel);
    m_libraryPanel->addSourceTab(m_sifPane, tr("Apptainer"),
                                 tr("The Apptainer registry: .sif images by partition, job templates"), [this] {
                                     DragPayload payload;
                                     payload.sifImages = m_sifPane->selectedImages();
                                     return payload;
                                 });
    m_nodesPanel = new NodesPanel(m_nodes, this);
    m_jobsPanel = new JobsPanel(m_jobs, this);
    m_historyView = new HistoryView(this);
    m_notifications = new NotificationArea(this);

    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(m_nodesPanel);
    m_centreSplitter->addWidget(m_jobsPanel);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 1);
    m_centreSplitter->setSizes({560, 220});
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_libraryPanel);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({420, 860}); // names, categories and the GPU flag

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_mainSplitter, tr("&Fleet"));
    m_tabs->addTab(m_historyView, tr("&History"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_historyView)
            m_historyView->refresh(); // jobs may have finished since it was last shown
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notifications);
    setCentralWidget(central);

    m_engineLabel = new QLabel(tr("Docker engine: connecting…"), this);
    m_engineLabel->setAccessibleName(tr("Docker engine status"));
    m_countsLabel = new FleetCountsLabel(m_nodes, m_jobs, this);
    statusBar()->addWidget(m_engineLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::connectActions()
{
    m_actions->addMenusAndToolbar(this);
    connect(m_actions->scan(), &QAction::triggered, this, &MainWindow::openDiscovery);
    connect(m_actions->push(), &QAction::triggered, this, &MainWindow::pushSelection);
    connect(m_actions->installAgent(), &QAction::triggered, this, &MainWindow::installAgent);
    connect(m_actions->pruneImages(), &QAction::triggered, this, &MainWindow::pruneImages);
    connect(m_actions->nodeDetails(), &QAction::triggered, this,
            [this] { openNodeDetails(m_nodesPanel->selectedAddresses().value(0)); });
    connect(m_nodesPanel->view(), &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        openNodeDetails(index.data(NodeListModel::AddressRole).toString());
    });
    // A tile's context menu: what can be done to the nodes under it (a right click selects the tile first).
    m_nodesPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_nodesPanel->view()->addActions(
        {m_actions->push(), m_actions->installAgent(), m_actions->pruneImages(), m_actions->nodeDetails()});
    connect(m_actions->cancel(), &QAction::triggered, m_jobsPanel, &JobsPanel::cancelSelectedOrAll);
    connect(m_actions->refreshImages(), &QAction::triggered, this, &MainWindow::refreshImages);
    connect(m_actions->notInstalled(), &QAction::toggled, m_nodesPanel, &NodesPanel::setNotInstalledOnly);
    connect(m_nodesPanel->notInstalledButton(), &QToolButton::toggled, m_actions->notInstalled(), &QAction::setChecked);
    connect(m_actions->confirmDrops(), &QAction::toggled, this,
            [](bool on) { QSettings().setValue(settings::kPushDontAsk, !on); });
    connect(m_actions->desktopNotifications(), &QAction::toggled, this,
            [](bool on) { QSettings().setValue(settings::kDesktopNotifications, on); });
    connect(m_actions->trayIcon(), &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(settings::kTrayIcon, on);
        m_trayIcon->setEnabled(on);
    });
    connect(m_actions->buildImage(), &QAction::triggered, this, &MainWindow::openBuild);
    connect(m_actions->exportHistory(), &QAction::triggered, m_historyView, &HistoryView::chooseAndExport);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->showFleet(), &QAction::triggered, this, &MainWindow::showFleet);
    connect(m_actions->showHistory(), &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_actions->settings(), &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->filterNodes(), &QAction::triggered, this, [this] {
        showFleet();
        m_nodesPanel->focusFilter();
    });
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

PushConfirmPopover *MainWindow::pushPopover() const
{
    return m_pushes->popover();
}

void MainWindow::updateActions()
{
    const bool haveNodes = !m_nodesPanel->selectedAddresses().isEmpty();
    m_actions->push()->setEnabled(haveNodes && !m_libraryPanel->selectedPayload().isEmpty());
    m_actions->installAgent()->setEnabled(haveNodes);
    m_actions->pruneImages()->setEnabled(haveNodes);
    m_actions->nodeDetails()->setEnabled(haveNodes);
    m_actions->cancel()->setEnabled(m_jobs->countActive() > 0);
}

void MainWindow::notify(NotificationArea::Severity severity, const QString &title, const QString &text)
{
    m_notifications->notify(severity, title, text);
}

void MainWindow::setHistoryReader(HistoryReader *reader)
{
    m_historyView->setReader(reader);
    if (!reader)
        return;
    ++m_pendingLoads;
    m_fleetLoader->load(reader);
}

void MainWindow::loadFinished()
{
    if (m_pendingLoads > 0 && --m_pendingLoads == 0)
        Q_EMIT initialLoadFinished();
}

bool MainWindow::saveScreenshot(const QString &path)
{
    return grab().save(path, "PNG");
}

void MainWindow::showFleet()
{
    m_tabs->setCurrentWidget(m_mainSplitter);
}

void MainWindow::showHistory()
{
    m_tabs->setCurrentWidget(m_historyView);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(settings::kWindowGeometry).toByteArray());
    restoreState(settings.value(settings::kWindowState).toByteArray());
    m_mainSplitter->restoreState(settings.value(settings::kMainSplitter).toByteArray());
    m_centreSplitter->restoreState(settings.value(settings::kCentreSplitter).toByteArray());
    m_historyView->restoreState(settings.value(settings::kHistorySplitter).toByteArray());
    m_nodesPanel->restoreState(settings.value(settings::kNodeSort).toByteArray());
    const QSignalBlocker block(m_actions->confirmDrops());
    m_actions->confirmDrops()->setChecked(PushConfirmPopover::shouldAsk());
    m_actions->desktopNotifications()->setChecked(settings.value(settings::kDesktopNotifications, true).toBool());
    m_actions->trayIcon()->setEnabled(JobsTrayIcon::available());
    m_actions->trayIcon()->setChecked(settings.value(settings::kTrayIcon, false).toBool());
    m_trayIcon->setEnabled(m_actions->trayIcon()->isChecked());
    if (!settings.contains(settings::kWindowGeometry))
        resize(1280, 800);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settings::kWindowGeometry, saveGeometry());
    settings.setValue(settings::kWindowState, saveState());
    settings.setValue(settings::kMainSplitter, m_mainSplitter->saveState());
    settings.setValue(settings::kCentreSplitter, m_centreSplitter->saveState());
    settings.setValue(settings::kHistorySplitter, m_historyView->saveState());
    settings.setValue(settings::kNodeSort, m_nodesPanel->saveState());
}

void MainWindow::setImageLister(ImageLister lister)
{
    m_library->setLister(std::move(lister));
}

void MainWindow::refreshImages()
{
    m_library->refresh();
    m_storeLoader->refresh();
    m_sifPane->refresh();
}

void MainWindow::setStoreWritable(bool writable)
{
    m_libraryPanel->setStoreWritesEnabled(writable);
    reloadStores();
    m_sifPane->refresh(); // the session starts: the Apptainer registry is read with the stores
}

void MainWindow::reloadStores()
{
    const FleetSettings shared = FleetSettings::load();
    m_storeLoader->setPolicy(shared.tagPolicy);
    m_libraryPanel->setStores(shared.stores);
    m_storeLoader->refresh();
}

SettingsDialog *MainWindow::settingsDialog()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        connect(m_settingsDialog, &SettingsDialog::storesChanged, this, &MainWindow::reloadStores);
    }
    return m_settingsDialog;
}

void MainWindow::openSettings()
{
    SettingsDialog *dialog = settingsDialog();
    dialog->load();
    dialog->open();
}

void MainWindow::imagesRead(const ImageListing &listing)
{
    if (listing.ok) {
        m_engineLabel->setText(listing.engine);
    } else {
        m_engineLabel->setText(tr("Docker engine not reachable"));
        m_engineLabel->setToolTip(listing.error);
        notify(NotificationArea::Severity::Warning, tr("Cannot list the local images"), listing.error);
    }
    updateActions();
    loadFinished();
}

void MainWindow::pushSelection()
{
    const QWidget *view = m_nodesPanel->view();
    m_pushes->push(m_libraryPanel->selectedPayload(), m_nodesPanel->selectedAddresses(),
                   view->mapToGlobal(view->rect().center()));
}

void MainWindow::installAgent()
{
    const QStringList nodes = m_nodesPanel->selectedAddresses();
    if (nodes.isEmpty())
        return;
    if (!isSignalConnected(QMetaMethod::fromSignal(&MainWindow::installAgentRequested))) {
        notify(NotificationArea::Severity::Warning, tr("Agent installation is not available"),
               tr("This build cannot install the Fleet Agent from the window yet. Use `fleetctl agent install "
                  "NODE` in a terminal."));
        return;
    }
    Q_EMIT installAgentRequested(nodes);
}

void MainWindow::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void MainWindow::pruneImages()
{
    const QStringList nodes = m_nodesPanel->selectedAddresses();
    if (nodes.isEmpty())
        return;
    if (!isSignalConnected(QMetaMethod::fromSignal(&MainWindow::pruneImagesRequested))) {
        notify(NotificationArea::Severity::Warning, tr("Cleaning up is not available"),
               tr("This window runs nothing (read-only). Use `fleetctl prune NODE` in a terminal."));
        return;
    }
    Q_EMIT pruneImagesRequested(nodes);
}

void MainWindow::openNodeDetails(const QString &address)
{
    const int row = m_nodes->rowOf(address);
    if (row < 0)
        return;
    if (!isSignalConnected(QMetaMethod::fromSignal(&MainWindow::nodeDetailsRequested))) {
        notify(NotificationArea::Severity::Warning, tr("Containers are not available"),
               tr("This window runs nothing (read-only). Use `fleetctl containers %1` in a terminal.").arg(address));
        return;
    }
    Q_EMIT nodeDetailsRequested(m_nodes->nodeAt(row));
}

void MainWindow::setScanDatabase(const QString &dbPath)
{
    m_discovery->setDatabase(dbPath);
}

void MainWindow::setScanProbeContext(const ActionContext &context)
{
    m_discovery->setProbeContext(context);
}

void MainWindow::setDefaultScanTargets(const QStringList &targets, const QStringList &sources)
{
    m_discovery->setDefaultTargets(targets);
    m_discovery->setDefaultSources(sources);
}

DiscoveryDialog *MainWindow::discoveryDialog()
{
    return m_discovery->dialog();
}

void MainWindow::openDiscovery()
{
    m_discovery->open();
}

void MainWindow::setBuildSettings(const BuildDialog::Settings &settings)
{
    m_build->setSettings(settings);
}

BuildDialog *MainWindow::buildDialog()
{
    return m_build->dialog();
}

void MainWindow::openBuild()
{
    m_build->open();
}

} // namespace fleet
