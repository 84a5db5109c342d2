#pragma once

#include <QStyledItemDelegate>

namespace fleet {

// Paints the stage columns of the jobs panel as progress bars (QStyleOptionProgressBar, so they look native in
// every style and palette); other columns are painted as usual.
class JobProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressDelegate)

public:
    explicit JobProgressDelegate(QObject *parent = nullptr);
    ~JobProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fleet
