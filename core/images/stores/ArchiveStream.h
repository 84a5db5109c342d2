#pragma once

#include "images/stores/StoreError.h"
#include "images/stores/StoredArchive.h"
#include "images/stores/VerifyingReader.h"

#include <QString>

namespace fleet {

// One archive of a folder or S3 store opened for reading, pull-style, so the same verified bytes feed `docker
// load` here (ImageStore::get) or on a node (a relayed push). The last MiB is held back until the size and
// sha256 match the sidecar: a damaged or replaced object never reaches its end, so nothing partial is loaded.
class ArchiveStream
{
public:
    virtual ~ArchiveStream() = default;
    ArchiveStream(const ArchiveStream &) = delete;
    ArchiveStream &operator=(const ArchiveStream &) = delete;

    const StoredArchive &archive() const { return m_archive; }
    // Count, 0 at the (verified) end, -1 on a read error or a mismatch: error() says which and what to do.
    qint64 read(char *buffer, qint64 max);
    qint64 delivered() const { return m_reader.delivered(); }
    const StoreError &error() const { return m_error; }

protected:
    // `display`: the object for messages ("s3://bucket/key"); `fix`: what to do about a damaged one.
    ArchiveStream(StoredArchive archive, QString display, QString fix);
    // The raw bytes: count, 0 at the end, -1 after setRawError().
    virtual qint64 readRaw(char *buffer, qint64 max) = 0;
    void setRawError(const StoreError &error) { m_rawError = error; }

private:
    StoredArchive m_archive;
    QString m_display;
    QString m_fix;
    VerifyingReader m_reader;
    StoreError m_rawError;
    StoreError m_error;
};

} // namespace fleet
