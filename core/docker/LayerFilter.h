#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace fleet {

// Leaves out of a `docker save` stream, as it passes, the layers a node already holds in the same place of the
// same chain, so only missing layers cross the wire and no copy is made anywhere. Everything else — manifests,
// configs, the layers' small json files — passes byte for byte. Both archive layouts are understood: Docker ≤ 24's
// `<v1-id>/layer.tar` (recognised by its json file, see LayerChain) and the OCI layout's `blobs/sha256/<diff-id>`.
// A layer whose diff ID occurs twice in the image is always sent (a repeated layer may be a link to the other).
// Anything it does not understand is passed on unchanged and filtering stops: the archive then arrives whole.
class LayerFilter final
{
public:
    using Sink = std::function<bool(const char *data, qint64 size)>;

    // `diffIds`: the image's layers in order; `nodeChainIds`: what the node has (NodeLayerSet::chainIds).
    LayerFilter(const QStringList &diffIds, const QSet<QString> &nodeChainIds, Sink sink);

    // Bytes of the stream; false when the sink refused them.
    bool feed(const char *data, qint64 size);
    // The stream ended: passes on what is still held (an incomplete entry stays incomplete for `docker load`).
    bool finish();

    int layerCount() const { return int(m_diffIds.size()); }
    int skippableLayers() const { return int(m_skippable.size()); }
    int skippedLayers() const { return m_skippedLayers; }
    qint64 skippedBytes() const { return m_skippedBytes; } // layer data left out
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    bool gaveUp() const { return m_state == State::PassThrough; }

private:
    enum class State { Header, Extension, Data, PassThrough };
    enum class Action { Pass, Drop, Inspect };

    bool forward(const char *data, qint64 size);
    bool onHeader();
    bool onExtension();
    bool giveUp(); // pass everything held and every later byte unchanged
    Action decide(const QString &name, char type);
    QString entryName(const char *header) const;

    QStringList m_diffIds;
    QStringList m_chainIds;
    QSet<int> m_skippable;             // layer indexes the node has (and that occur once)
    QHash<QString, int> m_skippableBlobs; // OCI: "sha256:…" diff ID → index
    QHash<QString, int> m_legacyDirs;  // v1 directory ID → layer index, learnt from its json file
    Sink m_sink;

    State m_state = State::Header;
    QByteArray m_block;       // the header being collected
    QByteArray m_held;        // extension headers (pax 'x', GNU 'L') and their data, until their entry is decided
    QByteArray m_extension;   // the data of the extension being read
    char m_extensionType = 0;
    QString m_longName;       // from 'L' or a pax path record
    Action m_action = Action::Pass;
    QString m_entry;          // the current entry's name
    qint64 m_left = 0;        // data (with padding) of the current entry still to come
    qint64 m_dataSize = 0;    // the current entry's data size (without padding)
    QByteArray m_inspected;   // Inspect: header + data of a legacy json file, held until it is complete
    int m_skippedLayers = 0;
    qint64 m_skippedBytes = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace fleet
