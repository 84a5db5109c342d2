#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QXmlStreamReader;

namespace fleet {

struct S3Object
{
    QString key;
    qint64 size = -1;
    QDateTime lastModified; // UTC
    QString etag;           // without quotes
};

struct S3ObjectPage
{
    QList<S3Object> objects;
    bool truncated = false;
    QString nextContinuationToken; // for the next ListObjectsV2 call when truncated
};

// Reads a ListObjectsV2 answer (<ListBucketResult>) with QXmlStreamReader. The answer is untrusted: malformed
// XML, a <Size> that is not a number or a truncated page without a continuation token are errors.
class S3ListParser final
{
public:
    static constexpr int kMaxObjectsPerPage = 10000; // S3 sends at most 1000

    static std::optional<S3ObjectPage> parse(const QByteArray &xml, QString *error);

private:
    static bool readContents(QXmlStreamReader &reader, S3Object *object, QString *error);
};

} // namespace fleet
