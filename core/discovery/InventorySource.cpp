#include "discovery/InventorySource.h"

#include <QRegularExpression>
#include <QSet>

namespace fleet {

namespace {

// Splits a host line into words; quotes group (a="x y"), and an unquoted '#' after a space starts a comment.
QStringList splitHostLine(const QString &line)
{
    QStringList words;
    QString word;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c.isSpace()) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else if (c == QLatin1Char('#') && word.isEmpty()) {
            break;
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool looksLikeYaml(const QList<QByteArray> &lines)
{
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        return line == "---" || (line.endsWith(':') && !line.startsWith('['));
    }
    return false;
}

} // namespace

bool InventorySource::expand(const QString &pattern, QStringList *out, QString *error)
{
    const qsizetype open = pattern.indexOf(QLatin1Char('['));
    if (open < 0) {
        if (out->size() >= kMaxExpansion) {
            *error = QStringLiteral("expands to more than %1 hosts").arg(kMaxExpansion);
            return false;
        }
        out->append(pattern);
        return true;
    }
    const qsizetype close = pattern.indexOf(QLatin1Char(']'), open);
    if (close < 0) {
        *error = QStringLiteral("'[' without ']'");
        return false;
    }
    const QStringList parts = pattern.mid(open + 1, close - open - 1).split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        *error = QStringLiteral("a range is written [start:end] or [start:end:step]");
        return false;
    }
    const QString head = pattern.left(open), tail = pattern.mid(close + 1);
    bool okStep = true;
    const int step = parts.size() == 3 ? parts.at(2).toInt(&okStep) : 1;
    if (!okStep || step <= 0) {
        *error = QStringLiteral("the step of a range must be a positive number");
        return false;
    }
    bool okA = false, okB = false;
    const qint64 a = parts.at(0).toLongLong(&okA), b = parts.at(1).toLongLong(&okB);
    if (okA && okB) {
        if (b < a || (b - a) / step >= kMaxExpansion) {
            *error = QStringLiteral("the range [%1:%2] is empty or larger than %3").arg(parts.at(0), parts.at(1))
                         .arg(kMaxExpansion);
            return false;
        }
        const int width = parts.at(0).startsWith(QLatin1Char('0')) ? int(parts.at(0).size()) : 0;
        for (qint64 i = a; i <= b; i += step)
            if (!expand(head + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')) + tail, out, error))
                return false;
        return true;
    }
    if (parts.at(0).size() == 1 && parts.at(1).size() == 1 && parts.at(0).at(0).isLetter()
        && parts.at(1).at(0).isLetter() && parts.at(0) <= parts.at(1)) {
        for (char16_t c = parts.at(0).at(0).unicode(); c <= parts.at(1).at(0).unicode(); c = char16_t(c + step))
            if (!expand(head + QChar(c) + tail, out, error))
                return false;
        return true;
    }
    *error = QStringLiteral("[%1] is neither a number range nor a letter range").arg(parts.join(QLatin1Char(':')));
    return false;
}

SourceReport InventorySource::read(const QString &path)
{
    SourceReport failure;
    const std::optional<QByteArray> text = SourceReport::readFile(path, QStringLiteral("inventory"), &failure);
    return text ? parse(*text, path) : failure;
}

SourceReport InventorySource::parse(const QByteArray &text, const QString &origin)
{
    SourceReport report;
    const QList<QByteArray> lines = text.split('\n');
    if (looksLikeYaml(lines)) {
        report.readError = true;
        report.warnings << QStringLiteral("%1 looks like a YAML inventory, which is not read here; convert it with "
                                          "`ansible-inventory -i %1 --list --export` or give an INI inventory")
                               .arg(origin);
        return report;
    }
    QSet<QString> seen;
    bool hostSection = true; // lines before any [section] are ungrouped hosts
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3) {
                report.warnings << QStringLiteral("%1: a section header is written [name]; ignored").arg(where);
                hostSection = false; // don't read the next lines as hosts of an unknown section
                continue;
            }
            hostSection = !line.contains(QLatin1Char(':')); // [g:vars] and [g:children] name no hosts
            continue;
        }
        if (!hostSection)
            continue;

        const QStringList words = splitHostLine(line);
        if (words.isEmpty())
            continue;
        HostTarget vars;
        bool bad = false;
        for (qsizetype w = 1; w < words.size(); ++w) {
            const qsizetype eq = words.at(w).indexOf(QLatin1Char('='));
            if (eq <= 0) {
                report.warnings << QStringLiteral("%1: '%2' is not key=value; line ignored").arg(where, words.at(w));
                bad = true;
                break;
            }
            const QString key = words.at(w).left(eq), value = words.at(w).mid(eq + 1);
            if (key == QLatin1String("ansible_host") || key == QLatin1String("ansible_ssh_host")) {
                if (!HostTarget::isValidHostName(value)
                    && !HostTarget::isIpv6Literal(value)) {
                    report.warnings << QStringLiteral("%1: %2 '%3' is not a host name or address; line ignored")
                                           .arg(where, key, value);
                    bad = true;
                    break;
                }
                vars.host = value;
            } else if (key == QLatin1String("ansible_user") || key == QLatin1String("ansible_ssh_user"))
                vars.user = value;
            else if (key == QLatin1String("ansible_port") || key == QLatin1String("ansible_ssh_port"))
                vars.port = quint16(qBound(0u, value.toUInt(), 65535u));
        }
        if (bad)
            continue;

        QStringList names;
        QString error;
        if (!expand(words.first(), &names, &error)) {
            report.warnings << QStringLiteral("%1: %2; line ignored").arg(where, error);
            continue;
        }
        for (const QString &name : std::as_const(names)) {
            std::optional<HostTarget> target = HostTarget::parse(name, QStringLiteral("inventory"), &error);
            if (!target) {
                report.warnings << QStringLiteral("%1: %2; ignored").arg(where, error);
                continue;
            }
            if (!vars.host.isEmpty()) {
                target->alias = target->host;
                target->host = vars.host;
            }
            if (vars.port)
                target->port = vars.port;
            if (!vars.user.isEmpty())
                target->user = vars.user;
            const QString key = target->alias + QLatin1Char('|') + target->host;
            if (seen.contains(key))
                continue; // the same host listed in several groups
            seen.insert(key);
            report.hosts << *target;
        }
    }
    return report;
}

} // namespace fleet
