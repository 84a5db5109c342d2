#pragma once

#include "model/NodeState.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace fleet {

// Paints one node tile: host name, address, OS/arch, a state chip (NOT INSTALLED as a yellow badge), and CPU,
// memory and disk bars when the agent reported facts. All tiles have one size, so the view lays out thousands
// without asking each one. Colours come from the palette, except the state accents and the yellow badge.
class NodeTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTileDelegate)

public:
    static constexpr int kTileWidth = 236;
    static constexpr int kTileHeight = 118;

    explicit NodeTileDelegate(QObject *parent = nullptr);
    ~NodeTileDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The accent of a state (chip dot); NOT INSTALLED's badge is yellow with dark text in every palette.
    static QColor stateColor(NodeState state);
    static QColor badgeYellow() { return QColor(0xf5, 0xc2, 0x11); }
    static QColor badgeText() { return QColor(0x1f, 0x1a, 0x00); }

private:
    void paintActivity(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QString &text,
                       double fraction) const;
    void paintChip(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, NodeState state) const;
    void paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                     const QStringList &badges) const;
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QString &label,
                  double fraction) const;
    void paintDropCount(QPainter *painter, const QStyleOptionViewItem &option, const QRect &tile, int count) const;
};

} // namespace fleet
