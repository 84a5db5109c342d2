#include "images/TagPolicy.h"

#include "images/SemanticVersion.h"

namespace fleet {

namespace {

TagPolicy::Verdict refuse(const ImageReference &reference, const QString &reason)
{
    TagPolicy::Verdict verdict;
    verdict.reference = reference;
    verdict.reason = reason;
    return verdict;
}

} // namespace

TagPolicy::TagPolicy(Settings settings)
    : m_settings(std::move(settings))
{
}

QStringList TagPolicy::defaultTrustedRegistries()
{
    return {QStringLiteral("localhost"), QStringLiteral("docker.io"), QStringLiteral("ghcr.io")};
}

QString TagPolicy::purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Build: return QStringLiteral("build");
    case Purpose::Pull: return QStringLiteral("pull");
    case Purpose::Push: return QStringLiteral("push");
    case Purpose::Run: return QStringLiteral("run");
    }
    return QString();
}

bool TagPolicy::isTrusted(const ImageReference &reference) const
{
    return reference.isValid() && isTrustedRegistry(reference.domain());
}

bool TagPolicy::isTrustedRegistry(const QString &registry) const
{
    const QString domain = registry.toLower();
    const qsizetype colon = domain.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > domain.lastIndexOf(QLatin1Char(']')) ? domain.left(colon) : domain;
    if (host.isEmpty())
        return false;
    for (QString entry : m_settings.trustedRegistries) {
        entry = entry.trimmed().toLower();
        if (entry == QLatin1String("index.docker.io"))
            entry = QString::fromLatin1(ImageReference::kDefaultDomain);
        if (entry.isEmpty())
            continue;
        if (entry.startsWith(QLatin1String("*."))) {
            if (host.endsWith(entry.mid(1)))
                return true;
            continue;
        }
        const bool hasPort = entry.contains(QLatin1Char(':')) && !entry.endsWith(QLatin1Char(']'));
        if ((hasPort && entry == domain) || (!hasPort && entry == host))
            return true;
    }
    return false;
}

TagPolicy::Verdict TagPolicy::check(const QString &reference, Purpose purpose) const
{
    return check(ImageReference::parse(reference), purpose);
}

TagPolicy::Verdict TagPolicy::check(const ImageReference &reference, Purpose purpose) const
{
    if (!reference.isValid())
        return refuse(reference, reference.error());
    const QString name = reference.familiar();
    const QString repo = ImageReference::parse(reference.name()).familiar();
    const QString verb = purposeName(purpose);

    if (reference.tag() == QLatin1String("latest"))
        return refuse(reference, QStringLiteral("%1 is refused (%2): the tag 'latest' moves, so the same name means "
                                                "different images on different nodes and days. Use a version tag "
                                                "such as %3:1.2.3, or pin a digest (%3@sha256:…).")
                                     .arg(name, verb, repo));
    if (!reference.hasTag() && !reference.hasDigest())
        return refuse(reference, QStringLiteral("%1 is refused (%2): it has no tag, so Docker would use 'latest', "
                                                "which moves. Add a version tag such as %1:1.2.3, or pin a digest.")
                                     .arg(name, verb));

    if (purpose == Purpose::Build) {
        if (!reference.hasTag())
            return refuse(reference, QStringLiteral("%1 is refused (build): a build names its result by tag; use "
                                                    "%2:1.2.3").arg(name, repo));
        if (reference.hasDigest())
            return refuse(reference, QStringLiteral("%1 is refused (build): a digest is known only after the build; "
                                                    "drop '@%2'").arg(name, reference.digest()));
        QString why;
        if (m_settings.requireSemverForBuilds && !SemanticVersion::isValidTag(reference.tag(), &why))
            return refuse(reference, QStringLiteral("%1 is refused (build): built images need a semantic version "
                                                    "tag (MAJOR.MINOR.PATCH, e.g. %2:1.0.0): %3")
                                         .arg(name, repo, why));
    } else if (purpose != Purpose::Run && !isTrusted(reference)) {
        // Run starts what is already on the node (we pushed it over SSH): no registry is contacted.
        return refuse(reference, QStringLiteral("%1 is refused (%2): registry %3 is not in the trusted list (%4). "
                                                "Use an image from a trusted registry, or add %3 to the trusted "
                                                "registries in the settings if you trust it.")
                                     .arg(name, verb, reference.domain(),
                                          m_settings.trustedRegistries.join(QStringLiteral(", "))));
    }
    Verdict verdict;
    verdict.allowed = true;
    verdict.reference = reference;
    return verdict;
}

} // namespace fleet
