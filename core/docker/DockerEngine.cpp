#include "docker/DockerEngine.h"

#include "util/JsonNumber.h"

#include "docker/DockerEndpoint.h"
#include "docker/JsonLineStream.h"
#include "docker/TarStreamCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QVersionNumber>

namespace fleet {

namespace {

QString messageFromBody(const QByteArray &body)
{
    const QString message = QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
    return message.isEmpty() ? QString::fromUtf8(body.trimmed().left(300)) : message;
}

} // namespace

DockerEngine::DockerEngine(const QString &host)
{
    DockerEndpoint endpoint;
    if (DockerEndpoint::parse(host, &endpoint, &m_endpointError)) {
        m_http = std::make_unique<HttpClient>(HttpEndpoint{endpoint.baseUrl, endpoint.unixSocket});
        m_endpointDisplay = endpoint.display;
    }
}

DockerEngine::~DockerEngine() = default;

QString DockerEngine::endpointDisplay() const
{
    return m_endpointDisplay;
}

bool DockerEngine::setError(DockerError::Kind kind, const QString &message, int status)
{
    m_error = DockerError{kind, status, message};
    return false;
}

QString DockerEngine::encodeReference(const QString &reference)
{
    // The route takes the name as a path ({name:.*}): keep '/' and ':' and '@', escape the rest.
    return QString::fromLatin1(QUrl::toPercentEncoding(reference, "/:@"));
}

bool DockerEngine::failFrom(const HttpResponse &result, const QString &what)
{
    if (result.aborted)
        return setError(DockerError::Cancelled, QStringLiteral("%1: cancelled").arg(what));
    if (result.status == 0)
        return setError(DockerError::DaemonDown,
                        QStringLiteral("%1: cannot reach the Docker Engine at %2 (%3). Start it (systemctl start "
                                       "docker) or point DOCKER_HOST / --docker-host at the right socket.")
                            .arg(what, endpointDisplay(), result.transportError));
    if (result.status >= 200 && result.status < 300) // the answer started well and then broke off
        return setError(DockerError::Api, QStringLiteral("%1: the connection to the Docker Engine at %2 broke (%3)")
                                              .arg(what, endpointDisplay(), result.transportError),
                        result.status);
    const QString message = messageFromBody(result.body);
    if (result.status == 404)
        return setError(DockerError::NotFound, QStringLiteral("%1: %2").arg(what, message), 404);
    return setError(DockerError::Api, QStringLiteral("%1: the Docker Engine answered %2: %3")
                                          .arg(what).arg(result.status).arg(message),
                    result.status);
}

bool DockerEngine::negotiate()
{
    if (!m_http)
        return setError(DockerError::DaemonDown, m_endpointError);
    if (!m_api.isEmpty())
        return true;
    HttpRequest request;
    request.url = QStringLiteral("/version");
    request.timeoutMs = 10000;
    const HttpResponse result = m_http->perform(request);
    if (result.status != 200)
        return failFrom(result, QStringLiteral("Docker version"));
    const QJsonObject object = QJsonDocument::fromJson(result.body).object();
    const QVersionNumber daemon = QVersionNumber::fromString(object.value(QLatin1String("ApiVersion")).toString());
    const QVersionNumber ours = QVersionNumber::fromString(QLatin1String(kMaxApiVersion));
    if (daemon.isNull())
        return setError(DockerError::Api, QStringLiteral("%1 did not report an API version; is it a Docker Engine?")
                                              .arg(endpointDisplay()));
    m_api = (daemon < ours ? daemon : ours).toString();
    return true;
}

QString DockerEngine::apiVersion()
{
    return negotiate() ? m_api : QString();
}

HttpResponse DockerEngine::call(HttpRequest request, const HttpClient::Sink &sink, const std::atomic_bool *cancel)
{
    if (!negotiate())
        return HttpResponse{};
    m_error = {};
    request.url = QStringLiteral("/v%1%2").arg(m_api, request.url);
    return m_http->perform(request, sink, cancel);
}

bool DockerEngine::ping()
{
    if (!m_http)
        return setError(DockerError::DaemonDown, m_endpointError);
    HttpRequest request;
    request.url = QStringLiteral("/_ping");
    request.timeoutMs = 5000;
    const HttpResponse result = m_http->perform(request);
    return result.status == 200 || failFrom(result, QStringLiteral("Docker ping"));
}

std::optional<DockerVersion> DockerEngine::version()
{
    HttpRequest request;
    request.url = QStringLiteral("/version");
    request.timeoutMs = 10000;
    const HttpResponse result = call(request);
    if (result.status != 200) {
        if (m_error.ok())
            failFrom(result, QStringLiteral("Docker version"));
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(result.body).object();
    return DockerVersion{o.value(QLatin1String("Version")).toString(), o.value(QLatin1String("ApiVersion")).toString(),
                         o.value(QLatin1String("MinAPIVersion")).toString(), o.value(QLatin1String("Os")).toString(),
                         o.value(QLatin1String("Arch")).toString()};
}

std::optional<QJsonObject> DockerEngine::info()
{
    HttpRequest request;
    request.url = QStringLiteral("/info");
    request.timeoutMs = 10000;
    const HttpResponse result = call(request);
    if (result.status != 200) {
        if (m_error.ok())
            failFrom(result, QStringLiteral("Docker info"));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(result.body).object();
}

ImageInfo DockerEngine::imageFromJson(const QJsonObject &o)
{
    ImageInfo image;
    image.id = o.value(QLatin1String("Id")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("RepoTags")).toArray())
        if (v.toString() != QLatin1String("<none>:<none>"))
            image.repoTags << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("RepoDigests")).toArray())
        image.repoDigests << v.toString();
    image.size = jsonByteCount(o.value(QLatin1String("Size")), 0);
    const QJsonValue created = o.value(QLatin1String("Created"));
    image.created = created.isString() ? QDateTime::fromString(created.toString(), Qt::ISODateWithMs)
                                       : QDateTime::fromSecsSinceEpoch(qint64(created.toDouble()), Qt::UTC);
    QJsonObject labels = o.value(QLatin1String("Labels")).toObject();
    if (labels.isEmpty())
        labels = o.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        image.labels.insert(it.key(), it.value().toString());
    image.os = o.value(QLatin1String("Os")).toString();
    image.architecture = o.value(QLatin1String("Architecture")).toString();
    image.variant = o.value(QLatin1String("Variant")).toString();
    for (const QJsonValue &layer : o.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray())
        image.diffIds << layer.toString();
    return image;
}

