#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fleet {

// One thing wrong with a build definition: where (file, field or line), what was expected and what was found.
struct DefinitionProblem
{
    QString file;  // "image.json", "requirements.txt", "Dockerfile", "" for the folder
    QString field; // "version", "gpu_required"…; empty for line problems
    int line = 0;  // 1-based, 0 when not about a line
    QString expected;
    QString found;

    // "image.json: version: expected a semantic version …, found \"1.0\""
    QString message() const
    {
        QString where = file;
        if (!field.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + field;
        if (line > 0)
            where += QStringLiteral(" line %1").arg(line);
        return QStringLiteral("%1: expected %2, found %3").arg(where, expected, found);
    }

    static QString join(const QList<DefinitionProblem> &problems)
    {
        QStringList lines;
        for (const DefinitionProblem &p : problems)
            lines << p.message();
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace fleet
