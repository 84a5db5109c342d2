#include "PruneDialog.h"

#include "BackgroundAction.h"
#include "util/Format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleet {

namespace {

enum Column { ImageColumn, TagsColumn, SizeColumn, ReasonColumn };

QString shortId(const QString &id)
{
    return id.mid(id.startsWith(QLatin1String("sha256:")) ? 7 : 0, 12);
}

QString tagsText(const QStringList &tags)
{
    return tags.isEmpty() ? PruneDialog::tr("<none>") : tags.join(QStringLiteral(", "));
}

} // namespace

PruneDialog::PruneDialog(ActionContext context, QStringList nodes, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_nodes(std::move(nodes))
    , m_relay(std::make_shared<ProgressRelay>(this))
{
    setWindowTitle(tr("Clean up images"));
    setObjectName(QStringLiteral("PruneDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Images that a store holds (they load again from there) and dangling images "
                                "(untagged, unused) on %1. Images a container uses, running or stopped, stay.")
                                 .arg(m_nodes.join(QStringLiteral(", "))),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Images to remove"));
    m_list->setHeaderLabels({tr("Image"), tr("Tags"), tr("Size"), tr("Reason")});
    m_list->setRootIsDecorated(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_remove = buttons->addButton(tr("Remove images"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("removeImages"));
    m_remove->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_remove, &QPushButton::clicked, this, &PruneDialog::removeImages);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(820, 420);
}

PruneDialog::~PruneDialog()
{
    m_cancel->store(true); // a worker still running stops at its next step; its result is dropped
    m_relay->detach();
}

PruneParams PruneDialog::params() const
{
    PruneParams params;
    params.context = m_context;
    params.nodes = m_nodes;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    params.cancel = cancel.get();
    const std::shared_ptr<ProgressRelay> relay = m_relay;
    QLabel *status = m_status;
    params.progress = [relay, status](const QString &, const QString &step) {
        relay->post([status, step] { status->setText(step + QStringLiteral("…")); });
    };
    return params;
}

void PruneDialog::start()
{
    m_status->setText(tr("Computing the plan…"));
    const PruneParams params = this->params();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel; // alive as long as the worker
    runInBackground(this, [params, cancel] { return NodePrune::plan(params); },
                    [this](const PrunePlan &plan) { showPlan(plan); });
}

void PruneDialog::showPlan(const PrunePlan &plan)
{
    m_plan = plan;
    m_list->clear();
    QStringList problems;
    for (const PruneStoreScan &store : plan.stores)
        if (!store.ok)
            problems << store.failure.message;
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const NodePrunePlan &node : plan.nodes) {
        auto *top = new QTreeWidgetItem(m_list, {node.display});
        top->setFirstColumnSpanned(true);
        if (!node.ok()) {
            top->setText(ImageColumn, tr("%1: %2").arg(node.display, node.failure.message));
            problems << node.failure.message;
            continue;
        }
        top->setText(ImageColumn, tr("%1 — %n image(s), up to %2", nullptr, int(node.remove.size()))
                                      .arg(node.display, formatBytes(node.reclaimable())));
        for (const PruneCandidate &c : node.remove)
            new QTreeWidgetItem(top, {shortId(c.id), tagsText(c.tags), formatBytes(c.size),
                                      c.reason == PruneReason::Reloadable
                                          ? tr("reloadable from %1 (%2)").arg(c.store, c.reference)
                                          : tr("dangling")});
        for (const KeptImage &k : node.kept) {
            auto *item = new QTreeWidgetItem(top, {shortId(k.id), tagsText(k.tags), formatBytes(k.size),
                                                   tr("kept: used by %1").arg(k.containers.join(QStringLiteral(", ")))});
            for (int column = ImageColumn; column <= ReasonColumn; ++column)
                item->setForeground(column, grey);
        }
        top->setExpanded(true);
    }
    const int count = plan.candidateCount();
    m_status->setText(problems.isEmpty() ? QString() : problems.join(QLatin1Char('\n')));
    m_summary->setText(count > 0 ? tr("Space freed: up to %1").arg(formatBytes(plan.reclaimable()))
                                 : tr("Nothing to remove."));
    m_remove->setText(tr("Remove %n image(s)", nullptr, count));
    m_remove->setEnabled(count > 0);
    Q_EMIT planShown();
}

void PruneDialog::removeImages()
{
    m_remove->setEnabled(false);
    m_status->setText(tr("Removing…"));
    const PruneParams params = this->params();
    const PrunePlan plan = m_plan;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    runInBackground(this, [params, plan, cancel] { return NodePrune::execute(params, plan); },
                    [this](const PruneOutcome &outcome) { showOutcome(outcome); });
}

void PruneDialog::showOutcome(const PruneOutcome &outcome)
{
    int removed = 0;
    int failed = 0;
    qint64 freed = 0;
    for (const NodePruneResult &node : outcome.nodes) {
        removed += node.removedCount();
        failed += node.failedCount();
        freed += node.freed();
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            QTreeWidgetItem *top = m_list->topLevelItem(row);
            if (top->text(ImageColumn).section(QStringLiteral(" — "), 0, 0) != node.display)
                continue;
            for (int child = 0; child < top->childCount(); ++child) {
                QTreeWidgetItem *item = top->child(child);
                for (const PruneRemoval &r : node.images)
                    if (shortId(r.image.id) == item->text(ImageColumn))
                        item->setText(ReasonColumn, r.removed ? tr("removed") : tr("not removed: %1").arg(r.error));
            }
        }
    }
    m_status->setText(outcome.failure.ok() ? QString() : outcome.failure.message);
    m_summary->setText(tr("Removed %n image(s), %1 freed.", nullptr, removed).arg(formatBytes(freed))
                       + (failed > 0 ? QLatin1Char(' ') + tr("%n could not be removed.", nullptr, failed) : QString()));
    Q_EMIT removalFinished(outcome);
}

} // namespace fleet
