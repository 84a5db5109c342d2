#include "DesktopNotifier.h"

#include <QDBusMessage>
#include <QGuiApplication>
#include <QVariantMap>

namespace fleet {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::iconName()
{
    // The packages install the icon under the application's id (the .desktop file's Icon=).
    const QString id = QGuiApplication::desktopFileName();
    return id.isEmpty() ? QStringLiteral("fleet-commander") : id;
}

bool DesktopNotifier::notify(const QString &summary, const QString &body, Urgency urgency)
{
    if (!m_bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                       QString::fromLatin1(kService), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency)));
    // The server finds the icon and the application's name through the .desktop file.
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    call << QGuiApplication::applicationDisplayName() // app_name
         << uint(0)                                   // replaces_id
         << iconName()                                // app_icon: the installed icon's name
         << summary << body << QStringList{}          // no actions: the window is where one acts
         << hints << int(-1);                         // the server's default timeout
    return m_bus.send(call); // no reply awaited: the UI thread never waits on the bus
}

} // namespace fleet
