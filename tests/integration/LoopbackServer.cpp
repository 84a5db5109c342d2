#include "LoopbackServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace fleet::test {

LoopbackServer::~LoopbackServer()
{
    stop();
}

quint16 LoopbackServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again at once; a race with another process is unlikely on loopback
}

QString LoopbackServer::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output.right(4000));
}

bool LoopbackServer::start(const QString &program, const QStringList &arguments, quint16 port, QString *error,
                           int timeoutMs)
{
    m_port = port;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("%1 exited at start-up: %2").arg(program, output());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        m_process.waitForReadyRead(100);
    }
    *error = QStringLiteral("%1 did not listen on 127.0.0.1:%2 within %3 ms: %4").arg(program).arg(port)
                 .arg(timeoutMs).arg(output());
    stop();
    return false;
}

void LoopbackServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM to this PID only
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool LoopbackServer::startS3rver(const QString &dataDir, const QString &bucket, QString *error)
{
    const QString program = qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/tests/tools/node_modules/.bin/s3rver");
    if (!QFileInfo(program).isExecutable()) {
        *error = QStringLiteral("%1 is missing: run scripts/install-deps --test (it runs npm ci --prefix tests/tools)")
                     .arg(program);
        return false;
    }
    const quint16 port = freePort();
    return start(program, {QStringLiteral("-d"), dataDir, QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("-p"), QString::number(port), QStringLiteral("--silent"),
                           QStringLiteral("--configure-bucket"), bucket},
                 port, error);
}

bool LoopbackServer::startRegistry(const QString &dataDir, const RegistryOptions &options, QString *error)
{
    const QString program = QStringLiteral("/usr/bin/docker-registry");
    if (!QFileInfo(program).isExecutable()) {
        *error = QStringLiteral("%1 is missing: run scripts/install-deps --test (Debian package docker-registry)")
                     .arg(program);
        return false;
    }
    const quint16 port = freePort();
    const QString config = dataDir + QStringLiteral("/config.yml");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    QString yaml = QStringLiteral("version: 0.1\n"
                                  "log:\n  level: warn\n"
                                  "storage:\n  filesystem:\n    rootdirectory: %1/data\n  delete:\n    enabled: true\n"
                                  "http:\n  addr: 127.0.0.1:%2\n")
                       .arg(dataDir).arg(port);
    if (!options.tlsCertificate.isEmpty())
        yaml += QStringLiteral("  tls:\n    certificate: %1\n    key: %2\n").arg(options.tlsCertificate, options.tlsKey);
    if (!options.htpasswd.isEmpty())
        yaml += QStringLiteral("auth:\n  htpasswd:\n    realm: fleet-test\n    path: %1\n").arg(options.htpasswd);
    file.write(yaml.toUtf8());
    file.close();
    return start(program, {QStringLiteral("serve"), config}, port, error);
}

} // namespace fleet::test
