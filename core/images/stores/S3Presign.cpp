#include "images/stores/S3Presign.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <optional>

namespace fleet {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray kUnsignedPayload = QByteArrayLiteral("UNSIGNED-PAYLOAD");
const QString kOurParameters[]
    = { QStringLiteral("X-Amz-Algorithm"), QStringLiteral("X-Amz-Credential"), QStringLiteral("X-Amz-Date"),
          QStringLiteral("X-Amz-Expires"), QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("X-Amz-Signature") };

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// Wipes a buffer that held key material before it goes back to the allocator.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
            reinterpret_cast<unsigned char *>(out.data()), &length))
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

// Already in SigV4 form: unreserved characters, '/', and %XX with uppercase hex. Anything else would be sent
// differently from how it was signed.
bool isCanonicalPath(const QByteArray &path)
{
    if (!path.startsWith('/'))
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const auto u = static_cast<unsigned char>(path.at(i));
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_' || u == '.' || u == '~' || u == '/';
        if (unreserved)
            continue;
        if (u != '%' || i + 2 >= path.size() || !isHex(path.at(i + 1)) || !isHex(path.at(i + 2)))
            return false;
        i += 2;
    }
    return true;
}

bool isScopeWord(const QString &word)
{
    return !word.isEmpty() && word.size() <= 64 && std::all_of(word.begin(), word.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
    });
}

struct Prepared
{
    QByteArray origin; // without a trailing '/'
    QByteArray canonicalQuery;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray dateStamp; // yyyyMMdd
};

