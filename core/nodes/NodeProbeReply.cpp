#include "nodes/NodeProbeReply.h"

#include "util/TerminalText.h"

#include <QJsonArray>

namespace fleet {

namespace {

const char kHeader[] = "fleet-probe 1";

qint64 kilobytes(const QString &value)
{
    bool ok = false;
    const qint64 kb = value.toLongLong(&ok);
    return ok && kb >= 0 && kb < (Q_INT64_C(1) << 50) ? kb * 1024 : -1;
}

QString field(const QStringList &parts, int index)
{
    return parts.value(index).trimmed();
}

// "# R35 (release), REVISION: 4.1, GCID: …" → "R35.4.1"; another shape is kept as its first words.
QString releaseOf(const QString &line)
{
    const qsizetype r = line.indexOf(QLatin1Char('R'));
    const qsizetype rev = line.indexOf(QLatin1String("REVISION:"));
    if (r >= 0 && rev > r) {
        QString major;
        for (qsizetype i = r + 1; i < line.size() && line.at(i).isDigit() && major.size() < 4; ++i)
            major += line.at(i);
        QString minor;
        for (qsizetype i = rev + 9; i < line.size() && minor.size() < 16; ++i) {
            const QChar c = line.at(i);
            if (c.isDigit() || c == QLatin1Char('.'))
                minor += c;
            else if (!minor.isEmpty() || c != QLatin1Char(' '))
                break;
        }
        if (!major.isEmpty() && !minor.isEmpty())
            return QStringLiteral("R%1.%2").arg(major, minor);
    }
    return line.simplified().left(40);
}

} // namespace

NodeProbeReply NodeProbeReply::parse(const QByteArray &answer)
{
    NodeProbeReply reply;
    const QByteArray bounded = answer.left(kMaxReplyBytes);
    const QList<QByteArray> lines = bounded.split('\n');
    QString dockerInfo, podmanInfo, dockerAccess, podmanError, cudaFile, dockerHost;
    bool header = false;
    for (const QByteArray &raw : lines) {
        const QString line = terminalSafe(QString::fromUtf8(raw)).trimmed();
        if (!header) {
            header = line == QLatin1String(kHeader);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1).trimmed().left(kMaxValueChars);
        if (key == QLatin1String("user"))
            reply.user = value.left(64);
        else if (key == QLatin1String("arch"))
            reply.arch = value.left(32);
        else if (key == QLatin1String("docker_path")) {
            reply.dockerFound = !value.isEmpty();
            reply.dockerPath = value;
        } else if (key == QLatin1String("podman_path"))
            reply.podmanFound = !value.isEmpty();
        else if (key == QLatin1String("sudo_path"))
            reply.sudoFound = !value.isEmpty();
        else if (key == QLatin1String("docker_host"))
            dockerHost = value;
        else if (key == QLatin1String("tmp_dir"))
            reply.tmpDir = value;
        else if (key == QLatin1String("tmp_free_kb"))
            reply.tmpFreeBytes = kilobytes(value);
        else if (key == QLatin1String("root_free_kb"))
            reply.rootFreeBytes = kilobytes(value);
        else if (key == QLatin1String("docker_access"))
            dockerAccess = value;
        else if (key == QLatin1String("docker_info"))
            dockerInfo = value;
        else if (key == QLatin1String("docker_error"))
            reply.error = value;
        else if (key == QLatin1String("sudo_error"))
            reply.sudoError = value;
        else if (key == QLatin1String("docker_api"))
            reply.apiVersion = value.left(16);
        else if (key == QLatin1String("podman_info"))
            podmanInfo = value;
        else if (key == QLatin1String("podman_error"))
            podmanError = value;
        else if (key == QLatin1String("gpu") && !value.isEmpty() && reply.gpus.size() < 16)
            reply.gpus << value.left(128);
        else if (key == QLatin1String("cuda"))
            reply.cudaVersion = value.left(16);
        else if (key == QLatin1String("cuda_file"))
            cudaFile = value.left(16);
        else if (key == QLatin1String("l4t") && !value.isEmpty())
            reply.l4tRelease = releaseOf(value);
    }
    reply.valid = header;
    if (!header)
        return reply;
    if (reply.cudaVersion.isEmpty())
        reply.cudaVersion = cudaFile;

    if (dockerAccess == QLatin1String("direct") || dockerAccess == QLatin1String("sudo")) {
        reply.runtime = Runtime::Docker;
        reply.access = dockerAccess == QLatin1String("sudo") ? Access::Sudo : Access::Direct;
        // version|driver|root|driver-status|security options|runtimes
        const QStringList parts = dockerInfo.split(QLatin1Char('|'));
        reply.runtimeVersion = field(parts, 0).left(64);
        reply.storageDriver = field(parts, 1).left(64);
        reply.runtimeRoot = field(parts, 2);
        // Docker's containerd image store reports its snapshotter as the driver type.
        reply.imageStore = field(parts, 3).contains(QLatin1String("io.containerd.snapshotter"))
            ? QStringLiteral("containerd")
            : QStringLiteral("graphdriver");
        reply.rootless = field(parts, 4).contains(QLatin1String("name=rootless"));
        for (const QString &r : field(parts, 5).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (reply.runtimes.size() < 16)
                reply.runtimes << r.trimmed().left(64);
        reply.socket
            = dockerHost.isEmpty() && !reply.rootless ? QStringLiteral("unix:///var/run/docker.sock") : dockerHost;
        reply.error.clear(); // plain docker failed but sudo worked: that is the way, not an error
        if (reply.access == Access::Direct)
            reply.sudoError.clear();
    } else if (!podmanInfo.isEmpty()) {
        reply.runtime = Runtime::Podman;
        reply.access = Access::Direct;
        // version|api|driver|graphroot|rootless|socket
        const QStringList parts = podmanInfo.split(QLatin1Char('|'));
        reply.runtimeVersion = field(parts, 0).left(64);
        reply.apiVersion = field(parts, 1).left(16);
        reply.storageDriver = field(parts, 2).left(64);
        reply.runtimeRoot = field(parts, 3);
        reply.rootless = field(parts, 4) == QLatin1String("true");
        reply.socket = field(parts, 5);
        reply.imageStore = QStringLiteral("containers-storage");
        reply.error.clear();
    } else if (reply.dockerFound) {
        reply.runtime = Runtime::Docker;
        reply.access = Access::Denied;
    } else {
        reply.runtime = Runtime::None;
        reply.access = Access::Unknown;
        if (reply.podmanFound)
            reply.error = podmanError;
    }
    return reply;
}

QString NodeProbeReply::runtimeName(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Docker:
        return QStringLiteral("docker");
    case Runtime::Podman:
        return QStringLiteral("podman");
    case Runtime::None:
        break;
    }
    return QStringLiteral("none");
}

QString NodeProbeReply::accessName(Access access)
{
    switch (access) {
    case Access::Direct:
        return QStringLiteral("direct");
    case Access::Sudo:
        return QStringLiteral("sudo");
    case Access::Denied:
        return QStringLiteral("denied");
    case Access::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString NodeProbeReply::summary() const
{
    if (!valid)
        return QStringLiteral("not probed");
    if (runtime == Runtime::None)
        return QStringLiteral("no docker");
    QString text = runtimeName(runtime);
    if (!runtimeVersion.isEmpty())
        text += QLatin1Char(' ') + runtimeVersion;
    if (access == Access::Sudo)
        text += QStringLiteral(" (sudo)");
    else if (access == Access::Denied)
        text += QStringLiteral(" (no access)");
    return text;
}

QStringList NodeProbeReply::badges() const
{
    QStringList words;
    if (!valid)
        return words;
    if (runtime == Runtime::None)
        return { QStringLiteral("no docker") };
    if (runtime == Runtime::Podman)
        words << QStringLiteral("podman");
    if (access == Access::Sudo)
        words << QStringLiteral("sudo");
    else if (access == Access::Denied)
        words << QStringLiteral("no access");
    if (rootless)
        words << QStringLiteral("rootless");
    if (imageStore == QLatin1String("containerd"))
        words << QStringLiteral("containerd");
    if (!gpus.isEmpty() || runtimes.contains(QLatin1String("nvidia")))
        words << QStringLiteral("GPU");
    if (!l4tRelease.isEmpty())
        words << QStringLiteral("L4T %1").arg(l4tRelease);
    if (!cudaVersion.isEmpty())
        words << QStringLiteral("CUDA %1").arg(cudaVersion);
    return words;
}

QJsonObject NodeProbeReply::toJson() const
{
    QJsonObject o {
        { QStringLiteral("runtime"), runtimeName(runtime) },
        { QStringLiteral("access"), accessName(access) },
        { QStringLiteral("user"), user },
        { QStringLiteral("docker_found"), dockerFound },
        { QStringLiteral("docker_path"), dockerPath },
        { QStringLiteral("podman_found"), podmanFound },
        { QStringLiteral("sudo_found"), sudoFound },
        { QStringLiteral("version"), runtimeVersion },
        { QStringLiteral("api_version"), apiVersion },
        { QStringLiteral("storage_driver"), storageDriver },
        { QStringLiteral("image_store"), imageStore },
        { QStringLiteral("rootless"), rootless },
        { QStringLiteral("socket"), socket },
        { QStringLiteral("root_dir"), runtimeRoot },
        { QStringLiteral("runtimes"), QJsonArray::fromStringList(runtimes) },
        { QStringLiteral("error"), error },
        { QStringLiteral("sudo_error"), sudoError },
        { QStringLiteral("arch"), arch },
        { QStringLiteral("gpus"), QJsonArray::fromStringList(gpus) },
        { QStringLiteral("cuda"), cudaVersion },
        { QStringLiteral("l4t"), l4tRelease },
        { QStringLiteral("root_free_bytes"), double(rootFreeBytes) },
        { QStringLiteral("tmp_dir"), tmpDir },
        { QStringLiteral("tmp_free_bytes"), double(tmpFreeBytes) },
        { QStringLiteral("badges"), QJsonArray::fromStringList(badges()) },
    };
    return o;
}

NodeProbeReply NodeProbeReply::fromJson(const QJsonObject &o)
{
    NodeProbeReply r;
    r.valid = !o.isEmpty();
    const QString runtime = o.value(QStringLiteral("runtime")).toString();
    r.runtime = runtime == QLatin1String("docker") ? Runtime::Docker
        : runtime == QLatin1String("podman")       ? Runtime::Podman
                                                   : Runtime::None;
    const QString access = o.value(QStringLiteral("access")).toString();
    r.access = access == QLatin1String("direct") ? Access::Direct
        : access == QLatin1String("sudo")        ? Access::Sudo
        : access == QLatin1String("denied")      ? Access::Denied
                                                 : Access::Unknown;
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    const auto list = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    r.user = text("user");
    r.dockerFound = o.value(QStringLiteral("docker_found")).toBool();
    r.dockerPath = text("docker_path");
    r.podmanFound = o.value(QStringLiteral("podman_found")).toBool();
    r.sudoFound = o.value(QStringLiteral("sudo_found")).toBool();
    r.runtimeVersion = text("version");
    r.apiVersion = text("api_version");
    r.storageDriver = text("storage_driver");
    r.imageStore = text("image_store");
    r.rootless = o.value(QStringLiteral("rootless")).toBool();
    r.socket = text("socket");
    r.runtimeRoot = text("root_dir");
    r.runtimes = list("runtimes");
    r.error = text("error");
    r.sudoError = text("sudo_error");
    r.arch = text("arch");
    r.gpus = list("gpus");
    r.cudaVersion = text("cuda");
    r.l4tRelease = text("l4t");
    r.rootFreeBytes = qint64(o.value(QStringLiteral("root_free_bytes")).toDouble(-1));
    r.tmpDir = text("tmp_dir");
    r.tmpFreeBytes = qint64(o.value(QStringLiteral("tmp_free_bytes")).toDouble(-1));
    return r;
}

} // namespace fleet
