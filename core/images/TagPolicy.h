#pragma once

#include "images/ImageReference.h"

#include <QString>
#include <QStringList>

namespace fleet {

// Which image names the fleet accepts (seed 003): never `latest` or an untagged name, semantic versions for what
// we build, and only trusted registries wherever an image is pulled or pushed. Settings come from the caller
// (the app reads them from QSettings; core stays free of it).
class TagPolicy final
{
public:
    enum class Purpose { Build, Pull, Push, Run };

    struct Settings
    {
        // "host" matches any port of that host, "host:port" only that port, "*.example.com" its subdomains.
        QStringList trustedRegistries = defaultTrustedRegistries();
        bool requireSemverForBuilds = true;
    };

    struct Verdict
    {
        bool allowed = false;
        QString reason; // why it was refused and what to use instead; empty when allowed
        ImageReference reference;
        explicit operator bool() const { return allowed; }
    };

    TagPolicy() = default;
    explicit TagPolicy(Settings settings);

    Verdict check(const QString &reference, Purpose purpose) const;
    Verdict check(const ImageReference &reference, Purpose purpose) const;
    bool isTrusted(const ImageReference &reference) const;
    // The same rule for a registry itself ("host" or "host:port", as references start), for calls that name no
    // image (listing a registry).
    bool isTrustedRegistry(const QString &registry) const;

    const Settings &settings() const { return m_settings; }
    static QStringList defaultTrustedRegistries();
    static QString purposeName(Purpose purpose);

private:
    Settings m_settings;
};

} // namespace fleet
