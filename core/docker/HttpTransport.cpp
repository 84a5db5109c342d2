#include "docker/HttpTransport.h"

#include <curl/curl.h>

namespace fleet {

namespace {

struct Transfer
{
    const HttpRequest *request;
    const HttpTransport::Sink *sink;
    const std::atomic_bool *cancel;
    HttpResult *result;
    CURL *curl;
    qint64 bodyOffset = 0;
    bool sinkFailed = false;
};

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    long status = 0;
    curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
    // Error bodies are small JSON ({"message":…}): keep them for the message instead of streaming them on.
    if (!*t->sink || status >= 400) {
        if (t->result->body.size() < (64 << 20))
            t->result->body.append(data, qsizetype(bytes));
        return bytes;
    }
    if (!(*t->sink)(data, qint64(bytes))) {
        t->sinkFailed = true;
        return 0; // aborts the transfer
    }
    return bytes;
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const qint64 max = qint64(size * count);
    if (t->request->bodySource) {
        const qint64 n = t->request->bodySource(buffer, max);
        return n < 0 ? CURL_READFUNC_ABORT : size_t(n);
    }
    const qint64 n = qMin(max, qint64(t->request->body.size()) - t->bodyOffset);
    memcpy(buffer, t->request->body.constData() + t->bodyOffset, size_t(n));
    t->bodyOffset += n;
    return size_t(n);
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(user);
    return t->cancel && t->cancel->load() ? 1 : 0;
}

} // namespace

HttpTransport::HttpTransport(DockerEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    Q_UNUSED(initialised);
    m_curl = curl_easy_init();
}

HttpTransport::~HttpTransport()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

HttpResult HttpTransport::perform(const HttpRequest &request, const Sink &sink, const std::atomic_bool *cancel)
{
    HttpResult result;
    CURL *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl);
    Transfer transfer{&request, &sink, cancel, &result, curl};

    const QByteArray url = (m_endpoint.baseUrl + request.path).toUtf8();
    const QByteArray socket = m_endpoint.unixSocket.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    if (!socket.isEmpty())
        curl_easy_setopt(curl, CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    if (request.timeoutMs > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 256L * 1024L);

    curl_slist *headers = nullptr;
    for (const QByteArray &h : request.headers)
        headers = curl_slist_append(headers, h.constData());
    const bool hasBody = request.bodySource || !request.body.isEmpty() || request.method == "POST";
    if (hasBody) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onRead);
        curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
        if (!request.bodySource)
            curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(request.body.size()));
        else
            headers = curl_slist_append(headers, "Transfer-Encoding: chunked");
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    result.status = int(status);
    result.aborted = transfer.sinkFailed || code == CURLE_ABORTED_BY_CALLBACK || (cancel && cancel->load());
    if (code != CURLE_OK && !result.aborted)
        result.transportError = QString::fromUtf8(curl_easy_strerror(code));
    return result;
}

} // namespace fleet
