// RecordJson's SIF records, apart from RecordJson.cpp so the SIF work stays in its own files.
#include "actions/RecordJson.h"

#include "sif/SifImage.h"
#include "sif/SifVerification.h"

#include <QJsonArray>

namespace fleet::RecordJson {

namespace {

QJsonValue when(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QString());
}

QJsonObject descriptor(const SifDescriptor &d)
{
    QJsonObject o{{QStringLiteral("id"), qint64(d.id)},
                  {QStringLiteral("data_type"), sifDataTypeName(d.type)},
                  {QStringLiteral("data_type_code"), int(d.type)},
                  {QStringLiteral("group_id"), qint64(d.groupId)},
                  {QStringLiteral("linked_id"), qint64(d.linkedId)},
                  {QStringLiteral("linked_to_group"), d.linkedToGroup},
                  {QStringLiteral("offset"), d.offset},
                  {QStringLiteral("size"), d.size},
                  {QStringLiteral("size_with_padding"), d.sizeWithPadding},
                  {QStringLiteral("created"), when(d.created)},
                  {QStringLiteral("modified"), when(d.modified)},
                  {QStringLiteral("name"), d.name}};
    switch (d.type) {
    case SifDataType::Partition:
        o.insert(QStringLiteral("fs_type"), sifFsTypeName(d.fsType));
        o.insert(QStringLiteral("part_type"), sifPartTypeName(d.partType));
        o.insert(QStringLiteral("arch"), d.arch);
        break;
    case SifDataType::Signature:
        o.insert(QStringLiteral("hash_type"), sifHashTypeName(d.hashType));
        o.insert(QStringLiteral("entity"), d.entity);
        break;
    case SifDataType::CryptoMessage:
        o.insert(QStringLiteral("format_type"), sifFormatTypeName(d.formatType));
        o.insert(QStringLiteral("message_type"), sifMessageTypeName(d.messageType));
        break;
    case SifDataType::SBOM: o.insert(QStringLiteral("sbom_format"), sifSbomFormatName(d.sbomFormat)); break;
    default: break;
    }
    return o;
}

QJsonObject check(const SifCheck &c)
{
    return {{QStringLiteral("covered"), c.covered}, {QStringLiteral("ok"), c.ok}, {QStringLiteral("reason"), c.reason}};
}

QString statusName(SifSignatureCheck::Status status)
{
    switch (status) {
    case SifSignatureCheck::Status::Good: return QStringLiteral("good");
    case SifSignatureCheck::Status::Bad: return QStringLiteral("bad");
    case SifSignatureCheck::Status::UnknownKey: return QStringLiteral("unknown_key");
    case SifSignatureCheck::Status::NotChecked: break;
    }
    return QStringLiteral("not_checked");
}

} // namespace

QJsonObject sifImage(const SifImage &image)
{
    const SifHeader &h = image.header();
    QJsonArray descriptors;
    for (const SifDescriptor &d : image.descriptors())
        descriptors.append(descriptor(d));
    const std::optional<SifDescriptor> primary = image.primaryPartition();
    return typed(QStringLiteral("sif_image"),
                 {{QStringLiteral("path"), image.path()},
                  {QStringLiteral("file_size"), image.fileSize()},
                  {QStringLiteral("launch_script"), h.launchScript},
                  {QStringLiteral("version"), h.version},
                  {QStringLiteral("header_arch"), h.arch},
                  {QStringLiteral("arch"), image.architecture()},
                  {QStringLiteral("primary_partition"), primary ? QJsonValue(qint64(primary->id)) : QJsonValue()},
                  {QStringLiteral("id"), h.id.isNull() ? QString() : h.id.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("created"), when(h.created)},
                  {QStringLiteral("modified"), when(h.modified)},
                  {QStringLiteral("descriptors_free"), h.descriptorsFree},
                  {QStringLiteral("descriptors_total"), h.descriptorsTotal},
                  {QStringLiteral("descriptors_offset"), h.descriptorsOffset},
                  {QStringLiteral("descriptors_size"), h.descriptorsSize},
                  {QStringLiteral("data_offset"), h.dataOffset},
                  {QStringLiteral("data_size"), h.dataSize},
                  {QStringLiteral("descriptors"), descriptors}});
}

QJsonObject sifVerification(const SifVerification &v)
{
    QJsonArray signatures;
    for (const SifSignatureCheck &s : v.signatures)
        signatures.append(QJsonObject{{QStringLiteral("id"), qint64(s.id)},
                                      {QStringLiteral("legacy"), s.legacy},
                                      {QStringLiteral("linked_id"), qint64(s.linkedId)},
                                      {QStringLiteral("linked_to_group"), s.linkedToGroup},
                                      {QStringLiteral("hash_type"), s.hashType},
                                      {QStringLiteral("entity"), s.entity},
                                      {QStringLiteral("status"), statusName(s.status)},
                                      {QStringLiteral("signer"), s.signer},
                                      {QStringLiteral("fingerprint"), s.fingerprint},
                                      {QStringLiteral("reason"), s.reason}});
    QJsonArray uncovered;
    for (quint32 id : v.uncoveredObjects)
        uncovered.append(qint64(id));
    return typed(QStringLiteral("sif_verification"),
                 {{QStringLiteral("path"), v.path},
                  {QStringLiteral("readable"), v.readable},
                  {QStringLiteral("read_error"), v.readError},
                  {QStringLiteral("signed"), v.isSigned},
                  {QStringLiteral("verified"), v.verified()},
                  {QStringLiteral("keyring_used"), v.keyringUsed},
                  {QStringLiteral("signature_ok"), v.signatureOk},
                  {QStringLiteral("header"), check(v.header)},
                  {QStringLiteral("descriptors"), check(v.descriptors)},
                  {QStringLiteral("objects"), check(v.objects)},
                  {QStringLiteral("uncovered_objects"), uncovered},
                  {QStringLiteral("signers"), QJsonArray::fromStringList(v.signers)},
                  {QStringLiteral("unknown_keys"), QJsonArray::fromStringList(v.unknownKeys)},
                  {QStringLiteral("signatures"), signatures},
                  {QStringLiteral("message"), v.message}});
}

} // namespace fleet::RecordJson
