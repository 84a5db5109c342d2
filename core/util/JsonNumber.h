#pragma once

#include <QJsonValue>
#include <QtGlobal>

namespace fleet {

// A byte count from untrusted JSON (a sidecar, a registry manifest, a node's docker output): a JSON number is a
// double, and casting one outside qint64 to it is undefined. Only whole numbers from 0 to 2^53 (what a double
// holds exactly) are taken; anything else gives `fallback`.
qint64 jsonByteCount(const QJsonValue &value, qint64 fallback = -1);

} // namespace fleet
