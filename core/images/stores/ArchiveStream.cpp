#include "images/stores/ArchiveStream.h"

namespace fleet {

ArchiveStream::ArchiveStream(StoredArchive archive, QString display, QString fix)
    : m_archive(std::move(archive))
    , m_display(std::move(display))
    , m_fix(std::move(fix))
    , m_reader([this](char *buffer, qint64 max) { return readRaw(buffer, max); }, m_archive.size, m_archive.sha256)
{
}

qint64 ArchiveStream::read(char *buffer, qint64 max)
{
    if (!m_error.ok())
        return -1;
    const qint64 n = m_reader.read(buffer, max);
    if (n >= 0)
        return n;
    if (m_reader.mismatched())
        m_error = {StoreError::Integrity, QStringLiteral("%1 was not loaded: %2. The object is damaged or was "
                                                         "replaced; %3.")
                                              .arg(m_display, m_reader.problem(), m_fix)};
    else
        m_error = m_rawError.ok() ? StoreError{StoreError::Failed, QStringLiteral("reading %1 failed").arg(m_display)}
                                  : m_rawError;
    return -1;
}

} // namespace fleet