std::optional<QList<ImageInfo>> DockerEngine::listImages()
{
    HttpRequest request;
    request.url = QStringLiteral("/images/json");
    request.timeoutMs = 30000;
    const HttpResponse result = call(request);
    if (result.status != 200) {
        if (m_error.ok())
            failFrom(result, QStringLiteral("listing images"));
        return std::nullopt;
    }
    QList<ImageInfo> images;
    for (const QJsonValue &v : QJsonDocument::fromJson(result.body).array())
        images << imageFromJson(v.toObject());
    return images;
}

std::optional<ImageInfo> DockerEngine::inspectImage(const QString &reference)
{
    HttpRequest request;
    request.url = QStringLiteral("/images/%1/json").arg(encodeReference(reference));
    request.timeoutMs = 30000;
    const HttpResponse result = call(request);
    if (result.status != 200) {
        if (m_error.ok())
            failFrom(result, QStringLiteral("image %1").arg(reference));
        if (m_error.kind == DockerError::NotFound)
            m_error.message = QStringLiteral("image %1 is not in the local Docker Engine. Build it or pull it first "
                                             "(docker images lists what is there).").arg(reference);
        return std::nullopt;
    }
    return imageFromJson(QJsonDocument::fromJson(result.body).object());
}

bool DockerEngine::save(const QStringList &references, const HttpClient::Sink &sink, const std::atomic_bool *cancel)
{
    QStringList query;
    for (const QString &r : references)
        query << QStringLiteral("names=") + QString::fromLatin1(QUrl::toPercentEncoding(r));
    HttpRequest request;
    request.url = QStringLiteral("/images/get?") + query.join(QLatin1Char('&'));
    const QString what = QStringLiteral("saving %1").arg(references.join(QStringLiteral(", ")));
    // A 200 is not yet an archive: dockerd reports a failure after its first bytes inside the stream. Only bytes
    // the check has passed go on; a header is held until its 512 bytes are in (so an error text never does).
    TarStreamCheck tar;
    QByteArray held;
    qint64 passed = 0;
    bool consumerFailed = false;
    const auto pass = [&](const char *data, qint64 size) {
        passed += size;
        if (size == 0 || sink(data, size))
            return true;
        consumerFailed = true;
        return false;
    };
    const HttpResponse result = call(request, [&](const char *data, qint64 size) {
        if (!tar.feed(data, size))
            return tar.wantsMore(); // pass nothing more on; read a little further for the Engine's own words
        const qint64 fromHeld = qMin(tar.checked() - passed, qint64(held.size()));
        if (fromHeld > 0) {
            if (!pass(held.constData(), fromHeld))
                return false;
            held.remove(0, qsizetype(fromHeld));
        }
        const qint64 fromData = held.isEmpty() ? tar.checked() - passed : 0;
        if (!pass(data, fromData))
            return false;
        held.append(data + fromData, qsizetype(size - fromData));
        return true;
    }, cancel);
    const bool cancelled = cancel && cancel->load();
    if (!cancelled && (tar.broken() || (result.ok() && !tar.finish())))
        return failSaveStream(tar, what);
    if (result.ok())
        return true;
    if (consumerFailed && !cancelled)
        return setError(DockerError::Consumer, QStringLiteral("%1: the receiver stopped").arg(what));
    if (!m_error.ok() && result.status == 0 && !result.aborted)
        return false; // negotiate() already explained
    return failFrom(result, what);
}

