#pragma once

#include <QTimer>
#include <QWidget>

class QSplitter;
class QTreeView;
class QToolButton;

namespace fleet {

class JobsModel;
class JobsTreeModel;
class ThroughputChart;

// Below the tiles: the jobs with a progress bar per stage (a multi-node push under one expandable row), and
// Cancel, Retry and Clear finished for the selected rows — a batch's row stands for all its jobs (also on the
// context menu and the keyboard: Delete cancels, Ctrl+Shift+R retries).
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    explicit JobsPanel(JobsModel *jobs, QWidget *parent = nullptr);
    ~JobsPanel() override;

    QTreeView *view() const { return m_view; }
    JobsTreeModel *tree() const { return m_tree; }
    ThroughputChart *chart() const { return m_chart; }
    QSplitter *splitter() const { return m_splitter; }
    // The job the plot shows: the current row's (a batch's: its first running job, else its last), else the first
    // running one, else the newest (0: none).
    quint64 chartedJobId() const;
    void updateChart();
    QList<quint64> selectedJobIds() const;

public Q_SLOTS:
    void cancelSelected();
    // The window's Cancel action: the selected jobs, or every running job when none is selected.
    void cancelSelectedOrAll();
    void retrySelected();

Q_SIGNALS:
    void cancelRequested(quint64 id);
    void cancelAllRequested();
    void retryRequested(quint64 id);

private:
    void updateButtons();

    JobsModel *m_jobs;
    JobsTreeModel *m_tree = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_clear = nullptr;
    ThroughputChart *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_chartTimer;
};

} // namespace fleet
