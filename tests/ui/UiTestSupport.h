#pragma once

#include "model/ImageInfo.h"
#include "model/Node.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QWidget>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace fleet::test {

// Settings of ui tests live in a temporary folder: a test never reads or changes the person's own.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("FleetCommanderTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

inline Node makeNode(const QString &address, NodeState state, const QString &hostName = {})
{
    Node node;
    node.address = address;
    node.hostName = hostName;
    node.state = state;
    node.os = QStringLiteral("Debian 12");
    node.arch = QStringLiteral("x86_64");
    return node;
}

// 127.0.90.11 ONLINE, .12 NOT_INSTALLED, .13 OFFLINE, .14 NOT_INSTALLED, .15 UNREACHABLE, …
inline QList<Node> sampleFleet(int count = 6)
{
    static const NodeState cycle[] = {NodeState::Online, NodeState::NotInstalled, NodeState::Offline,
                                      NodeState::NotInstalled, NodeState::Unreachable, NodeState::Online};
    QList<Node> nodes;
    for (int i = 0; i < count; ++i)
        nodes << makeNode(QStringLiteral("127.0.90.%1").arg(11 + i), cycle[i % 6], QStringLiteral("node-%1").arg(i + 1));
    return nodes;
}

inline ImageInfo makeImage(const QString &tag, qint64 size, int ageDays)
{
    ImageInfo image;
    image.id = QStringLiteral("sha256:%1").arg(qHash(tag), 64, 16, QLatin1Char('0'));
    image.repoTags = {tag};
    image.size = size;
    image.created = QDateTime::currentDateTimeUtc().addDays(-ageDays);
    return image;
}

// Sends a drag-and-drop event to `target` (a view's viewport) as a platform drag would deliver it: ignored
// until a handler accepts it, proposing a copy. Returns whether it was accepted.
inline bool sendDragEvent(QWidget *target, QEvent::Type type, const QPoint &position, const QMimeData *data)
{
    std::unique_ptr<QDropEvent> event;
    if (type == QEvent::DragEnter)
        event = std::make_unique<QDragEnterEvent>(position, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    else if (type == QEvent::DragMove)
        event = std::make_unique<QDragMoveEvent>(position, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    else
        event = std::make_unique<QDropEvent>(position, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    event->setDropAction(Qt::CopyAction);
    event->ignore();
    QCoreApplication::sendEvent(target, event.get());
    return event->isAccepted();
}

// A whole drag over `target` ending in a drop at `position` (enter, move, drop); false when one was refused.
inline bool dragAndDrop(QWidget *target, const QPoint &position, const QMimeData *data)
{
    return sendDragEvent(target, QEvent::DragEnter, position, data)
        && sendDragEvent(target, QEvent::DragMove, position, data)
        && sendDragEvent(target, QEvent::Drop, position, data);
}

} // namespace fleet::test
