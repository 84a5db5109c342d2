#include "JobProgressDelegate.h"

#include "JobsModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace fleet {

JobProgressDelegate::JobProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

JobProgressDelegate::~JobProgressDelegate() = default;

QSize JobProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (JobsModel::isStageColumn(index.column()))
        size.setWidth(qMax(size.width(), 110));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!JobsModel::isStageColumn(index.column()) || !index.data(JobsModel::StageEnabledRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // Selection and focus background first, as for any cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const JobState state = JobState(index.data(JobsModel::StageStateRole).toInt());
    const double fraction = index.data(JobsModel::StageFractionRole).toDouble();

    QStyleOptionProgressBar bar;
    if (option.widget)
        bar.initFrom(option.widget);
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    // A running stage without a known total (a stream of unknown size) shows its bytes on an empty bar.
    bar.progress = fraction >= 0 ? int(fraction * 1000.0 + 0.5) : 0;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (state == JobState::Failed || state == JobState::Cancelled) {
        // The one place a bar is not the highlight colour: a failed stage reads as failed at a glance.
        bar.palette.setColor(QPalette::Highlight, state == JobState::Failed ? QColor(0xc6, 0x28, 0x28)
                                                                            : bar.palette.color(QPalette::Mid));
        bar.progress = bar.maximum;
    }
    if (state == JobState::Queued)
        bar.state &= ~QStyle::State_Enabled;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace fleet
