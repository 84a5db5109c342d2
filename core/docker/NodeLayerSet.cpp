#include "docker/NodeLayerSet.h"

#include "docker/LayerChain.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fleet {

namespace {
constexpr char kStore[] = "fleet-store ";
constexpr char kZstd[] = "fleet-zstd";
constexpr char kLayers[] = "fleet-layers ";
constexpr int kMaxLayersPerImage = 1000;

bool isDigest(const QString &word)
{
    return word.startsWith(QLatin1String("sha256:")) && LayerChain::isHexId(QStringView(word).mid(7));
}
} // namespace

QString NodeLayerSet::storeQuery(const QString &docker, const QString &infoLine)
{
    const QString info = infoLine.isEmpty() ? QString() : infoLine + QLatin1Char('\n');
    return QStringLiteral("%1 info --format '%2fleet-store {{.Driver}} {{json .DriverStatus}}' 2>/dev/null; "
                          "command -v zstd >/dev/null 2>&1 && echo fleet-zstd; ")
        .arg(docker, info);
}

QString NodeLayerSet::layersQuery(const QString &docker)
{
    // `image ls -q` lists each image once per name: sort -u. xargs -r: an empty store asks nothing more.
    return QStringLiteral("%1 image ls -q --no-trunc 2>/dev/null | sort -u | xargs -r %1 image inspect --format "
                          "'fleet-layers {{.Id}} {{range .RootFS.Layers}}{{.}} {{end}}' 2>/dev/null; ")
        .arg(docker);
}

NodeLayerSet NodeLayerSet::parse(const QByteArray &answer, QByteArray *rest)
{
    NodeLayerSet set;
    QByteArray others;
    for (const QByteArray &line : answer.split('\n')) {
        if (line.startsWith(kStore)) {
            set.known = true;
            const QByteArray body = line.mid(int(sizeof kStore) - 1).trimmed();
            const qsizetype space = body.indexOf(' ');
            set.storageDriver = QString::fromUtf8(space < 0 ? body : body.left(space)).left(64);
            // [["driver-type","io.containerd.snapshotter.v1"],…] on a containerd image store (Docker ≥ 24).
            const QJsonArray status = QJsonDocument::fromJson(space < 0 ? QByteArray() : body.mid(space + 1)).array();
            for (const QJsonValue &pair : status)
                if (pair.toArray().at(1).toString().startsWith(QLatin1String("io.containerd.snapshotter")))
                    set.containerdStore = true;
        } else if (line.trimmed() == kZstd) {
            set.hasZstd = true;
        } else if (line.startsWith(kLayers)) {
            const QStringList words = QString::fromLatin1(line.mid(int(sizeof kLayers) - 1)).split(
                QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() < 2 || words.size() > kMaxLayersPerImage + 1 || !isDigest(words.first()))
                continue;
            const QStringList diffIds = words.mid(1);
            if (!std::all_of(diffIds.begin(), diffIds.end(), isDigest))
                continue;
            ++set.images;
            for (const QString &chain : LayerChain::chainIds(diffIds))
                set.chainIds.insert(chain);
        } else if (rest) {
            others += line + '\n';
        }
    }
    if (rest) {
        others.chop(1);
        *rest = others;
    }
    return set;
}

} // namespace fleet
