#include "discovery/SshConfigSource.h"

#include <QDir>
#include <QFileInfo>

namespace fleet {

namespace {

constexpr int kMaxIncludeDepth = 16; // ssh's own limit is 16 too

// Splits "a b \"c d\"" into words, honouring double quotes as ssh does.
QStringList splitWords(const QString &value)
{
    QStringList words;
    QString word;
    bool quoted = false, any = false;
    for (QChar c : value) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (!quoted && c.isSpace()) {
            if (any)
                words << word;
            word.clear();
            any = false;
        } else {
            word += c;
            any = true;
        }
    }
    if (any)
        words << word;
    return words;
}

bool isKeyword(const QString &word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word)
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
    return word.at(0).isLetter();
}

} // namespace

QString SshConfigSource::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

bool SshConfigSource::globMatch(const QString &pattern, const QString &name)
{
    // Iterative glob with backtracking to the last '*'.
    qsizetype p = 0, n = 0, star = -1, mark = 0;
    while (n < name.size()) {
        if (p < pattern.size()
            && (pattern.at(p) == QLatin1Char('?') || pattern.at(p).toLower() == name.at(n).toLower())) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            mark = n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool SshConfigSource::blockApplies(const Block &block, const QString &alias)
{
    if (block.isMatch)
        return false;
    if (block.patterns.isEmpty())
        return true;
    bool matched = false;
    for (const QString &pattern : block.patterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (globMatch(pattern.mid(1), alias))
                return false;
        } else if (globMatch(pattern, alias)) {
            matched = true;
        }
    }
    return matched;
}

SourceReport SshConfigSource::read(const QString &path)
{
    SourceReport failure;
    const std::optional<QByteArray> text = SourceReport::readFile(path, QStringLiteral("ssh config"), &failure);
    return text ? parse(*text, path, QFileInfo(path).absolutePath()) : failure;
}

SshConfigSource::HostSettings SshConfigSource::resolveFile(const QString &path, const QString &host)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    SourceReport failure;
    const std::optional<QByteArray> text = SourceReport::readFile(path, QStringLiteral("ssh config"), &failure);
    return text ? resolve(*text, path, info.absolutePath(), host) : HostSettings{};
}

