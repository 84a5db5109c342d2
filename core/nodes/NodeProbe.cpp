#include "nodes/NodeProbe.h"

#include "ssh/SshSession.h"
#include "util/ShellQuote.h"

namespace fleet {

QString NodeProbe::script()
{
    // Every answer is one `key=value` line (newlines folded, 500 characters at most). docker is asked plainly,
    // then through `sudo -n` (never a password prompt) when plainly failed; podman when docker cannot be used.
    // `timeout` bounds a hung daemon where the node has it. A runtime's answer is the line its template marks
    // with `fleet:` (warnings on stderr around it are not the answer); its error is the last other line.
    return QStringLiteral(R"sh(
kv() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | tr '\n\r' '  ' | cut -c1-500)"; }
answer() { printf '%s\n' "$1" | sed -n 's/^fleet://p' | head -n 1; }
complaint() {
    c=$(printf '%s\n' "$1" | grep -v '^fleet:' | grep -v '^ *$')
    printf '%s\n' "$c" | grep -i -m 1 -e 'permission denied' -e 'cannot connect' -e 'error during connect' ||
        printf '%s\n' "$c" | tail -n 1
}
T=; command -v timeout >/dev/null 2>&1 && T='timeout 20'
echo 'fleet-probe 1'
kv user "$(id -un 2>/dev/null)"
kv arch "$(uname -m 2>/dev/null)"
kv docker_path "$(command -v docker 2>/dev/null)"
kv podman_path "$(command -v podman 2>/dev/null)"
kv sudo_path "$(command -v sudo 2>/dev/null)"
kv docker_host "${DOCKER_HOST:-}"
t=${TMPDIR:-/tmp}
kv tmp_dir "$t"
kv tmp_free_kb "$(df -Pk "$t" 2>/dev/null | awk 'NR==2 {print $4}')"
F='fleet:{{.ServerVersion}}|{{.Driver}}|{{.DockerRootDir}}|{{range .DriverStatus}}{{index . 0}}={{index . 1}};{{end}}|{{range .SecurityOptions}}{{.}};{{end}}|{{range $k, $v := .Runtimes}}{{$k}},{{end}}'
D=
if command -v docker >/dev/null 2>&1; then
    if out=$($T docker info --format "$F" 2>&1) && [ -n "$(answer "$out")" ]; then
        D=docker; kv docker_access direct; out=$(answer "$out"); kv docker_info "$out"
    else
        # docker info --format hides why it has no server (a template error): docker version says it
        why=$($T docker version --format 'fleet:' 2>&1 >/dev/null)
        kv docker_error "$(complaint "$why
$out")"
        if command -v sudo >/dev/null 2>&1; then
            if out=$($T sudo -n docker info --format "$F" 2>&1) && [ -n "$(answer "$out")" ]; then
                D='sudo -n docker'; kv docker_access sudo; out=$(answer "$out"); kv docker_info "$out"
            else
                kv docker_access denied; kv sudo_error "$(complaint "$out")"
            fi
        else
            kv docker_access denied
        fi
    fi
fi
if [ -n "$D" ]; then
    kv docker_api "$(answer "$($T $D version --format 'fleet:{{.Server.APIVersion}}' 2>/dev/null)")"
    r=$(printf '%s' "$out" | cut -d'|' -f3)
    [ -n "$r" ] && kv root_free_kb "$(df -Pk "$r" 2>/dev/null | awk 'NR==2 {print $4}')"
elif command -v podman >/dev/null 2>&1; then
    if out=$($T podman info --format 'fleet:{{.Version.Version}}|{{.Version.APIVersion}}|{{.Store.GraphDriverName}}|{{.Store.GraphRoot}}|{{.Host.Security.Rootless}}|{{.Host.RemoteSocket.Path}}' 2>&1) && [ -n "$(answer "$out")" ]; then
        out=$(answer "$out"); kv podman_info "$out"
        r=$(printf '%s' "$out" | cut -d'|' -f4)
        [ -n "$r" ] && kv root_free_kb "$(df -Pk "$r" 2>/dev/null | awk 'NR==2 {print $4}')"
    else
        kv podman_error "$(complaint "$out")"
    fi
fi
if command -v nvidia-smi >/dev/null 2>&1; then
    nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -n 16 |
        while IFS= read -r g; do kv gpu "$g"; done
    kv cuda "$(nvidia-smi 2>/dev/null | sed -n 's/.*CUDA Version: *\([0-9.]*\).*/\1/p' | head -n 1)"
fi
[ -r /etc/nv_tegra_release ] && kv l4t "$(head -n 1 /etc/nv_tegra_release)"
for f in /usr/local/cuda/version.json /usr/local/cuda/version.txt; do
    [ -r "$f" ] && { kv cuda_file "$(grep -m 1 -o '[0-9][0-9]*\.[0-9][0-9.]*' "$f")"; break; }
done
exit 0
)sh");
}

