#include "lab/LabEnvironment.h"

#include <QFile>
#include <QProcess>

namespace fleet::test {

LabEnvironment LabEnvironment::load()
{
    LabEnvironment env;
    const QString dir = qEnvironmentVariable("FLEETLAB_DIR", QStringLiteral("/tmp/fleetlab"));
    QFile file(dir + QStringLiteral("/lab.env"));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("FLEETLAB_DIR"))
            env.dir = value;
        else if (key == QLatin1String("FLEETLAB_DOCKER_HOST"))
            env.dockerHost = value;
        else if (key == QLatin1String("FLEETLAB_NODES"))
            env.nodes = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("FLEETLAB_NODE_SOCKETS"))
            env.nodeSockets = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("FLEETLAB_IDENTITY"))
            env.identity = value;
        else if (key == QLatin1String("FLEETLAB_KNOWN_HOSTS"))
            env.knownHosts = value;
        else if (key == QLatin1String("FLEETLAB_USER"))
            env.user = value;
        else if (key == QLatin1String("FLEETLAB_NODE_KINDS"))
            env.nodeKinds = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("FLEETLAB_NODE_USERS"))
            env.nodeUsers = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return env;
}

int LabEnvironment::indexOfKind(const QString &wanted) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (kind(i) == wanted)
            return i;
    }
    return -1;
}

SshOptions LabEnvironment::sshOptions() const
{
    SshOptions options;
    options.identityFile = identity;
    options.knownHostsFile = knownHosts;
    options.connectTimeoutMs = 3000;
    return options;
}

QString LabEnvironment::labScript()
{
    return qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/tests/lab/fleetlab");
}

int LabEnvironment::lab(const QStringList &args, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(labScript(), args + QStringList{QStringLiteral("--dir"), dir});
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace fleet::test
