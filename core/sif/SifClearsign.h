#pragma once

#include <QByteArray>

#include <optional>

namespace fleet {

// The text of an OpenPGP cleartext-signed message (RFC 4880 §7), without checking the signature: lines between
// the armor header's blank line and "-----BEGIN PGP SIGNATURE-----", dash-unescaped, joined by "\n" (the last
// line ending is not part of the text). Used when no keyring is given, to recompute the digests the signed
// metadata names; with a keyring GPGME's verified plaintext is used instead.
class SifClearsign
{
public:
    static std::optional<QByteArray> plaintext(const QByteArray &message);
};

} // namespace fleet
