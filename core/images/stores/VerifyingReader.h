#pragma once

#include "images/stores/Sha256.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace fleet {

// Sits between an archive's source (a file, an S3 download) and `docker load`, hashing what passes. The last
// `holdBack` bytes are kept back until the whole archive has been read and its sha256 and size match the
// recorded ones; on a mismatch read() returns -1, so the request to the daemon is cut before the tar ends and
// nothing is loaded. Memory: one hold-back buffer.
class VerifyingReader final
{
public:
    using Source = std::function<qint64(char *buffer, qint64 max)>; // count, 0 at the end, -1 on error

    static constexpr qint64 kDefaultHoldBack = 1 << 20;

    VerifyingReader(Source upstream, qint64 expectedSize, const QString &expectedSha256Hex,
                    qint64 holdBack = kDefaultHoldBack);

    qint64 read(char *buffer, qint64 max);

    bool failed() const { return !m_problem.isEmpty() || m_upstreamFailed; }
    bool mismatched() const { return !m_problem.isEmpty(); } // the data was wrong (not a read error)
    QString problem() const { return m_problem; }
    qint64 delivered() const { return m_delivered; }

private:
    bool fillTail();

    Source m_upstream;
    const qint64 m_size;
    const QByteArray m_sha256;
    const qint64 m_holdBack;
    Sha256 m_hash;
    qint64 m_read = 0;      // from upstream
    qint64 m_delivered = 0; // to the caller
    QByteArray m_tail;
    qint64 m_tailOffset = 0;
    bool m_tailReady = false;
    bool m_upstreamFailed = false;
    QString m_problem;
};

} // namespace fleet
