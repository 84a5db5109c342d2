#include "PushLab.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QThread>

#include <algorithm>
#include <csignal>

namespace fleet::test {

bool PushLab::init(const QString &dir)
{
    lab = LabEnvironment::load();
    tmpDir = dir;
    db = dir + QStringLiteral("/history.db");
    return lab.isUp();
}

JobRunner::Settings PushLab::settings() const
{
    JobRunner::Settings s;
    s.dbPath = db;
    s.dockerHost = lab.dockerHost;
    s.ssh = lab.sshOptions();
    s.sshUser = lab.user;
    s.localTempDir = tmpDir;
    return s;
}

PushRequest PushLab::request(const QString &image, const QStringList &nodes, TransferMode mode) const
{
    PushRequest r;
    r.image = image;
    r.nodes = nodes;
    r.mode = mode;
    r.retries = 0;
    return r;
}

PushRequest PushLab::archiveRequest(const QString &path, const QStringList &nodes, TransferMode mode) const
{
    PushRequest r = request({}, nodes, mode);
    r.source = PushSourceKind::ArchiveFile;
    r.archivePath = path;
    return r;
}

QList<JobUpdate> PushLab::push(const PushRequest &r, JobRunner::Settings s) const
{
    JobRunner runner(s.dbPath.isEmpty() ? settings() : s);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy done(&runner, &JobRunner::allFinished);
    if (runner.submit(r).isEmpty())
        return {};
    if (!done.wait(120000))
        qWarning("push did not finish in time");
    QList<JobUpdate> result;
    for (const QList<QVariant> &args : std::as_const(finished))
        result << args.first().value<JobUpdate>();
    std::sort(result.begin(), result.end(), [](const JobUpdate &a, const JobUpdate &b) { return a.id < b.id; });
    return result;
}

RemoteResult PushLab::onNode(int index, const QString &command) const
{
    SshSession session(lab.target(index), lab.sshOptions());
    if (!session.connect())
        return RemoteResult{session.error(), -1, {}, {}};
    return session.run(command);
}

void PushLab::removeFromNode(int index, const QString &image) const
{
    onNode(index, QStringLiteral("docker rmi -f ") + image);
}

bool PushLab::nodeHasImage(int index, const QString &image) const
{
    return onNode(index, QStringLiteral("docker image inspect ") + image).ok();
}

int PushLab::leftoverPartials(int index) const
{
    const RemoteResult r = onNode(index, QStringLiteral("ls \"${TMPDIR:-/tmp}\" | grep -c '^fleet-push-' || true"));
    return r.out.trimmed().toInt();
}

QStringList PushLab::localLeftovers(const QString &dir) const
{
    return QDir(dir.isEmpty() ? tmpDir : dir).entryList({QStringLiteral("fleet-push-*")},
                                                        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

namespace {

qint64 pidIn(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 pid = f.readAll().trimmed().toLongLong(&ok);
    return ok ? pid : -1;
}

qint64 parentOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

} // namespace

qint64 PushLab::dockerdPid(int index) const
{
    return pidIn(nodeDir(index) + QStringLiteral("/dockerd.pid"));
}

QList<qint64> PushLab::sshSessionPids(int index, bool sshdOnly) const
{
    const qint64 listener = pidIn(nodeDir(index) + QStringLiteral("/sshd.pid"));
    if (listener <= 0)
        return {};
    QHash<qint64, qint64> parents;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok)
            parents.insert(pid, parentOf(pid));
    }
    QList<qint64> result;
    QList<qint64> frontier{listener};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (auto it = parents.cbegin(); it != parents.cend(); ++it)
            if (it.value() == parent) {
                result << it.key();
                frontier << it.key();
            }
    }
    if (sshdOnly)
        result.erase(std::remove_if(result.begin(), result.end(), [](qint64 pid) {
                         QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
                         return !comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "sshd";
                     }), result.end());
    return result;
}

void PushLab::signal(const QList<qint64> &pids, int sig)
{
    for (qint64 pid : pids)
        if (pid > 1)
            ::kill(pid_t(pid), sig);
}

bool PushLab::restartDocker(int index) const
{
    const QString node = QString::number(index + 1);
    lab.lab({QStringLiteral("node"), node, QStringLiteral("stop-docker")});
    // The killed daemon's containerd may take a moment to let go of its files.
    QString output;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (lab.lab({QStringLiteral("node"), node, QStringLiteral("start-docker")}, &output) == 0)
            return true;
        lab.lab({QStringLiteral("node"), node, QStringLiteral("stop-docker")});
        QThread::msleep(1000);
    }
    qWarning("node %s: dockerd did not start again: %s", qPrintable(node), qPrintable(output));
    return false;
}

