#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace fleet {

// A contiguous IPv4 range, written "10.0.0.0/24", "10.0.0.7" or "10.0.0.10-20" / "10.0.0.10-10.0.0.20".
// Addresses are produced on demand (at()), never stored, so a /16 costs nothing but two integers.
// IPv6 ranges are refused: a /64 holds 2^64 addresses and cannot be swept; single IPv6 hosts are fine.
class AddressRange
{
public:
    AddressRange() = default;
    AddressRange(quint32 first, quint32 last, int prefix = -1);

    // Parses one range; on failure returns nullopt and says why in `error`.
    static std::optional<AddressRange> parse(const QString &text, QString *error);
    static bool looksLikeRange(const QString &text); // has a '/' or a '-' after a dotted quad

    quint32 first() const { return m_first; }
    quint32 last() const { return m_last; }
    quint64 size() const { return quint64(m_last) - m_first + 1; }
    int prefix() const { return m_prefix; } // -1 for a dash range or a single address
    // The CIDR prefix of the smallest block that holds the range, to apply the "/16 or narrower" rule.
    int widthPrefix() const;
    quint32 at(quint64 index) const { return m_first + quint32(index); }
    bool contains(quint32 address) const { return address >= m_first && address <= m_last; }
    bool isLoopback() const { return (m_first >> 24) == 127 && (m_last >> 24) == 127; }
    QString toString() const;

    static bool parseIPv4(const QString &text, quint32 *address);
    static QString formatIPv4(quint32 address);

private:
    quint32 m_first = 0;
    quint32 m_last = 0;
    int m_prefix = -1;
};

} // namespace fleet
