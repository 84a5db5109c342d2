#include "images/stores/StoreLocation.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace fleet {

namespace {

const QString kUsage = QStringLiteral("use dir:/path, s3://bucket/prefix?endpoint=http://host:port&region=us-east-1 "
                                      "or registry://host:port");

std::optional<StoreLocation> refuse(QString *error, const QString &why)
{
    *error = why;
    return std::nullopt;
}

bool parseEndpoint(const QString &text, QString *endpoint, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        *error = QStringLiteral("endpoint \"%1\" is not an http(s)://host[:port] URL").arg(text);
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *error = QStringLiteral("endpoint \"%1\" carries credentials; never put them in a URL (they end up in "
                                "shell history): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or `fleetctl "
                                "store login`").arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return false;
    }
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment()) {
        *error = QStringLiteral("endpoint \"%1\" must be only scheme, host and port").arg(text);
        return false;
    }
    *endpoint = url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    return true;
}

} // namespace

bool StoreLocation::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

bool StoreLocation::isValidBucket(const QString &bucket, QString *why)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (re.match(bucket).hasMatch() && !bucket.contains(QLatin1String("..")))
        return true;
    *why = QStringLiteral("\"%1\" is not a bucket name (3–63 characters: lowercase letters, digits, '.', '-')")
               .arg(bucket);
    return false;
}

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    StoreLocation location;
    location.text = text;
    if (text.startsWith(QLatin1String("dir:"))) {
        const QString path = text.mid(4);
        if (path.isEmpty())
            return refuse(error, QStringLiteral("\"%1\" names no folder: %2").arg(text, kUsage));
        location.kind = Kind::Folder;
        location.path = QDir::cleanPath(QDir(path).absolutePath());
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(error, QStringLiteral("\"%1\" is not a store URL: %2").arg(text, kUsage));
    if (!url.userInfo().isEmpty())
        return refuse(error, QStringLiteral("\"%1\" carries credentials; never put them in a URL (they end up in "
                                            "shell history and process lists). Set them in the environment or "
                                            "with `fleetctl store login`.")
                                 .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QUrlQuery query(url);
    if (url.scheme() == QLatin1String("s3")) {
        location.kind = Kind::S3;
        // From the text itself: QUrl lowercases hosts, and "Fleet" is not the bucket "fleet".
        location.bucket = text.mid(5).section(QRegularExpression(QStringLiteral("[/?]")), 0, 0);
        QString why;
        if (!isValidBucket(location.bucket, &why))
            return refuse(error, why);
        location.prefix = url.path(QUrl::FullyDecoded).mid(1);
        if (!location.prefix.isEmpty() && !location.prefix.endsWith(QLatin1Char('/')))
            location.prefix += QLatin1Char('/');
        location.region = query.hasQueryItem(QStringLiteral("region")) ? query.queryItemValue(QStringLiteral("region"))
                                                                       : QStringLiteral("us-east-1");
        // The region goes into libcurl's "aws:amz:REGION:s3": nothing but the region's own characters.
        if (!QRegularExpression(QStringLiteral("^[a-z0-9-]{1,40}$")).match(location.region).hasMatch())
            return refuse(error, QStringLiteral("region \"%1\" is not a region name (like us-east-1)")
                                     .arg(location.region));
        const QString endpoint = query.hasQueryItem(QStringLiteral("endpoint"))
                                     ? query.queryItemValue(QStringLiteral("endpoint"), QUrl::FullyDecoded)
                                     : QStringLiteral("https://s3.%1.amazonaws.com").arg(location.region);
        if (!parseEndpoint(endpoint, &location.endpoint, error))
            return std::nullopt;
        return location;
    }
    if (url.scheme() == QLatin1String("registry")) {
        location.kind = Kind::Registry;
        if (url.host().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
            return refuse(error, QStringLiteral("\"%1\": a registry URL is registry://host[:port]").arg(text));
        const QString host = url.host(QUrl::FullyEncoded).contains(QLatin1Char(':'))
                                 ? QStringLiteral("[%1]").arg(url.host())
                                 : url.host();
        location.registry = url.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(url.port()) : host;
        QString scheme = query.queryItemValue(QStringLiteral("scheme"));
        if (scheme.isEmpty())
            scheme = isLoopbackHost(host) ? QStringLiteral("http") : QStringLiteral("https");
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return refuse(error, QStringLiteral("scheme must be http or https, not \"%1\"").arg(scheme));
        location.registryUrl = scheme + QStringLiteral("://") + location.registry;
        return location;
    }
    return refuse(error, QStringLiteral("\"%1\" is not a store URL: %2").arg(text, kUsage));
}

} // namespace fleet
