#pragma once

#include <QString>

namespace fleet {

// An image reference parsed by the Docker reference grammar (distribution/reference):
//   [host[:port]/][namespace/]repository[:tag][@algorithm:hex]
// and normalized the way the Docker CLI does it: "ubuntu" is docker.io/library/ubuntu, "index.docker.io" is
// docker.io. A value type; parse() never throws, an invalid reference carries a message naming the bad part.
class ImageReference final
{
public:
    static constexpr const char *kDefaultDomain = "docker.io";
    static constexpr int kMaxNameLength = 255; // domain + path, as in the grammar
    static constexpr int kMaxTagLength = 128;

    ImageReference() = default;
    static ImageReference parse(const QString &text);

    bool isValid() const { return m_error.isEmpty() && !m_path.isEmpty(); }
    QString error() const { return m_error; } // what is wrong and why, for a person

    QString domain() const { return m_domain; } // "docker.io", "localhost:5000", "[::1]:5000"
    QString host() const;                       // the domain without its port
    int port() const;                           // -1 when none
    QString path() const { return m_path; }     // "library/ubuntu", "team/app"
    QString tag() const { return m_tag; }       // empty when none
    QString digest() const { return m_digest; } // "sha256:…" or empty
    bool hasTag() const { return !m_tag.isEmpty(); }
    bool hasDigest() const { return !m_digest.isEmpty(); }

    QString name() const;     // domain/path: "docker.io/library/ubuntu"
    QString toString() const; // fully normalized: "docker.io/library/ubuntu:22.04"
    QString familiar() const; // as people write it: "ubuntu:22.04", "ghcr.io/org/app:1.0.0"
    // The same repository with another tag (digest dropped); invalid if `tag` is not a legal tag.
    ImageReference withTag(const QString &tag) const;

    // Pieces of the grammar, usable on their own (image.json names, --tag values).
    static bool isValidTag(const QString &tag, QString *why = nullptr);
    static bool isValidPathComponent(const QString &component, QString *why = nullptr);
    static bool isValidDomain(const QString &domain, QString *why = nullptr);
    static bool isValidDigest(const QString &digest, QString *why = nullptr);

private:
    static ImageReference invalid(const QString &text, const QString &why);

    QString m_domain;
    QString m_path;
    QString m_tag;
    QString m_digest;
    QString m_error;
};

inline bool operator==(const ImageReference &a, const ImageReference &b)
{
    return a.toString() == b.toString() && a.error() == b.error();
}

} // namespace fleet
