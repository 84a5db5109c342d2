#include "images/stores/S3Protocol.h"

#include <QCryptographicHash>
#include <QXmlStreamReader>

#include <algorithm>

namespace fleet {

QByteArray S3Protocol::uriEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
                                || u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xF]);
        }
    }
    return out;
}

QByteArray S3Protocol::canonicalQuery(Query query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto &p : query)
        encoded.append({uriEncode(p.first, false), uriEncode(p.second, false)});
    // SigV4 sorts by the encoded name (byte order), then by value.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &p : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(p.first).append('=').append(p.second);
    }
    return out;
}

QByteArray S3Protocol::objectUrl(const QString &endpoint, const QString &bucket, const QString &key,
                                 const Query &query)
{
    QByteArray url = endpoint.toUtf8() + '/' + uriEncode(bucket, false);
    if (!key.isEmpty())
        url += '/' + uriEncode(key, true);
    const QByteArray q = canonicalQuery(query);
    if (!q.isEmpty())
        url += '?' + q;
    return url;
}

QByteArray S3Protocol::emptyPayloadHash()
{
    return QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex();
}

S3Protocol::ErrorBody S3Protocol::parseError(const QByteArray &xml)
{
    ErrorBody error;
    QXmlStreamReader reader(xml);
    bool inError = false;
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("Error")) {
            inError = true;
        } else if (inError && reader.name() == QLatin1String("Code")) {
            error.code = reader.readElementText().left(100);
        } else if (inError && reader.name() == QLatin1String("Message")) {
            error.message = reader.readElementText().left(500);
        }
    }
    return error;
}

QString S3Protocol::parseUploadId(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (reader.isStartElement() && reader.name() == QLatin1String("UploadId"))
            return reader.readElementText().left(1024);
    }
    return {};
}

QByteArray S3Protocol::completeUploadBody(const QList<QByteArray> &etags)
{
    QByteArray body = "<CompleteMultipartUpload>";
    for (qsizetype i = 0; i < etags.size(); ++i) {
        QByteArray etag = etags.at(i);
        etag.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        body += "<Part><PartNumber>" + QByteArray::number(i + 1) + "</PartNumber><ETag>" + etag + "</ETag></Part>";
    }
    return body + "</CompleteMultipartUpload>";
}

bool S3Protocol::isSafeKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 1024)
        return false;
    return std::none_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace fleet
