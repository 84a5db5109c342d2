#pragma once

#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"
#include "transfer/JobRunner.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace fleet::test {

// What the push tests (TestPushJob, the fault matrix TestPushFaults) share: requests and runs against the lab,
// looks at the nodes (their images, their own TMPDIR), the processes of the lab a fault is done to (by PID), the
// real fleetctl as a child process, and the checks every fault must pass (a clean failure).
class PushLab final
{
public:
    // Loads the lab; `tmpDir` is this test's private dir (history database, local temp files).
    bool init(const QString &tmpDir);

    LabEnvironment lab;
    QString tmpDir;
    QString db;

    JobRunner::Settings settings() const;
    PushRequest request(const QString &image, const QStringList &nodes, TransferMode mode = TransferMode::Stream) const;
    PushRequest archiveRequest(const QString &path, const QStringList &nodes,
                               TransferMode mode = TransferMode::Stream) const;
    // Runs a request to the end and returns the final snapshots, in node order.
    QList<JobUpdate> push(const PushRequest &r, JobRunner::Settings s = {}) const;
    JobUpdate pushOne(const PushRequest &r, JobRunner::Settings s = {}) const { return push(r, s).value(0); }

    // --- the nodes (index 0 = node 1)
    RemoteResult onNode(int index, const QString &command) const;
    void removeFromNode(int index, const QString &image) const;
    bool nodeHasImage(int index, const QString &image) const;
    QString nodeDir(int index) const { return lab.dir + QStringLiteral("/n%1").arg(index + 1); }
    QString nodeTmp(int index) const { return nodeDir(index) + QStringLiteral("/tmp"); }
    // Entries named fleet-push-* in the node's own TMPDIR (files of earlier releases, our private dirs).
    int leftoverPartials(int index) const;
    // fleet-push-* files in a local dir (default: this test's tmpDir, the runners' local temp dir).
    QStringList localLeftovers(const QString &dir = {}) const;

    // --- the lab's processes, by the PIDs it recorded (never by name)
    qint64 dockerdPid(int index) const;
    // The processes of a node's SSH sessions (descendants of its listener); `sshdOnly`: the sshd processes alone.
    // Killing those cuts the connections and lets the commands end on their own: a shell killed while it reads
    // its startup files may leave their locks behind (a pyenv rehash lock here), so never SIGKILL the commands.
    QList<qint64> sshSessionPids(int index, bool sshdOnly = false) const;
    static void signal(const QList<qint64> &pids, int sig);
    // Stops a killed node daemon's leftovers and starts it again (fleetlab node I stop-docker, start-docker).
    bool restartDocker(int index) const;

    // --- archives
    QByteArray save(const QStringList &images) const; // docker save from the lab's workstation daemon
    bool docker(const QStringList &args, QString *output = nullptr) const; // the workstation daemon's CLI
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    // --- fleetctl, the real binary
    QStringList fleetctlArgs(const QStringList &commandArgs) const; // global options for the lab, then the command
    // Starts fleetctl (--json) with TMPDIR = `localTmp` (its local temp dir, watched for leftovers).
    std::unique_ptr<QProcess> startFleetctl(const QStringList &commandArgs, const QString &localTmp) const;
    // Runs it to the end: exit status and its JSON lines.
    int runFleetctl(const QStringList &commandArgs, QList<QJsonObject> *lines, const QString &localTmp = {}) const;
    static QList<QJsonObject> jsonLines(const QByteArray &output);

    // Waits (polling every few ms, up to `timeoutMs`) until `predicate` holds; false on timeout.
    static bool waitFor(const std::function<bool()> &predicate, int timeoutMs);
    // Bytes that arrived in the node's TMPDIR (scp partials) or in its dockerd's import dir (stream), so far.
    qint64 bytesArrived(int index) const;

    // --- the checks every fault row makes; each returns what is wrong, empty when all is well
    // The message names the cause and the fix: every word of `cause` and of `fix` appears in it.
    static QString messageProblem(const QString &message, const QStringList &cause, const QStringList &fix);
    // The history row agrees with the final snapshot: same state, the error recorded, no stage left queued or
    // running, the job's bytes are its transfer stage's.
    QString historyProblem(qint64 historyId, JobState expected) const;
    // No temporary file left here (`localDir`, default tmpDir) or in the node's TMPDIR, and no partial image.
    QString leftoverProblem(int index, const QString &image, const QString &localDir = {}) const;
};

} // namespace fleet::test

// A check above, as a test assertion.
#define FLEET_VERIFY_EMPTY(problem)                                                                                \
    do {                                                                                                           \
        const QString fleetProblem_ = (problem);                                                                   \
        QVERIFY2(fleetProblem_.isEmpty(), qPrintable(fleetProblem_));                                              \
    } while (false)
