#include "transfer/ScpUpload.h"

#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"
#include "transfer/StallWatch.h"

#include "history/ProcessOwner.h"
#include "util/ShellQuote.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <unistd.h>

namespace fleet {

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr int kLegacyAgeMinutes = 60;

// fleet-push-<pid>-<start time>-XXXXXX.tar: the owner process is in the name (its boot is this one: the
// temp dir of a previous boot holds only stale files, which their old mtimes give away as well).
const QRegularExpression &localName()
{
    static const QRegularExpression re(QStringLiteral("^fleet-push-([0-9]+)-([0-9]+)-[A-Za-z0-9]{6}\\.tar$"));
    return re;
}

QString bootOf(const QString &owner)
{
    return owner.section(QLatin1Char('/'), 0, 0);
}
} // namespace

ScpUpload::ScpUpload(StageTracker &tracker, std::shared_ptr<CancelToken> cancel, StallWatch *watch)
    : m_tracker(tracker)
    , m_cancel(std::move(cancel))
    , m_watch(watch)
{
}

ScpUpload::~ScpUpload()
{
    if (m_ownsLocal && !m_localPath.isEmpty())
        QFile::remove(m_localPath);
}

QString ScpUpload::remotePath() const
{
    return m_remoteDir.isEmpty() ? QString() : shellQuote(m_remoteDir + QStringLiteral("/image.tar.part"));
}

QString ScpUpload::cleanupCommand() const
{
    return m_remoteDir.isEmpty() ? QString() : QStringLiteral("rm -rf -- ") + shellQuote(m_remoteDir);
}

