#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace fleet {

// Streaming SHA-256 through OpenSSL's EVP interface, which uses the CPU's SHA instructions: archives are hashed
// on every put and get, and QCryptographicHash's portable code costs ~1.5 s per 200 MB against ~0.2 s here.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    QByteArray hexResult(); // lowercase hex; the hash can be fed again only after reset()
    void reset();

    static QByteArray hexOf(QByteArrayView data);

private:
    void *m_context = nullptr; // EVP_MD_CTX
};

} // namespace fleet
