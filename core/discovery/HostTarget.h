#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

// One host named by a target source (command line, ssh_config, known_hosts, ARP, inventory), before its name is
// resolved. The sources only read text; TargetSet resolves, checks and de-duplicates.
struct HostTarget
{
    QString host;     // name or IP literal (IPv6 without brackets)
    quint16 port = 0; // 0: the scan's --ports
    QString user;     // ssh_config User / ansible_user
    QString alias;    // ssh_config Host / inventory name, when it differs from `host`
    QString source;   // cidr, host, ssh_config, known_hosts, arp, inventory

    // Parses "host", "host:port", "user@host[:port]", "[v6addr]:port" or a bare IPv6 address. Names must look
    // like DNS names (letters, digits, '-', '.', '_'); anything else is refused with the reason in `error`.
    static std::optional<HostTarget> parse(const QString &text, const QString &source, QString *error);
    static bool isValidHostName(const QString &name);
    // An IPv6 literal, written with nothing but hex digits, ':', '.' and an optional %zone: QHostAddress alone
    // stops at a NUL and took "::1\0…*…" for ::1 (found by FuzzSshConfig).
    static bool isIpv6Literal(const QString &text);
    static bool hasWildcard(const QString &pattern) // ssh/known_hosts patterns: never a concrete host
    {
        return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'))
            || pattern.startsWith(QLatin1Char('!'));
    }
};

// What one source file yielded: the hosts, and what it could not use (with line numbers) so a person can fix it.
struct SourceReport
{
    QList<HostTarget> hosts;
    QStringList warnings;   // "ssh_config:12: Port 'abc' is not a number"
    int skippedPatterns = 0; // wildcard / negated patterns (not hosts)
    int hashedEntries = 0;   // known_hosts |1|… lines: counted, cannot be listed
    bool readError = false;  // the file could not be opened (the reason is in warnings)

    static constexpr qint64 kMaxFileSize = 64 << 20;
    // Reads a whole source file (to EOF: /proc files report size 0), at most kMaxFileSize bytes. On failure returns
    // nullopt and `failure` says "cannot read <what> <path>: <reason>" with readError set.
    static std::optional<QByteArray> readFile(const QString &path, const QString &what, SourceReport *failure);
};

} // namespace fleet
