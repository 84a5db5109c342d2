#include "images/stores/S3Upload.h"

#include "images/stores/S3Client.h"

namespace fleet {

namespace {

const QByteArray kUnsigned = "UNSIGNED-PAYLOAD";

} // namespace

S3Upload::S3Upload(S3Client &client, QString key, qint64 expectedSize, qint64 partSize,
                   const std::atomic_bool *cancel)
    : m_client(client)
    , m_key(std::move(key))
    , m_partSize(qMax(partSize, kMinPartSize))
    , m_cancel(cancel)
{
    if (expectedSize > 0) // leave room: the archive is a little larger than the image
        m_partSize = qMax(m_partSize, (expectedSize + expectedSize / 4) / (kMaxParts - 100) + 1);
    m_buffer.reserve(qsizetype(m_partSize + (1 << 20)));
}

S3Upload::~S3Upload()
{
    if (!m_finished)
        abort();
}

bool S3Upload::fail(const StoreError &error)
{
    if (m_error.ok())
        m_error = error;
    return false;
}

bool S3Upload::start()
{
    HttpRequest request;
    request.timeoutMs = 60000;
    const HttpResponse response = m_client.send("POST", m_key, {{QStringLiteral("uploads"), QString()}}, request);
    if (!response.ok())
        return fail(m_client.errorFrom(response, QStringLiteral("starting the upload of %1")
                                                     .arg(m_client.display(m_key))));
    m_uploadId = S3Protocol::parseUploadId(response.body);
    if (m_uploadId.isEmpty())
        return fail({StoreError::Failed, QStringLiteral("starting the upload of %1: the answer carried no UploadId")
                                             .arg(m_client.display(m_key))});
    return true;
}

bool S3Upload::sendPart()
{
    if (m_uploadId.isEmpty() && !start())
        return false;
    const int number = int(m_etags.size()) + 1;
    if (number > kMaxParts)
        return fail({StoreError::Storage, QStringLiteral("%1: more than %2 parts").arg(m_client.display(m_key))
                                              .arg(kMaxParts)});
    HttpRequest request;
    request.body = m_buffer;
    const HttpResponse response = m_client.send("PUT", m_key,
                                                 {{QStringLiteral("partNumber"), QString::number(number)},
                                                  {QStringLiteral("uploadId"), m_uploadId}},
                                                 request, {}, m_cancel, kUnsigned);
    if (!response.ok())
        return fail(m_client.errorFrom(response, QStringLiteral("uploading part %1 of %2")
                                                     .arg(number).arg(m_client.display(m_key))));
    const QByteArray etag = response.header("etag");
    if (etag.isEmpty())
        return fail({StoreError::Failed, QStringLiteral("uploading part %1 of %2: the answer carried no ETag")
                                             .arg(number).arg(m_client.display(m_key))});
    m_etags << etag;
    m_uploaded += m_buffer.size();
    m_buffer.resize(0); // keeps the capacity
    return true;
}

bool S3Upload::write(const char *data, qint64 size)
{
    if (!m_error.ok())
        return false;
    m_buffer.append(data, qsizetype(size));
    return m_buffer.size() < m_partSize || sendPart();
}

bool S3Upload::finish()
{
    if (!m_error.ok())
        return false;
    if (m_uploadId.isEmpty()) {
        // Small archive: one PUT; the object appears whole or not at all.
        HttpRequest request;
        request.body = m_buffer;
        const HttpResponse response = m_client.send("PUT", m_key, {}, request, {}, m_cancel, kUnsigned);
        if (!response.ok())
            return fail(m_client.errorFrom(response, QStringLiteral("uploading %1").arg(m_client.display(m_key))));
        m_uploaded += m_buffer.size();
        m_buffer = QByteArray();
        m_finished = true;
        return true;
    }
    if (!m_buffer.isEmpty() && !sendPart())
        return false;
    HttpRequest request;
    request.body = S3Protocol::completeUploadBody(m_etags);
    request.headers << "Content-Type: application/xml";
    request.timeoutMs = 10 * 60000; // the server assembles the parts before answering
    const HttpResponse response = m_client.send("POST", m_key, {{QStringLiteral("uploadId"), m_uploadId}}, request,
                                                 {}, m_cancel);
    const QString what = QStringLiteral("completing the upload of %1").arg(m_client.display(m_key));
    if (!response.ok())
        return fail(m_client.errorFrom(response, what));
    // S3 may answer 200 and still report a failure in the body.
    const S3Protocol::ErrorBody inBody = S3Protocol::parseError(response.body);
    if (!inBody.code.isEmpty())
        return fail({StoreError::Failed, QStringLiteral("%1: %2: %3").arg(what, inBody.code, inBody.message)});
    m_finished = true;
    return true;
}

void S3Upload::abort()
{
    m_finished = true;
    m_buffer = QByteArray();
    if (m_uploadId.isEmpty())
        return;
    HttpRequest request;
    request.timeoutMs = 30000;
    // Best effort, and deliberately without the cancel flag: the parts must not stay behind.
    m_client.send("DELETE", m_key, {{QStringLiteral("uploadId"), m_uploadId}}, request);
    m_uploadId.clear();
}

} // namespace fleet
