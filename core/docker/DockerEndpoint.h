#pragma once

#include <QString>

namespace fleet {

// Where the Docker Engine listens, from a DOCKER_HOST-style URL: unix:///path or tcp://host:port.
struct DockerEndpoint
{
    QString unixSocket; // set for unix://
    QString baseUrl;    // http://localhost or http://host:port
    QString display;    // as given, for messages

    // `host` empty: $DOCKER_HOST, else unix:///var/run/docker.sock. Returns false with `error` on a bad URL.
    static bool parse(const QString &host, DockerEndpoint *endpoint, QString *error);
};

} // namespace fleet