int ScpUpload::sweepLocal(const QString &dir)
{
    const QString self = ProcessOwner::current();
    const QDateTime legacyLimit = QDateTime::currentDateTimeUtc().addSecs(-60 * kLegacyAgeMinutes);
    int removed = 0;
    const QFileInfoList files = QDir(dir.isEmpty() ? QDir::tempPath() : dir)
                                    .entryInfoList({QStringLiteral("fleet-push-*.tar")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        if (file.isSymLink() || file.ownerId() != ::geteuid())
            continue;
        const QRegularExpressionMatch match = localName().match(file.fileName());
        bool stale = false;
        if (match.hasMatch()) {
            const QString owner = bootOf(self) + QLatin1Char('/') + match.captured(1) + QLatin1Char('/')
                + match.captured(2);
            stale = !ProcessOwner::isAlive(owner, self);
        } else {
            // Named by an earlier release (fleet-push-XXXXXX.tar), without its owner: only when clearly old.
            stale = file.lastModified().toUTC() < legacyLimit;
        }
        if (stale && QFile::remove(file.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

bool ScpUpload::prepareLocal(const QString &tempDir, const QString &existingFile, const Producer &producer,
                             QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!existingFile.isEmpty()) {
        QFile file(existingFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(existingFile, file.errorString());
            return false;
        }
        QByteArray buffer(kChunk, Qt::Uninitialized);
        qint64 n;
        while ((n = file.read(buffer.data(), kChunk)) > 0 && !m_cancel->isCancelled()) {
            hash.addData(QByteArrayView(buffer.constData(), n));
            m_size += n;
            m_tracker.progress(StageKind::Save, m_size, file.size());
        }
        m_localPath = existingFile;
        m_sha256 = hash.result();
        return !m_cancel->isCancelled();
    }

    const QString dir = tempDir.isEmpty() ? QDir::tempPath() : tempDir;
    const QString self = ProcessOwner::current();
    QTemporaryFile file(QStringLiteral("%1/fleet-push-%2-%3-XXXXXX.tar")
                            .arg(dir, self.section(QLatin1Char('/'), 1, 1), self.section(QLatin1Char('/'), 2, 2)));
    if (!file.open()) {
        *error = QStringLiteral("cannot create a temporary file in %1: %2. Free space there or choose stream mode.")
                     .arg(dir, file.errorString());
        return false;
    }
    file.setAutoRemove(false);
    m_localPath = file.fileName();
    m_ownsLocal = true;
    bool writeFailed = false;
    const bool ok = producer([&](const char *data, qint64 size) {
        if (m_cancel->isCancelled())
            return false; // curl's progress callback may be a second away; stop at the next chunk
        if (file.write(data, size) != size) {
            writeFailed = true;
            return false;
        }
        hash.addData(QByteArrayView(data, size));
        m_size += size;
        m_tracker.progress(StageKind::Save, m_size);
        return true;
    });
    file.close();
    if (writeFailed)
        *error = QStringLiteral("writing the local archive %1 failed: %2. Free space there or choose stream mode.")
                     .arg(m_localPath, file.errorString());
    m_sha256 = hash.result();
    return ok && !writeFailed;
}

void ScpUpload::sweepRemote(SshSession &session)
{
    // Our own directories only (-O), never through a link; each with its owner and whether anything in it moved
    // within the hour. Partials of earlier releases (content-named files) go when they are an hour old.
    const RemoteResult list = session.run(QStringLiteral(
        "cd \"${TMPDIR:-/tmp}\" 2>/dev/null || exit 0; "
        "find . -maxdepth 1 -name 'fleet-push-*.tar.part' -type f -mmin +%1 -delete 2>/dev/null; "
        "for d in fleet-push-*; do [ -d \"$d\" ] && [ ! -L \"$d\" ] && [ -O \"$d\" ] || continue; "
        "o=$(head -c 300 \"$d/owner\" 2>/dev/null | tr -d '\\t\\n'); "
        "r=$(find \"$d\" -maxdepth 1 -mmin -%1 2>/dev/null | head -n 1); "
        "printf '%s\\t%s\\t%s\\n' \"$d\" \"$o\" \"${r:+recent}\"; done").arg(kLegacyAgeMinutes));
    if (!list.ok())
        return;
    static const QRegularExpression name(QStringLiteral("^fleet-push-[A-Za-z0-9]+$"));
    const QString self = ProcessOwner::current();
    QStringList stale;
    for (const QByteArray &line : list.out.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 3 || !name.match(QString::fromUtf8(fields[0])).hasMatch())
            continue;
        const QString owner = QString::fromUtf8(fields[1]);
        const bool recent = fields[2] == "recent";
        // A process of this machine and boot can be asked; another machine's only by age.
        const bool gone = ProcessOwner::isOfThisBoot(owner, self) ? !ProcessOwner::isAlive(owner, self) : !recent;
        if (gone)
            stale << shellQuote(QString::fromUtf8(fields[0]));
    }
    if (!stale.isEmpty()) {
        session.run(QStringLiteral("cd \"${TMPDIR:-/tmp}\" && rm -rf -- ") + stale.join(QLatin1Char(' ')));
        m_tracker.message(QStringLiteral("%1: removed %2 temporary upload(s) left by an earlier, interrupted push")
                              .arg(session.target().display()).arg(stale.size()));
    }
}

bool ScpUpload::ensureRemoteDir(SshSession &session, QString *error)
{
    const QString node = session.target().display();
    if (!m_remoteDir.isEmpty()) {
        const RemoteResult exists = session.run(QStringLiteral("test -d %1 && test -O %1").arg(shellQuote(m_remoteDir)));
        if (exists.ok())
            return true;
        if (!exists.error.ok()) {
            *error = exists.error.message;
            return false;
        }
        m_remoteDir.clear(); // gone (node rebooted, cleaned): start over in a new one
    }
    // mktemp -d: created atomically with mode 0700 under a name nobody can predict; the owner file lets a later
    // push tell whether this one still runs.
    const RemoteResult made = session.run(QStringLiteral(
        "umask 077; d=$(mktemp -d \"${TMPDIR:-/tmp}/fleet-push-XXXXXXXXXX\") && printf '%s\\n' %1 > \"$d/owner\" "
        "&& printf '%s\\n' \"$d\"").arg(shellQuote(ProcessOwner::current())));
    const QString dir = QString::fromUtf8(made.out.trimmed());
    if (!made.ok() || !dir.startsWith(QLatin1Char('/')) || dir.contains(QLatin1Char('\n'))) {
        if (!made.error.ok()) {
            *error = made.error.message;
            return false;
        }
        m_permanent = true;
        *error = RemoteDocker::explain(node, QStringLiteral("making a private temporary directory on the node"),
                                       made);
        return false;
    }
    m_remoteDir = dir;
    return true;
}

QByteArray ScpUpload::localPrefixHash(qint64 length) const
{
    QFile file(m_localPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 n = file.read(buffer.data(), qMin(left, kChunk));
        if (n <= 0)
            return {};
        hash.addData(QByteArrayView(buffer.constData(), n));
        left -= n;
    }
    return hash.result().toHex();
}

qint64 ScpUpload::remoteResumeOffset(SshSession &session)
{
    const RemoteResult size = session.run(QStringLiteral("stat -c %s ") + remotePath() + QStringLiteral(" 2>/dev/null"));
    const qint64 offset = size.ok() ? size.out.trimmed().toLongLong() : 0;
    if (offset <= 0 || offset > m_size)
        return 0;
    // Resume only from bytes that are really ours: the prefix must hash the same on both sides.
    const RemoteResult prefix = session.run(QStringLiteral("head -c %1 %2 | sha256sum").arg(offset).arg(remotePath()));
    if (prefix.ok() && prefix.out.left(64) == localPrefixHash(offset))
        return offset;
    m_tracker.message(QStringLiteral("%1: the partial file on the node does not match this archive; starting over")
                          .arg(session.target().display()), QStringLiteral("warning"));
    return 0;
}

bool ScpUpload::send(SshSession &session, QString *error)
{
    const QString node = session.target().display();
    const auto phase = [this](StallWatch::Phase p, const QString &what) {
        if (m_watch)
            m_watch->arm(p, what);
    };
    // Commands on the node (listing, hashing a partial) may take a while without a byte moving.
    phase(StallWatch::Phase::Waiting, QStringLiteral("preparing the upload on the node"));
    if (!m_sweptRemote) {
        m_sweptRemote = true;
        sweepRemote(session);
    }
    if (!ensureRemoteDir(session, error))
        return false;
    const qint64 offset = remoteResumeOffset(session);
    if (offset > 0)
        m_tracker.message(QStringLiteral("%1: resuming the transfer at %2 of %3 bytes").arg(node).arg(offset).arg(m_size));

    QFile file(m_localPath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        *error = QStringLiteral("cannot read the local archive %1: %2").arg(m_localPath, file.errorString());
        m_permanent = true;
        return false;
    }
    RemoteProcess cat(session);
    const QString command = QStringLiteral("umask 077; cat %1 %2").arg(offset > 0 ? QStringLiteral(">>")
                                                                                  : QStringLiteral(">"), remotePath());
    bool ok = cat.start(command);
    phase(StallWatch::Phase::Bytes, QStringLiteral("sending the archive"));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = offset;
    while (ok && done < m_size) {
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n <= 0)
            break;
        ok = cat.write(buffer.constData(), n);
        if (ok) {
            done += n;
            m_tracker.progress(StageKind::Transfer, done, m_size);
        }
    }
    if (ok)
        ok = cat.closeInput() && cat.waitForFinished();
    if (!ok || cat.exitStatus() != 0) {
        if (cat.remoteClosed())
            cat.waitForFinished(2000); // for the exit status and stderr of `cat`
        if (cat.exitStatus() <= 0) {
            // No exit status: the connection went away under us (sshd killed, network cut). Worth a retry,
            // which resumes from what arrived.
            *error = cat.error().ok()
                ? QStringLiteral("%1: the connection was lost during the transfer (%2 of %3 bytes arrived). Retry "
                                 "(a retry of the job resumes); check the node if it persists.")
                      .arg(node).arg(done).arg(m_size)
                : cat.error().message;
            return false;
        }
        // `cat` itself failed on the node: out of space, no permission — retrying will not help.
        m_permanent = true;
        *error = RemoteDocker::explain(node, QStringLiteral("writing the archive to the node's temp dir"),
                                       cat.stderrData(), cat.exitStatus());
        return false;
    }

    phase(StallWatch::Phase::Waiting, QStringLiteral("checking the archive on the node"));
    const RemoteResult check = session.run(QStringLiteral("sha256sum ") + remotePath());
    if (!check.ok()) {
        *error = RemoteDocker::explain(node, QStringLiteral("checking the archive"), check);
        return false;
    }
    if (check.out.left(64) != m_sha256.toHex()) {
        m_permanent = true;
        session.run(QStringLiteral("rm -f ") + remotePath());
        *error = QStringLiteral("%1: the archive arrived corrupted (sha256 %2 on the node, %3 here); it was deleted "
                                "and NOT loaded. Retry; if it happens again, check the node's disk and memory.")
                     .arg(node, QString::fromLatin1(check.out.left(16)), sha256().left(16));
        return false;
    }
    return true;
}

} // namespace fleet
