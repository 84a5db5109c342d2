#include "images/BuildDefinition.h"

#include "images/RequirementsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fleet {

namespace {

constexpr qint64 kMaxSmallFile = 1 << 20; // image.json, requirements.txt, Dockerfile: text, never this big

bool readSmall(const QString &path, QByteArray *content, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("a file that cannot be read (%1)").arg(file.errorString());
        return false;
    }
    if (file.size() > kMaxSmallFile) {
        *why = QStringLiteral("a file of %1 bytes").arg(file.size());
        return false;
    }
    *content = file.readAll();
    return true;
}

} // namespace

void BuildDefinition::addProblem(const QString &file, const QString &expected, const QString &found)
{
    m_problems.append(DefinitionProblem{file, QString(), 0, expected, found});
}

BuildDefinition BuildDefinition::load(const QString &folder)
{
    BuildDefinition d;
    const QFileInfo info(folder);
    d.m_folder = info.absoluteFilePath();
    if (!info.isDir()) {
        d.addProblem(QDir::toNativeSeparators(folder), QStringLiteral("a definition folder holding a Dockerfile and "
                                                                      "image.json"),
                     info.exists() ? QStringLiteral("a file") : QStringLiteral("nothing at that path"));
        return d;
    }
    const QDir dir(d.m_folder);
    QByteArray content;
    QString why;

    const QString dockerfile = dir.filePath(QString::fromLatin1(Dockerfile::kFileName));
    if (!QFileInfo::exists(dockerfile)) {
        d.addProblem(QString::fromLatin1(Dockerfile::kFileName),
                     QStringLiteral("a Dockerfile in %1 (starting with FROM)").arg(d.m_folder), QStringLiteral("none"));
    } else if (!readSmall(dockerfile, &content, &why)) {
        d.addProblem(QString::fromLatin1(Dockerfile::kFileName), QStringLiteral("a readable text file"), why);
    } else {
        d.m_dockerfile = Dockerfile::parse(content);
        if (!d.m_dockerfile.hasFrom())
            d.addProblem(QString::fromLatin1(Dockerfile::kFileName),
                         QStringLiteral("at least one FROM instruction (FROM scratch for an empty base)"),
                         d.m_dockerfile.instructions().isEmpty() ? QStringLiteral("an empty file")
                                                                 : QStringLiteral("no FROM"));
    }

    const QString metadata = dir.filePath(QString::fromLatin1(kMetadataFile));
    if (!QFileInfo::exists(metadata)) {
        d.addProblem(QString::fromLatin1(kMetadataFile),
                     QStringLiteral("image.json in %1 with the fields %2")
                         .arg(d.m_folder, ImageMetadata::knownFields().join(QStringLiteral(", "))),
                     QStringLiteral("none"));
    } else if (!readSmall(metadata, &content, &why)) {
        d.addProblem(QString::fromLatin1(kMetadataFile), QStringLiteral("a readable JSON file"), why);
    } else {
        d.m_metadata = ImageMetadata::fromJson(content, &d.m_problems);
    }

    const QString requirements = dir.filePath(QString::fromLatin1(RequirementsFile::kFileName));
    if (QFileInfo::exists(requirements)) { // optional: not every image installs packages
        if (!readSmall(requirements, &content, &why))
            d.addProblem(QString::fromLatin1(RequirementsFile::kFileName), QStringLiteral("a readable text file"), why);
        else
            d.m_requirements = RequirementsFile::check(content, &d.m_problems);
    }
    return d;
}

QStringList BuildDefinition::findDefinitions(const QString &root)
{
    QStringList found;
    const QDir dir(root);
    for (const QFileInfo &sub : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir d(sub.absoluteFilePath());
        if (d.exists(QString::fromLatin1(kMetadataFile)) || d.exists(QString::fromLatin1(Dockerfile::kFileName)))
            found << sub.absoluteFilePath();
    }
    return found;
}

QString BuildDefinition::problemsText() const
{
    return DefinitionProblem::join(m_problems);
}

QString BuildDefinition::label() const
{
    return m_metadata.name.isEmpty() ? QFileInfo(m_folder).fileName() : m_metadata.name;
}

ImageReference BuildDefinition::reference(const QString &tagOverride) const
{
    if (tagOverride.contains(QLatin1Char(':')) || tagOverride.contains(QLatin1Char('/'))
        || tagOverride.contains(QLatin1Char('@')))
        return ImageReference::parse(tagOverride);
    const QString tag = tagOverride.isEmpty() ? m_metadata.version : tagOverride;
    return ImageReference::parse(tag.isEmpty() ? m_metadata.name : m_metadata.name + QLatin1Char(':') + tag);
}

} // namespace fleet
