#include "actions/NodeContainers.h"

#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"
#include "util/ShellQuote.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace fleet {

namespace {

// `docker ps` gives docker's own status and port words; `docker container inspect` of the same IDs adds what ps
// only hints at (health, start and end time, exit code, the port bindings asked for, the labels as a map).
// Every value of ours comes out of docker's `json` template function, so a name or label cannot break a line.
const char kInspectFormat[] =
    "'{\"inspect\":true,\"id\":{{json .Id}},\"state\":{{json .State}},"
    "\"bindings\":{{json .HostConfig.PortBindings}},\"labels\":{{json .Config.Labels}}}'";

constexpr qsizetype kMaxLine = 64 * 1024;
constexpr qsizetype kMaxText = 1024;
constexpr qsizetype kMaxBindings = 256;

const QString kRequestLabel = QStringLiteral("io.fleetcommander.request");
const QString kManagedLabel = QStringLiteral("io.fleetcommander.managed");

bool isContainerId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(id).hasMatch();
}

QString text(const QJsonObject &o, const char *key, qsizetype max = kMaxText)
{
    QString value = o.value(QLatin1String(key)).toString().left(max);
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return value;
}

// ps's CreatedAt: "2026-12-01 13:53:56 +0000 UTC".
QDateTime psTime(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) ([+-])(\\d\\d)(\\d\\d)"));
    const QRegularExpressionMatch m = pattern.match(value);
    if (!m.hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid())
        return {};
    at.setTimeZone(QTimeZone::utc());
    const int offset = (m.captured(3).toInt() * 60 + m.captured(4).toInt()) * 60;
    return at.addSecs(m.captured(2) == QLatin1String("+") ? -offset : offset);
}

// HostConfig.PortBindings: {"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}]} → "127.0.0.1:8080->80/tcp".
QString bindingsText(const QJsonValue &value)
{
    const QJsonObject bindings = value.toObject();
    QStringList keys = bindings.keys();
    keys.sort();
    QStringList out;
    for (const QString &port : std::as_const(keys)) {
        for (const QJsonValue &entry : bindings.value(port).toArray()) {
            if (out.size() >= kMaxBindings)
                break;
            const QJsonObject b = entry.toObject();
            const QString ip = text(b, "HostIp", 64);
            const QString hostPort = text(b, "HostPort", 16);
            out << (hostPort.isEmpty() ? port.left(32)
                                       : QStringLiteral("%1:%2->%3").arg(ip.isEmpty() ? QStringLiteral("0.0.0.0") : ip,
                                                                          hostPort, port.left(32)));
        }
    }
    return out.join(QStringLiteral(", "));
}

// ps's Labels: "a=1,io.fleetcommander.request=…" (values may hold commas; only the keys we look for matter).
bool managedByText(const QString &labels)
{
    for (const QString &item : labels.split(QLatin1Char(',')))
        if (item.startsWith(kRequestLabel + QLatin1Char('=')) || item.startsWith(kManagedLabel + QLatin1Char('=')))
            return true;
    return false;
}

RemoteResult runOn(SshSession &session, const QString &command)
{
    return session.run(command, {}, NodeContainers::kMaxDockerOutput);
}

// A container that went between ps and inspect is no failure: the others are valid.
bool onlyVanished(const RemoteResult &result)
{
    if (!result.error.ok() || result.exitStatus == 0)
        return result.error.ok();
    bool vanished = false;
    for (const QByteArray &line : result.err.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!trimmed.contains("No such container") && !trimmed.contains("No such object"))
            return false;
        vanished = true;
    }
    return vanished;
}

} // namespace

qint64 ContainerInfo::uptimeSeconds(const QDateTime &now) const
{
    if (!isRunning() || !startedAt.isValid())
        return -1;
    return qMax<qint64>(0, startedAt.secsTo(now));
}

QString containerVerbName(ContainerVerb verb)
{
    switch (verb) {
    case ContainerVerb::Stop: return QStringLiteral("stop");
    case ContainerVerb::Start: return QStringLiteral("start");
    case ContainerVerb::Restart: return QStringLiteral("restart");
    case ContainerVerb::Remove: return QStringLiteral("rm");
    }
    return {};
}

bool NodeContainers::isValidContainerName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$"));
    return pattern.match(name).hasMatch();
}

