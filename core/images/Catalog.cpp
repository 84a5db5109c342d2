#include "images/Catalog.h"

#include "history/Database.h"
#include "history/Statement.h"
#include "images/BuildResult.h"
#include "images/ImageReference.h"

#include <QHash>
#include <QJsonDocument>

namespace fleet {

namespace {

constexpr const char *kColumns = "id, reference, name, tag, image_id, digest, size, layers, built_at, duration_ms, "
                                 "metadata_json, definition, log";

CatalogEntry entryFrom(const Statement &row)
{
    CatalogEntry e;
    e.id = row.columnInt64(0);
    e.reference = row.columnText(1);
    e.name = row.columnText(2);
    e.tag = row.columnText(3);
    e.imageId = row.columnText(4);
    e.digest = row.columnText(5);
    e.size = row.columnInt64(6);
    e.layers = int(row.columnInt64(7));
    e.builtAt = QDateTime::fromMSecsSinceEpoch(row.columnInt64(8), Qt::UTC);
    e.durationMs = row.columnInt64(9);
    QList<DefinitionProblem> ignored; // it was valid when recorded; a later schema may add fields
    e.metadata = ImageMetadata::fromJson(row.columnText(10).toUtf8(), &ignored);
    e.definition = row.columnText(11);
    e.log = row.columnText(12);
    return e;
}

QList<CatalogEntry> readAll(Statement &s)
{
    QList<CatalogEntry> entries;
    while (s.step() == Statement::Step::Row)
        entries << entryFrom(s);
    return entries;
}

// NOT NULL text columns: a null QString would bind SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Catalog::Catalog(Database &db)
    : m_db(db)
{
}

QString Catalog::error() const
{
    return m_db.errorString();
}

bool Catalog::record(const BuildResult &result)
{
    if (!result.ok())
        return m_db.fail(DbError::Other, QStringLiteral("only built images go into the catalog (%1 was %2)")
                                             .arg(result.reference, BuildResult::statusName(result.status)));
    const ImageReference reference = ImageReference::parse(result.reference);
    Statement s(m_db, R"sql(
INSERT INTO catalog (reference, name, tag, image_id, digest, size, layers, built_at, duration_ms, display_name,
                     category, gpu_required, metadata_json, definition, log)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
ON CONFLICT(reference) DO UPDATE SET
    name = excluded.name, tag = excluded.tag, image_id = excluded.image_id, digest = excluded.digest,
    size = excluded.size, layers = excluded.layers, built_at = excluded.built_at,
    duration_ms = excluded.duration_ms, display_name = excluded.display_name, category = excluded.category,
    gpu_required = excluded.gpu_required, metadata_json = excluded.metadata_json,
    definition = excluded.definition, log = excluded.log
)sql");
    const QDateTime builtAt = result.finishedAt.isValid() ? result.finishedAt : QDateTime::currentDateTimeUtc();
    const QString log = result.log.size() > kMaxLog ? result.log.right(kMaxLog) : result.log;
    s.bind(1, result.reference)
        .bind(2, ImageReference::parse(reference.name()).familiar())
        .bind(3, text(reference.tag()))
        .bind(4, text(result.imageId))
        .bind(5, text(result.digest))
        .bind(6, result.size)
        .bind(7, result.layers)
        .bind(8, builtAt.toMSecsSinceEpoch())
        .bind(9, result.durationMs)
        .bind(10, text(result.metadata.displayName))
        .bind(11, text(result.metadata.category))
        .bind(12, result.metadata.gpuRequired ? 1 : 0)
        .bind(13, QString::fromUtf8(QJsonDocument(result.metadata.toJson()).toJson(QJsonDocument::Compact)))
        .bind(14, text(result.folder))
        .bind(15, text(log));
    return s.run();
}

std::optional<CatalogEntry> Catalog::find(const QString &reference)
{
    // Accept any spelling of the reference: "docker.io/fleet/x:1.0.0" finds "fleet/x:1.0.0".
    const ImageReference parsed = ImageReference::parse(reference);
    Statement s(m_db, QByteArray("SELECT ") + kColumns + " FROM catalog WHERE reference = ?1");
    s.bind(1, parsed.isValid() ? parsed.familiar() : reference);
    if (s.step() != Statement::Step::Row)
        return std::nullopt;
    return entryFrom(s);
}

QList<CatalogEntry> Catalog::list(const QString &search, const QString &category)
{
    Statement s(m_db, QByteArray("SELECT ") + kColumns + R"sql( FROM catalog
WHERE (?1 IS NULL OR reference LIKE ?1 ESCAPE '\' OR display_name LIKE ?1 ESCAPE '\' OR category LIKE ?1 ESCAPE '\'
       OR metadata_json LIKE ?1 ESCAPE '\')
  AND (?2 IS NULL OR category = ?2)
ORDER BY built_at DESC, id DESC)sql");
    s.bind(1, search.isEmpty() ? QString() : likePattern(search));
    s.bind(2, category.isEmpty() ? QString() : category);
    return readAll(s);
}

QList<CatalogEntry> Catalog::byImageId(const QString &imageId)
{
    Statement s(m_db, QByteArray("SELECT ") + kColumns + " FROM catalog WHERE image_id = ?1 ORDER BY built_at DESC");
    s.bind(1, imageId);
    return readAll(s);
}

bool Catalog::remove(const QString &reference)
{
    const ImageReference parsed = ImageReference::parse(reference);
    Statement s(m_db, "DELETE FROM catalog WHERE reference = ?1");
    s.bind(1, parsed.isValid() ? parsed.familiar() : reference);
    return s.run();
}

void Catalog::annotate(QList<ImageInfo> *images)
{
    annotate(images, list());
}

void Catalog::annotate(QList<ImageInfo> *images, const QList<CatalogEntry> &entries)
{
    QHash<QString, CatalogEntry> byId;
    for (const CatalogEntry &e : entries)
        if (!byId.contains(e.imageId))
            byId.insert(e.imageId, e); // newest first: the latest build of an ID wins
    for (ImageInfo &image : *images) {
        if (byId.contains(image.id)) {
            const ImageMetadata &m = byId.value(image.id).metadata;
            image.displayName = m.displayName;
            image.category = m.category;
            image.description = m.description;
            image.gpuRequired = m.gpuRequired;
            continue;
        }
        image.displayName = image.labels.value(QStringLiteral("org.opencontainers.image.title"));
        image.category = image.labels.value(QStringLiteral("io.fleetcommander.category"));
        image.description = image.labels.value(QStringLiteral("org.opencontainers.image.description"));
        image.gpuRequired = image.labels.value(QStringLiteral("io.fleetcommander.gpu-required")) == QLatin1String("true");
    }
}

} // namespace fleet
