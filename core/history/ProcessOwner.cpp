#include "history/ProcessOwner.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace fleet {

namespace {

QString bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // not Linux: pids alone
    return QString::fromLatin1(file.readAll().trimmed());
}

} // namespace

qint64 ProcessOwner::startTime(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so count fields after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); starttime is field 22.
    bool ok = false;
    const qint64 ticks = fields.size() > 19 ? fields.at(19).toLongLong(&ok) : -1;
    return ok ? ticks : -1;
}

QString ProcessOwner::current()
{
    // Constant for the life of the process.
    static const QString key = bootId() + QLatin1Char('/') + QString::number(::getpid()) + QLatin1Char('/')
        + QString::number(startTime(::getpid()));
    return key;
}

bool ProcessOwner::isOfThisBoot(const QString &owner, const QString &self)
{
    const QStringList parts = owner.split(QLatin1Char('/'));
    return parts.size() >= 2 && parts.first() == self.section(QLatin1Char('/'), 0, 0);
}

bool ProcessOwner::isAlive(const QString &owner, const QString &self)
{
    if (owner == self)
        return true;
    if (!isOfThisBoot(owner, self))
        return false; // malformed, or written before the last reboot
    const QStringList parts = owner.split(QLatin1Char('/'));
    if (parts.size() > 3)
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM) // EPERM: it exists, it is just not ours
        return false;
    if (parts.size() < 3)
        return true;
    const qint64 started = parts.at(2).toLongLong(&ok);
    return !ok || started < 0 || startTime(pid) == started; // another process under a reused pid: gone
}

} // namespace fleet
