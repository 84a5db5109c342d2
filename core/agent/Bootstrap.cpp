#include "agent/Bootstrap.h"

#include "util/Remedy.h"

#include "agent/AgentBinary.h"
#include "agent/AgentClient.h"
#include "agent/AgentConfig.h"
#include "agent/SecretStore.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "util/ShellQuote.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QSslCertificate>

namespace fleet {

namespace {
constexpr qint64 kChunk = 256 * 1024;

qint64 pidFrom(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith("pid="))
            return line.mid(4).trimmed().toLongLong();
    return 0;
}
} // namespace

Bootstrap::Bootstrap(SshSession &session, SecretStore &secrets)
    : m_session(session)
    , m_secrets(secrets)
{
}

bool Bootstrap::fail(BootstrapResult &result, const QString &message)
{
    result.ok = false;
    result.message = QStringLiteral("%1: %2").arg(m_session.target().display(), message);
    return false;
}

bool Bootstrap::run(const QString &command, BootstrapResult &result, QByteArray *out, const QByteArray &input)
{
    const RemoteResult remote = m_session.run(command, input);
    if (!remote.error.ok()) {
        result.sshError = remote.error;
        result.message = remote.error.message;
        return false;
    }
    if (out)
        *out = remote.out;
    if (remote.exitStatus != 0) {
        result.message = remote.lastLine().isEmpty() ? QStringLiteral("exit status %1").arg(remote.exitStatus)
                                                     : remote.lastLine();
        return false;
    }
    return true;
}

bool Bootstrap::probe(const BootstrapOptions &options, AgentHostProbe &probe, BootstrapResult &result)
{
    QByteArray out;
    if (!run(RemoteAgentLayout::probeCommand(options.installDir), result, &out))
        return result.sshError.ok() ? fail(result, QStringLiteral("looking at the node failed: %1").arg(result.message))
                                    : false;
    probe = RemoteAgentLayout::parseProbe(out);
    if (!probe.error.isEmpty())
        return fail(result, probe.error);
    result.installDir = probe.dir;
    result.arch = probe.arch;
    result.service = probe.usesSystemd() ? QStringLiteral("systemd") : QStringLiteral("background");
    result.reference = SecretStore::referenceFor(m_session.target().host, options.port);
    return true;
}

bool Bootstrap::uploadFile(const QString &localPath, const QString &target, const QString &mode,
                           BootstrapResult &result)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(result, QStringLiteral("cannot read %1: %2").arg(localPath, file.errorString()));
    // An exec channel, not SFTP: libssh 0.10's sftp_write waits a round trip per chunk.
    RemoteProcess process(m_session);
    if (!process.start(RemoteAgentLayout(QFileInfo(target).path()).uploadCommand(target, mode))) {
        result.sshError = process.error();
        return fail(result, process.error().message);
    }
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (!process.write(chunk.constData(), chunk.size())) {
            result.sshError = process.error();
            return fail(result, QStringLiteral("uploading %1 failed: %2").arg(target, process.error().message));
        }
    }
    if (!process.closeInput() || !process.waitForFinished(60000) || process.exitStatus() != 0) {
        const QString why = process.error().ok() ? QString::fromUtf8(process.stderrData()).trimmed()
                                                 : process.error().message;
        return fail(result, QStringLiteral("writing %1 failed: %2. Check free space and permissions there.")
                                .arg(target, why));
    }
    return true;
}

bool Bootstrap::ensureCertificate(const RemoteAgentLayout &layout, const AgentHostProbe &probe, BootstrapResult &result)
{
    if (!probe.hasCertificate) {
        if (!probe.openssl.isEmpty()) {
            if (!run(layout.makeCertificateCommand(), result))
                return fail(result, QStringLiteral("making the agent's certificate with the node's openssl failed: "
                                                   "%1")
                                        .arg(result.message));
        } else if (!makeCertificateLocally(layout, result)) {
            return false;
        }
        result.certificateCreated = true;
    }
    QByteArray pem;
    if (!run(QStringLiteral("cat %1").arg(shellQuote(layout.certPath())), result, &pem))
        return fail(result, QStringLiteral("reading the agent's certificate failed: %1").arg(result.message));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return fail(result, QStringLiteral("%1 holds no certificate: %2")
                                .arg(layout.certPath(), Remedy::removeAndReinstallAgent(m_session.target().host)));
    result.fingerprint = AgentProtocol::fingerprint(certificates.first());
    return true;
}

