#include "LibraryPanel.h"

#include "ImageLibraryModel.h"
#include "StoreArchiveModel.h"
#include "StorePane.h"
#include "actions/ImageLister.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace fleet {

LibraryPanel::LibraryPanel(ImageLibraryModel *images, QWidget *parent)
    : QWidget(parent)
    , m_images(images)
{
    auto *title = new QLabel(tr("<b>Images</b>"), this);
    m_refresh = new QToolButton(this);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Reload the images of the local Docker engine and the stores (F5)"));
    m_refresh->setAccessibleName(tr("Reload images"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search images and archives"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));

    m_view = new QTreeView(this);
    m_view->setModel(images);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideMiddle); // "fleetlab/we…:1.0" keeps the tag in sight
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Image library"));
    m_view->setToolTip(tr("Drag images onto a node to push them there; select several to push them together."));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ImageLibraryModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ImageLibraryModel::CategoryColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ImageLibraryModel::GpuColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ImageLibraryModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ImageLibraryModel::CreatedColumn, QHeaderView::ResizeToContents);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *local = new QWidget(this);
    auto *localLayout = new QVBoxLayout(local);
    localLayout->setContentsMargins(0, 0, 0, 0);
    localLayout->addWidget(m_view, 1);
    localLayout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(local, tr("This workstation"));
    m_tabs->setTabToolTip(0, tr("The images of the local Docker engine"));

    m_taskText = new QLabel(this);
    m_taskText->setTextFormat(Qt::PlainText);
    m_taskText->setWordWrap(true);
    m_taskProgress = new QProgressBar(this);
    m_taskProgress->setMaximumHeight(14);
    m_taskCancel = new QPushButton(tr("Cancel"), this);
    m_taskCancel->setObjectName(QStringLiteral("cancelStoreTask"));
    m_task = new QWidget(this);
    auto *taskLayout = new QGridLayout(m_task);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addWidget(m_taskText, 0, 0, 1, 2);
    taskLayout->addWidget(m_taskProgress, 1, 0);
    taskLayout->addWidget(m_taskCancel, 1, 1);
    m_task->hide();

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addWidget(m_search, 1);
    head->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_task);

    connect(m_refresh, &QToolButton::clicked, this, &LibraryPanel::refreshRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::selectionChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &LibraryPanel::selectionChanged);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPanel::applyFilter);
    connect(images, &QAbstractItemModel::modelReset, this, &LibraryPanel::applyFilter);
    connect(m_taskCancel, &QPushButton::clicked, this, &LibraryPanel::cancelTaskRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        std::unique_ptr<QMenu> menu(contextMenuFor(m_view));
        if (!menu->isEmpty())
            menu->exec(m_view->viewport()->mapToGlobal(position));
    });
}

LibraryPanel::~LibraryPanel() = default;

QStringList LibraryPanel::selectedReferences() const
{
    QModelIndexList rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (!m_view->isRowHidden(index.row(), {}))
            rows << index;
    return m_images->referencesOf(rows);
}

DragPayload LibraryPanel::selectedPayload() const
{
    DragPayload payload;
    const int current = m_tabs->currentIndex();
    if (current <= 0) {
        payload.images = selectedReferences();
        return payload;
    }
    if (const auto source = m_sources.constFind(m_tabs->currentWidget()); source != m_sources.cend())
        return source.value()();
    const StorePane *pane = qobject_cast<const StorePane *>(m_tabs->currentWidget());
    if (!pane)
        return payload;
    for (const StoredArchive &archive : pane->selectedArchives())
        payload.storeObjects.append(StoreObjectRef{pane->storeUrl(), archive.reference});
    return payload;
}

void LibraryPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void LibraryPanel::setStores(const QList<FleetSettings::ConfiguredStore> &stores)
{
    const auto *front = qobject_cast<const StorePane *>(m_tabs->currentWidget());
    const QString shown = front ? front->storeName() : QString();
    m_stores = stores;
    for (StorePane *pane : std::as_const(m_panes)) {
        m_tabs->removeTab(m_tabs->indexOf(pane));
        pane->deleteLater(); // its pending listing is dropped with it
    }
    m_panes.clear();
    for (const FleetSettings::ConfiguredStore &store : stores) {
        auto *pane = new StorePane(store.name, store.url, this);
        m_panes << pane;
        // Stores come right after the workstation, before further sources (addSourceTab).
        const int tab = m_tabs->insertTab(int(m_panes.size()), pane, store.name);
        m_tabs->setTabToolTip(tab, tr("The store %1: %2").arg(store.name, store.url));
        QTreeView *view = pane->view();
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &LibraryPanel::selectionChanged);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &position) {
            std::unique_ptr<QMenu> menu(contextMenuFor(view));
            if (!menu->isEmpty())
                menu->exec(view->viewport()->mapToGlobal(position));
        });
        connect(pane->model(), &QAbstractItemModel::modelReset, this, &LibraryPanel::updateTabTitles);
    }
    if (!shown.isEmpty())
        showStore(shown);
    applyFilter();
}