Failure NodeContainers::checkContainerName(const QString &name)
{
    if (isValidContainerName(name))
        return {};
    return Failure::make(FailureKind::Usage,
                         tr("\"%1\" is not a container name or ID: docker names are letters, digits and _ . - "
                            "(starting with a letter or digit), IDs are hex. `fleetctl containers NODE --all` lists "
                            "them.").arg(name.left(80)));
}

QString NodeContainers::healthFromStatus(const QString &status)
{
    if (status.contains(QLatin1String("(healthy)")))
        return QStringLiteral("healthy");
    if (status.contains(QLatin1String("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.contains(QLatin1String("(health: starting)")))
        return QStringLiteral("starting");
    return {};
}

QDateTime NodeContainers::parseDockerTime(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|([+-])(\\d\\d):(\\d\\d))$"));
    const QRegularExpressionMatch m = pattern.match(value);
    if (!m.hasMatch() || value.startsWith(QLatin1String("0001-")))
        return {};
    QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!at.isValid())
        return {};
    at.setTimeZone(QTimeZone::utc());
    at = at.addMSecs(QString(m.captured(2) + QStringLiteral("000")).left(3).toInt());
    if (m.captured(3) != QLatin1String("Z")) {
        const int offset = (m.captured(5).toInt() * 60 + m.captured(6).toInt()) * 60;
        at = at.addSecs(m.captured(4) == QLatin1String("+") ? -offset : offset);
    }
    return at;
}

QString NodeContainers::listCommand(bool all)
{
    const QString a = all ? QStringLiteral(" -a") : QString();
    return QStringLiteral("docker ps%1 --no-trunc --format '{{json .}}' || exit $?; ids=$(docker ps%1 -q --no-trunc) "
                          "|| exit $?; [ -z \"$ids\" ] || docker container inspect --format %2 $ids")
        .arg(a, QLatin1String(kInspectFormat));
}

QList<ContainerInfo> NodeContainers::parseListing(const QByteArray &output)
{
    QList<QJsonObject> rows;
    QHash<QString, QJsonObject> details;
    int lines = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (++lines > 2 * kMaxContainers)
            break;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > kMaxLine)
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("inspect")).toBool()) {
            const QString id = o.value(QStringLiteral("id")).toString();
            if (isContainerId(id))
                details.insert(id, o);
        } else {
            rows << o;
        }
    }

    QList<ContainerInfo> containers;
    QSet<QString> seen;
    for (const QJsonObject &o : std::as_const(rows)) {
        if (containers.size() >= kMaxContainers)
            break;
        ContainerInfo c;
        c.id = o.value(QStringLiteral("ID")).toString();
        if (!isContainerId(c.id) || seen.contains(c.id))
            continue; // not a container docker told us about
        seen.insert(c.id);
        // Names: "web" (or "web,other/alias" for legacy links): the first is the container's own.
        c.name = text(o, "Names", 256).section(QLatin1Char(','), 0, 0);
        if (c.name.startsWith(QLatin1Char('/')))
            c.name.remove(0, 1);
        if (c.name.isEmpty())
            c.name = c.id.left(12);
        c.image = text(o, "Image", 512);
        c.command = text(o, "Command");
        c.state = text(o, "State", 32).toLower();
        c.status = text(o, "Status", 256);
        c.ports = text(o, "Ports");
        c.createdAt = psTime(text(o, "CreatedAt", 64));
        c.health = healthFromStatus(c.status);
        c.managed = managedByText(text(o, "Labels", kMaxLine));
        if (const auto it = details.constFind(c.id); it != details.cend()) {
            const QJsonObject &d = *it;
            // .State whole: its Health exists only with a health check (a template naming it fails without).
            const QJsonObject state = d.value(QStringLiteral("state")).toObject();
            c.startedAt = parseDockerTime(text(state, "StartedAt", 64));
            c.finishedAt = parseDockerTime(text(state, "FinishedAt", 64));
            const QJsonValue code = state.value(QStringLiteral("ExitCode"));
            if (code.isDouble() && code.toDouble() >= -1 && code.toDouble() <= 1e6)
                c.exitCode = int(code.toDouble());
            static const QStringList healths{QStringLiteral("healthy"), QStringLiteral("unhealthy"),
                                             QStringLiteral("starting")};
            const QJsonObject health = state.value(QStringLiteral("Health")).toObject();
            if (const QString status = text(health, "Status", 32); healths.contains(status))
                c.health = status; // the daemon's own word wins over the status text
            if (c.ports.isEmpty())
                c.ports = bindingsText(d.value(QStringLiteral("bindings"))); // asked for, even where not live
            const QJsonObject labels = d.value(QStringLiteral("labels")).toObject();
            c.managed = c.managed || labels.contains(kRequestLabel) || labels.contains(kManagedLabel);
        }
        containers << c;
    }
    return containers;
}

