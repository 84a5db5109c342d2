#include "sif/SifVerify.h"

#include "sif/SifClearsign.h"
#include "sif/SifDigest.h"
#include "sif/SifGpg.h"
#include "sif/SifImage.h"
#include "sif/SifMetadata.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

namespace fleet {

namespace {

constexpr qint64 kSignatureCap = 1 << 20;

// Failures of one check, gathered over every signature (the first reason is reported, the rest counted).
struct Findings
{
    bool covered = false;
    QStringList failures;

    SifCheck check(const QString &uncovered) const
    {
        SifCheck c;
        c.covered = covered;
        c.ok = covered && failures.isEmpty();
        if (!covered)
            c.reason = uncovered;
        else if (!failures.isEmpty())
            c.reason = failures.size() == 1 ? failures.first()
                                            : failures.first() + SifVerify::tr(" (and %n more)", "", int(failures.size() - 1));
        return c;
    }
};

struct Work
{
    const SifImage &image;
    QFile &file;
    Findings header, descriptors, objects;
    QSet<quint32> covered;
    QHash<quint32, quint32> minIdByRawGroup; // sylabs/sif's minIDs: lowest id per on-disk group value
};

QString idList(const QList<quint32> &ids)
{
    QStringList words;
    for (quint32 id : ids)
        words.append(QString::number(id));
    return words.join(QStringLiteral(", "));
}

QList<const SifDescriptor *> groupMembers(const SifImage &image, quint32 group)
{
    QList<const SifDescriptor *> members;
    for (const SifDescriptor &d : image.descriptors())
        if (d.groupId == group)
            members.append(&d);
    return members;
}

void cover(Work &w, const SifDescriptor &d)
{
    if (d.type != SifDataType::Signature)
        w.covered.insert(d.id);
}

// A legacy signature: one digest over the data of one object, or of every object of a group in table order.
void checkLegacy(Work &w, const SifDescriptor &sig, const SifMetadata &m, SifSignatureCheck &result)
{
    const std::optional<SifDigest::Algorithm> algorithm = SifDigest::fromHashType(sig.hashType);
    if (!algorithm) {
        result.reason = SifVerify::tr("hash type %1 of signature %2 is not supported here")
                            .arg(sifHashTypeName(sig.hashType)).arg(sig.id);
        w.objects.failures.append(result.reason);
        return;
    }
    QList<const SifDescriptor *> signedObjects;
    if (sig.linkedToGroup) {
        signedObjects = groupMembers(w.image, sig.linkedId);
    } else if (const SifDescriptor *d = w.image.descriptor(sig.linkedId)) {
        signedObjects.append(d);
    }
    w.objects.covered = true;
    if (signedObjects.isEmpty()) {
        w.objects.failures.append(SifVerify::tr("signature %1 signs %2 %3, which the image does not have")
                                      .arg(sig.id)
                                      .arg(sig.linkedToGroup ? SifVerify::tr("group") : SifVerify::tr("object"))
                                      .arg(sig.linkedId));
        return;
    }
    QList<QPair<qint64, qint64>> ranges;
    QList<quint32> ids;
    for (const SifDescriptor *d : signedObjects) {
        ranges.append({d->offset, d->size});
        ids.append(d->id);
        cover(w, *d);
    }
    QString error;
    const QByteArray digest = SifDigest::ofRanges(*algorithm, w.file, ranges, &error);
    if (digest.isEmpty())
        w.objects.failures.append(SifVerify::tr("objects %1: %2").arg(idList(ids), error));
    else if (digest != m.legacyDigest)
        w.objects.failures.append(
            SifVerify::tr("the data of object(s) %1 changed since signature %2 was made").arg(idList(ids)).arg(sig.id));
}

// A signature over sylabs/sif image metadata: header digest, and for each object of the group the digests of
// its descriptor and its data; the set of objects must be the group's.
void checkMetadata(Work &w, const SifDescriptor &sig, const SifMetadata &m)
{
    if (!sig.linkedToGroup) {
        w.objects.covered = true;
        w.objects.failures.append(SifVerify::tr("signature %1 holds image metadata but is linked to object %2, not "
                                                "to a group")
                                      .arg(sig.id).arg(sig.linkedId));
        return;
    }
    const QList<const SifDescriptor *> members = groupMembers(w.image, sig.linkedId);
    w.header.covered = true;
    w.descriptors.covered = true;
    w.objects.covered = true;
    if (SifDigest::ofBytes(m.header.algorithm, w.image.header().integrityBytes) != m.header.value)
        w.header.failures.append(SifVerify::tr("the header (launch script, magic, version or image ID) changed since "
                                               "signature %1 was made")
                                     .arg(sig.id));
    if (members.isEmpty()) {
        w.objects.failures.append(
            SifVerify::tr("signature %1 signs group %2, which the image does not have").arg(sig.id).arg(sig.linkedId));
        return;
    }
    quint32 minId = members.first()->id;
    for (const SifDescriptor *d : members)
        minId = std::min(minId, d->id);
    QHash<quint64, const SifObjectMetadata *> byId;
    for (const SifObjectMetadata &o : m.objects)
        byId.insert(quint64(minId) + o.relativeId, &o);
    QSet<quint64> seen;
    for (const SifDescriptor *d : members) {
        const SifObjectMetadata *o = byId.value(d->id);
        if (!o) {
            w.objects.failures.append(SifVerify::tr("object %1 was added to group %2 after signature %3 was made")
                                          .arg(d->id).arg(sig.linkedId).arg(sig.id));
            continue;
        }
        seen.insert(d->id);
        cover(w, *d);
        const quint32 relative = d->id - w.minIdByRawGroup.value(d->rawGroupId, d->id);
        if (SifDigest::ofBytes(o->descriptorDigest.algorithm, SifDigest::descriptorBytes(*d, relative))
            != o->descriptorDigest.value)
            w.descriptors.failures.append(SifVerify::tr("the descriptor of object %1 (type, link, size, time, name "
                                                        "or type fields) changed since signature %2 was made")
                                              .arg(d->id).arg(sig.id));
        QString error;
        const QByteArray digest = SifDigest::ofRanges(o->objectDigest.algorithm, w.file, {{d->offset, d->size}}, &error);
        if (digest.isEmpty())
            w.objects.failures.append(SifVerify::tr("object %1: %2").arg(d->id).arg(error));
        else if (digest != o->objectDigest.value)
            w.objects.failures.append(
                SifVerify::tr("the data of object %1 changed since signature %2 was made").arg(d->id).arg(sig.id));
    }
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        if (!seen.contains(it.key()))
            w.objects.failures.append(
                SifVerify::tr("object %1, signed by signature %2, is missing").arg(it.key()).arg(sig.id));
}

QString describe(const SifVerification &v, const QString &keyringPath);

} // namespace

SifVerification SifVerify::verify(const QString &path, const QString &keyringPath)
{
    SifVerification v;
    v.path = path;
    QString error;
    const std::optional<SifImage> image = SifImage::open(path, &error);
    if (!image) {
        v.readError = error;
        v.message = tr("%1\nNothing was verified: the file is not a SIF image this reader accepts.").arg(error);
        return v;
    }
    v.readable = true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.readable = false;
        v.readError = tr("%1: %2").arg(path, file.errorString());
        v.message = v.readError;
        return v;
    }
    Work w{*image, file, {}, {}, {}, {}, {}};
    for (const SifDescriptor &d : image->descriptors()) {
        auto it = w.minIdByRawGroup.find(d.rawGroupId);
        if (it == w.minIdByRawGroup.end() || d.id < *it)
            w.minIdByRawGroup.insert(d.rawGroupId, d.id);
    }