SshConfigSource::HostSettings SshConfigSource::resolve(const QByteArray &text, const QString &origin,
                                                       const QString &baseDir, const QString &host)
{
    State state;
    state.baseDir = baseDir;
    state.blocks.append(Block{});
    parseInto(state, text, origin, 0);
    QHash<QString, QString> chosen; // first value wins, as in ssh; wildcard blocks count here
    for (const Block &block : std::as_const(state.blocks)) {
        if (!blockApplies(block, host))
            continue;
        for (auto it = block.options.cbegin(); it != block.options.cend(); ++it)
            if (!chosen.contains(it.key()))
                chosen.insert(it.key(), it.value());
    }
    HostSettings settings;
    settings.hostName = chosen.value(QStringLiteral("hostname"));
    settings.hostName.replace(QLatin1String("%h"), host).replace(QLatin1String("%%"), QLatin1String("%"));
    settings.port = quint16(chosen.value(QStringLiteral("port")).toUInt());
    settings.user = chosen.value(QStringLiteral("user"));
    QString identity = chosen.value(QStringLiteral("identityfile"));
    if (!identity.isEmpty() && identity.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        if (identity.startsWith(QLatin1String("~/")))
            identity = QDir::homePath() + identity.mid(1);
        identity.replace(QLatin1String("%d"), QDir::homePath())
            .replace(QLatin1String("%h"), settings.hostName.isEmpty() ? host : settings.hostName)
            .replace(QLatin1String("%u"), qEnvironmentVariable("USER"))
            .replace(QLatin1String("%%"), QLatin1String("%"));
        settings.identityFile = QFileInfo(identity).isRelative() ? QDir::homePath() + QStringLiteral("/.ssh/") + identity
                                                                 : identity;
    }
    const QString jump = chosen.value(QStringLiteral("proxyjump"));
    if (jump.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
        settings.proxyJump = jump;
    return settings;
}

SourceReport SshConfigSource::parse(const QByteArray &text, const QString &origin, const QString &baseDir)
{
    State state;
    state.baseDir = baseDir;
    state.blocks.append(Block{}); // the global section
    parseInto(state, text, origin, 0);

    for (const QString &alias : std::as_const(state.aliases)) {
        QHash<QString, QString> chosen; // first value wins, as in ssh
        for (const Block &block : std::as_const(state.blocks)) {
            if (!blockApplies(block, alias))
                continue;
            for (auto it = block.options.cbegin(); it != block.options.cend(); ++it)
                if (!chosen.contains(it.key()))
                    chosen.insert(it.key(), it.value());
        }
        HostTarget target;
        target.source = QStringLiteral("ssh_config");
        QString hostName = chosen.value(QStringLiteral("hostname"), alias);
        hostName.replace(QLatin1String("%h"), alias).replace(QLatin1String("%%"), QLatin1String("%"));
        target.host = hostName;
        target.alias = hostName.compare(alias, Qt::CaseInsensitive) == 0 ? QString() : alias;
        target.port = quint16(chosen.value(QStringLiteral("port")).toUInt());
        target.user = chosen.value(QStringLiteral("user"));
        // A name, or an IPv6 literal (which has colons): anything else with a colon is neither.
        if (!HostTarget::isValidHostName(target.host)
            && !HostTarget::isIpv6Literal(target.host)) {
            state.report.warnings << QStringLiteral("%1: Host %2 has HostName '%3', which is not a host name; skipped")
                                         .arg(origin, alias, hostName);
            continue;
        }
        state.report.hosts << target;
    }
    return state.report;
}

void SshConfigSource::parseInto(State &state, const QByteArray &text, const QString &origin, int depth)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        qsizetype end = 0;
        while (end < line.size() && !line.at(end).isSpace() && line.at(end) != QLatin1Char('='))
            ++end;
        const QString keyword = line.left(end).toLower();
        QString value = line.mid(end).trimmed();
        if (value.startsWith(QLatin1Char('=')))
            value = value.mid(1).trimmed();
        if (!isKeyword(keyword)) {
            state.report.warnings << QStringLiteral("%1: not a 'Keyword value' line; ignored").arg(where);
            continue;
        }
        if (value.isEmpty()) {
            state.report.warnings << QStringLiteral("%1: %2 has no value; ignored").arg(where, line.left(end));
            continue;
        }

        if (keyword == QLatin1String("host")) {
            Block block;
            block.patterns = splitWords(value);
            for (const QString &pattern : std::as_const(block.patterns)) {
                if (HostTarget::hasWildcard(pattern))
                    ++state.report.skippedPatterns;
                else if (!HostTarget::isValidHostName(pattern))
                    state.report.warnings << QStringLiteral("%1: '%2' is not a host name; skipped").arg(where, pattern);
                else if (!state.aliases.contains(pattern, Qt::CaseInsensitive))
                    state.aliases << pattern;
            }
            state.blocks.append(block);
        } else if (keyword == QLatin1String("match")) {
            Block block;
            block.isMatch = true;
            state.blocks.append(block);
        } else if (keyword == QLatin1String("include")) {
            include(state, value, where, depth);
        } else if (keyword == QLatin1String("hostname") || keyword == QLatin1String("port")
                   || keyword == QLatin1String("user") || keyword == QLatin1String("identityfile")
                   || keyword == QLatin1String("proxyjump")) {
            const QString word = splitWords(value).value(0);
            if (keyword == QLatin1String("port")) {
                bool ok = false;
                const uint port = word.toUInt(&ok);
                if (!ok || port == 0 || port > 65535) {
                    state.report.warnings << QStringLiteral("%1: Port '%2' is not a number from 1 to 65535; ignored")
                                                 .arg(where, word);
                    continue;
                }
            }
            Block &block = state.blocks.last();
            if (!block.options.contains(keyword))
                block.options.insert(keyword, word);
        }
    }
}

void SshConfigSource::include(State &state, const QString &value, const QString &where, int depth)
{
    if (depth >= kMaxIncludeDepth) {
        state.report.warnings << QStringLiteral("%1: Include nested deeper than %2 levels; not followed")
                                     .arg(where)
                                     .arg(kMaxIncludeDepth);
        return;
    }
    for (QString path : splitWords(value)) {
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        else if (QFileInfo(path).isRelative())
            path = state.baseDir + QLatin1Char('/') + path;
        const QFileInfo info(path);
        const QStringList names = QDir(info.absolutePath()).entryList({info.fileName()}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString file = info.absolutePath() + QLatin1Char('/') + name;
            SourceReport failure;
            const std::optional<QByteArray> text = SourceReport::readFile(file, QStringLiteral("included"), &failure);
            if (text)
                parseInto(state, *text, file, depth + 1);
            else
                state.report.warnings << where + QStringLiteral(": ") + failure.warnings.join(QLatin1Char(' '));
        }
    }
}

} // namespace fleet
