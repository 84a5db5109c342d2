#include "images/stores/StoreHttp.h"

#include <curl/curl.h>

#include <cstring>

namespace fleet {

namespace {

struct Transfer
{
    const StoreRequest *request;
    const StoreHttp::Sink *sink;
    const std::atomic_bool *cancel;
    StoreResponse *response;
    CURL *curl;
    qint64 bodyOffset = 0;
    bool stopped = false;
};

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    long status = 0;
    curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
    if (!*t->sink || status >= 300) {
        if (t->response->body.size() + qint64(bytes) > StoreHttp::kMaxBufferedBody) {
            t->stopped = true;
            return 0;
        }
        t->response->body.append(data, qsizetype(bytes));
        return bytes;
    }
    if (!(*t->sink)(data, qint64(bytes))) {
        t->stopped = true;
        return 0;
    }
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/"))
        t->response->headers.clear(); // a new response (after a 100 Continue)
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && t->response->headers.size() < 200)
        t->response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return bytes;
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const qint64 max = qint64(size * count);
    if (t->request->bodySource) {
        const qint64 n = t->request->bodySource(buffer, max);
        if (n < 0)
            t->stopped = true;
        return n < 0 ? CURL_READFUNC_ABORT : size_t(n);
    }
    const qint64 n = qMin(max, qint64(t->request->body.size()) - t->bodyOffset);
    std::memcpy(buffer, t->request->body.constData() + t->bodyOffset, size_t(n));
    t->bodyOffset += n;
    return size_t(n);
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(user);
    return t->cancel && t->cancel->load() ? 1 : 0;
}

} // namespace

QByteArray StoreResponse::header(const QByteArray &lowercaseName) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it)
        if (it->first == lowercaseName)
            return it->second;
    return {};
}

StoreHttp::StoreHttp()
{
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    Q_UNUSED(initialised);
    m_curl = curl_easy_init();
}

StoreHttp::~StoreHttp()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

void StoreHttp::setAwsSigV4(const QByteArray &provider, const QByteArray &accessKeyId, const QByteArray &secretKey)
{
    m_sigv4 = provider;
    m_user = accessKeyId;
    m_password = secretKey;
}

void StoreHttp::setBasicAuth(const QByteArray &user, const QByteArray &password)
{
    m_sigv4.clear();
    m_user = user;
    m_password = password;
}

StoreResponse StoreHttp::perform(const StoreRequest &request, const Sink &sink, const std::atomic_bool *cancel)
{
    StoreResponse response;
    CURL *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl); // keeps the connection cache: parts of one upload reuse one connection
    Transfer transfer{&request, &sink, cancel, &response, curl};

    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, m_connectTimeoutMs);
    if (request.timeoutMs > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    // A stalled server must not hang a transfer forever: < 1 byte/s for 60 s ends it.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 256L * 1024L);
    if (!m_user.isEmpty()) {
        // USERNAME/PASSWORD rather than USERPWD "id:secret": the same credentials for SigV4, without splitting
        // at a ':' inside a key id.
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
        if (!m_sigv4.isEmpty())
            curl_easy_setopt(curl, CURLOPT_AWS_SIGV4, m_sigv4.constData());
        else
            curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    }

    curl_slist *headers = nullptr;
    for (const QByteArray &h : request.headers)
        headers = curl_slist_append(headers, h.constData());
    if (request.headOnly) {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (request.bodySource || !request.body.isEmpty() || request.method == "PUT" || request.method == "POST") {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onRead);
        curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE,
                         curl_off_t(request.bodySource ? request.bodySize : request.body.size()));
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    }
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.headOnly ? "HEAD" : request.method.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    response.aborted = transfer.stopped || code == CURLE_ABORTED_BY_CALLBACK || (cancel && cancel->load());
    if (code != CURLE_OK && !response.aborted)
        response.transportError = QString::fromUtf8(curl_easy_strerror(code));
    return response;
}

} // namespace fleet
