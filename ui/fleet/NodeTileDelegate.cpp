#include "NodeTileDelegate.h"

#include "NodeListModel.h"
#include "NodeTileView.h"

#include <QPainter>
#include <QPainterPath>

namespace fleet {

namespace {

// Secondary text: the text colour moved towards the background, so it works in light and dark palettes.
QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
                  (text.blue() * 3 + base.blue() * 2) / 5);
}

} // namespace

NodeTileDelegate::NodeTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

NodeTileDelegate::~NodeTileDelegate() = default;

QSize NodeTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    return {kTileWidth, kTileHeight};
}

QColor NodeTileDelegate::stateColor(NodeState state)
{
    switch (state) {
    case NodeState::Online:
        return QColor(0x2e, 0xa0, 0x43);
    case NodeState::NotInstalled:
        return badgeYellow();
    case NodeState::Offline:
        return QColor(0x8a, 0x8a, 0x8a);
    case NodeState::Unreachable:
        return QColor(0xd0, 0x3b, 0x3b);
    case NodeState::Unknown:
        break;
    }
    return QColor(0x6a, 0x8a, 0xb0);
}

void NodeTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const NodeTileView *>(option.widget);
    const bool selected = option.state & QStyle::State_Selected;
    const bool dropTarget = view && view->isDropTarget(index);
    const QPalette &palette = option.palette;
    const QRect tile = option.rect.adjusted(2, 2, -2, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = palette.color(QPalette::Base);
    if (selected || dropTarget) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(dropTarget ? 90 : 45);
        painter->setBrush(fill);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(tile, 6, 6);
        fill = tint;
    }
    const NodeState state = NodeState(index.data(NodeListModel::StateRole).toInt());
    // Seed 000: a node that can be bootstrapped (SSH answers, no agent) has a yellow border.
    const bool bootstrappable = state == NodeState::NotInstalled;
    QPen border(dropTarget || selected ? palette.color(QPalette::Highlight)
                                       : (bootstrappable ? badgeYellow() : palette.color(QPalette::Mid)));
    border.setWidthF(dropTarget ? 3.0 : (selected || bootstrappable ? 2.0 : 1.0));
    if ((option.state & QStyle::State_HasFocus) && !selected)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->setRenderHint(QPainter::Antialiasing, false);

    const QRect content = tile.adjusted(10, 8, -10, -8);
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();

    // Line 1: host name (bold) and the state chip on the right.
    const QString chipText = nodeStateLabel(state);
    const int chipWidth = metrics.horizontalAdvance(chipText) + 22;
    const QRect chipRect(content.right() - chipWidth + 1, content.top(), chipWidth, line + 4);
    paintChip(painter, option, chipRect, state);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QRect nameRect(content.left(), content.top() + 2, content.width() - chipWidth - 6, line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    nameRect.width()));

    // Lines 2 and 3: address, OS and architecture; the managed containers running there on the right of line 3.
    painter->setFont(option.font);
    painter->setPen(secondaryText(palette));
    int y = content.top() + line + 8;
    const int containers = index.data(NodeListModel::ManagedContainersRole).toInt();
    const QString containersText = containers >= 0 ? tr("%n running", nullptr, containers) : QString();
    const int containersWidth = containersText.isEmpty() ? 0 : metrics.horizontalAdvance(containersText) + 8;
    for (int role : {int(NodeListModel::SubtitleRole), int(NodeListModel::DetailRole)}) {
        const int width = content.width() - (role == NodeListModel::DetailRole ? containersWidth : 0);
        painter->drawText(QRect(content.left(), y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(role).toString(), Qt::ElideRight, width));
        if (role == NodeListModel::DetailRole && containersWidth > 0)
            painter->drawText(QRect(content.right() - containersWidth + 1, y, containersWidth, line),
                              Qt::AlignRight | Qt::AlignVCenter, containersText);
        y += line + 2;
    }
    y += 4;

    // Line 4: a push running to this node (its stage and progress), else the agent's facts.
    const QString activity = index.data(NodeListModel::ActivityRole).toString();
    if (!activity.isEmpty()) {
        paintActivity(painter, option, QRect(content.left(), y, content.width(), qMin(line + 2, content.bottom() - y + 1)),
                      activity, index.data(NodeListModel::ActivityFractionRole).toDouble());
        if (view && view->isDropHover(index))
            paintDropCount(painter, option, tile, view->dropTargetCount());
        painter->restore();
        return;
    }

    // Line 4: the agent's facts as three bars; the node probe's badges below them (or in their place).
    const double cpu = index.data(NodeListModel::CpuRole).toDouble();
    const double mem = index.data(NodeListModel::MemoryRole).toDouble();
    const double disk = index.data(NodeListModel::DiskRole).toDouble();
    const bool bars = cpu >= 0 || mem >= 0 || disk >= 0;
    const QStringList badges = index.data(NodeListModel::ProbeBadgesRole).toStringList();
    if (!badges.isEmpty()) {
        const int badgeY = bars ? y + line + 4 : y;
        if (badgeY + line <= content.bottom() + 1)
            paintBadges(painter, option, QRect(content.left(), badgeY, content.width(), line), badges);
    }
    if (bars) {
        const int barWidth = (content.width() - 12) / 3;
        const int barHeight = qMin(line, content.bottom() - y + 1);
        paintBar(painter, option, QRect(content.left(), y, barWidth, barHeight), tr("CPU"), cpu);
        paintBar(painter, option, QRect(content.left() + barWidth + 6, y, barWidth, barHeight), tr("MEM"), mem);
        paintBar(painter, option, QRect(content.left() + 2 * (barWidth + 6), y, barWidth, barHeight), tr("DISK"),
                 disk);
    }

    if (view && view->isDropHover(index))
        paintDropCount(painter, option, tile, view->dropTargetCount());
    painter->restore();
}

