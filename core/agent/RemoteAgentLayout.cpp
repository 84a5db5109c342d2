#include "agent/RemoteAgentLayout.h"

#include "util/ShellQuote.h"

namespace fleet {

RemoteAgentLayout::RemoteAgentLayout(QString dir)
    : m_dir(std::move(dir))
{
}

QString RemoteAgentLayout::q(const QString &path) const
{
    return shellQuote(path);
}

QString RemoteAgentLayout::probeCommand(const QString &installDir)
{
    const QString dir = installDir.isEmpty()
        ? QStringLiteral("dir=${FLEET_AGENT_HOME:-}; if [ -z \"$dir\" ]; then if [ \"$(id -u)\" = 0 ]; then "
                         "dir=/opt/fleet-agent; else dir=\"$HOME/.fleet-agent\"; fi; fi; ")
        : QStringLiteral("dir=%1; ").arg(shellQuote(installDir));
    return dir + QStringLiteral(
        "case \"$dir\" in /*) ;; *) echo \"error=the install directory must be absolute: $dir\"; exit 0;; esac; "
        "echo \"dir=$dir\"; echo \"arch=$(uname -m)\"; echo \"uid=$(id -u)\"; "
        "echo \"init=$(cat /proc/1/comm 2>/dev/null)\"; "
        "echo \"openssl=$(command -v openssl 2>/dev/null)\"; echo \"systemctl=$(command -v systemctl 2>/dev/null)\"; "
        "set -- ${SSH_CONNECTION:-}; echo \"ssh_addr=${3:-}\"; echo \"docker_host=${DOCKER_HOST:-}\"; "
        "echo \"bin_sha=$(sha256sum \"$dir/fleet-agent\" 2>/dev/null | cut -d' ' -f1)\"; "
        "echo \"conf_sha=$(sha256sum \"$dir/agent.json\" 2>/dev/null | cut -d' ' -f1)\"; "
        "if [ -s \"$dir/cert.pem\" ] && [ -s \"$dir/key.pem\" ]; then echo cert=yes; fi; "
        "if [ -f /etc/systemd/system/fleet-agent.service ]; then echo unit=yes; fi; "
        "pid=$(cat \"$dir/agent.pid\" 2>/dev/null); "
        "if [ -n \"$pid\" ] && tr '\\0' ' ' <\"/proc/$pid/cmdline\" 2>/dev/null | grep -qF \"$dir/agent.json\"; "
        "then echo \"pid=$pid\"; fi");
}

AgentHostProbe RemoteAgentLayout::parseProbe(const QByteArray &output)
{
    AgentHostProbe probe;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("dir")) probe.dir = value;
        else if (key == QLatin1String("arch")) probe.arch = value;
        else if (key == QLatin1String("uid")) probe.uid = value;
        else if (key == QLatin1String("init")) probe.init = value;
        else if (key == QLatin1String("openssl")) probe.openssl = value;
        else if (key == QLatin1String("systemctl")) probe.systemctl = value;
        else if (key == QLatin1String("ssh_addr")) probe.sshAddress = value;
        else if (key == QLatin1String("docker_host")) probe.dockerHost = value;
        else if (key == QLatin1String("bin_sha")) probe.binarySha = value;
        else if (key == QLatin1String("conf_sha")) probe.configSha = value;
        else if (key == QLatin1String("cert")) probe.hasCertificate = value == QLatin1String("yes");
        else if (key == QLatin1String("unit")) probe.unitInstalled = value == QLatin1String("yes");
        else if (key == QLatin1String("pid")) probe.pid = value.toLongLong();
        else if (key == QLatin1String("error")) probe.error = value;
    }
    if (probe.error.isEmpty() && (probe.dir.isEmpty() || probe.arch.isEmpty()))
        probe.error = QStringLiteral("the node's shell did not answer the probe as expected");
    return probe;
}

QString RemoteAgentLayout::uploadCommand(const QString &target, const QString &mode) const
{
    const QString tmp = m_dir + QStringLiteral("/.upload.") + target.section(QLatin1Char('/'), -1);
    return QStringLiteral("umask 077 && mkdir -p %1 && cat > %2 && chmod %3 %2 && mv -f %2 %4")
        .arg(q(m_dir), q(tmp), mode, q(target));
}

QString RemoteAgentLayout::makeCertificateCommand() const
{
    const QString req = QStringLiteral("openssl req -x509 -nodes -days 3650 -subj /CN=fleet-agent -keyout %1 -out %2")
                            .arg(q(keyPath() + QStringLiteral(".new")), q(certPath() + QStringLiteral(".new")));
    return QStringLiteral("umask 077 && mkdir -p %1 && { %2 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 "
                          ">/dev/null 2>&1 || %2 -newkey rsa:2048 >/dev/null; } && mv -f %3 %4 && mv -f %5 %6")
        .arg(q(m_dir), req, q(keyPath() + QStringLiteral(".new")), q(keyPath()), q(certPath() + QStringLiteral(".new")),
             q(certPath()));
}

