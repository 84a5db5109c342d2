#pragma once

#include "sif/SifVerification.h"

#include <QCoreApplication>
#include <QString>

namespace fleet {

// Integrity and signatures of a SIF image. Every signature object is read; its signed plaintext (the JSON image
// metadata, or a legacy "SIFHASH:" digest) gives the digests to recompute, streamed from the file: header,
// descriptors and objects are reported separately. With a keyring (an armored or binary OpenPGP public key
// file the admin chooses), each signature is checked by GPGME in a private, temporary GNUPGHOME removed
// afterwards — the user's ~/.gnupg is never read or written — and the signer is named. Without one only the
// integrity is checked and the signer's key is reported as unknown.
class SifVerify
{
    Q_DECLARE_TR_FUNCTIONS(SifVerify)

public:
    static SifVerification verify(const QString &path, const QString &keyringPath);
};

} // namespace fleet
