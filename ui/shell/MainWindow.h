#pragma once

#include "BuildDialog.h"
#include "ImageLibraryModel.h"
#include "NotificationArea.h"
#include "model/Job.h"
#include "transfer/JobUpdate.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace fleet {

class DiscoveryDialog;
class HostKeyActions;
class HistoryReader;
class HistoryView;
class JobsModel;
class JobsPanel;
class LibraryPanel;
class NodeListModel;
class NodesPanel;
class PushConfirmPopover;

// The desktop: image library (left), node tiles (centre), jobs (below), History as a tab. It presents what core
// objects report and turns gestures into requests (pushRequested, cancelJobRequested, …) that the app wires to
// the JobRunner; it never waits on SSH, Docker or SQLite itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Lists the local engine's images; called on a worker thread (it may block on the Docker socket).
    using ImageLister = std::function<ImageListing()>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setImageLister(ImageLister lister);
    // Reads the last-known fleet and the History tab from `reader` (owned by the caller).
    void setHistoryReader(HistoryReader *reader);
    // The history the Discovery dialog records its scans in (and reads the OFFLINE nodes from).
    void setScanDatabase(const QString &dbPath);
    // Where File → Build image… builds and records (without it the action explains it is not available).
    void setBuildSettings(const BuildDialog::Settings &settings);
    // Default scan targets when none were used before (e.g. the lab's subnet); never scanned on its own.
    void setDefaultScanTargets(const QStringList &targets) { m_defaultScanTargets = targets; }

    NodeListModel *nodeModel() const { return m_nodes; }
    ImageLibraryModel *imageModel() const { return m_images; }
    JobsModel *jobsModel() const { return m_jobs; }
    NodesPanel *nodesPanel() const { return m_nodesPanel; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    HistoryView *historyView() const { return m_historyView; }
    NotificationArea *notifications() const { return m_notifications; }
    PushConfirmPopover *pushPopover() const { return m_popover; }
    HostKeyActions *hostKeys() const { return m_hostKeys; }
    DiscoveryDialog *discoveryDialog(); // created on first use
    BuildDialog *buildDialog();         // created on first use; nullptr without build settings
    QAction *action(const QString &objectName) const;

    // True while the first image list or the last-known fleet is still being read.
    bool isLoading() const { return m_pendingLoads > 0; }
    // Renders the window as it is now into a PNG file.
    bool saveScreenshot(const QString &path);

public Q_SLOTS:
    void refreshImages();
    void openDiscovery();
    void openBuild();
    void pushSelection(); // Push action: selected images to selected nodes
    void showFleet();
    void showHistory();
    void notify(fleet::NotificationArea::Severity severity, const QString &title, const QString &text);
    // From JobRunner.
    void onJobAdded(const fleet::JobUpdate &job);
    void onJobChanged(const fleet::JobUpdate &job);
    void onJobFinished(const fleet::JobUpdate &job);
    void onPushRejected(const QString &message);
    void showHostKeyChanged(const QString &host, const QString &fingerprint);

Q_SIGNALS:
    void pushRequested(const fleet::PushRequest &request);
    void cancelJobRequested(quint64 id);
    void retryJobRequested(quint64 id);
    void cancelAllRequested();
    void installAgentRequested(const QStringList &nodes);
    void initialLoadFinished();
    // The last-known fleet from the history is in the tiles (painted on the next frame).
    void fleetLoaded(int nodes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildLayout();
    void restoreSettings();
    void saveSettings() const;
    void onPushDropped(const QList<PushRequest> &requests);
    void confirmOrSubmit(const QList<PushRequest> &requests, const QPoint &globalPosition);
    void submit(const QList<PushRequest> &requests);
    void installAgent();
    void cancelJobs();
    void updateCounts();
    void updateActions();
    void loadFinished();

    NodeListModel *m_nodes = nullptr;
    ImageLibraryModel *m_images = nullptr;
    JobsModel *m_jobs = nullptr;
    NodesPanel *m_nodesPanel = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    HistoryView *m_historyView = nullptr;
    NotificationArea *m_notifications = nullptr;
    PushConfirmPopover *m_popover = nullptr;
    HostKeyActions *m_hostKeys = nullptr;
    DiscoveryDialog *m_discovery = nullptr;
    BuildDialog *m_build = nullptr;
    std::optional<BuildDialog::Settings> m_buildSettings;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer *m_countsTimer = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_pushAction = nullptr;
    QAction *m_installAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_confirmDropsAction = nullptr;
    QAction *m_notInstalledAction = nullptr;
    ImageLister m_lister;
    HistoryReader *m_reader = nullptr;
    QString m_scanDatabase;
    QStringList m_defaultScanTargets;
    int m_pendingLoads = 0;
    bool m_imagesLoading = false;
    bool m_imagesStale = false; // asked to refresh while reading: read again when done
};

} // namespace fleet