QString RemoteAgentLayout::checkBinaryCommand() const
{
    return QStringLiteral("if command -v ldd >/dev/null 2>&1; then missing=$(ldd %1 2>&1 | grep 'not found'); "
                          "if [ -n \"$missing\" ]; then echo \"$missing\" >&2; exit 5; fi; fi; %1 --version")
        .arg(q(binaryPath()));
}

QString RemoteAgentLayout::unitFile() const
{
    return QStringLiteral("[Unit]\nDescription=Fleet Agent (Fleet Commander)\nAfter=network-online.target "
                          "docker.service\nWants=network-online.target\n\n[Service]\nExecStart=%1 --config %2\n"
                          "Restart=on-failure\nRestartSec=2\nUMask=0077\n\n[Install]\nWantedBy=multi-user.target\n")
        .arg(q(binaryPath()), q(configPath()));
}

QString RemoteAgentLayout::pidCheckFunction() const
{
    // The pid counts only if that process runs this install's config (pid files outlive crashes).
    return QStringLiteral("agent_pid() { p=$(cat %1 2>/dev/null); [ -n \"$p\" ] && tr '\\0' ' ' <\"/proc/$p/cmdline\" "
                          "2>/dev/null | grep -qF %2 && echo \"$p\"; }; ")
        .arg(q(pidPath()), q(configPath()));
}

QString RemoteAgentLayout::runningCommand(bool systemd) const
{
    if (systemd)
        return QStringLiteral("systemctl is-active --quiet fleet-agent.service && "
                              "echo \"pid=$(systemctl show -p MainPID --value fleet-agent.service)\"; true");
    return pidCheckFunction() + QStringLiteral("p=$(agent_pid) && echo \"pid=$p\"; true");
}

QString RemoteAgentLayout::startCommand(bool systemd) const
{
    if (systemd)
        return QStringLiteral("systemctl daemon-reload && systemctl enable --quiet fleet-agent.service && "
                              "systemctl restart fleet-agent.service && sleep 0.5 && "
                              "systemctl is-active --quiet fleet-agent.service && "
                              "echo \"pid=$(systemctl show -p MainPID --value fleet-agent.service)\"");
    // setsid: out of the SSH session's process group, so the session ending does not take the agent along.
    // The agent writes its pid file once it listens; a start that dies shows the log's last lines.
    return QStringLiteral("cd %1 && rm -f %2 && { if command -v setsid >/dev/null 2>&1; then setsid %3 --config %4 "
                          "--pid-file %2 </dev/null >>%5 2>&1 & else nohup %3 --config %4 --pid-file %2 </dev/null "
                          ">>%5 2>&1 & fi; } && child=$! && i=0 && while [ $i -lt 100 ]; do "
                          "p=$(cat %2 2>/dev/null); if [ -n \"$p\" ]; then echo \"pid=$p\"; exit 0; fi; "
                          "kill -0 $child 2>/dev/null || break; sleep 0.1; i=$((i+1)); done; "
                          "tail -n 3 %5 >&2; exit 1")
        .arg(q(m_dir), q(pidPath()), q(binaryPath()), q(configPath()), q(logPath()));
}

QString RemoteAgentLayout::stopCommand(bool systemd) const
{
    if (systemd)
        return QStringLiteral("systemctl stop fleet-agent.service 2>/dev/null; true");
    return pidCheckFunction()
        + QStringLiteral("if p=$(agent_pid); then kill \"$p\"; i=0; while [ $i -lt 50 ] && [ -n \"$(agent_pid)\" ]; "
                         "do sleep 0.1; i=$((i+1)); done; p=$(agent_pid) && kill -9 \"$p\"; fi; rm -f %1; true")
              .arg(q(pidPath()));
}

QString RemoteAgentLayout::removeCommand(bool systemd) const
{
    QString command = stopCommand(systemd) + QStringLiteral("; ");
    if (systemd)
        command += QStringLiteral("systemctl disable --quiet fleet-agent.service 2>/dev/null; rm -f %1; "
                                  "systemctl daemon-reload; ")
                       .arg(q(unitPath()));
    // Only our own files: never rm -r a directory that someone may have pointed at something else.
    QStringList files{binaryPath(), configPath(), certPath(), keyPath(), pidPath(), logPath()};
    for (const QString &name : {QStringLiteral("fleet-agent"), QStringLiteral("agent.json"),
                                QStringLiteral("cert.pem"), QStringLiteral("key.pem")})
        files << m_dir + QStringLiteral("/.upload.") + name;
    files << keyPath() + QStringLiteral(".new") << certPath() + QStringLiteral(".new");
    QStringList quoted;
    for (const QString &file : files)
        quoted << q(file);
    command += QStringLiteral("rm -f %1; if [ -d %2 ]; then rmdir %2 || { echo \"left behind:\" >&2; ls -A %2 >&2; "
                              "exit 6; }; fi")
                   .arg(quoted.join(QLatin1Char(' ')), q(m_dir));
    return command;
}

} // namespace fleet
