#include "sif/SifTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fleet {

std::optional<SifTemplate> SifTemplate::fromJson(const QJsonObject &o, QString *error)
{
    SifTemplate t;
    t.id = o.value(QStringLiteral("id")).toString().trimmed();
    t.name = o.value(QStringLiteral("name")).toString().trimmed();
    t.image = o.value(QStringLiteral("image")).toString().trimmed();
    t.partition = o.value(QStringLiteral("partition")).toString().trimmed();
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (!id.match(t.id).hasMatch()) {
        *error = tr("\"id\" must be 1-128 letters, digits, '.', '_' or '-' (it is \"%1\")").arg(t.id);
        return std::nullopt;
    }
    if (t.image.isEmpty()) {
        *error = tr("template %1 names no \"image\"").arg(t.id);
        return std::nullopt;
    }
    QString why;
    if (!t.partition.isEmpty() && !SifRegistry::isValidPartition(t.partition, &why)) {
        *error = why;
        return std::nullopt;
    }
    const QJsonObject r = o.value(QStringLiteral("resources")).toObject();
    t.resources.cpus = r.value(QStringLiteral("cpus")).toInt();
    t.resources.gpus = r.value(QStringLiteral("gpus")).toInt();
    t.resources.memory = r.value(QStringLiteral("memory")).toVariant().toString();
    t.resources.time = r.value(QStringLiteral("time")).toString();
    if (t.resources.cpus < 0 || t.resources.gpus < 0) {
        *error = tr("template %1: cpus and gpus cannot be negative").arg(t.id);
        return std::nullopt;
    }
    if (t.name.isEmpty())
        t.name = t.id;
    return t;
}

std::optional<SifTemplate> SifTemplate::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parse);
    if (!doc.isObject()) {
        *error = tr("%1: not a JSON object (%2)").arg(path, parse.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<SifTemplate> t = fromJson(doc.object(), &why);
    if (!t) {
        *error = tr("%1: %2").arg(path, why);
        return std::nullopt;
    }
    t->file = QFileInfo(path).absoluteFilePath();
    return t;
}

QList<SifTemplate> SifTemplate::loadAll(const QString &dir, QStringList *errors)
{
    QList<SifTemplate> templates;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        QString error;
        if (std::optional<SifTemplate> t = load(file.absoluteFilePath(), &error))
            templates << *t;
        else if (errors)
            *errors << error;
    }
    std::sort(templates.begin(), templates.end(), [](const SifTemplate &a, const SifTemplate &b) { return a.id < b.id; });
    return templates;
}

QJsonObject SifTemplate::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("image"), image},
            {QStringLiteral("partition"), partition},
            {QStringLiteral("resources"), QJsonObject{{QStringLiteral("cpus"), resources.cpus},
                                                      {QStringLiteral("memory"), resources.memory},
                                                      {QStringLiteral("gpus"), resources.gpus},
                                                      {QStringLiteral("time"), resources.time}}}};
}

SifTemplateValidation SifTemplateValidation::validate(const SifTemplate &t, const SifScanResult &scan)
{
    SifTemplateValidation v;
    v.templateId = t.id;
    v.imageName = SifRegistry::normalizedName(t.image);
    if (const SifRegistryImage *image = scan.find(v.imageName, t.partition)) {
        v.valid = v.imageExists = true;
        v.imagePath = image->path;
        v.imagePartition = image->partition;
        v.message = SifTemplate::tr("Image \"%1\" is available in %2 partition").arg(v.imageName, image->partition);
        return v;
    }
    const SifRegistryImage *elsewhere = t.partition.isEmpty() ? nullptr : scan.find(v.imageName);
    bool flagged = false;
    for (const SifRegistryImage &image : scan.images)
        flagged = flagged || (image.name == v.imageName && !image.valid());
    if (elsewhere)
        v.message = SifTemplate::tr("Image \"%1\" is not in the %2 partition (it is in %3): move it or change the "
                                    "template's partition").arg(v.imageName, t.partition, elsewhere->partition);
    else if (flagged)
        v.message = SifTemplate::tr("Image \"%1\" is in the registry but flagged (corrupt or unreadable): replace "
                                    "it").arg(v.imageName);
    else
        v.message = SifTemplate::tr("Image \"%1\" not found in registry").arg(v.imageName);
    QStringList names;
    for (const SifRegistryImage &image : scan.valid())
        names << image.name;
    names.sort();
    names.removeDuplicates();
    v.availableImages = names;
    return v;
}

QJsonObject SifTemplateValidation::toJson() const
{
    QJsonObject o{{QStringLiteral("template_id"), templateId},
                  {QStringLiteral("valid"), valid},
                  {QStringLiteral("image_name"), imageName},
                  {QStringLiteral("image_exists"), imageExists},
                  {QStringLiteral("message"), message}};
    if (valid) {
        o.insert(QStringLiteral("image_path"), imagePath);
        o.insert(QStringLiteral("image_partition"), imagePartition);
    } else {
        o.insert(QStringLiteral("available_images"), QJsonArray::fromStringList(availableImages));
    }
    return o;
}

} // namespace fleet
