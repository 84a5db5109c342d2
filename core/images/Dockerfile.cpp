#include "images/Dockerfile.h"

#include <QRegularExpression>
#include <QSet>

namespace fleet {

Dockerfile Dockerfile::parse(const QByteArray &content)
{
    static const QRegularExpression first(QStringLiteral("^\\s*([A-Za-z]+)(?:\\s+(.*))?$"));
    Dockerfile file;
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    QString pending;
    int start = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')) || (trimmed.isEmpty() && pending.isEmpty()))
            continue; // comments may sit inside a continued instruction too
        if (pending.isEmpty())
            start = i + 1;
        const bool continued = trimmed.endsWith(QLatin1Char('\\'));
        pending += continued ? trimmed.chopped(1) + QLatin1Char(' ') : trimmed;
        if (continued && i + 1 < lines.size())
            continue;
        const QRegularExpressionMatch m = first.match(pending);
        if (m.hasMatch())
            file.m_instructions << Instruction{start, m.captured(1).toUpper(), m.captured(2).trimmed()};
        pending.clear();
    }
    return file;
}

bool Dockerfile::hasFrom() const
{
    for (const Instruction &i : m_instructions)
        if (i.keyword == QLatin1String("FROM"))
            return true;
    return false;
}

QString Dockerfile::substitute(const QString &text, const QMap<QString, QString> &values, QString *missing)
{
    static const QRegularExpression variable(
        QStringLiteral("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString out;
    qsizetype last = 0;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1).isEmpty() ? m.captured(4) : m.captured(1);
        const bool set = values.contains(name) && !values.value(name).isEmpty();
        if (m.captured(2) == QLatin1String("-"))
            out += set ? values.value(name) : m.captured(3);
        else if (m.captured(2) == QLatin1String("+"))
            out += set ? m.captured(3) : QString();
        else if (set)
            out += values.value(name);
        else if (missing && missing->isEmpty())
            *missing = name;
    }
    return out + text.mid(last);
}

QList<Dockerfile::BaseImage> Dockerfile::baseImages(const QMap<QString, QString> &buildArgs) const
{
    // Only ARGs before the first FROM are visible to FROM lines; --build-arg overrides their defaults.
    QMap<QString, QString> values;
    for (const Instruction &i : m_instructions) {
        if (i.keyword == QLatin1String("FROM"))
            break;
        if (i.keyword != QLatin1String("ARG"))
            continue;
        const qsizetype eq = i.arguments.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? i.arguments : i.arguments.left(eq)).trimmed();
        QString value = eq < 0 ? QString() : i.arguments.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        values.insert(name, buildArgs.contains(name) ? buildArgs.value(name) : value);
    }
    QList<BaseImage> bases;
    QSet<QString> stages;
    for (const Instruction &i : m_instructions) {
        if (i.keyword != QLatin1String("FROM"))
            continue;
        QStringList words = i.arguments.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        while (!words.isEmpty() && words.first().startsWith(QLatin1String("--")))
            words.removeFirst(); // --platform=…
        if (words.isEmpty())
            continue;
        BaseImage base;
        base.line = i.line;
        base.written = words.first();
        base.resolved = substitute(base.written, values, &base.missingVariable);
        const bool earlierStage = stages.contains(base.resolved.toLower());
        if (words.size() >= 3 && words.at(1).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0)
            stages.insert(words.at(2).toLower());
        if (earlierStage || base.resolved.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0)
            continue;
        bases << base;
    }
    return bases;
}

} // namespace fleet
