#pragma once

#include "docker/DockerError.h"
#include "model/ImageInfo.h"
#include "net/HttpClient.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace fleet {

class TarStreamCheck;

struct DockerVersion
{
    QString version;    // "20.10.24"
    QString apiVersion; // the daemon's highest
    QString minApiVersion;
    QString os, arch;
};

// The local Docker Engine over its HTTP API (libcurl). The API version is negotiated on first use: the lower of
// the daemon's and ours, so Debian's 20.10 (1.41) and newer daemons (which refuse < 1.44) both work.
// Not thread-safe: one engine per thread.
class DockerEngine final
{
public:
    static constexpr const char *kMaxApiVersion = "1.45";

    // `host`: unix:///path or tcp://host:port; empty = $DOCKER_HOST or /var/run/docker.sock.
    explicit DockerEngine(const QString &host = {});
    ~DockerEngine();
    DockerEngine(const DockerEngine &) = delete;
    DockerEngine &operator=(const DockerEngine &) = delete;

    bool ping();
    std::optional<DockerVersion> version();
    QString apiVersion(); // negotiated; empty if the daemon is unreachable
    std::optional<QJsonObject> info();

    std::optional<QList<ImageInfo>> listImages();
    // nullopt with error().kind == NotFound when the image is absent.
    std::optional<ImageInfo> inspectImage(const QString &reference);
    // Streams `docker save` of the references into `sink` (returning false aborts). Memory stays flat. The stream
    // is checked as a tar on the way (TarStreamCheck): true only when a whole archive arrived; an error the
    // Engine reports inside the stream, a cut or anything but a tar is a DockerError::Stream.
    bool save(const QStringList &references, const HttpClient::Sink &sink, const std::atomic_bool *cancel = nullptr);
    // Streams an archive into `docker load`; the JSON progress is parsed and an error inside it reported.
    bool load(const std::function<qint64(char *, qint64)> &source, QString *loadedOutput = nullptr,
              const std::atomic_bool *cancel = nullptr);
    bool tag(const QString &source, const QString &repository, const QString &tag);
    bool removeImage(const QString &reference, bool force = false);

    // Low level, for the builder and others: a versioned API call ("/images/json" → "/v1.41/images/json").
    HttpResponse call(HttpRequest request, const HttpClient::Sink &sink = {}, const std::atomic_bool *cancel = nullptr);
    // Turns a failed HttpResponse into error() with a message naming cause and fix; returns false.
    bool failFrom(const HttpResponse &result, const QString &what);

    const DockerError &error() const { return m_error; }
    QString endpointDisplay() const;
    static QString encodeReference(const QString &reference);
    static ImageInfo imageFromJson(const QJsonObject &object);

private:
    bool negotiate();
    bool setError(DockerError::Kind kind, const QString &message, int status = 0);
    bool failSaveStream(const TarStreamCheck &tar, const QString &what);

    std::unique_ptr<HttpClient> m_http;
    QString m_endpointDisplay;
    QString m_endpointError;
    QString m_api;
    DockerError m_error;
};

} // namespace fleet
