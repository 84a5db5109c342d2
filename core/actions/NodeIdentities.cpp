#include "actions/NodeIdentities.h"

#include "history/HistoryStore.h"

#include <QFileInfo>
#include <QSettings>

namespace fleet {

QString NodeIdentities::key(const char *prefix, const QString &name)
{
    // QSettings treats '/' and '\\' as separators: a name keeps them out of the key (addresses and group names
    // never hold them anyway).
    QString safe = name.toLower();
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QString::fromLatin1(prefix) + safe;
}

bool NodeIdentities::store(const QString &key, const QString &path, QString *error)
{
    QSettings settings;
    if (path.isEmpty()) {
        settings.remove(key);
        return true;
    }
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        if (error)
            *error = tr("%1 is not a readable key file: choose the private key (e.g. ~/.ssh/id_ed25519).").arg(path);
        return false;
    }
    settings.setValue(key, file.absoluteFilePath());
    return true;
}

bool NodeIdentities::setForNode(const QString &node, const QString &path, QString *error)
{
    return store(key(kNodePrefix, node), path, error);
}

bool NodeIdentities::setForGroup(const QString &group, const QString &path, QString *error)
{
    return store(key(kGroupPrefix, group), path, error);
}

QString NodeIdentities::forNode(const QString &node)
{
    return QSettings().value(key(kNodePrefix, node)).toString();
}

QString NodeIdentities::forGroup(const QString &group)
{
    return QSettings().value(key(kGroupPrefix, group)).toString();
}

bool NodeIdentities::anyGroupIdentity()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("ssh/groupIdentity"));
    return !settings.childKeys().isEmpty();
}

NodeIdentities::Effective NodeIdentities::resolve(const QString &node, const QStringList &groups)
{
    if (const QString own = forNode(node); !own.isEmpty())
        return {own, {}};
    QStringList sorted = groups;
    sorted.sort(Qt::CaseInsensitive);
    for (const QString &group : std::as_const(sorted))
        if (const QString path = forGroup(group); !path.isEmpty())
            return {path, group};
    return {};
}

std::function<QString(const QString &host)> NodeIdentities::lookup(const QString &dbPath)
{
    return [dbPath](const QString &host) {
        if (const QString own = forNode(host); !own.isEmpty())
            return own;
        if (dbPath.isEmpty() || !anyGroupIdentity())
            return QString();
        HistoryStore history; // this thread's own connection, read only
        if (!history.open(dbPath, Database::OpenMode::ReadOnly))
            return QString();
        return resolve(host, history.groupsOf(host)).path;
    };
}

} // namespace fleet