std::optional<Prepared> prepare(const S3Presign::Request &r, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<Prepared> {
        fail(error, why);
        return std::nullopt;
    };
    if (r.method != "GET" && r.method != "HEAD")
        return refuse(
            QStringLiteral("a presigned URL is for GET or HEAD, not \"%1\"").arg(QString::fromLatin1(r.method)));
    if (r.expiresSeconds < 1 || r.expiresSeconds > S3Presign::kMaxExpiresSeconds)
        return refuse(QStringLiteral("a presigned URL lives 1 to %1 seconds, not %2")
                          .arg(S3Presign::kMaxExpiresSeconds)
                          .arg(r.expiresSeconds));
    if (!r.time.isValid())
        return refuse(QStringLiteral("no signing time for the presigned URL"));
    if (!isScopeWord(r.region) || !isScopeWord(r.service))
        return refuse(QStringLiteral("region \"%1\" / service \"%2\" cannot be signed").arg(r.region, r.service));
    // The server splits the credential at '/'; control characters would not survive a URL.
    if (r.accessKeyId.isEmpty() || r.secret.isEmpty() || r.accessKeyId.contains('/')
        || std::any_of(r.accessKeyId.begin(), r.accessKeyId.end(),
            [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        return refuse(QStringLiteral("the access key id or the secret is empty or unusable"));
    if (!isCanonicalPath(r.canonicalPath))
        return refuse(QStringLiteral("path \"%1\" is not URI-encoded").arg(QString::fromUtf8(r.canonicalPath)));
    for (const auto &p : r.query) {
        for (const QString &ours : kOurParameters) {
            if (p.first.compare(ours, Qt::CaseInsensitive) == 0) {
                return refuse(QStringLiteral("query parameter %1 is set by the signer").arg(p.first));
            }
        }
    }

    Prepared out;
    out.origin = r.origin;
    while (out.origin.endsWith('/'))
        out.origin.chop(1);
    const QUrl url(QString::fromLatin1(out.origin), QUrl::StrictMode);
    const bool ascii = std::all_of(out.origin.begin(), out.origin.end(),
        [](char c) { return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f; });
    if (!ascii || !url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty() || !url.userInfo().isEmpty() || !url.path().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return refuse(
            QStringLiteral("\"%1\" is not an http(s)://host[:port] origin").arg(QString::fromLatin1(out.origin)));
    // The Host header curl and wget send: the host (lowercase, as QUrl keeps it) and the port unless it is the
    // scheme's default, which they leave out.
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());

    const QDateTime utc = r.time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    out.dateStamp = QString::asprintf("%04d%02d%02d", d.year(), d.month(), d.day()).toLatin1();
    const QByteArray amzDate
        = out.dateStamp + QString::asprintf("T%02d%02d%02dZ", t.hour(), t.minute(), t.second()).toLatin1();
    const QByteArray scope = out.dateStamp + '/' + r.region.toLatin1() + '/' + r.service.toLatin1() + "/aws4_request";

    S3Protocol::Query query = r.query;
    query.append({ QStringLiteral("X-Amz-Algorithm"), QString::fromLatin1(kAlgorithm) });
    query.append({ QStringLiteral("X-Amz-Credential"), QString::fromUtf8(r.accessKeyId + '/' + scope) });
    query.append({ QStringLiteral("X-Amz-Date"), QString::fromLatin1(amzDate) });
    query.append({ QStringLiteral("X-Amz-Expires"), QString::number(r.expiresSeconds) });
    query.append({ QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("host") });
    out.canonicalQuery = S3Protocol::canonicalQuery(query);

    out.canonicalRequest = r.method + '\n' + r.canonicalPath + '\n' + out.canonicalQuery + '\n' + "host:" + host
        + "\n\nhost\n" + kUnsignedPayload;
    out.stringToSign = kAlgorithm + '\n' + amzDate + '\n' + scope + '\n'
        + QCryptographicHash::hash(out.canonicalRequest, QCryptographicHash::Sha256).toHex();
    return out;
}

} // namespace

QByteArray S3Presign::canonicalRequest(const Request &request)
{
    const std::optional<Prepared> p = prepare(request, nullptr);
    return p ? p->canonicalRequest : QByteArray();
}

QByteArray S3Presign::stringToSign(const Request &request)
{
    const std::optional<Prepared> p = prepare(request, nullptr);
    return p ? p->stringToSign : QByteArray();
}

QByteArray S3Presign::sign(const Request &request, QString *error)
{
    const std::optional<Prepared> p = prepare(request, error);
    if (!p)
        return {};
    // The SigV4 signing key: HMAC chain over date, region, service and "aws4_request", keyed by "AWS4" + secret.
    QByteArray key = "AWS4" + request.secret;
    QByteArray kDate = hmacSha256(key, p->dateStamp);
    QByteArray kRegion = hmacSha256(kDate, request.region.toLatin1());
    QByteArray kService = hmacSha256(kRegion, request.service.toLatin1());
    QByteArray kSigning = hmacSha256(kService, QByteArrayLiteral("aws4_request"));
    const QByteArray signature = hmacSha256(kSigning, p->stringToSign).toHex();
    for (QByteArray *b : { &key, &kDate, &kRegion, &kService, &kSigning })
        wipe(*b);
    if (signature.size() != 64) {
        fail(error, QStringLiteral("HMAC-SHA256 failed (OpenSSL)"));
        return {};
    }
    return p->origin + request.canonicalPath + '?' + p->canonicalQuery + "&X-Amz-Signature=" + signature;
}

QByteArray S3Presign::presignedUrl(const StoreLocation &location, const StoreCredentials &credentials,
    const QByteArray &method, const QString &key, const QDateTime &nowUtc, int expiresSeconds, QString *error)
{
    auto refuse = [error](const QString &why) {
        fail(error, why);
        return QByteArray();
    };
    if (location.kind != StoreLocation::Kind::S3 || location.bucket.isEmpty() || location.endpoint.isEmpty())
        return refuse(QStringLiteral("%1 is not an S3 store: no presigned URL").arg(location.text));
    if (method != "GET" && method != "HEAD")
        return refuse(
            QStringLiteral("a presigned URL is for GET or HEAD, not \"%1\"").arg(QString::fromLatin1(method)));
    if (expiresSeconds < 1 || expiresSeconds > kMaxExpiresSeconds)
        return refuse(QStringLiteral("a presigned URL lives 1 to %1 seconds, not %2")
                          .arg(kMaxExpiresSeconds)
                          .arg(expiresSeconds));
    if (!S3Protocol::isSafeKey(key))
        return refuse(QStringLiteral("object key \"%1\" cannot be addressed").arg(key.left(200)));
    // curl and wget resolve "." and ".." segments before sending: the server would see another path than the
    // one signed (and another object).
    const QStringList segments = key.split(QLatin1Char('/'));
    if (segments.contains(QStringLiteral(".")) || segments.contains(QStringLiteral("..")))
        return refuse(QStringLiteral("object key \"%1\" has a \".\" or \"..\" segment, which clients rewrite: no "
                                     "presigned URL")
                          .arg(key.left(200)));

    // The same URL S3Client sends (path-style), so the node asks for exactly what the workstation would.
    const QByteArray objectUrl = S3Protocol::objectUrl(location.endpoint, location.bucket, key);
    if (credentials.isEmpty())
        return objectUrl; // an anonymous (public-read) store needs no signature
    Request request;
    request.method = method;
    request.origin = location.endpoint.toUtf8();
    request.canonicalPath = objectUrl.mid(request.origin.size());
    request.region = location.region;
    request.accessKeyId = credentials.user;
    request.secret = credentials.secret;
    request.time = nowUtc;
    request.expiresSeconds = expiresSeconds;
    QString why;
    const QByteArray url = sign(request, &why);
    if (url.isEmpty())
        return refuse(QStringLiteral("cannot presign s3://%1/%2: %3").arg(location.bucket, key.left(200), why));
    return url;
}

} // namespace fleet
