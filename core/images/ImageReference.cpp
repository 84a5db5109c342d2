#include "images/ImageReference.h"

#include <QRegularExpression>

namespace fleet {

namespace {

constexpr const char *kLegacyDomain = "index.docker.io";
constexpr const char *kOfficialPrefix = "library/";

// Whether the first component of a name is read as a registry host rather than a repository path.
bool looksLikeDomain(const QString &first)
{
    return first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost")
        || first != first.toLower();
}

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isWordChar(QChar c)
{
    // Go's \w: ASCII letters, digits and '_'.
    return isLowerAlnum(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

// How many hex digits each digest algorithm Docker knows must have.
int digestHexLength(const QString &algorithm)
{
    if (algorithm == QLatin1String("sha256"))
        return 64;
    if (algorithm == QLatin1String("sha384"))
        return 96;
    if (algorithm == QLatin1String("sha512"))
        return 128;
    return 0;
}

} // namespace

bool ImageReference::isValidPathComponent(const QString &c, QString *why)
{
    if (c.isEmpty())
        return fail(why, QStringLiteral("a path component is empty (a double or trailing '/')"));
    if (c != c.toLower())
        return fail(why, QStringLiteral("%1 has uppercase letters; repository names must be lowercase (use %2)")
                             .arg(quoted(c), quoted(c.toLower())));
    for (const QChar ch : c) {
        if (!isLowerAlnum(ch) && ch != QLatin1Char('.') && ch != QLatin1Char('_') && ch != QLatin1Char('-'))
            return fail(why, QStringLiteral("%1 contains '%2', which is not allowed in a repository name; use "
                                            "lowercase letters, digits and the separators '.', '_', '__', '-'")
                                 .arg(quoted(c), ch));
    }
    if (!isLowerAlnum(c.front()) || !isLowerAlnum(c.back()))
        return fail(why, QStringLiteral("%1 must start and end with a lowercase letter or digit").arg(quoted(c)));
    // Separator runs between alphanumerics: exactly ".", "_", "__", or any number of "-".
    qsizetype i = 0;
    while (i < c.size()) {
        if (isLowerAlnum(c.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < c.size() && !isLowerAlnum(c.at(j)))
            ++j;
        const QString run = c.mid(i, j - i);
        const bool dashes = run.count(QLatin1Char('-')) == run.size();
        if (!dashes && run != QLatin1String(".") && run != QLatin1String("_") && run != QLatin1String("__"))
            return fail(why, QStringLiteral("%1 has the separator sequence '%2'; between letters and digits only "
                                            "'.', '_', '__' or dashes are allowed")
                                 .arg(quoted(c), run));
        i = j;
    }
    return true;
}

bool ImageReference::isValidDomain(const QString &domain, QString *why)
{
    static const QRegularExpression component(QStringLiteral("^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$"));
    static const QRegularExpression ipv6(QStringLiteral("^\\[[a-fA-F0-9:]+\\]$"));
    QString host = domain;
    QString port;
    const qsizetype colon = domain.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && colon > domain.lastIndexOf(QLatin1Char(']'))) {
        host = domain.left(colon);
        port = domain.mid(colon + 1);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        const int number = port.toInt();
        if (!digits.match(port).hasMatch() || number < 1 || number > 65535)
            return fail(why, QStringLiteral("registry %1 has the port %2; a port is a number from 1 to 65535")
                                 .arg(quoted(domain), quoted(port)));
    }
    if (host.startsWith(QLatin1Char('['))) {
        if (!ipv6.match(host).hasMatch())
            return fail(why, QStringLiteral("registry %1 is not a valid bracketed IPv6 address").arg(quoted(domain)));
        return true;
    }
    if (host.isEmpty())
        return fail(why, QStringLiteral("registry %1 has no host name").arg(quoted(domain)));
    for (const QString &part : host.split(QLatin1Char('.'))) {
        if (!component.match(part).hasMatch())
            return fail(why, QStringLiteral("registry host %1 has the label %2; a host label is letters, digits and "
                                            "inner dashes")
                                 .arg(quoted(host), quoted(part)));
    }
    return true;
}

bool ImageReference::isValidTag(const QString &tag, QString *why)
{
    if (tag.isEmpty())
        return fail(why, QStringLiteral("the tag after ':' is empty; write a version such as 1.2.3"));
    if (tag.size() > kMaxTagLength)
        return fail(why, QStringLiteral("the tag is %1 characters long; the limit is %2").arg(tag.size())
                             .arg(kMaxTagLength));
    if (!isWordChar(tag.front()))
        return fail(why, QStringLiteral("tag %1 starts with '%2'; a tag starts with a letter, digit or '_'")
                             .arg(quoted(tag), tag.front()));
    for (const QChar ch : tag) {
        if (!isWordChar(ch) && ch != QLatin1Char('.') && ch != QLatin1Char('-'))
            return fail(why, QStringLiteral("tag %1 contains '%2'; tags allow letters, digits, '_', '.' and '-'")
                                 .arg(quoted(tag), ch));
    }
    return true;
}

bool ImageReference::isValidDigest(const QString &digest, QString *why)
{
    static const QRegularExpression algorithm(QStringLiteral("^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*$"));
    static const QRegularExpression hex(QStringLiteral("^[a-f0-9]+$"));
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(why, QStringLiteral("digest %1 has no algorithm; write sha256:<64 hex digits>").arg(quoted(digest)));
    const QString algo = digest.left(colon);
    const QString value = digest.mid(colon + 1);
    if (!algorithm.match(algo).hasMatch())
        return fail(why, QStringLiteral("digest algorithm %1 is malformed; write sha256:<64 hex digits>")
                             .arg(quoted(algo)));
    const int expected = digestHexLength(algo);
    if (expected == 0)
        return fail(why, QStringLiteral("digest algorithm %1 is not supported; use sha256, sha384 or sha512")
                             .arg(quoted(algo)));
    if (!hex.match(value).hasMatch())
        return fail(why, QStringLiteral("digest %1 must be lowercase hexadecimal after '%2:'").arg(quoted(digest), algo));
    if (value.size() != expected)
        return fail(why, QStringLiteral("a %1 digest has %2 hex digits, this one has %3")
                             .arg(algo).arg(expected).arg(value.size()));
    return true;
}

ImageReference ImageReference::invalid(const QString &text, const QString &why)
{
    ImageReference reference;
    reference.m_error = QStringLiteral("invalid image reference %1: %2").arg(quoted(text), why);
    return reference;
}

ImageReference ImageReference::parse(const QString &text)
{
    static const QRegularExpression imageId(QStringLiteral("^[a-f0-9]{64}$"));
    QString why;
    if (text.isEmpty())
        return invalid(text, QStringLiteral("it is empty; write a name such as registry.local:5000/team/app:1.2.3"));
    if (imageId.match(text).hasMatch())
        return invalid(text, QStringLiteral("this is an image ID, not a name; use sha256:%1 with `docker image "
                                            "inspect`, or name@sha256:%1").arg(text.left(12) + QStringLiteral("…")));
    for (const QChar ch : text)
        if (ch.isSpace())
            return invalid(text, QStringLiteral("it contains whitespace; references have none"));

    QString rest = text;
    ImageReference r;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        r.m_digest = rest.mid(at + 1);
        rest = rest.left(at);
        if (!isValidDigest(r.m_digest, &why))
            return invalid(text, why);
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && colon > rest.lastIndexOf(QLatin1Char('/'))) {
        r.m_tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        if (!isValidTag(r.m_tag, &why))
            return invalid(text, why);
    }
    if (rest.isEmpty())
        return invalid(text, QStringLiteral("the repository name is missing before ':' or '@'"));
    if (rest.size() > kMaxNameLength)
        return invalid(text, QStringLiteral("the name is %1 characters long; the limit is %2")
                                 .arg(rest.size()).arg(kMaxNameLength));

    // The first component is a registry if it looks like a host (has '.' or ':', is localhost, or has
    // uppercase, which a repository cannot): the rule docker uses to tell "team/app" from "host/app".
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString domain;
    QString path = rest;
    if (slash >= 0) {
        const QString first = rest.left(slash);
        if (looksLikeDomain(first)) {
            domain = first;
            path = rest.mid(slash + 1);
            if (!isValidDomain(domain, &why))
                return invalid(text, why);
        }
    }
    if (path.isEmpty())
        return invalid(text, QStringLiteral("the repository path after registry %1 is empty").arg(quoted(domain)));
    for (const QString &component : path.split(QLatin1Char('/')))
        if (!isValidPathComponent(component, &why))
            return invalid(text, why);

    if (domain.isEmpty() || domain == QLatin1String(kLegacyDomain))
        domain = QLatin1String(kDefaultDomain);
    if (domain == QLatin1String(kDefaultDomain) && !path.contains(QLatin1Char('/')))
        path.prepend(QLatin1String(kOfficialPrefix));
    // The limit holds for the normalized name too, as in distribution/reference (ParseNormalizedNamed checks
    // "docker.io/library/…"): otherwise a name could be valid while its own normal form is not.
    if (domain.size() + 1 + path.size() > kMaxNameLength)
        return invalid(text, QStringLiteral("the name is %1 characters long as %2/%3; the limit is %4")
                                 .arg(domain.size() + 1 + path.size())
                                 .arg(domain, path.left(20) + QStringLiteral("…"))
                                 .arg(kMaxNameLength));
    r.m_domain = domain;
    r.m_path = path;
    return r;
}

QString ImageReference::host() const
{
    const qsizetype colon = m_domain.lastIndexOf(QLatin1Char(':'));
    return colon > m_domain.lastIndexOf(QLatin1Char(']')) ? m_domain.left(colon) : m_domain;
}

int ImageReference::port() const
{
    const qsizetype colon = m_domain.lastIndexOf(QLatin1Char(':'));
    return colon > m_domain.lastIndexOf(QLatin1Char(']')) ? m_domain.mid(colon + 1).toInt() : -1;
}

QString ImageReference::name() const
{
    return isValid() ? m_domain + QLatin1Char('/') + m_path : QString();
}

QString ImageReference::toString() const
{
    if (!isValid())
        return QString();
    QString s = name();
    if (hasTag())
        s += QLatin1Char(':') + m_tag;
    if (hasDigest())
        s += QLatin1Char('@') + m_digest;
    return s;
}

QString ImageReference::familiar() const
{
    if (!isValid())
        return QString();
    QString s = toString();
    // docker.io is left out, unless what follows would then be read as a registry ("docker.io/foo.bar/app":
    // Docker's own FamiliarName gives "foo.bar/app", a different image on another registry).
    if (m_domain == QLatin1String(kDefaultDomain) && !looksLikeDomain(m_path.section(QLatin1Char('/'), 0, 0))) {
        s = s.mid(m_domain.size() + 1);
        if (m_path.startsWith(QLatin1String(kOfficialPrefix)) && m_path.count(QLatin1Char('/')) == 1)
            s = s.mid(int(qstrlen(kOfficialPrefix)));
    }
    return s;
}

ImageReference ImageReference::withTag(const QString &tag) const
{
    if (!isValid())
        return *this;
    return parse(name() + QLatin1Char(':') + tag);
}

} // namespace fleet