StorePane *LibraryPanel::storePane(const QString &name) const
{
    for (StorePane *pane : m_panes)
        if (pane->storeName() == name)
            return pane;
    return nullptr;
}

void LibraryPanel::showStore(const QString &name)
{
    if (StorePane *pane = storePane(name))
        m_tabs->setCurrentWidget(pane);
    else
        m_tabs->setCurrentIndex(0);
}

void LibraryPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void LibraryPanel::applyFilter()
{
    const QString search = m_search->text().trimmed();
    for (int row = 0; row < m_images->count(); ++row) {
        const bool match = ImageLister::matches(m_images->imageAt(row), search, {});
        m_view->setRowHidden(row, {}, !match);
        if (!match)
            m_view->selectionModel()->select(m_images->index(row, 0),
                                             QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    }
    for (StorePane *pane : std::as_const(m_panes))
        pane->applyFilter(search);
    updateTabTitles();
}

int LibraryPanel::visibleImageCount() const
{
    int shown = 0;
    for (int row = 0; row < m_images->count(); ++row)
        shown += !m_view->isRowHidden(row, {});
    return shown;
}

void LibraryPanel::addSourceTab(QWidget *widget, const QString &title, const QString &toolTip,
                                std::function<DragPayload()> selection)
{
    const int tab = m_tabs->addTab(widget, title);
    m_tabs->setTabToolTip(tab, toolTip);
    m_sources.insert(widget, std::move(selection));
}

void LibraryPanel::updateTabTitles()
{
    // While searching, each tab says how many of its rows match: a hit in another store is not missed.
    const bool searching = !m_search->text().trimmed().isEmpty();
    m_tabs->setTabText(0, searching ? tr("This workstation (%1)").arg(visibleImageCount()) : tr("This workstation"));
    for (StorePane *pane : std::as_const(m_panes))
        m_tabs->setTabText(m_tabs->indexOf(pane), searching ? QStringLiteral("%1 (%2)").arg(pane->storeName())
                                                                  .arg(pane->visibleCount())
                                                            : pane->storeName());
}

QMenu *LibraryPanel::contextMenuFor(QTreeView *view)
{
    auto *menu = new QMenu(this);
    if (!m_writes)
        return menu;
    if (view == m_view) {
        const QStringList references = selectedReferences();
        if (references.isEmpty() || m_stores.isEmpty())
            return menu;
        QMenu *put = menu->addMenu(tr("&Put into store"));
        for (const FleetSettings::ConfiguredStore &store : std::as_const(m_stores))
            put->addAction(store.name, this, [this, references, name = store.name] {
                Q_EMIT putIntoStoreRequested(references, name);
            });
        return menu;
    }
    const StorePane *pane = nullptr;
    for (const StorePane *candidate : std::as_const(m_panes))
        if (candidate->view() == view)
            pane = candidate;
    if (!pane)
        return menu;
    const QList<StoredArchive> archives = pane->selectedArchives();
    if (archives.isEmpty())
        return menu;
    const QString from = pane->storeName();
    if (m_stores.size() > 1) {
        QMenu *copy = menu->addMenu(tr("&Copy to store"));
        for (const FleetSettings::ConfiguredStore &store : std::as_const(m_stores))
            if (store.name != from)
                copy->addAction(store.name, this, [this, from, archives, name = store.name] {
                    Q_EMIT copyToStoreRequested(from, name, archives);
                });
    }
    menu->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete from store…"), this,
                    [this, from, archives] { Q_EMIT deleteFromStoreRequested(from, archives); });
    return menu;
}

void LibraryPanel::showTask(const QString &text, qint64 done, qint64 total)
{
    m_taskText->setText(text);
    if (total > 0) {
        // QProgressBar counts in int: scale bytes to per mille.
        m_taskProgress->setRange(0, 1000);
        m_taskProgress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_taskProgress->setRange(0, 0);
    }
    m_task->show();
}

void LibraryPanel::hideTask()
{
    m_task->hide();
}

bool LibraryPanel::isTaskShown() const
{
    return !m_task->isHidden();
}

} // namespace fleet
