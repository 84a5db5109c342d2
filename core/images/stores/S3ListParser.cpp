#include "images/stores/S3ListParser.h"

#include <QXmlStreamReader>

namespace fleet {

bool S3ListParser::readContents(QXmlStreamReader &reader, S3Object *object, QString *error)
{
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("Key")) {
            object->key = reader.readElementText();
        } else if (name == QLatin1String("Size")) {
            bool ok = false;
            object->size = reader.readElementText().trimmed().toLongLong(&ok);
            if (!ok || object->size < 0) {
                *error = QStringLiteral("an object has an invalid <Size>");
                return false;
            }
        } else if (name == QLatin1String("LastModified")) {
            object->lastModified = QDateTime::fromString(reader.readElementText().trimmed(), Qt::ISODateWithMs);
            object->lastModified = object->lastModified.toUTC();
        } else if (name == QLatin1String("ETag")) {
            QString etag = reader.readElementText().trimmed();
            if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
                etag = etag.mid(1, etag.size() - 2);
            object->etag = etag;
        } else {
            reader.skipCurrentElement(); // StorageClass, Owner, ChecksumAlgorithm…
        }
    }
    if (object->key.isEmpty()) {
        *error = QStringLiteral("an object without <Key>");
        return false;
    }
    return true;
}

std::optional<S3ObjectPage> S3ListParser::parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    S3ObjectPage page;
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("ListBucketResult")) {
        *error = reader.hasError() ? QStringLiteral("not XML: %1").arg(reader.errorString())
                                   : QStringLiteral("the answer is not a ListBucketResult");
        return std::nullopt;
    }
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("Contents")) {
            if (page.objects.size() >= kMaxObjectsPerPage) {
                *error = QStringLiteral("more than %1 objects in one page").arg(kMaxObjectsPerPage);
                return std::nullopt;
            }
            S3Object object;
            if (!readContents(reader, &object, error))
                return std::nullopt;
            page.objects.append(object);
        } else if (name == QLatin1String("IsTruncated")) {
            page.truncated = reader.readElementText().trimmed() == QLatin1String("true");
        } else if (name == QLatin1String("NextContinuationToken")) {
            page.nextContinuationToken = reader.readElementText().trimmed();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        *error = QStringLiteral("malformed XML at line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return std::nullopt;
    }
    if (page.truncated && page.nextContinuationToken.isEmpty()) {
        *error = QStringLiteral("a truncated page without NextContinuationToken");
        return std::nullopt;
    }
    return page;
}

} // namespace fleet
