#include "images/stores/VerifyingReader.h"

#include <cstring>

namespace fleet {

VerifyingReader::VerifyingReader(Source upstream, qint64 expectedSize, const QString &expectedSha256Hex,
                                 qint64 holdBack)
    : m_upstream(std::move(upstream))
    , m_size(expectedSize)
    , m_sha256(expectedSha256Hex.toLatin1().toLower())
    , m_holdBack(qMax<qint64>(holdBack, 1))
{
}

bool VerifyingReader::fillTail()
{
    // Read everything that is left (at most holdBack bytes if the size is right, one more to see a longer file).
    const qint64 expected = m_size - m_read;
    m_tail.resize(qsizetype(expected + 1));
    qint64 filled = 0;
    while (filled < expected + 1) {
        const qint64 n = m_upstream(m_tail.data() + filled, expected + 1 - filled);
        if (n < 0) {
            m_upstreamFailed = true;
            return false;
        }
        if (n == 0)
            break;
        filled += n;
    }
    m_tail.resize(qsizetype(filled));
    m_read += filled;
    m_hash.addData(QByteArrayView(m_tail));
    if (m_read != m_size) {
        m_problem = m_read < m_size
                        ? QStringLiteral("the archive ended after %1 of its recorded %2 bytes").arg(m_read).arg(m_size)
                        : QStringLiteral("the archive is longer than its recorded %1 bytes").arg(m_size);
        return false;
    }
    const QByteArray actual = m_hash.hexResult();
    if (actual != m_sha256) {
        m_problem = QStringLiteral("its sha256 is %1, not the recorded %2").arg(QString::fromLatin1(actual),
                                                                                  QString::fromLatin1(m_sha256));
        return false;
    }
    m_tailReady = true;
    return true;
}

qint64 VerifyingReader::read(char *buffer, qint64 max)
{
    if (failed())
        return -1;
    if (max <= 0)
        return 0;
    const qint64 streamable = m_size - m_holdBack; // bytes that may pass before the check
    if (!m_tailReady && m_read < streamable) {
        const qint64 n = m_upstream(buffer, qMin(max, streamable - m_read));
        if (n < 0) {
            m_upstreamFailed = true;
            return -1;
        }
        if (n == 0) {
            m_problem = QStringLiteral("the archive ended after %1 of its recorded %2 bytes").arg(m_read).arg(m_size);
            return -1;
        }
        m_hash.addData(QByteArrayView(buffer, qsizetype(n)));
        m_read += n;
        m_delivered += n;
        return n;
    }
    if (!m_tailReady && !fillTail())
        return -1;
    const qint64 n = qMin(max, qint64(m_tail.size()) - m_tailOffset);
    if (n > 0) {
        std::memcpy(buffer, m_tail.constData() + m_tailOffset, size_t(n));
        m_tailOffset += n;
        m_delivered += n;
    }
    return n;
}

} // namespace fleet
