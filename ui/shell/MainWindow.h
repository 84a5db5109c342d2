#pragma once

#include "BuildDialog.h"
#include "ImageLibraryLoader.h"
#include "NotificationArea.h"
#include "actions/ActionContext.h"
#include "model/Node.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace fleet {

class BuildLauncher;
class DiscoveryDialog;
class DiscoveryLauncher;
class FleetCountsLabel;
class FleetLoader;
class HostKeyActions;
class HistoryReader;
class HistoryView;
class BatchNotifications;
class DesktopNotifier;
class JobAlerts;
class JobsTrayIcon;
class JobsModel;
class JobsPanel;
class LibraryPanel;
class MainActions;
class NodeListModel;
class NodesPanel;
class PushConfirmPopover;
class SifPane;
class PushController;
class SettingsDialog;
class StoreLibraryLoader;
class StoreOperations;

// The desktop: image library (left), node tiles (centre), jobs (below), History as a tab. It lays the rooms out,
// owns their models and connects its actions (MainActions) to them; the work behind a gesture is done by small
// objects with one job each (PushController, JobAlerts, FleetLoader, ImageLibraryLoader, DiscoveryLauncher,
// BuildLauncher, StoreLibraryLoader, StoreOperations), and JobRunnerWiring connects the push and job pieces to a
// JobRunner, not the window. It never waits on SSH, Docker or SQLite itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Lists the local engine's images; called on a worker thread (it may block on the Docker socket).
    using ImageLister = ImageLibraryLoader::Lister;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setImageLister(ImageLister lister);
    // Reads the last-known fleet and the History tab from `reader` (owned by the caller).
    void setHistoryReader(HistoryReader *reader);
    // The history the Discovery dialog records its scans in (and reads the OFFLINE nodes from).
    void setScanDatabase(const QString &dbPath);
    // How the Discovery dialog's "Probe nodes that answer SSH" logs in to the nodes found.
    void setScanProbeContext(const ActionContext &context);
    // Where File → Build image… builds and records (without it the action explains it is not available).
    void setBuildSettings(const BuildDialog::Settings &settings);
    // Shows the configured stores in the library (listed on workers); `writable`: the store verbs (jobs of the
    // wired JobRunner) are offered, else the stores are listed, never written to.
    void setStoreWritable(bool writable);
    // Default scan targets when none were used before (e.g. the lab's subnet); never scanned on its own.
    void setDefaultScanTargets(const QStringList &targets, const QStringList &sources = {});

    NodeListModel *nodeModel() const { return m_nodes; }
    ImageLibraryModel *imageModel() const { return m_images; }
    JobsModel *jobsModel() const { return m_jobs; }
    NodesPanel *nodesPanel() const { return m_nodesPanel; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    SifPane *sifPane() const { return m_sifPane; } // the library's Apptainer tab
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    HistoryView *historyView() const { return m_historyView; }
    NotificationArea *notifications() const { return m_notifications; }
    PushController *pushes() const { return m_pushes; }
    PushConfirmPopover *pushPopover() const;
    JobAlerts *jobAlerts() const { return m_alerts; }
    BatchNotifications *batchNotifications() const { return m_batchNotifications; }
    JobsTrayIcon *trayIcon() const { return m_trayIcon; }
    HostKeyActions *hostKeys() const { return m_hostKeys; }
    DiscoveryDialog *discoveryDialog(); // created on first use
    BuildDialog *buildDialog();         // created on first use; nullptr without build settings
    QAction *action(const QString &objectName) const;
    StoreLibraryLoader *storeLoader() const { return m_storeLoader; }
    StoreOperations *storeOperations() const { return m_storeOps; }
    SettingsDialog *settingsDialog(); // created on first use

    // True while the first image list or the last-known fleet is still being read.
    bool isLoading() const { return m_pendingLoads > 0; }
    // A page of its own next to Fleet and History (the wiring of a room adds it: InventoryWiring).
    void addTab(QWidget *page, const QString &title);
    // Renders the window as it is now into a PNG file.
    bool saveScreenshot(const QString &path);

public Q_SLOTS:
    void refreshImages();
    void openDiscovery();
    void openBuild();
    void openSettings();
    // Reads the configured stores again (after Settings…) and lists them.
    void reloadStores();
    void pushSelection(); // Push action: selected images to selected nodes
    void showFleet();
    void showHistory();
    void notify(fleet::NotificationArea::Severity severity, const QString &title, const QString &text);

Q_SIGNALS:
    void installAgentRequested(const QStringList &nodes);
    void pruneImagesRequested(const QStringList &nodes); // "Clean up images…" (DesktopSession opens the dialog)
    // "Containers and logs…" or a double click on a tile (DesktopSession opens the node's detail dialog).
    void nodeDetailsRequested(const fleet::Node &node);
    void initialLoadFinished();
    // The last-known fleet from the history is in the tiles (painted on the next frame).
    void fleetLoaded(int nodes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void connectActions();
    void connectRooms();
    void restoreSettings();
    void saveSettings() const;
    void installAgent();
    void pruneImages();
    void openNodeDetails(const QString &address);
    void updateActions();
    void imagesRead(const ImageListing &listing);
    void loadFinished();

    NodeListModel *m_nodes = nullptr;
    ImageLibraryModel *m_images = nullptr;
    JobsModel *m_jobs = nullptr;
    NodesPanel *m_nodesPanel = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    SifPane *m_sifPane = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    HistoryView *m_historyView = nullptr;
    NotificationArea *m_notifications = nullptr;
    PushController *m_pushes = nullptr;
    JobAlerts *m_alerts = nullptr;
    DesktopNotifier *m_desktopNotifier = nullptr;
    BatchNotifications *m_batchNotifications = nullptr;
    JobsTrayIcon *m_trayIcon = nullptr;
    HostKeyActions *m_hostKeys = nullptr;
    ImageLibraryLoader *m_library = nullptr;
    FleetLoader *m_fleetLoader = nullptr;
    DiscoveryLauncher *m_discovery = nullptr;
    BuildLauncher *m_build = nullptr;
    StoreLibraryLoader *m_storeLoader = nullptr;
    StoreOperations *m_storeOps = nullptr;
    SettingsDialog *m_settingsDialog = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QLabel *m_engineLabel = nullptr;
    FleetCountsLabel *m_countsLabel = nullptr;
    MainActions *m_actions = nullptr;
    int m_pendingLoads = 0;
};

} // namespace fleet
