#pragma once

#include <QByteArray>
#include <QString>

namespace fleet {

// What a look at the node found before an agent install (the output of RemoteAgentLayout::probeCommand); the
// container-runtime probe is nodes/NodeProbe.
struct AgentHostProbe
{
    QString dir;          // install directory, absolute
    QString arch;         // uname -m
    QString uid;
    QString init;         // /proc/1/comm
    QString openssl;      // path, empty if missing
    QString systemctl;    // path, empty if missing
    QString sshAddress;   // the node address this SSH connection reached (from SSH_CONNECTION)
    QString dockerHost;   // DOCKER_HOST of an SSH session there
    QString binarySha;    // sha256 of the installed agent, empty if none
    QString configSha;
    bool hasCertificate = false;
    bool unitInstalled = false;
    qint64 pid = 0;       // running agent of this install (checked against its command line), 0 if none
    QString error;

    bool usesSystemd() const { return uid == QLatin1String("0") && init == QLatin1String("systemd")
                                      && !systemctl.isEmpty(); }
    bool installed() const { return !binarySha.isEmpty(); }
};

// The agent's files on a node and the shell commands that manage them. Everything lives in one directory
// (binary, agent.json, cert.pem, key.pem, agent.pid, agent.log), plus a systemd unit where systemd runs,
// so that removing it leaves nothing behind. Every path is shell-quoted.
class RemoteAgentLayout final
{
public:
    explicit RemoteAgentLayout(QString dir);

    // `installDir` empty: $FLEET_AGENT_HOME, else /opt/fleet-agent for root, else ~/.fleet-agent.
    static QString probeCommand(const QString &installDir);
    static AgentHostProbe parseProbe(const QByteArray &output);
    static QString unitPath() { return QStringLiteral("/etc/systemd/system/fleet-agent.service"); }

    QString dir() const { return m_dir; }
    QString binaryPath() const { return m_dir + QStringLiteral("/fleet-agent"); }
    QString configPath() const { return m_dir + QStringLiteral("/agent.json"); }
    QString certPath() const { return m_dir + QStringLiteral("/cert.pem"); }
    QString keyPath() const { return m_dir + QStringLiteral("/key.pem"); }
    QString pidPath() const { return m_dir + QStringLiteral("/agent.pid"); }
    QString logPath() const { return m_dir + QStringLiteral("/agent.log"); }

    // stdin → a temporary file (umask 077) → chmod → rename over `target`: never a half-written file.
    QString uploadCommand(const QString &target, const QString &mode) const;
    // A self-signed certificate made by the node's openssl (EC P-256, RSA 2048 as fallback).
    QString makeCertificateCommand() const;
    // Fails with the missing shared libraries, else prints the agent's --version.
    QString checkBinaryCommand() const;
    QString unitFile() const;
    QString startCommand(bool systemd) const;
    QString stopCommand(bool systemd) const;
    QString removeCommand(bool systemd) const;
    // Prints "pid=N" for a running agent of this install.
    QString runningCommand(bool systemd) const;

private:
    QString q(const QString &path) const;
    QString pidCheckFunction() const;

    QString m_dir;
};

} // namespace fleet
