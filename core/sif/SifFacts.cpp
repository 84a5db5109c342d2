#include "sif/SifFacts.h"

#include "sif/SifImage.h"
#include "sif/SifVerify.h"

#include <QJsonObject>

namespace fleet {

SifFacts SifFacts::read(const QString &path, const QString &keyring)
{
    SifFacts facts;
    QString error;
    const std::optional<SifImage> image = SifImage::open(path, &error);
    if (!image) {
        facts.reason = error;
        return facts;
    }
    facts.arch = image->architecture();
    const QJsonObject labels = image->labels();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        facts.labels.insert(it.key(), it.value().isString() ? it.value().toString()
                                                            : it.value().toVariant().toString());
    facts.deffile = image->deffile();
    facts.created = image->header().created.toUTC();

    const SifVerification v = SifVerify::verify(path, keyring);
    if (!v.readable) {
        facts.reason = v.readError;
        return facts;
    }
    facts.isSigned = v.isSigned;
    facts.verifyMessage = v.message;
    if (v.isSigned) {
        const bool coveredOk = (!v.header.covered || v.header.ok) && (!v.descriptors.covered || v.descriptors.ok)
            && (!v.objects.covered || v.objects.ok);
        if (!coveredOk) {
            facts.reason = v.message.isEmpty() ? QStringLiteral("its signed parts do not match their signatures")
                                               : v.message;
            return facts;
        }
        facts.intact = true;
        facts.verified = v.verified();
        if (!v.signers.isEmpty())
            facts.signer = v.signers.join(QStringLiteral(", "));
        else
            for (const SifSignatureCheck &s : v.signatures)
                if (!s.fingerprint.isEmpty() || !s.entity.isEmpty()) {
                    facts.signer = s.fingerprint.isEmpty() ? s.entity : s.fingerprint;
                    break;
                }
    }
    facts.ok = true;
    return facts;
}

} // namespace fleet
