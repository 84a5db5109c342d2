#pragma once

#include "images/DefinitionProblem.h"
#include "images/Dockerfile.h"
#include "images/ImageMetadata.h"
#include "images/ImageReference.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fleet {

// One image definition: a folder (images/<name>/) with a Dockerfile, image.json metadata and optionally a
// requirements.txt of pinned packages. load() reads and checks everything and keeps every problem found, so a
// person can fix them all in one go.
class BuildDefinition final
{
public:
    static constexpr const char *kMetadataFile = "image.json";

    static BuildDefinition load(const QString &folder);
    // The definitions under `root`: its subfolders that hold an image.json or a Dockerfile, sorted by name.
    static QStringList findDefinitions(const QString &root);

    bool isValid() const { return m_problems.isEmpty(); }
    const QList<DefinitionProblem> &problems() const { return m_problems; }
    QString problemsText() const; // one problem per line, each naming file, field or line, expected and found

    QString folder() const { return m_folder; } // absolute
    QString label() const;                      // metadata name, else the folder's name
    const ImageMetadata &metadata() const { return m_metadata; }
    const Dockerfile &dockerfile() const { return m_dockerfile; }
    QStringList requirements() const { return m_requirements; }

    // What the build is tagged as: name:version, or with `tagOverride`, which is a tag ("1.2.4") or a full
    // reference ("localhost:5000/tools/app:1.2.4"). May be invalid (check isValid() and error()).
    ImageReference reference(const QString &tagOverride = {}) const;

private:
    void addProblem(const QString &file, const QString &expected, const QString &found);

    QString m_folder;
    ImageMetadata m_metadata;
    Dockerfile m_dockerfile;
    QStringList m_requirements;
    QList<DefinitionProblem> m_problems;
};

} // namespace fleet
