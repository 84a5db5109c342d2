#include "history/ProcessOwner.h"

#include <QFile>

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

QString ProcessOwner::current()
{
    static const QString boot = bootId(); // constant for the life of the process
    return boot + QLatin1Char('/') + QString::number(::getpid());
}

bool ProcessOwner::isAlive(const QString &owner, const QString &self)
{
    if (owner == self)
        return true;
    const qsizetype slash = owner.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    const QString selfBoot = self.left(self.lastIndexOf(QLatin1Char('/')));
    if (owner.left(slash) != selfBoot)
        return false; // written before the last reboot
    bool ok = false;
    const qint64 pid = owner.mid(slash + 1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM; // EPERM: it exists, it is just not ours
}

} // namespace fleet