bool Bootstrap::makeCertificateLocally(const RemoteAgentLayout &layout, BootstrapResult &result)
{
    // The node has no openssl: make the pair here (private temp dir) and send it over the SSH channel.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return fail(result, QStringLiteral("neither the node nor this machine has openssl to make the agent's "
                                           "certificate; install openssl on either and retry"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(result, QStringLiteral("cannot make a temporary directory here: %1").arg(dir.errorString()));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"),
                            QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=fleet-agent"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                            QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return fail(result, QStringLiteral("openssl could not make a certificate here: %1")
                                .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    return uploadFile(dir.filePath(QStringLiteral("key.pem")), layout.keyPath(), QStringLiteral("600"), result)
        && uploadFile(dir.filePath(QStringLiteral("cert.pem")), layout.certPath(), QStringLiteral("644"), result);
}

BootstrapResult Bootstrap::install(const BootstrapOptions &options)
{
    BootstrapResult result;
    const AgentBinary binary(options.agentBinary.isEmpty() ? AgentBinary::locate() : options.agentBinary);
    if (!binary.isValid()) {
        fail(result, binary.error());
        return result;
    }
    AgentHostProbe node;
    if (!probe(options, node, result))
        return result;
    if (!binary.runsOn(node.arch)) {
        fail(result, QStringLiteral("the node is %1, but %2 is built for %3; nothing was changed. Build fleet-agent "
                                    "for %1 and pass it with --agent-bin.")
                         .arg(node.arch, binary.path(), binary.arch()));
        return result;
    }
    const RemoteAgentLayout layout(node.dir);
    const bool systemd = node.usesSystemd();

    if (node.binarySha != QString::fromLatin1(binary.sha256Hex())) {
        if (!uploadFile(binary.path(), layout.binaryPath(), QStringLiteral("755"), result))
            return result;
        result.binaryChanged = true;
    }
    QByteArray version;
    if (!run(layout.checkBinaryCommand(), result, &version)) {
        fail(result, QStringLiteral("the agent cannot run there: %1. It needs Qt 6 Core, Network and WebSockets "
                                    "(Debian/Ubuntu: apt-get install libqt6websockets6); install them and retry.")
                         .arg(result.message));
        return result;
    }
    result.agentVersion = QString::fromUtf8(version).section(QLatin1Char(' '), -1).trimmed();
    if (!ensureCertificate(layout, node, result))
        return result;

    // The token survives reinstalls and upgrades as long as this workstation still has it.
    const std::optional<AgentSecret> known = m_secrets.read(result.reference);
    AgentConfig config;
    config.bind = !options.bind.isEmpty() ? options.bind
                                          : (node.sshAddress.isEmpty() ? QStringLiteral("0.0.0.0") : node.sshAddress);
    config.port = options.port;
    config.token = known && node.installed() ? known->token : AgentProtocol::newToken();
    config.certFile = layout.certPath();
    config.keyFile = layout.keyPath();
    config.dockerHost = node.dockerHost;
    config.pidFile = systemd ? QString() : layout.pidPath();
    const QByteArray json = config.toJson();
    if (node.configSha != QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())) {
        // The token reaches the node only inside this file, through stdin, created with umask 077.
        if (!run(layout.uploadCommand(layout.configPath(), QStringLiteral("600")), result, nullptr, json)) {
            fail(result, QStringLiteral("writing the agent's configuration failed: %1").arg(result.message));
            return result;
        }
        result.configChanged = true;
    }
    QString secretError;
    if (!m_secrets.write(result.reference, AgentSecret{config.token, result.fingerprint}, &secretError)) {
        fail(result, QStringLiteral("the agent's token could not be stored here: %1").arg(secretError));
        return result;
    }

    const bool restart = result.binaryChanged || result.configChanged || result.certificateCreated || node.pid == 0;
    if (restart) {
        if (systemd && !run(layout.uploadCommand(RemoteAgentLayout::unitPath(), QStringLiteral("644")), result,
                            nullptr, layout.unitFile().toUtf8())) {
            fail(result, QStringLiteral("writing the systemd unit failed: %1").arg(result.message));
            return result;
        }
        QByteArray started;
        if (!run(layout.stopCommand(systemd), result) || !run(layout.startCommand(systemd), result, &started)) {
            fail(result, QStringLiteral("the agent did not start: %1. Its log is %2 on the node.")
                             .arg(result.message, layout.logPath()));
            return result;
        }
        result.pid = pidFrom(started);
    } else {
        result.pid = node.pid;
    }

    QString error;
    const QJsonObject hello = AgentClient::fetchHello(
        AgentEndpoint{m_session.target().host, options.port, config.token, result.fingerprint},
        options.verifyTimeoutMs, &error);
    if (hello.isEmpty()) {
        fail(result, QStringLiteral("the agent runs but does not answer: %1. Check that port %2 is open between "
                                    "here and the node, and the log %3.")
                         .arg(error)
                         .arg(options.port)
                         .arg(layout.logPath()));
        return result;
    }
    result.agentVersion = hello.value(QLatin1String("agent_version")).toString();
    result.action = !node.installed()      ? QStringLiteral("installed")
        : result.binaryChanged             ? QStringLiteral("upgraded")
        : result.configChanged || result.certificateCreated ? QStringLiteral("reconfigured")
        : restart                          ? QStringLiteral("started")
                                           : QStringLiteral("unchanged");
    result.ok = true;
    result.message = QStringLiteral("%1: fleet-agent %2 %3 in %4 (%5), wss port %6, certificate %7")
                         .arg(m_session.target().display(), result.agentVersion, result.action, result.installDir,
                              result.service)
                         .arg(options.port)
                         .arg(result.fingerprint);
    return result;
}

