#include "discovery/TargetArguments.h"

#include "discovery/ArpSource.h"
#include "discovery/InventorySource.h"
#include "discovery/KnownHostsSource.h"
#include "discovery/SshConfigSource.h"

namespace fleet {

QString TargetArguments::syntax()
{
    return QStringLiteral("CIDR | A.B.C.D-E | host[:port] | @ssh-config[=FILE] | @known-hosts[=FILE] | @arp[=FILE] | "
                          "@inventory=FILE");
}

bool TargetArguments::add(TargetSet &set, const QString &argument, QStringList *notes, QStringList *warnings,
                          QString *error)
{
    const QString word = argument.trimmed();
    if (word.startsWith(QLatin1Char('@'))) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        const QString kind = word.mid(1, eq < 0 ? -1 : eq - 1);
        const QString file = eq < 0 ? QString() : word.mid(eq + 1);
        if (eq >= 0 && file.isEmpty()) {
            *error = QStringLiteral("%1: the file name after '=' is empty").arg(word);
            return false;
        }
        SourceReport report;
        if (kind == QLatin1String("ssh-config"))
            report = SshConfigSource::read(file.isEmpty() ? SshConfigSource::defaultPath() : file);
        else if (kind == QLatin1String("known-hosts"))
            report = KnownHostsSource::read(file.isEmpty() ? KnownHostsSource::defaultPath() : file);
        else if (kind == QLatin1String("arp"))
            report = ArpSource::read(file.isEmpty() ? ArpSource::defaultPath() : file);
        else if (kind == QLatin1String("inventory") && !file.isEmpty())
            report = InventorySource::read(file);
        else if (kind == QLatin1String("inventory")) {
            *error = QStringLiteral("@inventory needs a file: @inventory=hosts.ini");
            return false;
        } else {
            *error = QStringLiteral("unknown source '%1'; the sources are @ssh-config, @known-hosts, @arp and "
                                    "@inventory=FILE")
                         .arg(word);
            return false;
        }
        if (report.readError) {
            *error = report.warnings.join(QLatin1String("; "));
            return false;
        }
        QString note = QStringLiteral("@%1: %2 host(s)").arg(kind).arg(report.hosts.size());
        if (report.hashedEntries)
            note += QStringLiteral(", %1 hashed entr%2 cannot be listed (HashKnownHosts)")
                        .arg(report.hashedEntries)
                        .arg(report.hashedEntries == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
        if (report.skippedPatterns)
            note += QStringLiteral(", %1 wildcard pattern(s) skipped").arg(report.skippedPatterns);
        if (notes)
            *notes << note;
        if (warnings)
            *warnings << report.warnings;
        set.addHosts(report.hosts);
        return true;
    }

    if (AddressRange::looksLikeRange(word)) {
        const std::optional<AddressRange> range = AddressRange::parse(word, error);
        return range && set.addRange(*range, error);
    }
    const std::optional<HostTarget> host = HostTarget::parse(word, QStringLiteral("host"), error);
    if (!host) {
        error->append(QStringLiteral(". A target is ") + syntax());
        return false;
    }
    set.addHost(*host);
    return true;
}

} // namespace fleet