QString NodeContainers::explain(const QString &display, const QString &what, const QString &container,
                                const RemoteResult &result)
{
    if (!result.error.ok())
        return result.error.message;
    const QByteArray said = result.err.isEmpty() ? result.out : result.err;
    if (said.contains("No such container"))
        return tr("%1: there is no container \"%2\" on the node. `fleetctl containers %1 --all` lists its containers "
                  "(so does Containers and logs… on its tile).").arg(display, container);
    if (said.contains("cannot remove a running container"))
        return tr("%1: container \"%2\" is running, so it was not removed. Stop it first, or remove it anyway with "
                  "`fleetctl rm %1 %2 --force`.").arg(display, container);
    return RemoteDocker::explain(display, what, result);
}

ContainerListing NodeContainers::list(const ContainerListParams &params)
{
    ContainerListing listing;
    listing.node = params.node;
    const SshTarget target = params.context.target(params.node);
    listing.display = target.display();
    SshSession session(target, params.context.ssh);
    if (!session.connect()) {
        listing.failure = Failure::make(session.error().failureKind(), session.error().message);
        return listing;
    }
    const RemoteResult result = runOn(session, listCommand(params.all));
    if (!onlyVanished(result)) {
        listing.failure = Failure::make(RemoteDocker::failureKind(result),
                                        RemoteDocker::explain(listing.display, tr("listing the containers"), result));
        return listing;
    }
    if (result.out.size() >= kMaxDockerOutput) {
        listing.failure = Failure::make(FailureKind::Failed,
                                        tr("%1: the node lists more containers than Fleet Commander reads (over %2 "
                                           "MiB of answers); remove stopped ones there (docker container prune).")
                                            .arg(listing.display).arg(kMaxDockerOutput >> 20));
        return listing;
    }
    listing.containers = parseListing(result.out);
    return listing;
}

ContainerActionResult NodeContainers::act(const ContainerActionParams &params)
{
    ContainerActionResult result;
    result.node = params.node;
    result.container = params.container;
    result.verb = params.verb;
    const SshTarget target = params.context.target(params.node);
    result.display = target.display();
    if (const Failure bad = checkContainerName(params.container); !bad.ok()) {
        result.failure = bad; // refused before the node is asked anything
        return result;
    }
    SshSession session(target, params.context.ssh);
    if (!session.connect()) {
        result.failure = Failure::make(session.error().failureKind(), session.error().message);
        return result;
    }
    // `--`: the name is never read as an option, whatever it looks like.
    QStringList words{QStringLiteral("docker"), containerVerbName(params.verb)};
    if (params.verb == ContainerVerb::Remove && params.force)
        words << QStringLiteral("-f");
    words << QStringLiteral("--") << params.container;
    const RemoteResult done = runOn(session, shellJoin(words));
    if (!done.ok()) {
        const FailureKind kind = (done.error.ok() && done.err.contains("No such container"))
            ? FailureKind::Failed
            : RemoteDocker::failureKind(done);
        result.failure = Failure::make(kind, explain(result.display,
                                                     tr("docker %1 %2").arg(containerVerbName(params.verb),
                                                                            params.container),
                                                     params.container, done));
        return result;
    }
    if (params.verb == ContainerVerb::Remove) {
        result.state = QStringLiteral("removed");
        return result;
    }
    const RemoteResult state = runOn(session, QStringLiteral("docker container inspect --format '{{.State.Status}}' -- ")
                                                  + shellQuote(params.container));
    if (state.ok())
        result.state = QString::fromUtf8(state.out).trimmed().left(32);
    return result;
}

} // namespace fleet
