#include "transfer/HealthProbe.h"

#include "util/ShellQuote.h"

#include <QRegularExpression>

namespace fleet {

QString HealthProbe::inspectCommand(const QString &container)
{
    return QStringLiteral("docker container inspect --format "
                          "'{{.State.Status}}|{{.State.ExitCode}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}|"
                          "{{.RestartCount}}|{{.State.Error}}' ")
        + shellQuote(container);
}

std::optional<ContainerStatus> HealthProbe::parseStatus(const QByteArray &out)
{
    const QString line = QString::fromUtf8(out).trimmed().section(QLatin1Char('\n'), 0, 0);
    const QStringList fields = line.split(QLatin1Char('|'));
    if (fields.size() < 5 || fields.at(0).isEmpty())
        return std::nullopt;
    ContainerStatus s;
    bool ok = false;
    s.status = fields.at(0);
    s.exitCode = fields.at(1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    s.health = fields.at(2);
    s.restartCount = fields.at(3).toInt(&ok);
    if (!ok)
        return std::nullopt;
    s.error = fields.mid(4).join(QLatin1Char('|')); // the error text may hold the separator
    return s;
}

QList<ProbePort> HealthProbe::parseDockerPort(const QByteArray &out)
{
    static const QRegularExpression line(QStringLiteral("^\\d+/tcp -> (.*):(\\d+)$"));
    QList<ProbePort> ports;
    for (const QString &text : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(text.trimmed());
        if (!m.hasMatch())
            continue;
        QString host = m.captured(1);
        // A wildcard (0.0.0.0, ::, [::]) is reached on loopback; an IPv6 binding is probed over IPv4 loopback too
        // (Docker binds both), so bash's /dev/tcp needs no bracket syntax.
        if (host.isEmpty() || host == QLatin1String("0.0.0.0") || host.contains(QLatin1Char(':')))
            host = QStringLiteral("127.0.0.1");
        const ProbePort port{host, m.captured(2).toInt()};
        if (port.port > 0 && port.port < 65536 && !ports.contains(port))
            ports << port;
    }
    return ports;
}

QList<ProbePort> HealthProbe::hostNetworkPorts(const QStringList &mappings)
{
    QList<ProbePort> ports;
    for (const QString &mapping : mappings) {
        if (mapping.endsWith(QLatin1String("/udp")) || mapping.endsWith(QLatin1String("/sctp")))
            continue;
        QString container = mapping.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), -1);
        container = container.section(QLatin1Char('-'), 0, 0); // a range: its first port
        bool ok = false;
        const int port = container.toInt(&ok);
        const ProbePort p{QStringLiteral("127.0.0.1"), port};
        if (ok && port > 0 && port < 65536 && !ports.contains(p))
            ports << p;
    }
    return ports;
}

QString HealthProbe::probeCommand(const QList<ProbePort> &ports)
{
    QStringList targets;
    for (const ProbePort &p : ports)
        targets << shellQuote(QStringLiteral("%1:%2").arg(p.host).arg(p.port));
    // POSIX sh: the node's login shell may be dash or busybox. bash's /dev/tcp or nc does the connect.
    return QStringLiteral(
               "if command -v bash >/dev/null 2>&1; then t=bash; elif command -v nc >/dev/null 2>&1; then t=nc; "
               "else echo noprobe; exit 0; fi; "
               "for a in %1; do h=${a%:*}; p=${a##*:}; "
               "if [ $t = bash ]; then bash -c 'exec 3<>\"/dev/tcp/$1/$2\"' probe \"$h\" \"$p\" 2>/dev/null; "
               "else nc -z -w 2 \"$h\" \"$p\" 2>/dev/null; fi || { echo \"closed $a\"; exit 0; }; done; echo open")
        .arg(targets.join(QLatin1Char(' ')));
}

HealthProbe::Verdict HealthProbe::judge(const ContainerStatus &status, int initialRestarts,
                                        std::optional<bool> portsOpen, bool settled)
{
    if (status.status == QLatin1String("exited") || status.status == QLatin1String("dead"))
        return Verdict::Exited;
    if (status.status == QLatin1String("restarting") || status.restartCount > initialRestarts)
        return Verdict::Restarting; // it stopped and its restart policy brought it back: not up
    if (status.hasHealthcheck()) {
        if (status.health == QLatin1String("healthy"))
            return Verdict::Healthy;
        if (status.health == QLatin1String("unhealthy"))
            return Verdict::Unhealthy;
        return Verdict::Waiting;
    }
    if (status.status != QLatin1String("running"))
        return Verdict::Waiting; // created, paused: not yet
    if (portsOpen)
        return *portsOpen ? Verdict::Healthy : Verdict::Waiting;
    return settled ? Verdict::Healthy : Verdict::Waiting;
}

bool HealthProbe::ranToCompletion(const ContainerStatus &status, bool publishesPorts)
{
    return status.status == QLatin1String("exited") && status.exitCode == 0 && !status.hasHealthcheck()
        && !publishesPorts;
}

QString HealthProbe::logsCommand(const QString &container, int lines)
{
    return QStringLiteral("docker logs --tail %1 %2 2>&1").arg(lines).arg(shellQuote(container));
}

} // namespace fleet
