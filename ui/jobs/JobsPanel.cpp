#include "JobsPanel.h"

#include "JobProgressDelegate.h"
#include "JobsModel.h"
#include "JobsTreeModel.h"
#include "ThroughputChart.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>


namespace fleet {

JobsPanel::JobsPanel(JobsModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    m_tree = new JobsTreeModel(jobs, this);
    m_view = new QTreeView(this);
    m_view->setModel(m_tree);
    m_view->setItemDelegate(new JobProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setIndentation(m_view->fontMetrics().height());
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(JobsModel::ImageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(JobsModel::NodeColumn, 170);
    for (int column = JobsModel::PullColumn; column <= JobsModel::HealthColumn; ++column)
        m_view->setColumnWidth(column, column == JobsModel::PullColumn || column == JobsModel::HealthColumn ? 80 : 120);
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setToolTip(tr("One row per node of a push; a push to several nodes is one row to expand. Delete cancels "
                          "the selected jobs, Ctrl+Shift+R retries them."));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto makeButton = [this](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAccessibleName(text);
        return button;
    };
    m_cancel = makeButton(tr("Cancel"), tr("Cancel the selected jobs (Delete)"), QKeySequence::Delete);
    m_retry = makeButton(tr("Retry"), tr("Run the selected failed or cancelled jobs again (Ctrl+Shift+R)"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_clear = makeButton(tr("Clear finished"), tr("Remove finished jobs from this list (they stay in History)"),
                         QKeySequence());
    connect(m_cancel->defaultAction(), &QAction::triggered, this, &JobsPanel::cancelSelected);
    connect(m_retry->defaultAction(), &QAction::triggered, this, &JobsPanel::retrySelected);
    connect(m_clear->defaultAction(), &QAction::triggered, m_jobs, &JobsModel::removeFinished);

    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("<b>Jobs</b>"), this), 1);
    head->addWidget(m_cancel);
    head->addWidget(m_retry);
    head->addWidget(m_clear);
    m_chart = new ThroughputChart(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("jobsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_splitter, 1);

    // The plot follows the current job, else the first running one; redrawn at most twice a second.
    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(int(ThroughputLog::kIntervalMs));
    connect(&m_chartTimer, &QTimer::timeout, this, &JobsPanel::updateChart);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &JobsPanel::updateChart);
    auto later = [this] {
        if (!m_chartTimer.isActive())
            m_chartTimer.start();
    };
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, later);
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, later);
    connect(m_tree, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateButtons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPanel::updateButtons);
    connect(m_jobs, &JobsModel::countsChanged, this, &JobsPanel::updateButtons);
    updateButtons();
}

JobsPanel::~JobsPanel() = default;

quint64 JobsPanel::chartedJobId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (const QList<quint64> ids = m_tree->jobIdsAt(current); !ids.isEmpty()) {
        for (quint64 id : ids)
            if (const int row = m_jobs->rowOf(id); row >= 0 && m_jobs->jobAt(row).state == JobState::Running)
                return id;
        return ids.last();
    }
    for (int row = 0; row < m_jobs->count(); ++row)
        if (m_jobs->jobAt(row).state == JobState::Running)
            return m_jobs->jobAt(row).id;
    return m_jobs->count() ? m_jobs->jobAt(m_jobs->count() - 1).id : 0;
}

void JobsPanel::updateChart()
{
    const quint64 id = chartedJobId();
    const int row = m_jobs->rowOf(id);
    if (row < 0) {
        m_chart->clearPlot(tr("Push an image to see its throughput here."));
        return;
    }
    const JobUpdate &job = m_jobs->jobAt(row);
    QList<ThroughputChart::Series> series;
    for (const StageRecord &stage : job.stages)
        if (ThroughputLog::movesBytes(stage.kind) && job.shows(stage.kind))
            series.append({stage.kind, m_jobs->throughput().points(id, stage.kind)});
    m_chart->setSeries(tr("%1 → %2").arg(job.image, job.node), series);
}

QList<quint64> JobsPanel::selectedJobIds() const
{
    // A batch's row stands for all its jobs; a job selected with its batch counts once.
    QList<quint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        for (quint64 id : m_tree->jobIdsAt(index))
            if (!ids.contains(id) && m_jobs->rowOf(id) >= 0)
                ids << id;
    return ids;
}

void JobsPanel::cancelSelected()
{
    for (quint64 id : selectedJobIds()) {
        const int row = m_jobs->rowOf(id);
        if (row >= 0 && !isFinal(m_jobs->jobAt(row).state))
            Q_EMIT cancelRequested(id);
    }
}

void JobsPanel::cancelSelectedOrAll()
{
    if (selectedJobIds().isEmpty())
        Q_EMIT cancelAllRequested();
    else
        cancelSelected();
}

void JobsPanel::retrySelected()
{
    for (quint64 id : selectedJobIds()) {
        const int row = m_jobs->rowOf(id);
        const JobState state = row >= 0 ? m_jobs->jobAt(row).state : JobState::Queued;
        if (state == JobState::Failed || state == JobState::Cancelled)
            Q_EMIT retryRequested(id);
    }
}

void JobsPanel::updateButtons()
{
    bool canCancel = false, canRetry = false;
    for (quint64 id : selectedJobIds()) {
        const JobState state = m_jobs->jobAt(m_jobs->rowOf(id)).state;
        canCancel = canCancel || !isFinal(state);
        canRetry = canRetry || state == JobState::Failed || state == JobState::Cancelled;
    }
    m_cancel->defaultAction()->setEnabled(canCancel);
    m_retry->defaultAction()->setEnabled(canRetry);
    m_clear->defaultAction()->setEnabled(m_jobs->count() > m_jobs->countActive());
}

} // namespace fleet
