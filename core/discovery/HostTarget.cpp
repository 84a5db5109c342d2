#include "discovery/HostTarget.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace fleet {

bool HostTarget::isIpv6Literal(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f:.]{2,45}(%[A-Za-z0-9_.-]{1,32})?$"));
    return shape.match(text).hasMatch() && QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol;
}

bool HostTarget::isValidHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253 || name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('.')))
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '.' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<HostTarget> HostTarget::parse(const QString &input, const QString &source, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<HostTarget> {
        if (error)
            *error = QStringLiteral("'%1' is not a host: %2").arg(input, why);
        return std::nullopt;
    };
    HostTarget target;
    target.source = source;
    QString rest = input.trimmed();
    if (rest.isEmpty())
        return fail(QStringLiteral("it is empty"));

    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at == 0)
        return fail(QStringLiteral("the user before '@' is empty"));
    if (at > 0) {
        target.user = rest.left(at);
        rest = rest.mid(at + 1);
    }

    QString portText;
    if (rest.startsWith(QLatin1Char('['))) { // [v6]:port or [host]:port (known_hosts style)
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QStringLiteral("'[' without ']'"));
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return fail(QStringLiteral("only ':port' may follow ']'"));
        portText = after.mid(1);
        if (after.startsWith(QLatin1Char(':')) && portText.isEmpty())
            return fail(QStringLiteral("the port after ':' is empty"));
        rest = rest.mid(1, close - 1);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        portText = rest.mid(colon + 1);
        if (portText.isEmpty())
            return fail(QStringLiteral("the port after ':' is empty"));
        rest = rest.left(colon);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || !portText.at(0).isDigit() || port == 0 || port > 65535)
            return fail(QStringLiteral("the port must be a number from 1 to 65535"));
        target.port = quint16(port);
    }

    if (rest.contains(QLatin1Char(':'))) {
        QHostAddress v6;
        if (!isIpv6Literal(rest) || !v6.setAddress(rest))
            return fail(QStringLiteral("'%1' is not an IPv6 address").arg(rest));
        target.host = v6.toString();
        return target;
    }
    if (!isValidHostName(rest))
        return fail(QStringLiteral("a host name has only letters, digits, '-', '_' and '.'"));
    target.host = rest;
    return target;
}

std::optional<QByteArray> SourceReport::readFile(const QString &path, const QString &what, SourceReport *failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failure->readError = true;
        failure->warnings << QStringLiteral("cannot read %1 %2: %3").arg(what, path, file.errorString());
        return std::nullopt;
    }
    // In chunks: QIODevice::read(n) allocates n bytes first, and n is 64 MiB here (found as a 40 ms cost per
    // Include by FuzzSshConfig). Read to EOF, since /proc files report size 0.
    QByteArray data;
    while (data.size() < kMaxFileSize) {
        const QByteArray chunk = file.read(qMin<qint64>(1 << 20, kMaxFileSize - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

} // namespace fleet
