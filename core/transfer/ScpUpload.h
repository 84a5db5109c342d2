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

// scp mode: the archive is written to a local temporary file (hashed while it is written), sent into a
// temporary file on the node — resuming from what already arrived when that prefix hashes the same — and then
// checked by sha256 on the node before anyone loads it. The local file is removed when this object dies.
class ScpUpload final
{
public:
    using Producer = std::function<bool(const HttpClient::Sink &)>;

    ScpUpload(StageTracker &tracker, std::shared_ptr<CancelToken> cancel);
    ~ScpUpload();
    ScpUpload(const ScpUpload &) = delete;
    ScpUpload &operator=(const ScpUpload &) = delete;

    // Save stage. `existingFile` (a dropped archive) is hashed in place instead of being copied.
    bool prepareLocal(const QString &tempDir, const QString &existingFile, const Producer &producer, QString *error);
    // Transfer stage, resumable: call again on a new session after a cut.
    bool send(SshSession &session, QString *error);

    qint64 localSize() const { return m_size; }
    QString sha256() const { return QString::fromLatin1(m_sha256.toHex()); }
    // A shell word for the remote file ("${TMPDIR:-/tmp}"/fleet-push-<hash>.tar.part): safe to paste.
    QString remotePath() const;
    bool failedPermanently() const { return m_permanent; }

private:
    qint64 remoteResumeOffset(SshSession &session);
    QByteArray localPrefixHash(qint64 length) const;

    StageTracker &m_tracker;
    std::shared_ptr<CancelToken> m_cancel;
    QString m_localPath;
    bool m_ownsLocal = false;
    qint64 m_size = 0;
    QByteArray m_sha256;
    bool m_permanent = false;
};

} // namespace fleet
