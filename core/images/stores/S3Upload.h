#pragma once

#include "images/stores/StoreError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

namespace fleet {

class S3Client;

// Writes one object from a stream of unknown length with bounded memory: bytes collect in one part buffer;
// a full buffer starts (or continues) a multipart upload as one part. A stream that ends before the first part
// is full becomes a single PUT. Until finish() succeeds nothing exists under the key (S3 publishes a multipart
// object only at CompleteMultipartUpload); a started upload that is not finished is aborted, so the bucket
// keeps no orphaned parts.
class S3Upload final
{
public:
    static constexpr qint64 kMinPartSize = 5 << 20;      // S3's minimum for every part but the last
    static constexpr qint64 kDefaultPartSize = 8 << 20;
    static constexpr int kMaxParts = 10000;

    // `expectedSize` (may be -1) only grows the part size so that big archives stay under 10,000 parts.
    S3Upload(S3Client &client, QString key, qint64 expectedSize, qint64 partSize = kDefaultPartSize,
             const std::atomic_bool *cancel = nullptr);
    ~S3Upload();
    S3Upload(const S3Upload &) = delete;
    S3Upload &operator=(const S3Upload &) = delete;

    bool write(const char *data, qint64 size);
    bool finish();
    void abort();

    const StoreError &error() const { return m_error; }
    qint64 uploaded() const { return m_uploaded; }
    int parts() const { return int(m_etags.size()); }
    qint64 partSize() const { return m_partSize; }

private:
    bool start();
    bool sendPart();
    bool fail(const StoreError &error);

    S3Client &m_client;
    const QString m_key;
    qint64 m_partSize;
    const std::atomic_bool *m_cancel;
    QByteArray m_buffer;
    QString m_uploadId;
    QList<QByteArray> m_etags;
    qint64 m_uploaded = 0;
    bool m_finished = false;
    StoreError m_error;
};

} // namespace fleet
