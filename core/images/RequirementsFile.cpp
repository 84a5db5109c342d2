#include "images/RequirementsFile.h"

#include <QRegularExpression>

namespace fleet {

namespace {

// Why a line is not a pin, in the words a person would use.
QString whyNotPinned(const QString &line)
{
    static const QRegularExpression range(QStringLiteral("(>=|<=|~=|!=|<|>)"));
    if (line.startsWith(QLatin1Char('-')))
        return QStringLiteral("a pip option; list pinned packages directly (no -r, -e, --index-url)");
    if (line.contains(QLatin1String("://")) || line.contains(QLatin1String(" @ ")))
        return QStringLiteral("a URL or path; pin a released version instead");
    if (line.contains(QLatin1String("===")))
        return QStringLiteral("arbitrary equality (===); use ==");
    if (line.contains(QLatin1String("==")) && line.contains(QLatin1Char('*')))
        return QStringLiteral("a wildcard version, which is a range");
    if (range.match(line).hasMatch())
        return QStringLiteral("a version range, which can resolve differently tomorrow");
    if (!line.contains(QLatin1String("==")))
        return QStringLiteral("no version at all");
    return QStringLiteral("a malformed pin");
}

} // namespace

QStringList RequirementsFile::check(const QByteArray &content, QList<DefinitionProblem> *problems)
{
    // PEP 508 name, optional extras, "==", a PEP 440 version; an optional environment marker after ';'.
    static const QRegularExpression pin(QStringLiteral(
        "^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(\\[[A-Za-z0-9._,\\s-]*\\])?\\s*==\\s*"
        "([0-9][0-9A-Za-z.!+_-]*)\\s*(;.*)?$"));
    static const QRegularExpression hashOption(QStringLiteral("\\s+--hash[= ]\\S+"));
    QStringList pins;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        const qsizetype comment = line.indexOf(QLatin1String(" #"));
        if (comment >= 0)
            line = line.left(comment).trimmed();
        line.remove(hashOption); // --hash pins the file further; it never unpins
        const QRegularExpressionMatch m = pin.match(line);
        if (m.hasMatch()) {
            pins << m.captured(1) + m.captured(2) + QStringLiteral("==") + m.captured(3);
            continue;
        }
        problems->append(DefinitionProblem{QString::fromLatin1(kFileName), QString(), i + 1,
                                           QStringLiteral("an exact pin such as numpy==1.26.4"),
                                           QStringLiteral("\"%1\" (%2)").arg(line, whyNotPinned(line))});
    }
    return pins;
}

} // namespace fleet
