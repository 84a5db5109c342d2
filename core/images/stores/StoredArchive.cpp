#include "images/stores/StoredArchive.h"

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
    a.key = o.value(QLatin1String("key")).toString();
    a.size = qint64(o.value(QLatin1String("size")).toDouble(-1));
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
