#pragma once

#include "sif/SifRegistryImage.h"
#include "transfer/CancelToken.h"
#include "transfer/StageTracker.h"

#include <QString>

#include <memory>

namespace fleet {

class SshSession;

// The node side of copying one .sif into one node's cache, over one SSH session at a time (a new one after a
// cut): ask for CACHE/NAME's sha256 (same: nothing to do), upload into CACHE/.NAME.part — resumed from what
// arrived when that prefix hashes the same here — then verify the whole file's sha256 on the node and `mv -f` it
// into place (a rename in the same folder: a reader sees the old file or the new one, never half of one).
// Every path goes through shellQuote. The .part is removed by cleanupCommand() when the job gives up.
class SifSync final
{
public:
    SifSync(StageTracker &tracker, std::shared_ptr<CancelToken> cancel, SifRegistryImage image, QString cacheDir);

    // True when the node answered; `current` when CACHE/NAME holds exactly this image.
    bool check(SshSession &session, bool *current, QString *error);
    // Transfer stage, resumable: call again on a new session after a cut.
    bool send(SshSession &session, QString *error);
    // Load stage: sha256 of the .part on the node, then the rename. A mismatch deletes the .part (permanent).
    bool place(SshSession &session, QString *error);

    QString cleanupCommand() const; // removes the .part
    bool failedPermanently() const { return m_permanent; }
    QString finalPath() const; // unquoted
    QString partPath() const;  // unquoted

private:
    qint64 resumeOffset(SshSession &session);
    QByteArray localPrefixHash(qint64 length) const;

    StageTracker &m_tracker;
    std::shared_ptr<CancelToken> m_cancel;
    SifRegistryImage m_image;
    QString m_cache;
    bool m_permanent = false;
};

} // namespace fleet