    std::unique_ptr<SifGpg> gpg;
    QString keyringError;
    if (!keyringPath.isEmpty()) {
        gpg = std::make_unique<SifGpg>();
        if (!gpg->importKeyring(keyringPath, &keyringError))
            gpg.reset();
    }
    v.keyringUsed = gpg != nullptr;

    bool allGood = true;
    for (const SifDescriptor &sig : image->descriptors()) {
        if (sig.type != SifDataType::Signature)
            continue;
        v.isSigned = true;
        SifSignatureCheck s;
        s.id = sig.id;
        s.linkedId = sig.linkedId;
        s.linkedToGroup = sig.linkedToGroup;
        s.hashType = sifHashTypeName(sig.hashType);
        s.entity = sig.entity;
        s.fingerprint = sig.entity;
        const QByteArray data = SifImage::objectData(file, sig, kSignatureCap, &error);
        std::optional<QByteArray> plaintext;
        if (data.isEmpty()) {
            s.status = SifSignatureCheck::Status::Bad;
            s.reason = error;
        } else if (gpg) {
            const SifGpg::Result r = gpg->verify(data);
            s.signer = r.uid;
            if (!r.fingerprint.isEmpty())
                s.fingerprint = r.fingerprint;
            s.reason = r.reason;
            switch (r.status) {
            case SifGpg::Status::Good: s.status = SifSignatureCheck::Status::Good; break;
            case SifGpg::Status::UnknownKey: s.status = SifSignatureCheck::Status::UnknownKey; break;
            default: s.status = SifSignatureCheck::Status::Bad; break;
            }
            if (s.status == SifSignatureCheck::Status::Good && !sig.entity.isEmpty()
                && sig.entity.compare(s.fingerprint, Qt::CaseInsensitive) != 0) {
                s.status = SifSignatureCheck::Status::Bad;
                s.reason = tr("made by key %1, but the descriptor names key %2").arg(s.fingerprint, sig.entity);
            }
            // The plaintext GPGME verified; a missing key still yields it (the digests can be checked).
            if (!r.plaintext.isEmpty())
                plaintext = r.plaintext;
        } else {
            plaintext = SifClearsign::plaintext(data);
            if (!plaintext) {
                s.status = SifSignatureCheck::Status::Bad;
                s.reason = tr("signature %1 is not an OpenPGP clear signature").arg(sig.id);
            }
        }
        if (plaintext) {
            const std::optional<SifMetadata> m = SifMetadata::parse(*plaintext, &error);
            if (!m) {
                s.status = SifSignatureCheck::Status::Bad;
                s.reason = error;
            } else {
                s.legacy = m->legacy;
                if (m->legacy)
                    checkLegacy(w, sig, *m, s);
                else
                    checkMetadata(w, sig, *m);
            }
        }
        if (s.status == SifSignatureCheck::Status::UnknownKey && !v.unknownKeys.contains(s.fingerprint))
            v.unknownKeys.append(s.fingerprint);
        if (s.status == SifSignatureCheck::Status::Good) {
            const QString who = s.signer.isEmpty() ? s.fingerprint : tr("%1 (%2)").arg(s.signer, s.fingerprint);
            if (!v.signers.contains(who))
                v.signers.append(who);
        }
        allGood = allGood && s.status == SifSignatureCheck::Status::Good;
        v.signatures.append(s);
    }
    v.signatureOk = v.isSigned && v.keyringUsed && allGood;