QString NodeProbe::command()
{
    return QStringLiteral("sh -c ") + shellQuote(script());
}

NodeProbeReply NodeProbe::run(SshSession &session, Failure *failure)
{
    const RemoteResult result = session.run(command());
    if (!result.error.ok()) {
        if (failure)
            *failure = Failure { result.error.failureKind(), result.error.message };
        return {};
    }
    NodeProbeReply reply = NodeProbeReply::parse(result.out);
    if (!reply.valid && failure)
        *failure = Failure { FailureKind::Failed,
            tr("%1: the node probe gave no answer (exit %2): %3. The node needs a POSIX sh.")
                .arg(session.target().display())
                .arg(result.exitStatus)
                .arg(QString::fromUtf8(result.err.trimmed().left(300))) };
    return reply;
}

namespace {

bool daemonDown(const NodeProbeReply &reply)
{
    return reply.runtime == NodeProbeReply::Runtime::Docker && reply.access == NodeProbeReply::Access::Denied
        && (reply.error.contains(QLatin1String("Cannot connect to the Docker daemon"))
            || (reply.error.contains(QLatin1String("connect:"))
                && !reply.error.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)));
}

} // namespace

FailureKind NodeProbe::refusalKind(const NodeProbeReply &reply)
{
    if (reply.usable())
        return FailureKind::None;
    return daemonDown(reply) ? FailureKind::Unreachable : FailureKind::Failed;
}

QString NodeProbe::refusal(const QString &node, const NodeProbeReply &reply)
{
    if (reply.usable())
        return {};
    const QString who = reply.user.isEmpty() ? tr("the SSH user") : reply.user;
    if (reply.runtime == NodeProbeReply::Runtime::None) {
        if (reply.podmanFound)
            return tr("%1: podman is installed but does not answer (%2). Check `podman info` there as %3, then "
                      "retry.")
                .arg(node, reply.error, who);
        return tr("%1: docker is not installed on the node (no docker or podman on %2's PATH). Install Docker (or "
                  "podman) there, or connect as a user whose PATH has it, then retry.")
            .arg(node, who);
    }
    if (reply.runtime == NodeProbeReply::Runtime::Docker && reply.access == NodeProbeReply::Access::Denied) {
        if (daemonDown(reply))
            return tr("%1: the Docker daemon on the node is not running (%2). Start it there (systemctl start "
                      "docker) and retry.")
                .arg(node, reply.error);
        const QString cli = reply.dockerPath.isEmpty() ? QStringLiteral("/usr/bin/docker") : reply.dockerPath;
        return tr("%1: %2 may not use docker there (%3)%4. Nothing was sent. Either add %2 to the group of the "
                  "node's Docker socket (`sudo usermod -aG docker %2`, then log in again), or allow docker through "
                  "sudo without a password (a sudoers line: `%2 ALL=(root) NOPASSWD: %5`), or connect as another "
                  "user.")
            .arg(node, who, reply.error,
                reply.sudoFound ? tr("; `sudo -n docker` was refused too (%1)").arg(reply.sudoError)
                                : tr("; the node has no sudo"),
                cli);
    }
    return tr("%1: the node's %2 cannot be used (%3).")
        .arg(node, NodeProbeReply::runtimeName(reply.runtime), reply.error);
}

} // namespace fleet
