#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fleet {

// What one node said about itself to NodeProbe's script: the container runtime and how this SSH user may reach
// it, the machine (architecture, GPU, Jetson release) and the free space a push needs. A pure value: parsed from
// the script's answer (untrusted, bounded: FuzzNodeProbe), stored in the history as JSON, shown as badges.
struct NodeProbeReply
{
    enum class Runtime { None, Docker, Podman };
    // How this user reaches the runtime: plainly (root, docker group, podman), through `sudo -n`, or not at all.
    enum class Access { Unknown, Direct, Sudo, Denied };

    bool valid = false; // the script's header was there: the other fields are the node's answer
    Runtime runtime = Runtime::None;
    Access access = Access::Unknown;
    QString user; // the SSH login
    bool dockerFound = false; // `docker` on the login's PATH
    QString dockerPath;
    bool podmanFound = false;
    bool sudoFound = false;
    QString runtimeVersion; // 20.10.24+dfsg1, 4.3.1
    QString apiVersion; // 1.41 (docker), 4.3.1 (podman)
    QString storageDriver; // overlay2, overlay, vfs…
    QString imageStore; // "graphdriver" or "containerd" (docker's containerd snapshotter: no partial loads)
    bool rootless = false;
    QString socket; // unix:///var/run/docker.sock, /run/podman/podman.sock
    QString runtimeRoot; // the runtime's data root (DockerRootDir, podman's graphroot)
    QStringList runtimes; // docker's runtimes: runc, nvidia…
    QString error; // the runtime's own words when it could not be used (last line, terminal-safe)
    QString sudoError; // sudo's words when `sudo -n docker` was refused
    QString arch; // uname -m: x86_64, aarch64
    QStringList gpus; // nvidia-smi's GPU names
    QString cudaVersion; // 12.2 (nvidia-smi), else /usr/local/cuda's version file
    QString l4tRelease; // R35.4.1 from /etc/nv_tegra_release (Jetson)
    qint64 rootFreeBytes = -1; // free space in runtimeRoot's filesystem; -1 unknown
    QString tmpDir;
    qint64 tmpFreeBytes = -1;

    static constexpr qsizetype kMaxReplyBytes = 64 * 1024;
    static constexpr qsizetype kMaxValueChars = 512;

    // The probe script's answer: `key=value` lines after its `fleet-probe 1` header; unknown keys, bad lines and
    // anything past kMaxReplyBytes are ignored.
    static NodeProbeReply parse(const QByteArray &answer);

    bool usable() const { return runtime != Runtime::None && (access == Access::Direct || access == Access::Sudo); }
    bool jetson() const { return !l4tRelease.isEmpty(); }
    // "docker 20.10.24 (sudo)", "podman 4.3.1", "no docker": the one-line summary for tables and tiles.
    QString summary() const;
    // Short words for a tile or a panel: "podman", "sudo", "rootless", "containerd", "GPU", "L4T R35.4.1"…
    QStringList badges() const;

    QJsonObject toJson() const;
    static NodeProbeReply fromJson(const QJsonObject &object);

    static QString runtimeName(Runtime runtime);
    static QString accessName(Access access);
};

} // namespace fleet
