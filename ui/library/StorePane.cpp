#include "StorePane.h"

#include "StoreArchiveModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace fleet {

StorePane::StorePane(const QString &name, const QString &url, QWidget *parent)
    : QWidget(parent)
    , m_model(new StoreArchiveModel(name, url, this))
{
    setObjectName(QStringLiteral("store:") + name);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Archives in the store %1").arg(name));
    m_view->setToolTip(tr("Drag archives onto a node to push them from the store %1.").arg(name));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(StoreArchiveModel::NameColumn, QHeaderView::Stretch);
    for (int column = StoreArchiveModel::TagColumn; column < StoreArchiveModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no known end
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Reading the store %1").arg(name));
    m_busy->hide();

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    // A reset (a new listing) shows every row again: hide what the search excludes.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { applyFilter(m_search); });
}

StorePane::~StorePane() = default;

QString StorePane::storeName() const
{
    return m_model->storeName();
}

QString StorePane::storeUrl() const
{
    return m_model->storeUrl();
}

QList<StoredArchive> StorePane::selectedArchives() const
{
    QModelIndexList rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (!m_view->isRowHidden(index.row(), {}))
            rows << index;
    return m_model->archivesOf(rows);
}

quint64 StorePane::beginLoad()
{
    m_loading = true;
    m_busy->show();
    showStatus();
    return ++m_ticket;
}

bool StorePane::finishLoad(quint64 ticket, const QList<StoredArchive> &archives, const QString &error)
{
    if (ticket != m_ticket)
        return false;
    m_loading = false;
    m_busy->hide();
    m_error = error;
    if (error.isEmpty())
        m_model->setArchives(archives);
    showStatus();
    return true;
}

void StorePane::showStatus()
{
    QString text = m_error;
    if (text.isEmpty() && !m_loading && m_model->count() == 0)
        text = tr("This store holds no archives yet. Right-click an image of this workstation: Put into store.");
    else if (text.isEmpty() && !m_loading && visibleCount() == 0)
        text = tr("No archive matches the search.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
}

int StorePane::applyFilter(const QString &search)
{
    m_search = search;
    int shown = 0;
    for (int row = 0; row < m_model->count(); ++row) {
        const bool match = StoreArchiveModel::matches(m_model->archiveAt(row), search);
        m_view->setRowHidden(row, {}, !match);
        if (!match)
            m_view->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        shown += match;
    }
    showStatus();
    return shown;
}

int StorePane::visibleCount() const
{
    int shown = 0;
    for (int row = 0; row < m_model->count(); ++row)
        shown += !m_view->isRowHidden(row, {});
    return shown;
}

} // namespace fleet