void NodeTileDelegate::paintActivity(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                     const QString &text, double fraction) const
{
    const QPalette &palette = option.palette;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    if (fraction >= 0) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        const QRectF inner = QRectF(rect).adjusted(1, 1, -1, -1);
        painter->drawRoundedRect(QRectF(inner.left(), inner.top(), inner.width() * qBound(0.0, fraction, 1.0),
                                        inner.height()), 2, 2);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    QFont small = option.font;
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.85));
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::Text));
    const QRect textRect = rect.adjusted(6, 0, -6, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(text, Qt::ElideMiddle, textRect.width()));
    painter->setFont(option.font);
}

void NodeTileDelegate::paintChip(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                 NodeState state) const
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QString text = nodeStateLabel(state);
    if (state == NodeState::NotInstalled) {
        // The one badge meant to be seen across the room: filled yellow with dark text, in every palette.
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeYellow());
        painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(badgeText());
        painter->drawText(rect, Qt::AlignCenter, text);
        painter->setFont(option.font);
    } else {
        const QColor accent = stateColor(state);
        painter->setPen(QPen(accent, 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2.0,
                                 rect.height() / 2.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        const int dot = 7;
        painter->drawEllipse(QRect(rect.left() + 6, rect.center().y() - dot / 2, dot, dot));
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(rect.adjusted(14, 0, -4, 0), Qt::AlignCenter, text);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
}

void NodeTileDelegate::paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                   const QStringList &badges) const
{
    // Small outlined pills, left to right while they fit: the runtime and access words a push depends on.
    QFont small = option.font;
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.8));
    painter->setFont(small);
    const QFontMetrics metrics(small);
    painter->setRenderHint(QPainter::Antialiasing, true);
    int x = rect.left();
    for (const QString &badge : badges) {
        const int width = metrics.horizontalAdvance(badge) + 10;
        if (x + width > rect.right() + 1)
            break;
        const QRect pill(x, rect.top(), width, rect.height());
        const bool bad = badge == QLatin1String("no docker") || badge == QLatin1String("no access");
        painter->setPen(QPen(bad ? stateColor(NodeState::Unreachable) : option.palette.color(QPalette::Mid), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, badge);
        x += width + 4;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setFont(option.font);
}

void NodeTileDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                const QString &label, double fraction) const
{
    const QPalette &palette = option.palette;
    QFont small = option.font;
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.8));
    painter->setFont(small);
    const int labelWidth = QFontMetrics(small).horizontalAdvance(label) + 4;
    painter->setPen(secondaryText(palette));
    painter->drawText(QRect(rect.left(), rect.top(), labelWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      label);
    const QRect track(rect.left() + labelWidth, rect.center().y() - 3, rect.width() - labelWidth, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Midlight));
    painter->drawRect(track);
    if (fraction >= 0) {
        painter->setBrush(fraction > 0.9 ? stateColor(NodeState::Unreachable) : palette.color(QPalette::Highlight));
        painter->drawRect(QRect(track.left(), track.top(), int(track.width() * fraction + 0.5), track.height()));
    }
    painter->setFont(option.font);
}

void NodeTileDelegate::paintDropCount(QPainter *painter, const QStyleOptionViewItem &option, const QRect &tile,
                                      int count) const
{
    const QString text = count == 1 ? tr("Push to this node") : tr("Push to %n node(s)", nullptr, count);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int width = metrics.horizontalAdvance(text) + 20;
    const QRect pill(tile.center().x() - width / 2, tile.bottom() - metrics.height() - 10, width, metrics.height() + 6);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Highlight));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::HighlightedText));
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace fleet
