#include "images/stores/StoredArchive.h"

#include "util/JsonNumber.h"


#include <QRegularExpression>
#include <QUrl>

namespace fleet {

namespace {

const QString kSuffix = QStringLiteral(".tar");

bool isHexSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

StoredArchive StoredArchive::forReference(const ImageReference &reference)
{
    StoredArchive a;
    a.reference = reference.familiar();
    a.name = ImageReference::parse(reference.name()).familiar();
    a.tag = reference.tag();
    a.key = fileNameFor(reference);
    return a;
}

QJsonObject StoredArchive::toJson() const
{
    QJsonObject o{{QStringLiteral("reference"), reference},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("tag"), tag},
                  {QStringLiteral("archive"), archive},
                  {QStringLiteral("key"), key},
                  {QStringLiteral("size"), double(size)},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("image_id"), imageId}};
    if (created.isValid())
        o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
    return o;
}

std::optional<StoredArchive> StoredArchive::fromJson(const QJsonObject &o, QString *error)
{
    StoredArchive a;
    a.reference = o.value(QLatin1String("reference")).toString();
    const ImageReference parsed = ImageReference::parse(a.reference);
    if (!parsed.isValid() || !parsed.hasTag()) {
        *error = QStringLiteral("the sidecar names no valid tagged reference (\"%1\")").arg(a.reference.left(200));
        return std::nullopt;
    }
    a.reference = parsed.familiar();
    a.name = ImageReference::parse(parsed.name()).familiar();
    a.tag = parsed.tag();
    // Optional (sidecars written before archives had names lack it); when present it must be a valid name.
    const QJsonValue archive = o.value(QLatin1String("archive"));
    if (!archive.isUndefined() && !archive.isNull()) {
        QString why;
        if (!archive.isString() || (!archive.toString().isEmpty() && !isValidArchiveName(archive.toString(), &why))) {
            *error = QStringLiteral("the sidecar of %1 records an invalid archive name (%2)")
                         .arg(a.reference, why.isEmpty() ? QStringLiteral("not a string") : why);
            return std::nullopt;
        }
        a.archive = archive.toString();
    }
    a.key = o.value(QLatin1String("key")).toString();
    a.size = jsonByteCount(o.value(QLatin1String("size"))); // 1e23 was undefined to cast (found by fuzzing)
    a.sha256 = o.value(QLatin1String("sha256")).toString().toLower();
    if (a.sha256.startsWith(QLatin1String("sha256:")))
        a.sha256 = a.sha256.mid(7);
    if (!isHexSha256(a.sha256)) {
        *error = QStringLiteral("the sidecar of %1 has no valid sha256").arg(a.reference);
        return std::nullopt;
    }
    if (a.size < 0) {
        *error = QStringLiteral("the sidecar of %1 has no valid size").arg(a.reference);
        return std::nullopt;
    }
    a.imageId = o.value(QLatin1String("image_id")).toString().left(100);
    a.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    return a;
}

QString StoredArchive::fileNameFor(const ImageReference &reference)
{
    const QString name = ImageReference::parse(reference.name()).familiar();
    QString flat = QString::fromLatin1(QUrl::toPercentEncoding(name, "/"));
    flat.replace(QLatin1Char('/'), QLatin1Char('+'));
    return flat + QLatin1Char('_') + reference.tag() + kSuffix;
}

bool StoredArchive::isValidArchiveName(const QString &name, QString *why)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    QString problem;
    if (name.isEmpty())
        problem = QStringLiteral("an archive name cannot be empty");
    else if (name.contains(QLatin1Char(':')) || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('@')))
        problem = QStringLiteral("\"%1\" holds ':', '/' or '@', so it would be read as an image reference")
                      .arg(name.left(200));
    else if (!pattern.match(name).hasMatch())
        problem = QStringLiteral("\"%1\" is not 1-128 letters, digits, '.', '_' or '-' starting with a letter or "
                                 "digit").arg(name.left(200));
    else if (name.endsWith(QLatin1String(".tar"), Qt::CaseInsensitive)
             || name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        problem = QStringLiteral("\"%1\" ends in .tar or .json; give the name without it (\"%2\")")
                      .arg(name, name.left(name.lastIndexOf(QLatin1Char('.'))));
    if (why)
        *why = problem;
    return problem.isEmpty();
}

QString StoredArchive::archiveNameOfFile(const QString &fileName)
{
    if (!fileName.endsWith(kSuffix))
        return {};
    const QString stem = fileName.chopped(kSuffix.size());
    return isValidArchiveName(stem) ? stem : QString();
}

bool StoredArchive::isArchiveName(const QString &fileName)
{
    return fileName.endsWith(kSuffix) && !fileName.startsWith(QLatin1Char('.'));
}

bool StoredArchive::parseFileName(const QString &fileName, QString *name, QString *tag)
{
    if (!isArchiveName(fileName))
        return false;
    const QString stem = fileName.chopped(kSuffix.size());
    const qsizetype underscore = stem.lastIndexOf(QLatin1Char('_'));
    if (underscore <= 0 || underscore == stem.size() - 1)
        return false;
    QString flat = stem.left(underscore);
    flat.replace(QLatin1Char('+'), QLatin1Char('/'));
    const QString decoded = QUrl::fromPercentEncoding(flat.toLatin1());
    const ImageReference parsed = ImageReference::parse(decoded + QLatin1Char(':') + stem.mid(underscore + 1));
    if (!parsed.isValid())
        return false;
    *name = ImageReference::parse(parsed.name()).familiar();
    *tag = parsed.tag();
    return true;
}

} // namespace fleet
