#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace fleet {

// What a node's image store already holds, from one round trip (its lines are marked so they can ride along with
// other questions): every chain ID of every image there, whether the store is containerd's (which does not reuse
// layers a partial archive leaves out), and whether the node can decompress zstd.
struct NodeLayerSet
{
    bool known = false;           // the node answered the layer question
    bool containerdStore = false; // `docker info`: driver-type io.containerd.snapshotter.v1
    bool hasZstd = false;         // `zstd` is on the node's PATH
    QString storageDriver;        // overlay2, overlayfs, vfs…
    QSet<QString> chainIds;       // "sha256:…" of every layer prefix of every image on the node
    int images = 0;

    // The shell lines that ask (POSIX sh; no value of ours in them); `docker` is the node's docker command. Two
    // halves: the store's kind and zstd (one `docker info`; `infoLine`: another format line it answers first, in
    // the same CLI start — each costs ~50 ms), and every image's layers (`image ls`, then one `image inspect` of
    // them all), which a node that already has the image is not asked.
    static QString storeQuery(const QString &docker, const QString &infoLine = {});
    static QString layersQuery(const QString &docker);
    // Reads the marked lines of `answer` (others are ignored) into a set; unmarked lines go to `rest`.
    static NodeLayerSet parse(const QByteArray &answer, QByteArray *rest = nullptr);
    // True when `docker load` on this node skips layers an archive leaves out.
    bool reusesLayers() const { return known && !containerdStore; }
};

} // namespace fleet
