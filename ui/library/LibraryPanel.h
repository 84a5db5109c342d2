#pragma once

#include "DragPayload.h"
#include "actions/FleetSettings.h"
#include "images/stores/StoredArchive.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;
class QToolButton;

namespace fleet {

class ImageLibraryModel;
class StorePane;

// The left side of the main window: the local engine's images ("This workstation") and, beside them, one tab per
// configured store with its archives; both are dragged from here onto node tiles. A search field filters them
// all. Right-click offers the store verbs (put, copy, delete), which the panel only asks for: StoreOperations
// runs them, and their progress shows in the task line at the bottom.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(ImageLibraryModel *images, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    QTreeView *view() const { return m_view; } // this workstation's images
    QStringList selectedReferences() const;     // this workstation's selected images
    // What the Push action pushes: the selection of the tab in front.
    DragPayload selectedPayload() const;
    // A line under the local images: "Loading…", the engine error with its fix, or nothing.
    void setStatus(const QString &text);

    // One tab per store, in this order (the workstation's tab stays first).
    void setStores(const QList<FleetSettings::ConfiguredStore> &stores);
    QList<StorePane *> storePanes() const { return m_panes; }
    StorePane *storePane(const QString &name) const;
    void showStore(const QString &name);
    // A further source after the stores (the Apptainer registry): its widget, and what the Push action takes from
    // it while it is in front.
    void addSourceTab(QWidget *widget, const QString &title, const QString &toolTip,
                      std::function<DragPayload()> selection);
    // Whether the write verbs (put, copy, delete) are offered: not in a read-only window.
    void setStoreWritesEnabled(bool enabled) { m_writes = enabled; }

    QLineEdit *searchField() const { return m_search; }
    void setSearchText(const QString &text);
    // How many local images the search shows.
    int visibleImageCount() const;

    // The context menu for the rows selected in `view` (this workstation's or a store's); the caller owns it.
    // Empty menu: nothing to offer.
    QMenu *contextMenuFor(QTreeView *view);

    // The task line: what runs now (with its progress; total < 0: unknown) and a Cancel button.
    void showTask(const QString &text, qint64 done, qint64 total);
    void hideTask();
    bool isTaskShown() const;

Q_SIGNALS:
    void refreshRequested();
    void selectionChanged();
    void putIntoStoreRequested(const QStringList &references, const QString &storeName);
    void deleteFromStoreRequested(const QString &storeName, const QList<fleet::StoredArchive> &archives);
    void copyToStoreRequested(const QString &fromStore, const QString &toStore,
                              const QList<fleet::StoredArchive> &archives);
    void cancelTaskRequested();

private:
    void applyFilter();
    void updateTabTitles();

    ImageLibraryModel *m_images;
    QList<FleetSettings::ConfiguredStore> m_stores;
    QList<StorePane *> m_panes;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_refresh = nullptr;
    QWidget *m_task = nullptr;
    QLabel *m_taskText = nullptr;
    QProgressBar *m_taskProgress = nullptr;
    QPushButton *m_taskCancel = nullptr;
    bool m_writes = true;
    QHash<QWidget *, std::function<DragPayload()>> m_sources; // addSourceTab's
};

} // namespace fleet
