#pragma once

#include <QString>
#include <QStringList>

namespace fleet {

// A semantic version (semver.org 2.0.0): MAJOR.MINOR.PATCH[-prerelease][+build]. Image tags cannot hold '+',
// so a tag is a semantic version without build metadata.
struct SemanticVersion
{
    int major = 0, minor = 0, patch = 0;
    QStringList prerelease;
    QString build;

    // nullopt-free: `ok` false and `why` set when `text` is not a semantic version.
    static SemanticVersion parse(const QString &text, bool *ok, QString *why = nullptr);
    static bool isValid(const QString &text, QString *why = nullptr);
    static bool isValidTag(const QString &tag, QString *why = nullptr); // no build metadata
    QString toString() const;
    // Precedence (semver.org §11): < 0 when a is older than b, 0 when equal (build metadata is ignored), > 0 newer.
    static int compare(const SemanticVersion &a, const SemanticVersion &b);
};

} // namespace fleet
