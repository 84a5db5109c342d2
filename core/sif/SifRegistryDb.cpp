#include "sif/SifRegistryDb.h"

#include "history/Statement.h"
#include "history/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

namespace fleet {

namespace {

// APPEND only: a registry file already went through every step here.
const char *const kSteps[] = {
    // Version 1: one row per file, the scans.
    R"sql(
CREATE TABLE images (
    partition      TEXT NOT NULL,
    name           TEXT NOT NULL,
    size           INTEGER NOT NULL,
    mtime_ms       INTEGER NOT NULL,
    sha256         TEXT NOT NULL DEFAULT '',
    flag           TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL DEFAULT '',
    arch           TEXT NOT NULL DEFAULT '',
    labels_json    TEXT NOT NULL DEFAULT '{}',
    deffile        TEXT NOT NULL DEFAULT '',
    created_ms     INTEGER,
    signed         INTEGER NOT NULL DEFAULT 0,
    intact         INTEGER NOT NULL DEFAULT 0,
    verified       INTEGER NOT NULL DEFAULT 0,
    signer         TEXT NOT NULL DEFAULT '',
    verify_message TEXT NOT NULL DEFAULT '',
    scanned_at     INTEGER NOT NULL,
    PRIMARY KEY (partition, name)
);
CREATE TABLE scans (
    id          INTEGER PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    counts_json TEXT NOT NULL DEFAULT '{}',
    hashed      INTEGER NOT NULL DEFAULT 0,
    reused      INTEGER NOT NULL DEFAULT 0,
    flagged     INTEGER NOT NULL DEFAULT 0
);
)sql",
};

QString labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject o;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> labelsFrom(const QString &json)
{
    QMap<QString, QString> labels;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

SifRegistryImage::Flag flagFrom(const QString &name)
{
    for (auto flag : {SifRegistryImage::Flag::Corrupt, SifRegistryImage::Flag::Unreadable,
                      SifRegistryImage::Flag::BadName, SifRegistryImage::Flag::Missing})
        if (sifFlagName(flag) == name)
            return flag;
    return SifRegistryImage::Flag::None;
}

// A null QString binds SQL NULL; these columns are NOT NULL.
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

int SifRegistryDb::latestVersion()
{
    return int(std::size(kSteps));
}

bool SifRegistryDb::open(const QString &path, Database::OpenMode mode)
{
    if (!m_db.open(path, mode))
        return false;
    if (mode == Database::OpenMode::ReadOnly)
        return m_db.queryInt("PRAGMA user_version") == latestVersion()
            || m_db.fail(DbError::TooNew, QStringLiteral("%1: registry database version %2, this build reads %3")
                                              .arg(path).arg(m_db.queryInt("PRAGMA user_version")).arg(latestVersion()));
    return migrate();
}

bool SifRegistryDb::migrate()
{
    for (;;) {
        const qint64 version = m_db.queryInt("PRAGMA user_version");
        if (version < 0)
            return false;
        if (version == latestVersion())
            return true;
        if (version > latestVersion())
            return m_db.fail(DbError::TooNew, QStringLiteral("%1 was written by a newer Fleet Commander (registry "
                                                             "schema %2, this build knows %3): update this one.")
                                                  .arg(m_db.path()).arg(version).arg(latestVersion()));
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return false;
        const qint64 now = m_db.queryInt("PRAGMA user_version"); // another process may have been first
        if (now != version)
            continue;
        if (!m_db.exec(kSteps[version]) || !m_db.exec("PRAGMA user_version = " + QByteArray::number(version + 1))
            || !transaction.commit())
            return false;
    }
}

SifRegistryImage SifRegistryDb::rowToImage(Statement &s) const
{
    SifRegistryImage image;
    image.partition = s.columnText(0);
    image.name = s.columnText(1);
    image.size = s.columnInt64(2);
    image.modified = QDateTime::fromMSecsSinceEpoch(s.columnInt64(3), Qt::UTC);
    image.sha256 = s.columnText(4);
    image.flag = flagFrom(s.columnText(5));
    image.reason = s.columnText(6);
    image.facts.ok = image.flag == SifRegistryImage::Flag::None;
    image.facts.arch = s.columnText(7);
    image.facts.labels = labelsFrom(s.columnText(8));
    image.facts.deffile = s.columnText(9);
    if (!s.isNull(10))
        image.facts.created = QDateTime::fromMSecsSinceEpoch(s.columnInt64(10), Qt::UTC);
    image.facts.isSigned = s.columnInt64(11) != 0;
    image.facts.verified = s.columnInt64(12) != 0;
    image.facts.signer = s.columnText(13);
    image.facts.verifyMessage = s.columnText(14);
    image.facts.intact = s.columnInt64(15) != 0;
    if (!image.facts.ok)
        image.facts.reason = image.reason;
    return image;
}

#define FLEET_SIF_COLUMNS                                                                                          \
    "partition, name, size, mtime_ms, sha256, flag, reason, arch, labels_json, deffile, created_ms, signed, "      \
    "verified, signer, verify_message, intact"

std::optional<SifRegistryImage> SifRegistryDb::find(const QString &partition, const QString &name)
{
    Statement &s = m_db.cached("SELECT " FLEET_SIF_COLUMNS " FROM images WHERE partition = ?1 AND name = ?2");
    s.bind(1, partition).bind(2, name);
    if (s.step() != Statement::Step::Row)
        return std::nullopt;
    return rowToImage(s);
}

QList<SifRegistryImage> SifRegistryDb::all()
{
    Statement s(m_db, "SELECT " FLEET_SIF_COLUMNS " FROM images ORDER BY partition, name");
    QList<SifRegistryImage> images;
    while (s.step() == Statement::Step::Row)
        images << rowToImage(s);
    return images;
}

bool SifRegistryDb::store(const SifRegistryImage &image)
{
    Statement &s = m_db.cached("INSERT OR REPLACE INTO images (" FLEET_SIF_COLUMNS ", scanned_at) VALUES "
                               "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    s.bind(1, image.partition).bind(2, image.name).bind(3, image.size)
        .bind(4, image.modified.toMSecsSinceEpoch()).bind(5, nn(image.sha256))
        .bind(6, nn(sifFlagName(image.flag))).bind(7, nn(image.reason))
        .bind(8, nn(image.facts.arch)).bind(9, labelsJson(image.facts.labels))
        .bind(10, nn(image.facts.deffile));
    if (image.facts.created.isValid())
        s.bind(11, image.facts.created.toMSecsSinceEpoch());
    else
        s.bind(11, nullptr);
    s.bind(12, int(image.facts.isSigned)).bind(13, int(image.facts.verified)).bind(14, nn(image.facts.signer))
        .bind(15, nn(image.facts.verifyMessage)).bind(16, int(image.facts.intact))
        .bind(17, QDateTime::currentMSecsSinceEpoch());
    return s.step() == Statement::Step::Done;
}

#undef FLEET_SIF_COLUMNS

bool SifRegistryDb::remove(const QString &partition, const QString &name)
{
    Statement &s = m_db.cached("DELETE FROM images WHERE partition = ?1 AND name = ?2");
    s.bind(1, partition).bind(2, name);
    return s.step() == Statement::Step::Done;
}

bool SifRegistryDb::recordScan(qint64 startedMs, const QMap<QString, int> &counts, int hashed, int reused,
                               int flagged)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    Statement &s = m_db.cached("INSERT INTO scans (started_at, finished_at, counts_json, hashed, reused, flagged) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, startedMs).bind(2, QDateTime::currentMSecsSinceEpoch())
        .bind(3, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))
        .bind(4, hashed).bind(5, reused).bind(6, flagged);
    return s.step() == Statement::Step::Done;
}

} // namespace fleet
