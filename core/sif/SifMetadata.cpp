#include "sif/SifMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleet {

namespace {

bool isHex(const QByteArray &text)
{
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return text.size() % 2 == 0;
}

std::optional<SifDigestValue> digest(const QJsonValue &value, const QString &field, QString *error)
{
    const QStringList parts = value.toString().split(QLatin1Char(':'));
    const std::optional<SifDigest::Algorithm> algorithm =
        parts.size() == 2 ? SifDigest::fromName(parts[0]) : std::nullopt;
    const QByteArray hex = parts.size() == 2 ? parts[1].toLatin1() : QByteArray();
    if (!algorithm || !isHex(hex) || hex.size() / 2 != SifDigest::size(*algorithm)) {
        *error = QStringLiteral("signed metadata: %1 is not a digest (\"sha256:<hex>\")").arg(field);
        return std::nullopt;
    }
    return SifDigestValue{*algorithm, QByteArray::fromHex(hex)};
}

} // namespace

std::optional<SifMetadata> SifMetadata::parse(const QByteArray &plaintext, QString *error)
{
    SifMetadata m;
    if (plaintext.startsWith("SIFHASH:\n")) {
        m.legacy = true;
        const QByteArray hex = plaintext.mid(9).trimmed();
        if (hex.isEmpty() || !isHex(hex)) {
            *error = QStringLiteral("legacy signature: the text after SIFHASH: is not a hex digest");
            return std::nullopt;
        }
        m.legacyDigest = QByteArray::fromHex(hex);
        return m;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(plaintext, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("signed metadata is neither JSON nor a legacy SIFHASH (%1)")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 1) {
        *error = QStringLiteral("signed metadata version %1 is not known (this reader knows 1)")
                     .arg(root.value(QLatin1String("version")).toVariant().toString());
        return std::nullopt;
    }
    const std::optional<SifDigestValue> header =
        digest(root.value(QLatin1String("header")).toObject().value(QLatin1String("digest")),
               QStringLiteral("header.digest"), error);
    if (!header)
        return std::nullopt;
    m.header = *header;
    const QJsonArray objects = root.value(QLatin1String("objects")).toArray();
    if (objects.size() > kMaxObjects) {
        *error = QStringLiteral("signed metadata names %1 objects, more than %2").arg(objects.size()).arg(kMaxObjects);
        return std::nullopt;
    }
    for (const QJsonValue &value : objects) {
        const QJsonObject o = value.toObject();
        const double id = o.value(QLatin1String("relativeId")).toDouble(-1);
        if (id < 0 || id > 0xffffffffu || id != double(quint32(id))) {
            *error = QStringLiteral("signed metadata: an object's relativeId is not an unsigned integer");
            return std::nullopt;
        }
        const std::optional<SifDigestValue> d =
            digest(o.value(QLatin1String("descriptorDigest")), QStringLiteral("descriptorDigest"), error);
        const std::optional<SifDigestValue> data =
            d ? digest(o.value(QLatin1String("objectDigest")), QStringLiteral("objectDigest"), error) : std::nullopt;
        if (!d || !data)
            return std::nullopt;
        m.objects.append({quint32(id), *d, *data});
    }
    return m;
}

} // namespace fleet
