#include "docker/DockerEndpoint.h"

#include <QUrl>

namespace fleet {

bool DockerEndpoint::parse(const QString &host, DockerEndpoint *endpoint, QString *error)
{
    QString spec = host.isEmpty() ? qEnvironmentVariable("DOCKER_HOST") : host;
    if (spec.isEmpty())
        spec = QStringLiteral("unix:///var/run/docker.sock");
    endpoint->display = spec;
    if (spec.startsWith(QLatin1String("unix://"))) {
        endpoint->unixSocket = spec.mid(7);
        endpoint->baseUrl = QStringLiteral("http://localhost");
        if (endpoint->unixSocket.isEmpty() || !endpoint->unixSocket.startsWith(QLatin1Char('/'))) {
            *error = QStringLiteral("DOCKER_HOST %1: a unix socket needs an absolute path (unix:///run/docker.sock)")
                         .arg(spec);
            return false;
        }
        return true;
    }
    if (spec.startsWith(QLatin1String("tcp://")) || spec.startsWith(QLatin1String("http://"))) {
        const QUrl url(spec.startsWith(QLatin1String("tcp://")) ? QStringLiteral("http://") + spec.mid(6) : spec);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = QStringLiteral("DOCKER_HOST %1 is not a valid address (expected tcp://host:port)").arg(spec);
            return false;
        }
        endpoint->unixSocket.clear();
        endpoint->baseUrl = QStringLiteral("http://%1:%2").arg(url.host()).arg(url.port(2375));
        return true;
    }
    *error = QStringLiteral("DOCKER_HOST %1 is not supported: use unix:///path/docker.sock or tcp://host:port "
                            "(ssh:// is not supported for the local engine)").arg(spec);
    return false;
}

} // namespace fleet
