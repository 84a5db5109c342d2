#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fleet::test {

// A real server (s3rver, docker-registry) that a test starts on a free loopback port and always stops: by
// its PID in the destructor (SIGTERM, then SIGKILL), and by the kernel if the test process dies first
// (PR_SET_PDEATHSIG), so a failing or crashing test leaves nothing running.
class LoopbackServer final
{
public:
    LoopbackServer() = default;
    ~LoopbackServer();
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    static quint16 freePort();

    // Starts `program` and waits until 127.0.0.1:`port` accepts connections. False with `error` otherwise.
    bool start(const QString &program, const QStringList &arguments, quint16 port, QString *error,
               int timeoutMs = 20000);
    void stop();

    // s3rver from tests/tools (npm ci --prefix tests/tools), serving `bucket` from `dataDir`.
    bool startS3rver(const QString &dataDir, const QString &bucket, QString *error);
    // Debian's docker-registry, storing under `dataDir` (deletes enabled), config written there too. With a
    // certificate and key it serves TLS; with an htpasswd file (bcrypt entries) it wants a login.
    struct RegistryOptions
    {
        QString tlsCertificate, tlsKey;
        QString htpasswd;
    };
    bool startRegistry(const QString &dataDir, QString *error) { return startRegistry(dataDir, {}, error); }
    bool startRegistry(const QString &dataDir, const RegistryOptions &options, QString *error);

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString output();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};

} // namespace fleet::test
