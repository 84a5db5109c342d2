#include "InventoryView.h"

#include "BackgroundAction.h"
#include "InventoryModel.h"

#include "actions/FleetInventory.h"
#include "actions/ImageSync.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet {

InventoryView::InventoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new InventoryModel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_sync(new QPushButton(tr("&Sync missing"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("inventoryView"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refresh->setToolTip(tr("Ask every known node which images it holds (its agent where it runs, SSH elsewhere)"));
    m_sync->setToolTip(tr("Push what the drift shows missing or outdated, to exactly the nodes concerned"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_refresh, &QPushButton::clicked, this, &InventoryView::refresh);
    connect(m_sync, &QPushButton::clicked, this, &InventoryView::syncMissing);
    updateStatus();
}

InventoryView::~InventoryView()
{
    m_cancel->store(true); // a collection still running stops between nodes; its result is dropped
}

void InventoryView::setContext(const ActionContext &context)
{
    m_context = context;
    m_haveContext = true;
    updateStatus();
}

void InventoryView::showMatrix(const InventoryMatrix &matrix)
{
    m_model->setMatrix(matrix);
    updateStatus();
}

void InventoryView::refresh()
{
    collect({});
}

void InventoryView::refreshNode(const QString &node)
{
    // Only a node the matrix shows: the tab is not filled by pushes before anyone looked at it.
    if (m_haveContext && m_model->matrix().columnOf(node) >= 0)
        collect({node});
}

void InventoryView::collect(const QStringList &nodes)
{
    if (!m_haveContext) {
        m_status->setText(tr("The inventory is not available in this window (read-only)."));
        return;
    }
    ++m_busy;
    updateStatus();
    InventoryParams params;
    params.context = m_context;
    params.nodes = nodes;
    params.cancel = m_cancel.get();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel; // outlives the view while the worker runs
    // A single node is merged into what is shown; an empty list asks every known node afresh.
    const InventoryMatrix previous = nodes.isEmpty() ? InventoryMatrix{} : m_model->matrix();
    runInBackground(
        this, [params, previous, cancel] { return FleetInventory::update(previous, params); },
        [this](const InventoryResult &result) {
            --m_busy;
            if (result.failure.kind == FailureKind::Usage || result.matrix.nodes.isEmpty())
                m_status->setText(result.failure.ok() ? tr("No nodes known yet: scan for some first.")
                                                      : result.failure.message);
            if (!result.matrix.nodes.isEmpty())
                m_model->setMatrix(result.matrix);
            updateStatus();
            Q_EMIT refreshed();
        });
}

QList<PushRequest> InventoryView::syncRequests() const
{
    const InventoryMatrix &matrix = m_model->matrix();
    QStringList order;
    QMap<QString, QStringList> nodesOf; // image → the nodes (as asked) that should get it
    for (const Drift &d : matrix.drift) {
        const int column = matrix.columnOf(d.node);
        if (column < 0)
            continue;
        if (!nodesOf.contains(d.image))
            order << d.image;
        QStringList &nodes = nodesOf[d.image];
        if (!nodes.contains(matrix.nodes.at(column).node))
            nodes << matrix.nodes.at(column).node;
    }
    QList<PushRequest> requests;
    for (const QString &image : std::as_const(order)) {
        const SyncPlan plan = ImageSync::planFrom(matrix, image, nodesOf.value(image));
        if (plan.request)
            requests << *plan.request;
    }
    return requests;
}

void InventoryView::syncMissing()
{
    const QList<PushRequest> requests = syncRequests();
    if (requests.isEmpty()) {
        m_status->setText(tr("Nothing to sync: no node lacks what its groups want or holds an older tag."));
        return;
    }
    for (const PushRequest &request : requests)
        Q_EMIT syncRequested(request);
    m_status->setText(tr("%n push(es) started; the columns refresh as each one succeeds.", nullptr,
                         int(requests.size())));
}

void InventoryView::updateStatus()
{
    m_refresh->setEnabled(m_busy == 0);
    const InventoryMatrix &matrix = m_model->matrix();
    m_sync->setEnabled(m_busy == 0 && !matrix.drift.isEmpty());
    if (m_busy > 0) {
        m_status->setText(tr("Asking the nodes…"));
        return;
    }
    if (matrix.nodes.isEmpty()) {
        if (m_status->text().isEmpty() || m_status->text() == tr("Asking the nodes…"))
            m_status->setText(tr("Press Refresh to see which node holds which image."));
        return;
    }
    int missing = 0, outdated = 0;
    for (const Drift &d : matrix.drift)
        (d.kind == DriftKind::Missing ? missing : outdated)++;
    m_status->setText(tr("%1, %2; drift: %3 missing, %4 outdated")
                          .arg(tr("%Ln node(s)", nullptr, int(matrix.nodes.size())),
                               tr("%Ln image(s)", nullptr, int(matrix.images.size())))
                          .arg(missing)
                          .arg(outdated));
}

} // namespace fleet
