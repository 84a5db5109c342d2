#include "sif/SifRegistryImage.h"

#include <QJsonValue>

namespace fleet {

QString SifRegistryImage::id() const
{
    return name.endsWith(QLatin1String(".sif")) ? name.chopped(4) : name;
}

QJsonObject SifRegistryImage::toJson() const
{
    QJsonObject labels;
    for (auto it = facts.labels.begin(); it != facts.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QStringLiteral(""));
    };
    return {{QStringLiteral("id"), id()},
            {QStringLiteral("name"), name},
            {QStringLiteral("partition"), partition},
            {QStringLiteral("path"), path},
            {QStringLiteral("size"), size},
            {QStringLiteral("modified"), time(modified)},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("valid"), valid()},
            {QStringLiteral("flag"), sifFlagName(flag)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("arch"), facts.arch},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("deffile"), facts.deffile},
            {QStringLiteral("created"), time(facts.created)},
            {QStringLiteral("signed"), facts.isSigned},
            {QStringLiteral("intact"), facts.intact},
            {QStringLiteral("verified"), facts.verified},
            {QStringLiteral("signer"), facts.signer},
            {QStringLiteral("verify_message"), facts.verifyMessage}};
}

QString sifFlagName(SifRegistryImage::Flag flag)
{
    switch (flag) {
    case SifRegistryImage::Flag::Missing:
        return QStringLiteral("missing");
    case SifRegistryImage::Flag::Corrupt:
        return QStringLiteral("corrupt");
    case SifRegistryImage::Flag::Unreadable:
        return QStringLiteral("unreadable");
    case SifRegistryImage::Flag::BadName:
        return QStringLiteral("bad_name");
    case SifRegistryImage::Flag::None:
        break;
    }
    return {};
}

} // namespace fleet
