#include "MainWindow.h"

#include "DiscoveryDialog.h"
#include "HistoryReader.h"
#include "HistoryView.h"
#include "HostKeyActions.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "LibraryPanel.h"
#include "NodeListModel.h"
#include "NodeTileView.h"
#include "NodesPanel.h"
#include "PushConfirmPopover.h"
#include "actions/PushPreflight.h"
#include "SettingsKeys.h"

#include <QAction>
#include <QCloseEvent>
#include <QCursor>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMetaMethod>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    m_popover = new PushConfirmPopover(this);
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(100);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);

    buildLayout();
    m_hostKeys = new HostKeyActions(this, m_notifications, this);
    // A key trusted from a failed push's notification: that push again.
    connect(m_hostKeys, &HostKeyActions::trusted, this,
            [this](const QString &, const QString &, quint64 jobId) { Q_EMIT retryJobRequested(jobId); });
    buildActions();
    buildMenus();
    restoreSettings();

    // A drop on a selected tile is for the whole selection.
    m_nodes->setDropTargetResolver(
        [view = m_nodesPanel->view()](const QString &address) { return view->dropTargetsFor(address); });
    connect(m_nodes, &NodeListModel::pushDropped, this, &MainWindow::onPushDropped);
    connect(m_popover, &PushConfirmPopover::confirmed, this, &MainWindow::submit);
    connect(m_jobsPanel, &JobsPanel::cancelRequested, this, &MainWindow::cancelJobRequested);
    connect(m_jobsPanel, &JobsPanel::retryRequested, this, &MainWindow::retryJobRequested);
    connect(m_historyView, &HistoryView::loadFailed, this, [this](const QString &message) {
        notify(NotificationArea::Severity::Error, tr("Cannot read the history"), message);
    });
    connect(m_historyView, &HistoryView::exportFinished, this,
            [this](qint64 rows, const QString &path, const QString &error) {
                if (error.isEmpty())
                    notify(NotificationArea::Severity::Info, tr("History exported"),
                           tr("%n jobs written to %1.", nullptr, int(rows)).arg(path));
                else
                    notify(NotificationArea::Severity::Error, tr("Export failed"), error);
            });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_nodes), static_cast<QAbstractItemModel *>(m_jobs)}) {
        connect(model, &QAbstractItemModel::rowsInserted, m_countsTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsRemoved, m_countsTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::modelReset, m_countsTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, m_countsTimer, qOverload<>(&QTimer::start));
    }
    connect(m_nodesPanel, &NodesPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_libraryPanel, &LibraryPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_libraryPanel, &LibraryPanel::refreshRequested, this, &MainWindow::refreshImages);
    connect(m_jobsPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_jobs, &JobsModel::countsChanged, this, &MainWindow::updateActions);
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_libraryPanel = new LibraryPanel(m_images, this);
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
    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Fleet counts"));
    statusBar()->addWidget(m_engineLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &tip, const QKeySequence &key,
                       QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(key.isEmpty() ? tip : tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        action->setShortcut(key);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        addAction(action); // reachable by keyboard even when its menu is closed
        return action;
    };
    m_scanAction = make(QStringLiteral("scan"), tr("&Scan…"), tr("Discover nodes on networks and from SSH files"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStyle::SP_BrowserReload);
    m_pushAction = make(QStringLiteral("push"), tr("&Push"),
                        tr("Push the selected images to the selected nodes"), QKeySequence(Qt::CTRL | Qt::Key_P),
                        QStyle::SP_ArrowUp);
    m_installAction = make(QStringLiteral("installAgent"), tr("&Install agent"),
                           tr("Install the Fleet Agent on the selected nodes over SSH"),
                           QKeySequence(Qt::CTRL | Qt::Key_I), QStyle::SP_DriveNetIcon);
    m_cancelAction = make(QStringLiteral("cancel"), tr("&Cancel"),
                          tr("Cancel the selected jobs, or all running jobs when none is selected"),
                          QKeySequence(Qt::CTRL | Qt::Key_Period), QStyle::SP_BrowserStop);
    m_refreshAction = make(QStringLiteral("refreshImages"), tr("&Reload images"),
                           tr("Read the local Docker engine's images again"), QKeySequence::Refresh);
    m_notInstalledAction = make(QStringLiteral("notInstalled"), tr("Only &not installed"),
                                tr("Show only nodes where SSH works but the agent is missing"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_notInstalledAction->setCheckable(true);
    m_confirmDropsAction = make(QStringLiteral("confirmDrops"), tr("&Confirm drops"),
                                tr("Ask for transfer mode and run options before each push"), QKeySequence());
    m_confirmDropsAction->setCheckable(true);

    connect(m_scanAction, &QAction::triggered, this, &MainWindow::openDiscovery);
    connect(m_pushAction, &QAction::triggered, this, &MainWindow::pushSelection);
    connect(m_installAction, &QAction::triggered, this, &MainWindow::installAgent);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelJobs);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshImages);
    connect(m_notInstalledAction, &QAction::toggled, m_nodesPanel, &NodesPanel::setNotInstalledOnly);
    connect(m_nodesPanel->notInstalledButton(), &QToolButton::toggled, m_notInstalledAction, &QAction::setChecked);
    connect(m_confirmDropsAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(settings::kPushDontAsk, !on); });
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::updateActions()
{
    const bool haveNodes = !m_nodesPanel->selectedAddresses().isEmpty();
    m_pushAction->setEnabled(haveNodes && !m_libraryPanel->selectedReferences().isEmpty());
    m_installAction->setEnabled(haveNodes);
    m_cancelAction->setEnabled(m_jobs->countActive() > 0);
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 nodes").arg(locale.toString(m_nodes->count()));
    for (NodeState state : {NodeState::Online, NodeState::NotInstalled, NodeState::Offline, NodeState::Unreachable})
        if (const int n = m_nodes->countInState(state))
            parts << QStringLiteral("%1 %2").arg(locale.toString(n), nodeStateLabel(state).toLower());
    if (const int active = m_jobs->countActive())
        parts << tr("%n jobs running", nullptr, active);
    if (const int failed = m_jobs->countInState(JobState::Failed))
        parts << tr("%n failed", nullptr, failed);
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::notify(NotificationArea::Severity severity, const QString &title, const QString &text)
{
    m_notifications->notify(severity, title, text);
}

void MainWindow::setHistoryReader(HistoryReader *reader)
{
    m_reader = reader;
    m_historyView->setReader(reader);
    if (!reader)
        return;
    ++m_pendingLoads;
    const quint64 ticket = reader->requestNodes();
    connect(reader, &HistoryReader::nodesLoaded, this, [this, ticket](quint64 answered, const QList<Node> &nodes) {
        if (answered != ticket)
            return;
        // Scan results that arrived meanwhile are newer: merge them over the stored fleet.
        if (m_nodes->count() == 0)
            m_nodes->setNodes(nodes);
        else
            m_nodes->merge(nodes);
        Q_EMIT fleetLoaded(m_nodes->count());
        loadFinished();
    });
    connect(reader, &HistoryReader::failed, this, [this, ticket](quint64 answered, const QString &message) {
        if (answered != ticket)
            return;
        notify(NotificationArea::Severity::Error, tr("Cannot read the last known fleet"), message);
        loadFinished();
    });
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

void MainWindow::showHostKeyChanged(const QString &host, const QString &fingerprint)
{
    m_hostKeys->showChanged(host, fingerprint);
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
    const QSignalBlocker block(m_confirmDropsAction);
    m_confirmDropsAction->setChecked(PushConfirmPopover::shouldAsk());
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

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *build = file->addAction(tr("&Build image…"), this, &MainWindow::openBuild);
    build->setObjectName(QStringLiteral("buildImage"));
    build->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    build->setStatusTip(tr("Build an image definition folder in the local Docker Engine"));
    addAction(build);
    QAction *exportCsv = file->addAction(tr("&Export history as CSV…"), m_historyView, &HistoryView::chooseAndExport);
    exportCsv->setObjectName(QStringLiteral("exportHistory"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fleet = view->addAction(tr("&Fleet"), this, &MainWindow::showFleet);
    fleet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *history = view->addAction(tr("&History"), this, &MainWindow::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    QAction *find = view->addAction(tr("&Filter nodes"), this, [this] {
        showFleet();
        m_nodesPanel->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    view->addAction(m_notInstalledAction);

    QMenu *fleetMenu = menuBar()->addMenu(tr("F&leet"));
    fleetMenu->addActions({m_scanAction, m_pushAction, m_installAction, m_refreshAction});
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addAction(m_cancelAction);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_confirmDropsAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_scanAction, m_pushAction, m_installAction, m_cancelAction});
}

void MainWindow::setImageLister(ImageLister lister)
{
    m_lister = std::move(lister);
    refreshImages();
}

void MainWindow::refreshImages()
{
    if (!m_lister)
        return;
    if (m_imagesLoading) {
        m_imagesStale = true; // e.g. a build finished meanwhile: its image must show up
        return;
    }
    m_imagesLoading = true;
    ++m_pendingLoads;
    m_libraryPanel->setStatus(tr("Reading the local Docker engine…"));
    auto *watcher = new QFutureWatcher<ImageListing>(this);
    connect(watcher, &QFutureWatcher<ImageListing>::finished, this, [this, watcher] {
        const ImageListing listing = watcher->result();
        watcher->deleteLater();
        m_imagesLoading = false;
        if (listing.ok) {
            m_images->setImages(listing.images);
            m_engineLabel->setText(listing.engine);
            m_libraryPanel->setStatus(listing.images.isEmpty()
                                          ? tr("The engine has no images yet. Build or pull one, then press F5.")
                                          : QString());
        } else {
            m_engineLabel->setText(tr("Docker engine not reachable"));
            m_engineLabel->setToolTip(listing.error);
            m_libraryPanel->setStatus(listing.error);
            notify(NotificationArea::Severity::Warning, tr("Cannot list the local images"), listing.error);
        }
        updateActions();
        loadFinished();
        if (std::exchange(m_imagesStale, false))
            refreshImages();
    });
    // The engine answers over a socket: never on the UI thread.
    watcher->setFuture(QtConcurrent::run(m_lister));
}

void MainWindow::onPushDropped(const QList<PushRequest> &requests)
{
    confirmOrSubmit(requests, QCursor::pos());
}

// The popover asks (showing what may go wrong) unless the person turned it off; then a warning is a notification.
void MainWindow::confirmOrSubmit(const QList<PushRequest> &requests, const QPoint &globalPosition)
{
    if (requests.isEmpty())
        return;
    const QString warning = PushPreflight::gpuWarning(requests, m_images->imageLookup(), m_nodes->nodeLookup());
    if (PushConfirmPopover::shouldAsk()) {
        m_popover->ask(requests, globalPosition, warning);
        return;
    }
    if (!warning.isEmpty())
        notify(NotificationArea::Severity::Warning, tr("GPU image on a node without a GPU"), warning);
    QList<PushRequest> ready = requests;
    for (PushRequest &request : ready)
        PushConfirmPopover::applyDefaults(request);
    submit(ready);
}

void MainWindow::submit(const QList<PushRequest> &requests)
{
    for (const PushRequest &request : requests)
        Q_EMIT pushRequested(request);
    if (!isSignalConnected(QMetaMethod::fromSignal(&MainWindow::pushRequested)))
        notify(NotificationArea::Severity::Error, tr("Cannot push"),
               tr("This window is not connected to a job runner (a test or screenshot build). Start "
                  "fleet-commander normally to push images."));
}

void MainWindow::pushSelection()
{
    const QStringList nodes = m_nodesPanel->selectedAddresses();
    const QStringList images = m_libraryPanel->selectedReferences();
    if (nodes.isEmpty() || images.isEmpty()) {
        notify(NotificationArea::Severity::Info, tr("Nothing to push"),
               tr("Select one or more images in the library and one or more nodes, then press Push (Ctrl+P), or "
                  "drag the images onto a node."));
        return;
    }
    QList<PushRequest> requests;
    for (const QString &image : images) {
        PushRequest request;
        request.image = image;
        request.nodes = nodes;
        requests << request;
    }
    const QWidget *view = m_nodesPanel->view();
    confirmOrSubmit(requests, view->mapToGlobal(view->rect().center()));
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

void MainWindow::cancelJobs()
{
    const QList<quint64> selected = m_jobsPanel->selectedJobIds();
    if (selected.isEmpty()) {
        Q_EMIT cancelAllRequested();
        return;
    }
    m_jobsPanel->cancelSelected();
}

void MainWindow::onJobAdded(const JobUpdate &job)
{
    m_jobs->addJob(job);
}

void MainWindow::onJobChanged(const JobUpdate &job)
{
    m_jobs->updateJob(job);
}

void MainWindow::onJobFinished(const JobUpdate &job)
{
    m_jobs->updateJob(job);
    m_jobs->flushPendingChanges(); // the final state shows at once
    const int row = m_nodes->rowOf(job.node);
    if (m_hostKeys->handleFailedJob(job, row >= 0 ? m_nodes->nodeAt(row).sshPort : quint16(22)))
        return; // its dialog or its notification with "Trust…" says it
    if (job.state == JobState::Failed)
        notify(NotificationArea::Severity::Error, tr("Push to %1 failed").arg(job.node),
               job.message.isEmpty() ? tr("%1 could not be pushed; see History for the stage that failed.")
                                           .arg(job.image)
                                     : job.message);
}

void MainWindow::onPushRejected(const QString &message)
{
    notify(NotificationArea::Severity::Error, tr("Push refused"), message);
}

DiscoveryDialog *MainWindow::discoveryDialog()
{
    if (!m_discovery) {
        m_discovery = new DiscoveryDialog(this);
        m_discovery->setDefaultTargets(m_defaultScanTargets);
        m_discovery->setDatabase(m_scanDatabase);
        connect(m_discovery, &DiscoveryDialog::nodesFound, m_nodes, &NodeListModel::merge);
        connect(m_discovery, &DiscoveryDialog::scanFailed, this, [this](const QString &message) {
            notify(NotificationArea::Severity::Error, tr("Scan failed"), message);
        });
    }
    return m_discovery;
}

void MainWindow::setScanDatabase(const QString &dbPath)
{
    m_scanDatabase = dbPath;
    if (m_discovery)
        m_discovery->setDatabase(dbPath);
}

void MainWindow::openDiscovery()
{
    DiscoveryDialog *dialog = discoveryDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::setBuildSettings(const BuildDialog::Settings &settings)
{
    m_buildSettings = settings;
}

BuildDialog *MainWindow::buildDialog()
{
    if (!m_build && m_buildSettings) {
        m_build = new BuildDialog(*m_buildSettings, this);
        connect(m_build, &BuildDialog::imagesBuilt, this, [this](const QStringList &references) {
            refreshImages();
            notify(NotificationArea::Severity::Info, tr("Image built"),
                   tr("%1 is in the library: drag it onto a node to push it.").arg(references.join(QStringLiteral(", "))));
        });
        connect(m_build, &BuildDialog::buildFinished, this, [this](const QList<BuildResult> &results) {
            if (m_build->isVisible())
                return; // the dialog shows what happened
            for (const BuildResult &result : results)
                if (!result.ok() && result.status != BuildResult::Status::Cancelled)
                    notify(NotificationArea::Severity::Error, tr("Build of %1 failed").arg(result.folder),
                           result.error);
        });
    }
    return m_build;
}

void MainWindow::openBuild()
{
    BuildDialog *dialog = buildDialog();
    if (!dialog) {
        notify(NotificationArea::Severity::Warning, tr("Building is not available"),
               tr("This window is not connected to a Docker Engine (a test or screenshot build). Start "
                  "fleet-commander normally, or use `fleetctl build DIR`."));
        return;
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace fleet
