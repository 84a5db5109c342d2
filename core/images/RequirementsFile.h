#pragma once

#include "images/DefinitionProblem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleet {

// A pip requirements file where every package is pinned to one exact version (`pkg==x.y.z`), so a rebuild
// gets the same software. Ranges, unpinned names, wildcards and pip options are flagged with their line numbers.
class RequirementsFile final
{
public:
    static constexpr const char *kFileName = "requirements.txt";

    // Appends one problem per bad line; returns the pins ("numpy==1.26.4") of the good ones.
    static QStringList check(const QByteArray &content, QList<DefinitionProblem> *problems);
};

} // namespace fleet