    const bool legacyOnly = std::all_of(v.signatures.cbegin(), v.signatures.cend(),
                                        [](const SifSignatureCheck &s) { return s.legacy; });
    const QString uncovered = !v.isSigned ? tr("not signed")
                              : legacyOnly ? tr("not covered: legacy signatures cover object data only")
                                           : tr("no valid signature covers it");
    v.header = w.header.check(uncovered);
    v.descriptors = w.descriptors.check(uncovered);
    v.objects = w.objects.check(v.isSigned ? tr("no valid signature covers it") : tr("not signed"));
    for (const SifDescriptor &d : image->descriptors())
        if (d.type != SifDataType::Signature && !w.covered.contains(d.id))
            v.uncoveredObjects.append(d.id);
    v.message = describe(v, keyringPath);
    if (!keyringError.isEmpty())
        v.message = keyringError + QLatin1Char('\n') + v.message;
    return v;
}

namespace {

QString checkLine(const QString &what, const SifCheck &c)
{
    if (c.ok)
        return SifVerify::tr("%1: intact").arg(what);
    if (!c.covered)
        return SifVerify::tr("%1: %2").arg(what, c.reason);
    return SifVerify::tr("%1: FAILED — %2").arg(what, c.reason);
}

QString describe(const SifVerification &v, const QString &keyringPath)
{
    QStringList lines;
    if (!v.isSigned) {
        lines << SifVerify::tr("%1: not signed — nothing vouches for who made it or that it is unchanged. Use images "
                               "from a source you trust, or sign it (apptainer sign) and verify it with its key.")
                     .arg(v.path);
        return lines.join(QLatin1Char('\n'));
    }
    lines << SifVerify::tr("%1: %n signature(s)", "", int(v.signatures.size())).arg(v.path);
    if (!v.signers.isEmpty())
        lines << SifVerify::tr("signed by %1").arg(v.signers.join(QStringLiteral(", ")));
    for (const QString &key : v.unknownKeys)
        lines << SifVerify::tr("signed by an unknown key %1: it is not in the keyring %2. If you trust it, add its "
                               "public key to that file (gpg --export --armor %1 >> FILE).")
                     .arg(key, keyringPath);
    for (const SifSignatureCheck &s : v.signatures)
        if (s.status == SifSignatureCheck::Status::Bad)
            lines << SifVerify::tr("signature %1: %2").arg(s.id).arg(s.reason);
    if (!v.keyringUsed) {
        QStringList keys;
        for (const SifSignatureCheck &s : v.signatures)
            if (!s.entity.isEmpty() && !keys.contains(s.entity))
                keys << s.entity;
        lines << SifVerify::tr("signatures not checked: no keyring was given (--keyring FILE with the signer's public "
                               "key); the image names key %1")
                     .arg(keys.isEmpty() ? SifVerify::tr("(none)") : keys.join(QStringLiteral(", ")));
    }
    lines << checkLine(SifVerify::tr("header"), v.header);
    lines << checkLine(SifVerify::tr("descriptors"), v.descriptors);
    lines << checkLine(SifVerify::tr("objects"), v.objects);
    if (!v.uncoveredObjects.isEmpty())
        lines << SifVerify::tr("object(s) %1 are covered by no signature: they may have been added after signing; "
                               "sign every group (apptainer sign) before trusting the image")
                     .arg(idList(v.uncoveredObjects));
    const bool changed = (v.header.covered && !v.header.ok) || (v.descriptors.covered && !v.descriptors.ok)
                         || (v.objects.covered && !v.objects.ok);
    if (changed)
        lines << SifVerify::tr("The image was modified after it was signed: do not use it; fetch it again from its "
                               "source.");
    else if (v.verified())
        lines << SifVerify::tr("verified");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

} // namespace fleet
