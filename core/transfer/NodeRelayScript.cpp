#include "transfer/NodeRelayScript.h"

#include "ssh/KnownHosts.h"
#include "util/ShellQuote.h"

#include <QRegularExpression>

namespace fleet {

namespace {

QString directory(const QString &id)
{
    return QStringLiteral("D=\"${TMPDIR:-/tmp}/fleet-relay-%1\"\n").arg(id);
}

const QString kAuthorizedKeys = QStringLiteral("AK=${FLEET_AUTHORIZED_KEYS:-$HOME/.ssh/authorized_keys}\n");

// One way of starting the member's own load in the background: from `input` (a redirection), zstd or not.
QString backgroundLoad(const QString &input, const QString &loadCommand, bool zstd)
{
    if (zstd)
        return QStringLiteral("zstd -dcq %1 2>>\"$D/load.out\" | %2 >>\"$D/load.out\" 2>&1 &\n").arg(input, loadCommand);
    return QStringLiteral("%1 %2 >>\"$D/load.out\" 2>&1 &\n").arg(loadCommand, input);
}

} // namespace

namespace NodeRelayScript {

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{8,64}$"));
    return pattern.match(id).hasMatch();
}

QString keyMarker(const QString &id, int self)
{
    return QStringLiteral("fleet-relay-%1-%2").arg(id).arg(self);
}

QString knownHosts(const QList<RelayMember> &members)
{
    QString text;
    for (const RelayMember &m : members)
        if (!m.hostKey.isEmpty())
            text += KnownHosts::entryName(m.host, m.port) + QLatin1Char(' ') + m.hostKey + QLatin1Char('\n');
    return text;
}

QString receiverScript(const QString &id, int self, const QList<RelayMember> &members, const QString &loadCommand)
{
    QString hops;
    for (const RelayMember &m : members)
        if (m.index != self)
            hops += QStringLiteral("    %1) p=%2 u=%3 h=%4 ;;\n").arg(m.index).arg(m.port).arg(shellQuote(m.user),
                                                                                          shellQuote(m.host));
    QString s;
    s += QStringLiteral("set -f\n") + directory(id) + QStringLiteral("me=%1\n").arg(self);
    // Set by sshd when an upstream member connected with the relay key: "Z NEXT…", digits only.
    s += QStringLiteral("case ${SSH_ORIGINAL_COMMAND-} in *[!0-9\\ ]*)\n"
                        "    echo \"fleet-relay $me out the relay's member list is not numbers\"; "
                        "echo \"fleet-relay $me rc 64\"; exit 64 ;;\nesac\n"
                        "[ -n \"${SSH_ORIGINAL_COMMAND-}\" ] && set -- $SSH_ORIGINAL_COMMAND\n"
                        "z=${1-0}; [ $# -gt 0 ] && shift\n"
                        "exec 3<&0\n");
    s += QStringLiteral("report() { [ -s \"$2\" ] && tail -c 3000 \"$2\" | tr -d '\\r' | "
                        "sed \"s/^/fleet-relay $me $1 /\"; }\n");
    s += QStringLiteral("hop() {\n    case $1 in\n") + hops
        + QStringLiteral("    *) echo \"member $1 is not in this relay\" >&2; return 65 ;;\n    esac\n    shift\n"
                         "    ssh -F /dev/null -T -o BatchMode=yes -o IdentitiesOnly=yes -o IdentityAgent=none "
                         "-o \"IdentityFile=$D/key\" -o \"UserKnownHostsFile=$D/known_hosts\" "
                         "-o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o ConnectTimeout=10 "
                         "-o ServerAliveInterval=15 -o ServerAliveCountMax=4 -o LogLevel=ERROR -o Compression=no "
                         "-o ControlPath=none -o Ciphers=aes128-gcm@openssh.com,chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,"
                         "aes128-ctr,aes256-ctr ${FLEET_RELAY_BIND:+-b \"$FLEET_RELAY_BIND\"} -p \"$p\" -l \"$u\" -- \"$h\" \"$*\"\n}\n");
    // AES-GCM first among the ciphers: with the AES instructions of x86 and ARMv8 it costs each hop the least CPU.
    // The end of the chain loads from stdin; a member in the middle tees the stream into its own load (through a
    // fifo) and into ssh to the next member. GNU tee's -p goes on with the other output when one breaks: a node
    // whose load fails still passes the stream on, and a next member that goes away does not cut this one's load.
    s += QStringLiteral("if [ $# -eq 0 ]; then\n    if [ \"$z\" = 1 ]; then\n    ")
        + backgroundLoad(QStringLiteral("<&3"), loadCommand, true) + QStringLiteral("    else\n    ")
        + backgroundLoad(QStringLiteral("<&3"), loadCommand, false)
        + QStringLiteral("    fi\n    lp=$!; echo $lp >\"$D/load.pid\"\nelse\n"
                         "    mkfifo \"$D/fifo\" || { echo \"fleet-relay $me out cannot make a fifo in $D\"; "
                         "echo \"fleet-relay $me rc 70\"; exit 70; }\n"
                         "    if [ \"$z\" = 1 ]; then\n    ")
        + backgroundLoad(QStringLiteral("<\"$D/fifo\""), loadCommand, true) + QStringLiteral("    else\n    ")
        + backgroundLoad(QStringLiteral("<\"$D/fifo\""), loadCommand, false)
        + QStringLiteral("    fi\n    lp=$!; echo $lp >\"$D/load.pid\"\n"
                         "    next=$1; shift\n"
                         "    tee -p \"$D/fifo\" <&3 | hop \"$next\" \"$z\" \"$@\" 2>\"$D/hop.err\"\n"
                         "    hrc=$?\n"
                         "    [ \"$hrc\" -ne 0 ] && report hoperr \"$D/hop.err\"\n"
                         "    echo \"fleet-relay $me hop $next $hrc\"\n"
                         "fi\n"
                         "wait $lp; rc=$?\n"
                         "report out \"$D/load.out\"\n"
                         "echo \"fleet-relay $me rc $rc\"\n");
    return s;
}

QString setupCommand(const QString &id, int self, const QList<RelayMember> &members, const QString &loadCommand,
                     const QString &publicKey)
{
    const QString line = QStringLiteral("command=\"sh \\\"${TMPDIR:-/tmp}/fleet-relay-%1/recv\\\"\" %2 %3")
                             .arg(id, publicKey.section(QLatin1Char(' '), 0, 1), keyMarker(id, self));
    QString s;
    s += QStringLiteral("set -f; umask 077\n") + directory(id);
    s += QStringLiteral("mkdir -m 700 -- \"$D\" || { echo \"fleet-relay-setup failed: cannot create $D (it may exist "
                        "already)\"; exit 73; }\n"
                        "cat >\"$D/key\" || exit 74\n");
    s += QStringLiteral("printf '%s' %1 >\"$D/known_hosts\" || exit 74\n").arg(shellQuote(knownHosts(members)));
    s += QStringLiteral("printf '%s' %1 >\"$D/recv\" || exit 74\n")
             .arg(shellQuote(receiverScript(id, self, members, loadCommand)));
    s += kAuthorizedKeys;
    s += QStringLiteral("[ -n \"${FLEET_AUTHORIZED_KEYS-}\" ] || [ -d \"$HOME/.ssh\" ] || mkdir -m 700 \"$HOME/.ssh\" "
                        "|| { echo \"fleet-relay-setup failed: cannot create $HOME/.ssh\"; exit 75; }\n");
    // Should the teardown never come (the workstation lost power), the key stops working by itself.
    s += QStringLiteral("o=restrict\nexp=$(date -u -d \"@$(( $(date +%s) + 3600 ))\" +%Y%m%d%H%M 2>/dev/null) "
                        "&& [ -n \"$exp\" ] && o=\"restrict,expiry-time=\\\"${exp}Z\\\"\"\n");
    s += QStringLiteral("printf '%s,%s\\n' \"$o\" %1 >>\"$AK\" || { echo \"fleet-relay-setup failed: cannot add the "
                        "relay's key to $AK\"; exit 76; }\n").arg(shellQuote(line));
    s += QStringLiteral("if command -v ssh >/dev/null 2>&1 && command -v mkfifo >/dev/null 2>&1 "
                        "&& echo | tee -p /dev/null >/dev/null 2>&1; then f=yes; else f=no; fi\n"
                        "echo \"fleet-relay-setup ok forward $f\"\n");
    return s;
}

QString receiveCommand(const QString &id, bool zstd, const QList<int> &rest)
{
    QString command = QStringLiteral("sh \"${TMPDIR:-/tmp}/fleet-relay-%1/recv\" %2").arg(id).arg(zstd ? 1 : 0);
    for (int index : rest)
        command += QLatin1Char(' ') + QString::number(index);
    return command;
}

QString stopLoadCommand(const QString &id)
{
    // Only a process that still is a load: the PID may have been reused once the load ended.
    return directory(id) + QStringLiteral("p=$(cat \"$D/load.pid\" 2>/dev/null) && [ -n \"$p\" ] && "
                                          "case $(tr '\\0' ' ' </proc/\"$p\"/cmdline 2>/dev/null) in "
                                          "*load*) kill \"$p\" ;; esac\ntrue\n");
}

QString teardownCommand(const QString &id, int self)
{
    QString s = QStringLiteral("set -f\n") + directory(id) + kAuthorizedKeys
        + QStringLiteral("M=%1\n").arg(shellQuote(keyMarker(id, self)));
    // Members of one push may share the file (one account, several sshd): a lock keeps their edits apart.
    s += QStringLiteral("rm -rf -- \"$D\"\n"
                        "if [ -f \"$AK\" ] && grep -q -F -e \"$M\" \"$AK\"; then\n"
                        "    i=0; got=0\n"
                        "    while [ $i -lt 50 ]; do mkdir \"$AK.fleet-lock\" 2>/dev/null && { got=1; break; }; "
                        "i=$((i+1)); sleep 0.1 2>/dev/null || sleep 1; done\n"
                        "    t=\"$AK.fleet-$$\"\n"
                        "    grep -v -F -e \"$M\" \"$AK\" >\"$t\"\n"
                        "    if [ $? -le 1 ]; then\n"
                        "        if [ -L \"$AK\" ]; then cat \"$t\" >\"$AK\"; else chmod 600 \"$t\" && mv -f \"$t\" \"$AK\"; fi\n"
                        "    fi\n"
                        "    rm -f \"$t\"; [ $got = 1 ] && rmdir \"$AK.fleet-lock\" 2>/dev/null\n"
                        "fi\n"
                        "[ ! -e \"$D\" ] && ! grep -q -F -e \"$M\" \"$AK\" 2>/dev/null\n");
    return s;
}

} // namespace NodeRelayScript

} // namespace fleet
