#include "HistoryView.h"

#include "HistoryJobsModel.h"
#include "HistoryNodesModel.h"
#include "history/HistoryReader.h"
#include "HistoryScansModel.h"
#include "HistoryStagesModel.h"
#include "ThroughputChart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fleet {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(name);
    return view;
}
} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
{
    m_jobs = new HistoryJobsModel(this);
    m_scans = new HistoryScansModel(this);
    m_nodes = new HistoryNodesModel(this);
    m_stages = new HistoryStagesModel(this);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by image or node (starts with)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search history"));
    m_search->setToolTip(tr("Jobs whose image or node starts with this text; scans whose targets contain it."));
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Job state filter"));
    m_state->setToolTip(tr("Show only jobs in one state."));
    m_state->addItem(tr("Any state"), -1);
    for (JobState s : {JobState::Failed, JobState::Succeeded, JobState::Running, JobState::Queued, JobState::Cancelled,
                       JobState::Skipped})
        m_state->addItem(jobStateName(s), int(s));
    m_count = new QLabel(this);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setToolTip(tr("Read the history again"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setToolTip(tr("Write the jobs the filter selects to a CSV file"));

    m_jobsView = makeTable(m_jobs, tr("Job history"), this);
    m_jobsView->horizontalHeader()->setSectionResizeMode(HistoryJobsModel::ImageColumn, QHeaderView::Interactive);
    m_jobsView->setColumnWidth(HistoryJobsModel::ImageColumn, 220);
    m_scansView = makeTable(m_scans, tr("Scan history"), this);
    m_nodesView = makeTable(m_nodes, tr("Pushes per node"), this);
    m_nodesView->setToolTip(tr("Per node: jobs, failures, SSH trouble, bytes sent and the average time of each stage"));
    m_stagesView = makeTable(m_stages, tr("Stages of the selected job"), this);
    m_summary = new QLabel(tr("Select a job to see its stages."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Job log"));
    m_log->setMaximumBlockCount(2000);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    m_chart = new ThroughputChart(this);
    auto *stagesRow = new QHBoxLayout;
    stagesRow->addWidget(m_stagesView, 3);
    stagesRow->addWidget(m_chart, 2);
    detailsLayout->addLayout(stagesRow, 2);
    detailsLayout->addWidget(m_log, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_jobsView);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_splitter, tr("&Jobs"));
    m_tabs->addTab(m_scansView, tr("S&cans"));
    m_tabs->addTab(m_nodesView, tr("&Nodes"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_count);
    bar->addWidget(refresh);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &HistoryView::refresh);
    connect(exportButton, &QPushButton::clicked, this, &HistoryView::chooseAndExport);
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showDetails);
    connect(m_jobs, &HistoryPagedModel::loadFailed, this, &HistoryView::loadFailed);
    connect(m_scans, &HistoryPagedModel::loadFailed, this, &HistoryView::loadFailed);
}

HistoryView::~HistoryView() = default;

void HistoryView::setReader(HistoryReader *reader)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    if (reader) {
        connect(reader, &HistoryReader::jobCountLoaded, this, [this](quint64 ticket, qint64 count) {
            if (ticket == m_countTicket)
                m_count->setText(count < 0 ? QString() : tr("%Ln job(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
        });
        connect(reader, &HistoryReader::jobDetailsLoaded, this,
                [this](quint64 ticket, qint64 jobId, const QList<StageRow> &stages, const QList<EventRecord> &events) {
                    if (ticket != m_detailsTicket)
                        return;
                    m_stages->setStages(jobId, stages);
                    showThroughput(stages);
                    QStringList lines;
                    for (const EventRecord &event : events)
                        lines << QStringLiteral("%1  %2  %3").arg(event.at.toLocalTime().toString(Qt::ISODate),
                                                                  eventLevelName(event.level), event.message);
                    m_log->setPlainText(lines.join(QLatin1Char('\n')));
                    Q_EMIT detailsShown(jobId);
                });
        connect(reader, &HistoryReader::exported, this, [this](quint64 ticket, qint64 rows, const QString &error) {
            if (ticket == m_exportTicket)
                Q_EMIT exportFinished(rows, m_exportPath, error);
        });
    }
    m_jobs->setReader(reader);
    m_scans->setReader(reader);
    if (reader)
        connect(reader, &HistoryReader::nodeSummariesLoaded, this,
                [this](quint64 ticket, const QList<NodeSummary> &summaries) {
                    if (ticket != m_nodesTicket)
                        return;
                    m_nodes->setSummaries(summaries);
                    Q_EMIT nodeSummariesShown(int(summaries.size()));
                });
    updateCount();
    m_nodesTicket = reader ? reader->requestNodeSummaries() : 0;
}

void HistoryView::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

void HistoryView::applyFilter()
{
    m_searchTimer->stop();
    JobFilter filter;
    filter.text = m_search->text().trimmed();
    const int state = m_state->currentData().toInt();
    if (state >= 0)
        filter.state = JobState(state);
    m_jobs->setFilter(filter);
    m_scans->setText(filter.text);
    m_stages->setStages(0, {});
    m_chart->clearPlot(tr("Select a job to see its throughput."));
    m_summary->setText(tr("Select a job to see its stages."));
    m_log->clear();
    updateCount();
}

void HistoryView::refresh()
{
    m_jobs->reload();
    m_scans->reload();
    updateCount();
    m_nodesTicket = m_reader ? m_reader->requestNodeSummaries() : 0;
}

void HistoryView::updateCount()
{
    m_count->clear();
    m_countTicket = m_reader ? m_reader->requestJobCount(m_jobs->filter()) : 0;
}

void HistoryView::selectJob(qint64 jobId)
{
    const int row = m_jobs->rowOfJob(jobId);
    if (row >= 0)
        m_jobsView->setCurrentIndex(m_jobs->index(row, 0));
}

void HistoryView::showDetails()
{
    const QModelIndex current = m_jobsView->currentIndex();
    if (!current.isValid() || !m_reader)
        return;
    const JobRecord &job = m_jobs->jobAt(current.row());
    QString summary = tr("Job %1: %2 to %3, %4 (%5).")
                          .arg(job.id)
                          .arg(job.image.isEmpty() ? job.archivePath : job.image, job.node, jobStateName(job.state),
                               job.method());
    if (!job.error.isEmpty())
        summary += QLatin1Char('\n') + job.error;
    m_summary->setText(summary);
    m_detailsTicket = m_reader->requestJobDetails(job.id);
}

QString HistoryView::detailsText() const
{
    return m_summary->text();
}

void HistoryView::chooseAndExport()
{
    QString path;
    if (m_saveHook) {
        path = m_saveHook();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export job history"), folder + QStringLiteral("/fleet-jobs.csv"),
                                            tr("CSV files (*.csv)"));
    }
    if (!path.isEmpty())
        exportCsv(path);
}

void HistoryView::exportCsv(const QString &path)
{
    if (!m_reader) {
        Q_EMIT exportFinished(0, path, tr("No history database is open."));
        return;
    }
    m_exportPath = path;
    m_exportTicket = m_reader->requestExport(m_jobs->filter(), path);
}

QByteArray HistoryView::saveState() const
{
    return m_splitter->saveState();
}

void HistoryView::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void HistoryView::showThroughput(const QList<StageRow> &stages)
{
    // The samples the history kept for the stages that move bytes (a job recorded before schema step 8 has none).
    QList<ThroughputChart::Series> series;
    for (const StageRow &stage : stages)
        if (!stage.samples.isEmpty())
            series.append({stage.kind, stage.samples});
    const int row = m_jobsView->currentIndex().row();
    const QString title = row >= 0 ? tr("%1 → %2").arg(
                              m_jobs->index(row, HistoryJobsModel::ImageColumn).data().toString(),
                              m_jobs->index(row, HistoryJobsModel::NodeColumn).data().toString())
                                   : QString();
    if (series.isEmpty())
        m_chart->clearPlot(tr("No throughput samples for this job."));
    else
        m_chart->setSeries(title, series);
}

} // namespace fleet
