#include "transfer/ScpUpload.h"

#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace fleet {

namespace {
constexpr qint64 kChunk = 256 * 1024;
}

ScpUpload::ScpUpload(StageTracker &tracker, std::shared_ptr<CancelToken> cancel)
    : m_tracker(tracker)
    , m_cancel(std::move(cancel))
{
}

ScpUpload::~ScpUpload()
{
    if (m_ownsLocal && !m_localPath.isEmpty())
        QFile::remove(m_localPath);
}

QString ScpUpload::remotePath() const
{
    if (m_sha256.isEmpty())
        return {};
    // Named by content, so a retry finds what an interrupted attempt left and resumes it.
    return QStringLiteral("\"${TMPDIR:-/tmp}\"/fleet-push-%1.tar.part").arg(sha256().left(24));
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

    QTemporaryFile file((tempDir.isEmpty() ? QDir::tempPath() : tempDir) + QStringLiteral("/fleet-push-XXXXXX.tar"));
    if (!file.open()) {
        *error = QStringLiteral("cannot create a temporary file in %1: %2. Free space there or choose stream mode.")
                     .arg(tempDir.isEmpty() ? QDir::tempPath() : tempDir, file.errorString());
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
    // Partials that a cut transfer could not clean up (the node was unreachable then) are swept after an hour.
    session.run(QStringLiteral("find \"${TMPDIR:-/tmp}\" -maxdepth 1 -name 'fleet-push-*.tar.part' -mmin +60 "
                               "-delete 2>/dev/null"));
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
            *error = cat.error().ok() ? QStringLiteral("%1: the connection was lost during the transfer").arg(node)
                                      : cat.error().message;
            return false;
        }
        // `cat` itself failed on the node: out of space, no permission — retrying will not help.
        m_permanent = true;
        *error = RemoteDocker::explain(node, QStringLiteral("writing the archive to the node's temp dir"),
                                       cat.stderrData(), cat.exitStatus());
        return false;
    }

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
