#include "actions/InventoryMatrix.h"

#include "images/ImageReference.h"
#include "images/SemanticVersion.h"
#include "ssh/SshOptions.h"
#include "util/ShellQuote.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace fleet {

namespace {

std::optional<SemanticVersion> version(const QString &tag)
{
    bool ok = false;
    const SemanticVersion v = SemanticVersion::parse(tag.startsWith(QLatin1Char('v')) ? tag.mid(1) : tag, &ok);
    return ok ? std::optional<SemanticVersion>(v) : std::nullopt;
}

QString hostOf(const QString &node)
{
    return SshTarget::parse(node).host.toLower();
}

} // namespace

QString inventorySourceName(InventorySource source)
{
    switch (source) {
    case InventorySource::Agent: return QStringLiteral("agent");
    case InventorySource::Ssh: return QStringLiteral("ssh");
    case InventorySource::None: break;
    }
    return QStringLiteral("none");
}

QString driftKindName(DriftKind kind)
{
    return kind == DriftKind::Missing ? QStringLiteral("missing") : QStringLiteral("outdated");
}

const HeldImage *NodeInventory::find(const QString &reference) const
{
    for (const HeldImage &image : images)
        if (image.reference.compare(reference, Qt::CaseInsensitive) == 0)
            return &image;
    return nullptr;
}

std::optional<QString> InventoryMatrix::cell(const QString &image, int column) const
{
    if (column < 0 || column >= nodes.size())
        return std::nullopt;
    if (const HeldImage *held = nodes.at(column).find(image))
        return held->id;
    return std::nullopt;
}

int InventoryMatrix::columnOf(const QString &node) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).node.compare(node, Qt::CaseInsensitive) == 0
            || nodes.at(i).display.compare(node, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

const Drift *InventoryMatrix::driftAt(const QString &image, int column) const
{
    if (column < 0 || column >= nodes.size())
        return nullptr;
    const QString node = nodes.at(column).display;
    for (const Drift &d : drift) {
        if (d.node != node)
            continue;
        if ((d.kind == DriftKind::Missing && d.image.compare(image, Qt::CaseInsensitive) == 0)
            || (d.kind == DriftKind::Outdated && (d.held.compare(image, Qt::CaseInsensitive) == 0
                                                  || d.image.compare(image, Qt::CaseInsensitive) == 0)))
            return &d;
    }
    return nullptr;
}

std::optional<HeldImage> InventoryDrift::normalize(const QString &reference, const QString &id)
{
    const ImageReference parsed = ImageReference::parse(reference);
    if (!parsed.isValid() || !parsed.hasTag())
        return std::nullopt;
    const ImageReference plain = parsed.withTag(parsed.tag()); // digest dropped
    HeldImage image;
    image.reference = plain.familiar();
    image.tag = plain.tag();
    image.repository = image.reference.left(image.reference.size() - image.tag.size() - 1);
    image.id = id;
    return image;
}

int InventoryDrift::compareTags(const QString &a, const QDateTime &aBuilt, const QString &b, const QDateTime &bBuilt)
{
    const std::optional<SemanticVersion> va = version(a), vb = version(b);
    if (va && vb) {
        if (const int byVersion = SemanticVersion::compare(*va, *vb); byVersion != 0)
            return byVersion;
    }
    const qint64 ta = aBuilt.isValid() ? aBuilt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 tb = bBuilt.isValid() ? bBuilt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    if (ta != tb && !(va && vb))
        return ta < tb ? -1 : 1;
    return QString::compare(a, b);
}

QHash<QString, CatalogEntry> InventoryDrift::newestByRepository(const QList<CatalogEntry> &entries)
{
    QHash<QString, CatalogEntry> newest;
    for (const CatalogEntry &entry : entries) {
        const std::optional<HeldImage> image = normalize(entry.reference);
        if (!image)
            continue;
        CatalogEntry normalized = entry;
        normalized.reference = image->reference;
        normalized.name = image->repository;
        normalized.tag = image->tag;
        const auto it = newest.find(image->repository);
        if (it == newest.end())
            newest.insert(image->repository, normalized);
        else if (compareTags(normalized.tag, normalized.builtAt, it->tag, it->builtAt) > 0)
            *it = normalized;
    }
    return newest;
}

QList<Drift> InventoryDrift::compute(const QList<NodeInventory> &nodes, const QList<GroupRecord> &groups,
                                     const QList<CatalogEntry> &catalog)
{
    QList<Drift> out;
    const QHash<QString, CatalogEntry> newest = newestByRepository(catalog);
    for (const NodeInventory &node : nodes) {
        if (!node.ok())
            continue;
        const QString host = hostOf(node.node);
        QSet<QString> reported; // one line per missing image, whichever groups want it
        for (const GroupRecord &group : groups) {
            const bool member = std::any_of(group.nodes.cbegin(), group.nodes.cend(),
                                            [&host](const QString &n) { return hostOf(n) == host; });
            if (!member)
                continue;
            for (const QString &wanted : group.wanted) {
                const std::optional<HeldImage> image = normalize(wanted);
                const QString reference = image ? image->reference : wanted;
                if (node.find(reference) || reported.contains(reference.toLower()))
                    continue;
                reported.insert(reference.toLower());
                out << Drift{DriftKind::Missing, node.display, reference, {}, group.name,
                             shellJoin({QStringLiteral("fleetctl"), QStringLiteral("sync"), reference,
                                        QStringLiteral("--to"), group.name})};
            }
        }
        QSet<QString> behind; // one line per repository
        for (const HeldImage &held : node.images) {
            const auto it = newest.constFind(held.repository);
            if (it == newest.cend() || behind.contains(held.repository) || node.find(it->reference))
                continue;
            const std::optional<CatalogEntry> same = [&]() -> std::optional<CatalogEntry> {
                for (const CatalogEntry &e : catalog)
                    if (const auto n = normalize(e.reference); n && n->reference == held.reference)
                        return e;
                return std::nullopt;
            }();
            // Older only when it is known: both tags are versions, or the catalog built both (times).
            const bool comparable = (version(held.tag) && version(it->tag)) || same.has_value();
            if (!comparable || compareTags(held.tag, same ? same->builtAt : QDateTime(), it->tag, it->builtAt) >= 0)
                continue;
            behind.insert(held.repository);
            out << Drift{DriftKind::Outdated, node.display, it->reference, held.reference, {},
                         shellJoin({QStringLiteral("fleetctl"), QStringLiteral("sync"), it->reference,
                                    node.display})};
        }
    }
    return out;
}

InventoryMatrix InventoryDrift::build(const QList<NodeInventory> &nodes, const QList<GroupRecord> &groups,
                                      const QList<CatalogEntry> &catalog)
{
    InventoryMatrix matrix;
    matrix.nodes = nodes;
    matrix.drift = compute(nodes, groups, catalog);
    QSet<QString> seen;
    const auto add = [&](const QString &reference) {
        if (!seen.contains(reference.toLower())) {
            seen.insert(reference.toLower());
            matrix.images << reference;
        }
    };
    for (const NodeInventory &node : nodes)
        for (const HeldImage &image : node.images)
            add(image.reference);
    for (const Drift &d : std::as_const(matrix.drift))
        add(d.image); // a missing image gets its row, so the red cell has a place
    std::sort(matrix.images.begin(), matrix.images.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return matrix;
}

} // namespace fleet
