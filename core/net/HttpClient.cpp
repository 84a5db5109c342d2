#include "net/HttpClient.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

namespace fleet {

namespace {

struct Transfer
{
    const HttpRequest *request;
    const HttpClient::Sink *sink;
    const std::atomic_bool *cancel;
    HttpResponse *response;
    CURL *curl;
    qint64 bodyOffset = 0;
    bool stopped = false;      // the sink or the body source said stop
    bool errorBodyCut = false; // an error body reached the bound: we stopped reading, the answer stands
};

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    long status = 0;
    curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
    const bool success = status >= 200 && status < 300;
    if (success && *t->sink) {
        if (!(*t->sink)(data, qint64(bytes))) {
            t->stopped = true;
            return 0; // aborts the transfer
        }
        return bytes;
    }
    // Held in memory: a small answer, or an error body kept for the message. Both come from the peer: bounded.
    HttpResponse *r = t->response;
    const qint64 room = HttpResponse::kMaxBufferedBody - r->body.size();
    if (qint64(bytes) > room) {
        r->body.append(data, qsizetype(qMax<qint64>(room, 0)));
        if (success)
            r->tooLarge = true;
        else
            t->errorBodyCut = true;
        return 0;
    }
    r->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/"))
        t->response->headers.clear(); // a new answer (after a 100 Continue): only the final one counts
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
        if (n < 0) {
            t->stopped = true;
            return CURL_READFUNC_ABORT;
        }
        return size_t(qMin(n, max));
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

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

} // namespace

HttpClient::HttpClient(HttpEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    Q_UNUSED(initialised);
    m_curl = curl_easy_init();
}

HttpClient::~HttpClient()
{
    if (m_multi)
        curl_multi_cleanup(static_cast<CURLM *>(m_multi));
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
    wipe(m_user);
    wipe(m_password);
}

void HttpClient::setAwsSigV4(const QByteArray &provider, const QByteArray &accessKeyId, const QByteArray &secretKey)
{
    m_sigv4 = provider;
    m_user = accessKeyId;
    m_password = secretKey;
}

void HttpClient::setBasicAuth(const QByteArray &user, const QByteArray &password)
{
    m_sigv4.clear();
    m_user = user;
    m_password = password;
}

int HttpClient::performCancellable(void *easy, const std::atomic_bool *cancel)
{
    // With a cancel flag the transfer runs in a multi handle that waits at most kCancelPollMs at a time: a flag
    // set by another thread ends it within that, not at curl's next progress call, which comes only about once a
    // second while nothing moves (a save stopped while dockerd still exports, with no byte sent yet).
    constexpr int kCancelPollMs = 50;
    CURL *curl = static_cast<CURL *>(easy);
    if (!m_multi)
        m_multi = curl_multi_init();
    CURLM *multi = static_cast<CURLM *>(m_multi);
    if (!multi || curl_multi_add_handle(multi, curl) != CURLM_OK)
        return curl_easy_perform(curl);
    CURLcode result = CURLE_OK;
    int running = 1;
    bool done = false;
    while (!done) {
        if (curl_multi_perform(multi, &running) != CURLM_OK) {
            result = CURLE_RECV_ERROR;
            break;
        }
        int left = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &left))
            if (message->msg == CURLMSG_DONE && message->easy_handle == curl) {
                result = message->data.result;
                done = true;
            }
        if (done || running == 0)
            break;
        if (cancel->load()) {
            result = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        curl_multi_poll(multi, nullptr, 0, kCancelPollMs, nullptr);
    }
    curl_multi_remove_handle(multi, curl);
    return int(result);
}

HttpResponse HttpClient::perform(const HttpRequest &request, const Sink &sink, const std::atomic_bool *cancel)
{
    HttpResponse response;
    CURL *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        response.transportError = QStringLiteral("libcurl could not be initialised");
        return response;
    }
    const bool relative = request.url.startsWith(QLatin1Char('/'));
    if (relative && m_endpoint.baseUrl.isEmpty()) {
        response.transportError = QStringLiteral("no endpoint for the relative URL %1").arg(request.url);
        return response;
    }
    curl_easy_reset(curl); // keeps the connection cache: the parts of one upload reuse one connection
    Transfer transfer{&request, &sink, cancel, &response, curl};

    const QByteArray url = (relative ? m_endpoint.baseUrl + request.url : request.url).toUtf8();
    const QByteArray socket = m_endpoint.unixSocket.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    if (!socket.isEmpty())
        curl_easy_setopt(curl, CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, m_connectTimeoutMs);
    if (request.timeoutMs > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    if (m_stallSeconds > 0) {
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, m_stallSeconds);
    }
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 256L * 1024L);
    if (!m_user.isEmpty()) {
        // USERNAME/PASSWORD rather than USERPWD "id:secret": a ':' inside a key id is not split.
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
    if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else {
        const bool hasBody = request.bodySource || !request.body.isEmpty() || request.method == "POST"
                             || request.method == "PUT";
        if (hasBody) {
            curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
            curl_easy_setopt(curl, CURLOPT_READFUNCTION, onRead);
            curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
            const qint64 size = request.bodySource ? request.bodySize : request.body.size();
            if (size >= 0)
                curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(size));
            else
                headers = curl_slist_append(headers, "Transfer-Encoding: chunked");
            headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
        }
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = cancel ? CURLcode(performCancellable(curl, cancel)) : curl_easy_perform(curl);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    response.aborted = transfer.stopped || code == CURLE_ABORTED_BY_CALLBACK || (cancel && cancel->load());
    if (response.tooLarge)
        response.transportError = QStringLiteral("the answer is larger than %1 MiB").arg(
            HttpResponse::kMaxBufferedBody >> 20);
    else if (code != CURLE_OK && !response.aborted && !transfer.errorBodyCut)
        response.transportError = QString::fromUtf8(curl_easy_strerror(code));
    return response;
}

} // namespace fleet
