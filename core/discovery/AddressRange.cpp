#include "discovery/AddressRange.h"

#include <QStringList>

namespace fleet {

AddressRange::AddressRange(quint32 first, quint32 last, int prefix)
    : m_first(qMin(first, last))
    , m_last(qMax(first, last))
    , m_prefix(prefix)
{
}

bool AddressRange::parseIPv4(const QString &text, quint32 *address)
{
    // Strict dotted quad: QHostAddress also takes "10.1" or "0x0a.1", which is never what a person meant here.
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part)
            if (!c.isDigit() || c.unicode() > 127)
                return false;
        const uint octet = part.toUInt();
        if (octet > 255)
            return false;
        value = (value << 8) | octet;
    }
    *address = value;
    return true;
}

QString AddressRange::formatIPv4(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

bool AddressRange::looksLikeRange(const QString &text)
{
    if (text.contains(QLatin1Char('/')))
        return true;
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    quint32 ignored = 0;
    return dash > 0 && parseIPv4(text.left(dash), &ignored);
}

std::optional<AddressRange> AddressRange::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    auto fail = [&](const QString &why) -> std::optional<AddressRange> {
        if (error)
            *error = QStringLiteral("'%1' is not an address range: %2").arg(input, why);
        return std::nullopt;
    };
    if (text.contains(QLatin1Char(':')))
        return fail(QStringLiteral("IPv6 ranges cannot be swept (a /64 holds 2^64 addresses); give single IPv6 "
                                   "addresses, or use @known-hosts / @ssh-config"));

    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        quint32 base = 0;
        if (!parseIPv4(text.left(slash), &base))
            return fail(QStringLiteral("'%1' is not a dotted IPv4 address like 192.168.1.0").arg(text.left(slash)));
        bool ok = false;
        const QString bits = text.mid(slash + 1);
        const int prefix = bits.toInt(&ok);
        if (!ok || bits.isEmpty() || !bits.at(0).isDigit() || prefix < 0 || prefix > 32)
            return fail(QStringLiteral("the prefix after '/' must be a number from 0 to 32"));
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        return AddressRange(base & mask, (base & mask) | ~mask, prefix);
    }

    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        quint32 first = 0;
        if (!parseIPv4(text.left(dash), &first))
            return fail(QStringLiteral("'%1' is not a dotted IPv4 address").arg(text.left(dash)));
        const QString end = text.mid(dash + 1);
        quint32 last = 0;
        bool ok = false;
        const uint lastOctet = end.toUInt(&ok);
        if (ok && !end.isEmpty() && end.at(0).isDigit() && lastOctet <= 255)
            last = (first & 0xffffff00u) | lastOctet; // "10.0.0.10-20"
        else if (!parseIPv4(end, &last))
            return fail(QStringLiteral("the end '%1' is neither a last octet (0-255) nor an IPv4 address").arg(end));
        if (last < first)
            return fail(QStringLiteral("the range ends before it starts"));
        return AddressRange(first, last);
    }

    quint32 single = 0;
    if (!parseIPv4(text, &single))
        return fail(QStringLiteral("expected a.b.c.d, a.b.c.d/N or a.b.c.d-e"));
    return AddressRange(single, single, 32);
}

int AddressRange::widthPrefix() const
{
    if (m_prefix >= 0)
        return m_prefix;
    int prefix = 32;
    while (prefix > 0 && size() > (quint64(1) << (32 - prefix)))
        --prefix;
    return prefix;
}

QString AddressRange::toString() const
{
    if (m_prefix >= 0 && m_prefix < 32)
        return formatIPv4(m_first) + QLatin1Char('/') + QString::number(m_prefix);
    if (m_first == m_last)
        return formatIPv4(m_first);
    return formatIPv4(m_first) + QLatin1Char('-') + formatIPv4(m_last);
}

} // namespace fleet
