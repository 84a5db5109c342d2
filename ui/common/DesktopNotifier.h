#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace fleet {

// Desktop notifications through the freedesktop.org notification service (org.freedesktop.Notifications on the
// session bus, as GNOME, KDE and most notification daemons offer it). Fire and forget: the call is asynchronous,
// and a desktop without the service simply shows nothing — the window always shows the result too.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static constexpr const char *kService = "org.freedesktop.Notifications";
    static constexpr const char *kPath = "/org/freedesktop/Notifications";

    // `bus` is the session bus unless a test gives its own connection.
    explicit DesktopNotifier(QObject *parent = nullptr);
    DesktopNotifier(const QDBusConnection &bus, QObject *parent);
    ~DesktopNotifier() override;

    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };
    // False when there is no session bus (nothing was sent).
    bool notify(const QString &summary, const QString &body, Urgency urgency = Urgency::Normal);

    static QString iconName();

private:
    QDBusConnection m_bus;
};

} // namespace fleet
