#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fleet {

// How Docker names the layers of an image. A layer is the same on two hosts only in the same place of the same
// chain: the classic image store keys layers by chain ID (sha256 of "parent-chain-ID diff-ID"), and `docker load`
// skips a layer whose chain ID it already has without opening its file (field notes). Archives of Docker ≤ 24 name
// each layer's directory by a legacy v1 ID derived from the chain ID and that directory's own json file
// (moby image/v1 CreateID), so the directory of a layer can be recognised from the json file that precedes its
// layer.tar in the stream.
namespace LayerChain {

// The chain IDs of `diffIds` (in image order, "sha256:…"): the first is the first diff ID.
QStringList chainIds(const QStringList &diffIds);

// The index into `chainIds` of the layer whose legacy directory `directoryId` (64 hex digits) carries `v1Json`,
// or -1 when none matches (another Docker's format, or not a layer of this image). Every match is a sha256
// equality, so a wrong guess is impossible; a miss only means the layer is sent.
int legacyLayerIndex(const QByteArray &v1Json, const QString &directoryId, const QStringList &chainIds);

// 64 lowercase hex digits.
bool isHexId(QStringView text);

} // namespace LayerChain

} // namespace fleet
