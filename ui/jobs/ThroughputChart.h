#pragma once

#include "model/Job.h"
#include "model/Throughput.h"

#include <QChartView>

class QValueAxis;

namespace fleet {

// Bytes per second over time, one line per stage that moves bytes (pull, save, transfer, load), for one job: live
// in the Jobs panel (ThroughputLog) and from the history's samples in History. Time is counted from each stage's
// start. Presents the samples it is given; computes nothing but the rates (Throughput::rates).
class ThroughputChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    struct Series
    {
        StageKind kind = StageKind::Transfer;
        QList<ThroughputPoint> points;
    };

    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    // Replaces the plot; `title` names the job ("app:1.0 → 127.0.77.11"). Stages without two points are left out.
    void setSeries(const QString &title, const QList<Series> &series);
    void clearPlot(const QString &message);

    // What is shown (for tests): the rates of a stage's line, in bytes per second, and the title.
    QList<QPointF> ratesOf(StageKind kind) const;
    QStringList stageNames() const;
    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QValueAxis *m_time = nullptr;
    QValueAxis *m_rate = nullptr;
    QList<std::pair<StageKind, QList<QPointF>>> m_rates; // bytes per second, as plotted (scaled to MB/s)
};

} // namespace fleet
