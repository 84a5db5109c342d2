#pragma once

#include "net/HttpClient.h"
#include "transfer/CancelToken.h"
#include "transfer/StageTracker.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace fleet {

class SshSession;
class StallWatch;

// scp mode: the archive is written to a local temporary file (hashed while it is written), sent into a private
// directory on the node — made for this job alone by `mktemp -d` (mode 0700, atomic), so no other user can put,
// swap or read a file there and no other job shares it — resuming within the job's retries from what already
// arrived when that prefix hashes the same, and checked by sha256 there before `docker load -i` reads it from
// the same place. The local file is removed when this object dies; the remote directory by cleanupCommand().
//
// Both carry their owner (ProcessOwner): the local file in its name, the remote directory in an `owner` file.
// What a killed process left is swept by the next push: sweepLocal() here, and on the node before each upload.
class ScpUpload final
{
public:
    using Producer = std::function<bool(const HttpClient::Sink &)>;

    // `watch` (may be null) is told when bytes should be moving and when the node is only thinking.
    ScpUpload(StageTracker &tracker, std::shared_ptr<CancelToken> cancel, StallWatch *watch = nullptr);
    ~ScpUpload();
    ScpUpload(const ScpUpload &) = delete;
    ScpUpload &operator=(const ScpUpload &) = delete;

    // Save stage. `existingFile` (a dropped archive) is hashed in place instead of being copied.
    bool prepareLocal(const QString &tempDir, const QString &existingFile, const Producer &producer, QString *error);
    // Transfer stage, resumable: call again on a new session after a cut.
    bool send(SshSession &session, QString *error);

    qint64 localSize() const { return m_size; }
    QString sha256() const { return QString::fromLatin1(m_sha256.toHex()); }
    // A shell word for the archive on the node (inside the job's private directory): safe to paste. Empty until
    // send() made the directory.
    QString remotePath() const;
    // Removes the job's directory on the node (empty when there is none).
    QString cleanupCommand() const;
    bool failedPermanently() const { return m_permanent; }

    // Removes the local temporary archives (fleet-push-*.tar in `dir`, ours) whose owner process is gone:
    // what a killed push left. Returns how many.
    static int sweepLocal(const QString &dir);

private:
    bool ensureRemoteDir(SshSession &session, QString *error);
    void sweepRemote(SshSession &session);
    qint64 remoteResumeOffset(SshSession &session);
    QByteArray localPrefixHash(qint64 length) const;

    StageTracker &m_tracker;
    std::shared_ptr<CancelToken> m_cancel;
    StallWatch *m_watch;
    QString m_localPath;
    bool m_ownsLocal = false;
    qint64 m_size = 0;
    QByteArray m_sha256;
    bool m_permanent = false;
    QString m_remoteDir; // absolute path on the node, as mktemp printed it
    bool m_sweptRemote = false;
};

} // namespace fleet
