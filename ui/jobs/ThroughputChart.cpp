#include "ThroughputChart.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace fleet {

namespace {

QString stageLabel(StageKind kind)
{
    switch (kind) {
    case StageKind::Pull:
        return ThroughputChart::tr("Pull");
    case StageKind::Save:
        return ThroughputChart::tr("Save");
    case StageKind::Transfer:
        return ThroughputChart::tr("Transfer");
    case StageKind::Load:
        return ThroughputChart::tr("Load");
    case StageKind::Run:
        return ThroughputChart::tr("Run");
    case StageKind::Health:
        return ThroughputChart::tr("Health");
    }
    return {};
}

constexpr double kMegabyte = 1024.0 * 1024.0;

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates: no easing between samples
    m_time = new QValueAxis(chart);
    m_time->setTitleText(tr("s since the stage started"));
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_rate = new QValueAxis(chart);
    m_rate->setTitleText(tr("MB/s"));
    m_rate->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Throughput"));
    setToolTip(tr("Bytes per second of each stage over time"));
    setMinimumSize(320, 170);
    applyPalette();
    clearPlot(tr("Select a job to see its throughput."));
}

ThroughputChart::~ThroughputChart() = default;

void ThroughputChart::setSeries(const QString &title, const QList<Series> &series)
{
    QChart *plot = chart();
    plot->removeAllSeries();
    m_rates.clear();
    double maxTime = 1.0;
    double maxRate = 0.0;
    for (const Series &stage : series) {
        const QList<QPointF> rates = Throughput::rates(stage.points);
        if (rates.isEmpty())
            continue;
        auto *line = new QLineSeries(plot);
        line->setName(stageLabel(stage.kind));
        // Steps: each rate holds over the interval it was measured in (a line between samples would suggest a
        // ramp that was never measured).
        double from = 0.0;
        for (const QPointF &point : rates) {
            if (point.x() < from)
                from = 0.0; // the stage started again
            line->append(from, point.y() / kMegabyte);
            line->append(point.x(), point.y() / kMegabyte);
            from = point.x();
            maxTime = qMax(maxTime, point.x());
            maxRate = qMax(maxRate, point.y() / kMegabyte);
        }
        plot->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_rate);
        m_rates.append({stage.kind, rates});
    }
    m_time->setRange(0.0, maxTime);
    m_rate->setRange(0.0, maxRate > 0 ? maxRate * 1.1 : 1.0);
    plot->setTitle(m_rates.isEmpty() ? tr("%1: no bytes moved yet").arg(title) : title);
}

void ThroughputChart::clearPlot(const QString &message)
{
    chart()->removeAllSeries();
    m_rates.clear();
    m_time->setRange(0.0, 1.0);
    m_rate->setRange(0.0, 1.0);
    chart()->setTitle(message);
}

QList<QPointF> ThroughputChart::ratesOf(StageKind kind) const
{
    for (const auto &[stage, rates] : m_rates)
        if (stage == kind)
            return rates;
    return {};
}

QStringList ThroughputChart::stageNames() const
{
    QStringList names;
    for (const auto &entry : m_rates)
        names << stageLabel(entry.first);
    return names;
}

QString ThroughputChart::title() const
{
    return chart()->title();
}

void ThroughputChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ThroughputChart::applyPalette()
{
    // The window's colours (light or dark), not the chart theme's own.
    const QPalette colours = palette();
    QChart *plot = chart();
    plot->setBackgroundBrush(colours.base());
    plot->setTitleBrush(colours.text());
    plot->legend()->setLabelColor(colours.color(QPalette::Text));
    for (QValueAxis *axis : {m_time, m_rate}) {
        axis->setLabelsColor(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.text());
        axis->setGridLineColor(colours.color(QPalette::Mid));
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
    setBackgroundBrush(colours.window());
}

} // namespace fleet
