#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace fleet {

class HistoryJobsModel;
class HistoryNodesModel;
class HistoryReader;
class HistoryScansModel;
class HistoryStagesModel;
class ThroughputChart;
struct StageRow;

// The History tab: jobs and scans from the history database, searchable and filterable, read lazily as the
// table scrolls; the selected job's stages with their errors and its log; export of the filtered jobs to CSV.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    static constexpr int kSearchDelayMs = 150; // typing is not a query per key

    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setReader(HistoryReader *reader);
    HistoryJobsModel *jobsModel() const { return m_jobs; }
    HistoryScansModel *scansModel() const { return m_scans; }
    HistoryNodesModel *nodesModel() const { return m_nodes; }
    HistoryStagesModel *stagesModel() const { return m_stages; }
    QTableView *jobsView() const { return m_jobsView; }
    ThroughputChart *throughputChart() const { return m_chart; }
    QLineEdit *searchEdit() const { return m_search; }

    // Applies the search text and state filter now (the edit does it after a short pause).
    void applyFilter();
    void setSearchText(const QString &text);
    void selectJob(qint64 jobId);
    QString detailsText() const;

    // Writes the jobs the filter selects to `path` (in the background); exportFinished() reports.
    void exportCsv(const QString &path);
    // Test seam for the file dialog: returns the chosen path (empty: cancelled).
    void setSaveFileNameHook(std::function<QString()> hook) { m_saveHook = std::move(hook); }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    void refresh();
    void chooseAndExport();

Q_SIGNALS:
    void nodeSummariesShown(int nodes);
    void exportFinished(qint64 rows, const QString &path, const QString &error);
    void loadFailed(const QString &message);
    void detailsShown(qint64 jobId);

private:
    void showDetails();
    void showThroughput(const QList<StageRow> &stages);
    void updateCount();

    HistoryReader *m_reader = nullptr;
    HistoryJobsModel *m_jobs = nullptr;
    HistoryScansModel *m_scans = nullptr;
    HistoryNodesModel *m_nodes = nullptr;
    HistoryStagesModel *m_stages = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_count = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_jobsView = nullptr;
    QTableView *m_scansView = nullptr;
    QTableView *m_nodesView = nullptr;
    QTableView *m_stagesView = nullptr;
    QLabel *m_summary = nullptr;
    ThroughputChart *m_chart = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchTimer = nullptr;
    quint64 m_countTicket = 0;
    quint64 m_nodesTicket = 0;
    quint64 m_detailsTicket = 0;
    quint64 m_exportTicket = 0;
    QString m_exportPath;
    std::function<QString()> m_saveHook;
};

} // namespace fleet
