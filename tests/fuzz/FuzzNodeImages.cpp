#include "FuzzSupport.h"

#include "actions/InventoryMatrix.h"
#include "actions/NodeImageReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace fleet;

// What a node says it holds, for the inventory: `docker images --format '{{json .}}'` lines over SSH (before the
// first NUL) and an agent's `images` reply (after it). Untrusted and bounded; every image kept is a tagged,
// normalized reference with a full image ID, each once; the drift of such columns names only their nodes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QList<HeldImage> viaSsh = NodeImageReader::fromDockerLines(split < 0 ? input : input.left(split));
    const QJsonObject reply = QJsonDocument::fromJson(split < 0 ? QByteArray() : input.mid(split + 1)).object();
    const QList<HeldImage> viaAgent = NodeImageReader::fromAgentItems(reply.value(QStringLiteral("items")).toArray());
    for (const QList<HeldImage> *images : {&viaSsh, &viaAgent}) {
        FLEET_FUZZ_ASSERT(images->size() <= NodeImageReader::kMaxImages);
        QSet<QString> seen;
        for (const HeldImage &image : *images) {
            FLEET_FUZZ_ASSERT(image.id.size() == 71 && image.id.startsWith(QLatin1String("sha256:")));
            FLEET_FUZZ_ASSERT(!image.tag.isEmpty() && image.reference == image.repository + u':' + image.tag);
            FLEET_FUZZ_ASSERT(!image.reference.contains(u'\n') && !seen.contains(image.reference.toLower()));
            seen.insert(image.reference.toLower());
        }
    }
    NodeInventory a, b;
    a.node = a.display = QStringLiteral("127.0.0.1");
    a.images = viaSsh;
    b.node = b.display = QStringLiteral("127.0.0.2");
    b.images = viaAgent;
    QList<CatalogEntry> catalog;
    for (const HeldImage &image : viaAgent.mid(0, 50)) {
        CatalogEntry e;
        e.reference = image.reference;
        catalog << e;
    }
    const GroupRecord group{QStringLiteral("all"), {a.node, b.node}, {}};
    const InventoryMatrix m = InventoryDrift::build({a, b}, {group}, catalog);
    for (const Drift &d : m.drift)
        FLEET_FUZZ_ASSERT(d.node == a.display || d.node == b.display);
    return 0;
}
