#include "images/DockerIgnore.h"

#include <QFile>
#include <QStringList>

namespace fleet {

namespace {

// A pattern as a regular expression, the way patternmatcher compiles it.
QString toRegex(const QString &pattern)
{
    QString re = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        if (ch == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                ++i;
                if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('/'))
                    ++i; // "**/" is "**"
                // "**" at the end takes everything; elsewhere any number of whole elements, even none.
                re += i + 1 >= pattern.size() ? QStringLiteral(".*") : QStringLiteral("(.*/)?");
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (ch == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else if (ch == QLatin1Char('\\')) {
            if (i + 1 < pattern.size())
                re += QRegularExpression::escape(pattern.at(++i));
            else
                re += QStringLiteral("\\\\");
        } else if (ch == QLatin1Char('[') || ch == QLatin1Char(']') || ch == QLatin1Char('-')
                   || ch == QLatin1Char('^')) {
            re += ch; // character classes pass through, as in filepath.Match
        } else {
            re += QRegularExpression::escape(QString(ch));
        }
    }
    return re + QLatin1Char('$');
}

} // namespace

QString DockerIgnore::cleanPath(const QString &path)
{
    QStringList out;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty() && out.last() != QLatin1String(".."))
                out.removeLast();
            else if (!path.startsWith(QLatin1Char('/')))
                out << part; // ".." above a relative root stays (and then matches nothing)
            continue;
        }
        out << part;
    }
    return out.isEmpty() ? QStringLiteral(".") : out.join(QLatin1Char('/'));
}

void DockerIgnore::add(QString pattern, bool exclusion)
{
    pattern = cleanPath(pattern);
    Pattern p;
    p.text = pattern;
    p.exclusion = exclusion;
    p.regex = QRegularExpression(toRegex(pattern));
    if (!p.regex.isValid()) // an unbalanced '[': match it literally rather than fail the build
        p.regex = QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(pattern) + QLatin1Char('$'));
    m_hasExceptions = m_hasExceptions || exclusion;
    m_patterns << p;
}

DockerIgnore DockerIgnore::parse(const QByteArray &content)
{
    DockerIgnore ignore;
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        if (raw.startsWith(QLatin1Char('#')))
            continue;
        QString pattern = raw.trimmed();
        if (pattern.isEmpty())
            continue;
        const bool exclusion = pattern.startsWith(QLatin1Char('!'));
        if (exclusion)
            pattern = pattern.mid(1).trimmed();
        if (pattern.isEmpty())
            continue;
        ignore.add(pattern, exclusion);
    }
    return ignore;
}

DockerIgnore DockerIgnore::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DockerIgnore();
    return parse(file.readAll());
}

void DockerIgnore::keep(const QString &path)
{
    if (isExcluded(path))
        add(path, true);
}

bool DockerIgnore::isExcluded(const QString &path) const
{
    const QString file = cleanPath(path);
    const QStringList parents = file.split(QLatin1Char('/'));
    bool matched = false;
    for (const Pattern &p : m_patterns) {
        // An exclusion can only undo a match, an inclusion only make one.
        if (p.exclusion != matched)
            continue;
        bool match = p.regex.match(file).hasMatch();
        for (qsizetype i = 1; !match && i < parents.size(); ++i)
            match = p.regex.match(parents.mid(0, i).join(QLatin1Char('/'))).hasMatch();
        if (match)
            matched = !p.exclusion;
    }
    return matched;
}

} // namespace fleet
