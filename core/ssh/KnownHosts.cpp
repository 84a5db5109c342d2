#include "ssh/KnownHosts.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace fleet {

KnownHosts::KnownHosts(QString path)
    : m_path(std::move(path))
{
}

QString KnownHosts::entryName(const QString &host, quint16 port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool KnownHosts::fieldMatches(const QString &field, const QString &entry)
{
    if (field.startsWith(QLatin1String("|1|"))) {
        // Hashed: |1|base64(salt)|base64(HMAC-SHA1(salt, name))
        const QStringList parts = field.split(QLatin1Char('|'));
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray mac = QMessageAuthenticationCode::hash(entry.toUtf8(), salt, QCryptographicHash::Sha1);
        return mac.toBase64() == parts.at(3).toLatin1();
    }
    const QStringList names = field.split(QLatin1Char(','));
    return names.contains(entry);
}

int KnownHosts::forget(const QString &host, quint16 port) const
{
    QFile in(m_path);
    if (!in.exists())
        return 0;
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    const QString entry = entryName(host, port);
    QByteArray kept;
    int removed = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        QString text = QString::fromUtf8(line).trimmed();
        if (text.startsWith(QLatin1Char('@'))) // @cert-authority / @revoked markers: the host field is next
            text = text.section(QLatin1Char(' '), 1);
        const QString field = text.section(QLatin1Char(' '), 0, 0);
        if (!text.startsWith(QLatin1Char('#')) && !field.isEmpty() && fieldMatches(field, entry)) {
            ++removed;
            continue;
        }
        kept += line;
    }
    in.close();
    if (removed == 0)
        return 0;
    QSaveFile out(m_path); // atomic: a crash never leaves half a known_hosts file
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit())
        return -1;
    return removed;
}

} // namespace fleet