BootstrapResult Bootstrap::status(const BootstrapOptions &options)
{
    BootstrapResult result;
    AgentHostProbe node;
    if (!probe(options, node, result))
        return result;
    result.ok = true;
    if (!node.installed()) {
        result.action = QStringLiteral("not-installed");
        result.message = QStringLiteral("%1: no agent installed in %2").arg(m_session.target().display(), node.dir);
        return result;
    }
    const RemoteAgentLayout layout(node.dir);
    QByteArray out;
    if (run(layout.runningCommand(node.usesSystemd()), result, &out))
        result.pid = pidFrom(out);
    if (run(layout.checkBinaryCommand(), result, &out))
        result.agentVersion = QString::fromUtf8(out).section(QLatin1Char(' '), -1).trimmed();
    result.action = result.pid > 0 ? QStringLiteral("running") : QStringLiteral("stopped");
    result.message = result.pid > 0
        ? QStringLiteral("%1: fleet-agent %2 running (pid %3) from %4").arg(m_session.target().display(),
                                                                          result.agentVersion)
              .arg(result.pid)
              .arg(node.dir)
        : QStringLiteral("%1: fleet-agent %2 installed in %3 but not running; %4 starts it")
              .arg(m_session.target().display(), result.agentVersion, node.dir,
                   Remedy::reinstallAgent(m_session.target().host));
    return result;
}

BootstrapResult Bootstrap::remove(const BootstrapOptions &options)
{
    BootstrapResult result;
    AgentHostProbe node;
    if (!probe(options, node, result))
        return result;
    const RemoteAgentLayout layout(node.dir);
    if (!run(layout.removeCommand(node.usesSystemd() || node.unitInstalled), result)) {
        fail(result, QStringLiteral("removing the agent failed: %1").arg(result.message));
        return result;
    }
    QString error;
    if (!m_secrets.remove(result.reference, &error)) {
        fail(result, QStringLiteral("the agent is gone from the node, but its token could not be deleted here: %1")
                         .arg(error));
        return result;
    }
    result.ok = true;
    result.action = node.installed() ? QStringLiteral("removed") : QStringLiteral("not-installed");
    result.message = node.installed()
        ? QStringLiteral("%1: fleet-agent removed from %2 (files, process and token)")
              .arg(m_session.target().display(), node.dir)
        : QStringLiteral("%1: no agent was installed in %2").arg(m_session.target().display(), node.dir);
    return result;
}

} // namespace fleet