bool DockerEngine::failSaveStream(const TarStreamCheck &tar, const QString &what)
{
    const QString engine = tar.engineMessage();
    if (!engine.isEmpty())
        return setError(DockerError::Stream,
                        QStringLiteral("%1: the Docker Engine failed after it had started sending the archive: %2. "
                                       "What it sent is incomplete and must not be used; check the engine "
                                       "(journalctl -u docker, free space under its data root) and try again.")
                            .arg(what, engine),
                        200);
    return setError(DockerError::Stream,
                    QStringLiteral("%1: what the Docker Engine sent is not a whole archive (%2), so it must not be "
                                   "used. Try again, and check the engine's log (journalctl -u docker) if it happens "
                                   "again.")
                        .arg(what, tar.problem()),
                    200);
}

bool DockerEngine::load(const std::function<qint64(char *, qint64)> &source, QString *loadedOutput,
                        const std::atomic_bool *cancel)
{
    HttpRequest request;
    request.method = "POST";
    request.url = QStringLiteral("/images/load?quiet=1");
    request.headers << "Content-Type: application/x-tar";
    request.bodySource = source;
    QString output;
    JsonLineStream lines([&output](const QJsonObject &o) {
        output += o.value(QLatin1String("stream")).toString();
    });
    const HttpResponse result = call(request, [&lines](const char *data, qint64 size) {
        lines.feed(data, size);
        return true;
    }, cancel);
    lines.finish();
    if (loadedOutput)
        *loadedOutput = output.trimmed();
    if (result.status != 200 || result.aborted)
        return failFrom(result, QStringLiteral("loading an archive"));
    if (lines.hasError())
        return setError(DockerError::Stream, QStringLiteral("loading an archive: %1").arg(lines.error()));
    return true;
}

bool DockerEngine::tag(const QString &source, const QString &repository, const QString &tag)
{
    HttpRequest request;
    request.method = "POST";
    request.url = QStringLiteral("/images/%1/tag?repo=%2&tag=%3")
                       .arg(encodeReference(source), QString::fromLatin1(QUrl::toPercentEncoding(repository)),
                            QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    request.timeoutMs = 30000;
    const HttpResponse result = call(request);
    return result.status == 201 || result.status == 200 || failFrom(result, QStringLiteral("tagging %1").arg(source));
}

bool DockerEngine::removeImage(const QString &reference, bool force)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = QStringLiteral("/images/%1?force=%2").arg(encodeReference(reference),
                                                             force ? QStringLiteral("1") : QStringLiteral("0"));
    request.timeoutMs = 60000;
    const HttpResponse result = call(request);
    return result.status == 200 || failFrom(result, QStringLiteral("removing %1").arg(reference));
}

} // namespace fleet
