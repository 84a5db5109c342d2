#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace fleet {

// The agent's view of the node's docker, through the docker CLI (so DOCKER_HOST, contexts and the CLI's own
// defaults apply exactly as for a person on the node). Every call is asynchronous and bounded in time: a
// stopped or hung daemon makes docker "unavailable" without ever blocking the agent.
class DockerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerProbe)

public:
    struct Status
    {
        bool available = false;
        QString version;
        QString rootDir;
        QString error; // the CLI's last line when unavailable
    };
    using StatusHandler = std::function<void(const Status &)>;
    // available, the parsed list (images or containers), and the error when not available
    using ListHandler = std::function<void(bool available, const QJsonArray &items, const QString &error)>;

    explicit DockerProbe(QObject *parent = nullptr);

    // DOCKER_HOST for the CLI; empty keeps the agent's environment.
    void setDockerHost(const QString &host) { m_dockerHost = host; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void status(StatusHandler handler);
    void images(ListHandler handler);
    void containers(ListHandler handler);

    const Status &lastStatus() const { return m_last; }
    static QJsonObject toJson(const Status &status);
    // One JSON object per line (`--format '{{json .}}'`) into an array of objects with our field names.
    static QJsonArray parseJsonLines(const QByteArray &output, const QStringList &fields);

private:
    using Done = std::function<void(int exitCode, const QByteArray &out, const QString &error)>;
    void run(const QStringList &arguments, Done done);
    void list(const QStringList &arguments, const QStringList &fields, ListHandler handler);

    QString m_dockerHost;
    int m_timeoutMs = 10000;
    Status m_last;
};

} // namespace fleet
