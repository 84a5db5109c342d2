#include "images/SemanticVersion.h"

#include <QRegularExpression>

namespace fleet {

namespace {

bool isNumeric(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(s).hasMatch();
}

} // namespace

SemanticVersion SemanticVersion::parse(const QString &text, bool *ok, QString *why)
{
    static const QRegularExpression identifier(QStringLiteral("^[0-9A-Za-z-]+$"));
    SemanticVersion v;
    *ok = true;
    const auto bad = [ok, why](const QString &message) {
        *ok = false;
        if (why)
            *why = message;
        return SemanticVersion{};
    };
    const QString example = QStringLiteral("; write MAJOR.MINOR.PATCH such as 1.4.0 or 2.0.0-rc.1");
    QString core = text;
    const qsizetype plus = core.indexOf(QLatin1Char('+'));
    if (plus >= 0) {
        v.build = core.mid(plus + 1);
        core = core.left(plus);
        for (const QString &part : v.build.split(QLatin1Char('.')))
            if (!identifier.match(part).hasMatch())
                return bad(QStringLiteral("%1 has malformed build metadata '+%2'%3").arg(text, v.build, example));
    }
    const qsizetype dash = core.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        const QString pre = core.mid(dash + 1);
        core = core.left(dash);
        for (const QString &part : pre.split(QLatin1Char('.'))) {
            if (!identifier.match(part).hasMatch())
                return bad(QStringLiteral("%1 has a malformed pre-release part '-%2'%3").arg(text, pre, example));
            if (isNumeric(part) && part.size() > 1 && part.startsWith(QLatin1Char('0')))
                return bad(QStringLiteral("%1: numeric pre-release identifier '%2' has a leading zero")
                                         .arg(text, part));
            v.prerelease << part;
        }
    }
    const QStringList numbers = core.split(QLatin1Char('.'));
    if (numbers.size() != 3)
        return bad(QStringLiteral("%1 has %2 number(s) before any '-'; semantic versions have three%3")
                                 .arg(text).arg(numbers.size()).arg(example));
    int values[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        const QString &n = numbers.at(i);
        if (!isNumeric(n) || n.size() > 9)
            return bad(QStringLiteral("%1: '%2' is not a number%3").arg(text, n, example));
        if (n.size() > 1 && n.startsWith(QLatin1Char('0')))
            return bad(QStringLiteral("%1: '%2' has a leading zero%3").arg(text, n, example));
        values[i] = n.toInt();
    }
    v.major = values[0];
    v.minor = values[1];
    v.patch = values[2];
    return v;
}

bool SemanticVersion::isValid(const QString &text, QString *why)
{
    bool ok = false;
    parse(text, &ok, why);
    return ok;
}

bool SemanticVersion::isValidTag(const QString &tag, QString *why)
{
    if (tag.contains(QLatin1Char('+'))) {
        if (why)
            *why = QStringLiteral("%1 has build metadata ('+'), which an image tag cannot hold; drop it").arg(tag);
        return false;
    }
    return isValid(tag, why);
}

QString SemanticVersion::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!prerelease.isEmpty())
        s += QLatin1Char('-') + prerelease.join(QLatin1Char('.'));
    if (!build.isEmpty())
        s += QLatin1Char('+') + build;
    return s;
}

int SemanticVersion::compare(const SemanticVersion &a, const SemanticVersion &b)
{
    if (a.major != b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor != b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch != b.patch)
        return a.patch < b.patch ? -1 : 1;
    // A pre-release is older than its release; otherwise identifiers compare left to right, numbers as numbers
    // and below words, and a longer list wins when all before are equal.
    if (a.prerelease.isEmpty() != b.prerelease.isEmpty())
        return a.prerelease.isEmpty() ? 1 : -1;
    for (qsizetype i = 0; i < qMin(a.prerelease.size(), b.prerelease.size()); ++i) {
        const QString &x = a.prerelease.at(i), &y = b.prerelease.at(i);
        const bool xn = isNumeric(x), yn = isNumeric(y);
        if (xn && yn) {
            if (x.size() != y.size()) // no leading zeros: the longer number is the larger one
                return x.size() < y.size() ? -1 : 1;
            if (x != y)
                return x < y ? -1 : 1;
        } else if (xn != yn) {
            return xn ? -1 : 1;
        } else if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    if (a.prerelease.size() != b.prerelease.size())
        return a.prerelease.size() < b.prerelease.size() ? -1 : 1;
    return 0;
}

} // namespace fleet
