#include "LibraryPanel.h"

#include "ImageLibraryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace fleet {

LibraryPanel::LibraryPanel(ImageLibraryModel *images, QWidget *parent)
    : QWidget(parent)
    , m_images(images)
{
    auto *title = new QLabel(tr("<b>Images</b>"), this);
    m_refresh = new QToolButton(this);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Reload the images of the local Docker engine (F5)"));
    m_refresh->setAccessibleName(tr("Reload images"));

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

    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QToolButton::clicked, this, &LibraryPanel::refreshRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::selectionChanged);
}

LibraryPanel::~LibraryPanel() = default;

QStringList LibraryPanel::selectedReferences() const
{
    return m_images->referencesOf(m_view->selectionModel()->selectedRows());
}

void LibraryPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace fleet
