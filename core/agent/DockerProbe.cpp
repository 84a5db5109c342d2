#include "agent/DockerProbe.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

namespace fleet {

namespace {
constexpr qint64 kMaxOutput = 8 << 20;

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last()).trimmed().left(300);
}

// docker's Go template keys → the protocol's snake_case names.
QString snake(const QString &key)
{
    QString out;
    bool previousLower = false;
    for (const QChar c : key) {
        if (c.isUpper() && previousLower)
            out += QLatin1Char('_');
        previousLower = c.isLower();
        out += c.toLower();
    }
    return out;
}
} // namespace

DockerProbe::DockerProbe(QObject *parent)
    : QObject(parent)
{
}

void DockerProbe::run(const QStringList &arguments, Done done)
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (docker.isEmpty()) {
        done(-1, {}, QStringLiteral("the docker CLI is not installed on this node (not found in PATH)"));
        return;
    }
    auto *process = new QProcess(this);
    if (!m_dockerHost.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), m_dockerHost);
        process->setProcessEnvironment(env);
    }
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finish = std::make_shared<bool>(false);
    auto complete = [process, done, finish](int code, const QString &error) {
        if (*finish)
            return;
        *finish = true;
        const QByteArray out = process->readAllStandardOutput().left(kMaxOutput);
        const QByteArray err = process->readAllStandardError();
        done(code, out, error.isEmpty() ? lastLine(err) : error);
        process->deleteLater();
    };
    connect(timer, &QTimer::timeout, process, [process, complete, this] {
        process->kill();
        complete(-1, QStringLiteral("docker did not answer within %1 s").arg(m_timeoutMs / 1000));
    });
    connect(process, &QProcess::finished, process, [complete](int code, QProcess::ExitStatus status) {
        complete(status == QProcess::NormalExit ? code : -1, {});
    });
    connect(process, &QProcess::errorOccurred, process, [process, complete](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            complete(-1, QStringLiteral("cannot run docker: %1").arg(process->errorString()));
    });
    timer->start(m_timeoutMs);
    process->start(docker, arguments);
}

void DockerProbe::status(StatusHandler handler)
{
    run({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}|{{.DockerRootDir}}")},
        [this, handler](int code, const QByteArray &out, const QString &error) {
            Status status;
            const QList<QByteArray> parts = out.trimmed().split('|');
            // `docker info` exits 0 with an empty server part on some versions when the daemon is down.
            if (code == 0 && parts.size() == 2 && !parts.at(0).isEmpty()) {
                status.available = true;
                status.version = QString::fromUtf8(parts.at(0));
                status.rootDir = QString::fromUtf8(parts.at(1));
            } else {
                status.error = error.isEmpty() ? QStringLiteral("docker info failed (exit %1)").arg(code) : error;
            }
            m_last = status;
            handler(status);
        });
}

QJsonObject DockerProbe::toJson(const Status &status)
{
    QJsonObject object{{QStringLiteral("available"), status.available}};
    if (status.available) {
        object.insert(QStringLiteral("version"), status.version);
        object.insert(QStringLiteral("root_dir"), status.rootDir);
    } else {
        object.insert(QStringLiteral("error"), status.error);
    }
    return object;
}

QJsonArray DockerProbe::parseJsonLines(const QByteArray &output, const QStringList &fields)
{
    QJsonArray items;
    for (const QByteArray &line : output.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject raw = QJsonDocument::fromJson(line).object();
        if (raw.isEmpty())
            continue;
        QJsonObject item;
        for (const QString &field : fields)
            if (raw.contains(field))
                item.insert(snake(field), raw.value(field));
        items.append(item);
    }
    return items;
}

void DockerProbe::list(const QStringList &arguments, const QStringList &fields, ListHandler handler)
{
    run(arguments, [this, fields, handler](int code, const QByteArray &out, const QString &error) {
        if (code != 0) {
            m_last.available = false;
            m_last.error = error.isEmpty() ? QStringLiteral("docker failed (exit %1)").arg(code) : error;
            handler(false, {}, m_last.error);
            return;
        }
        handler(true, parseJsonLines(out, fields), {});
    });
}

void DockerProbe::images(ListHandler handler)
{
    list({QStringLiteral("images"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
          QStringLiteral("{{json .}}")},
         {QStringLiteral("Repository"), QStringLiteral("Tag"), QStringLiteral("ID"), QStringLiteral("CreatedAt"),
          QStringLiteral("Size")},
         std::move(handler));
}

void DockerProbe::containers(ListHandler handler)
{
    list({QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
          QStringLiteral("{{json .}}")},
         {QStringLiteral("ID"), QStringLiteral("Names"), QStringLiteral("Image"), QStringLiteral("State"),
          QStringLiteral("Status"), QStringLiteral("CreatedAt")},
         std::move(handler));
}

} // namespace fleet

// Compiled here rather than in fleetcore's shared mocs_compilation unit, so that fleet-agent links only
// the agent's objects (and not every class of fleetcore with libssh, libcurl, …).
#include "moc_DockerProbe.cpp"