bool PushLab::docker(const QStringList &args, QString *output) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), lab.dockerHost);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/docker"), args);
    process.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray PushLab::save(const QStringList &images) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), lab.dockerHost);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/usr/bin/docker"), QStringList{QStringLiteral("save")} + images);
    process.waitForFinished(60000);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

QString PushLab::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = tmpDir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QStringList PushLab::fleetctlArgs(const QStringList &commandArgs) const
{
    return QStringList{QStringLiteral("--json"), QStringLiteral("--db"), db, QStringLiteral("--docker-host"),
                       lab.dockerHost, QStringLiteral("--identity"), lab.identity, QStringLiteral("--known-hosts"),
                       lab.knownHosts, QStringLiteral("--user"), lab.user}
        + commandArgs;
}

std::unique_ptr<QProcess> PushLab::startFleetctl(const QStringList &commandArgs, const QString &localTmp) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), localTmp.isEmpty() ? tmpDir : localTmp);
    process->setProcessEnvironment(env);
    // FLEETCTL_BIN runs another build (e.g. the code before a fix) against the same tests.
    const QString binary = qEnvironmentVariable("FLEETCTL_BIN", qEnvironmentVariable("FLEET_BINARY_DIR")
                                                                    + QStringLiteral("/app/fleetctl/fleetctl"));
    process->start(binary, fleetctlArgs(commandArgs));
    process->waitForStarted(10000);
    return process;
}

QList<QJsonObject> PushLab::jsonLines(const QByteArray &output)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : output.split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

int PushLab::runFleetctl(const QStringList &commandArgs, QList<QJsonObject> *lines, const QString &localTmp) const
{
    const std::unique_ptr<QProcess> process = startFleetctl(commandArgs, localTmp);
    if (!process->waitForFinished(120000))
        qWarning("fleetctl did not finish in time");
    if (lines)
        *lines = jsonLines(process->readAllStandardOutput());
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

bool PushLab::waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!predicate()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(); // a child's output is read meanwhile (its pipe never fills)
        QThread::msleep(2);
    }
    return true;
}

qint64 PushLab::bytesArrived(int index) const
{
    qint64 total = 0;
    for (const QString &root : QStringList{nodeTmp(index), nodeDir(index) + QStringLiteral("/data/tmp")}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/fleet-push-")) || path.contains(QLatin1String("/docker-import-")))
                total += QFileInfo(path).size();
        }
    }
    return total;
}

QString PushLab::messageProblem(const QString &message, const QStringList &cause, const QStringList &fix)
{
    for (const QStringList *words : {&cause, &fix})
        for (const QString &word : *words)
            if (!message.contains(word, Qt::CaseInsensitive))
                return QStringLiteral("the message lacks \"%1\" (%2): %3")
                    .arg(word, words == &cause ? QStringLiteral("cause") : QStringLiteral("fix"), message);
    return {};
}

QString PushLab::historyProblem(qint64 historyId, JobState expected) const
{
    HistoryStore store;
    if (!store.open(db, Database::OpenMode::ReadOnly))
        return QStringLiteral("history: %1").arg(store.errorString());
    const std::optional<JobRecord> job = store.job(historyId);
    if (!job)
        return QStringLiteral("history: no job %1").arg(historyId);
    if (job->state != expected)
        return QStringLiteral("history: job %1 is %2, expected %3").arg(historyId).arg(jobStateName(job->state),
                                                                              jobStateName(expected));
    if (expected == JobState::Failed && job->error.isEmpty())
        return QStringLiteral("history: job %1 failed without an error").arg(historyId);
    qint64 transferBytes = 0;
    for (const StageRow &stage : store.stages(historyId)) {
        if (!isFinal(stage.state))
            return QStringLiteral("history: the %1 stage of job %2 is still %3").arg(stageName(stage.kind))
                .arg(historyId).arg(jobStateName(stage.state));
        if (stage.kind == StageKind::Transfer)
            transferBytes = stage.bytesDone;
    }
    if (job->bytes != transferBytes)
        return QStringLiteral("history: job %1 says %2 bytes, its transfer stage %3").arg(historyId).arg(job->bytes)
            .arg(transferBytes);
    return {};
}

QString PushLab::leftoverProblem(int index, const QString &image, const QString &localDir) const
{
    const QStringList local = localLeftovers(localDir);
    if (!local.isEmpty())
        return QStringLiteral("left here: %1").arg(local.join(QLatin1String(", ")));
    // The node's cleanup may run on a fresh connection just after the job reported its end.
    if (!waitFor([&] { return leftoverPartials(index) == 0; }, 5000))
        return QStringLiteral("left in the node's TMPDIR: %1")
            .arg(QDir(nodeTmp(index)).entryList({QStringLiteral("fleet-push-*")}).join(QLatin1String(", ")));
    if (!image.isEmpty() && nodeHasImage(index, image))
        return QStringLiteral("the node has %1 after a failed push").arg(image);
    return {};
}

} // namespace fleet::test
