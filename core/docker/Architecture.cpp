#include "docker/Architecture.h"

#include <QHash>

namespace fleet {

QString Architecture::normalize(const QString &arch, const QString &variant)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("x86_64"), QStringLiteral("amd64")},   {QStringLiteral("x86-64"), QStringLiteral("amd64")},
        {QStringLiteral("amd64"), QStringLiteral("amd64")},    {QStringLiteral("aarch64"), QStringLiteral("arm64")},
        {QStringLiteral("arm64"), QStringLiteral("arm64")},    {QStringLiteral("arm64/v8"), QStringLiteral("arm64")},
        {QStringLiteral("armv8l"), QStringLiteral("arm64")},   {QStringLiteral("armv7l"), QStringLiteral("arm/v7")},
        {QStringLiteral("armv7"), QStringLiteral("arm/v7")},   {QStringLiteral("armhf"), QStringLiteral("arm/v7")},
        {QStringLiteral("armv6l"), QStringLiteral("arm/v6")},  {QStringLiteral("armel"), QStringLiteral("arm/v6")},
        {QStringLiteral("i386"), QStringLiteral("386")},       {QStringLiteral("i486"), QStringLiteral("386")},
        {QStringLiteral("i586"), QStringLiteral("386")},       {QStringLiteral("i686"), QStringLiteral("386")},
        {QStringLiteral("x86"), QStringLiteral("386")},        {QStringLiteral("ppc64el"), QStringLiteral("ppc64le")},
    };
    QString a = arch.trimmed().toLower();
    const QString v = variant.trimmed().toLower();
    if (a.isEmpty())
        return {};
    if (a == QLatin1String("arm") && !v.isEmpty())
        a += QLatin1Char('/') + v;
    const auto it = aliases.constFind(a);
    if (it != aliases.constEnd())
        return *it;
    return a; // already Docker's word (ppc64le, s390x, riscv64, mips64le, arm/v5, arm) or unknown: kept
}

bool Architecture::compatible(const QString &image, const QString &node)
{
    const QString i = normalize(image);
    const QString n = normalize(node);
    if (i.isEmpty() || n.isEmpty() || i == n)
        return true;
    if (i == QLatin1String("arm") && n.startsWith(QLatin1String("arm/")))
        return true; // an arm image without a variant
    if (n == QLatin1String("arm") && i.startsWith(QLatin1String("arm/")))
        return true; // a node that only says "arm"
    // An ARMv7 CPU runs ARMv6 code; an arm64 kernel may run 32-bit arm but often lacks it: not assumed.
    return i == QLatin1String("arm/v6") && n == QLatin1String("arm/v7");
}

QString Architecture::platformFor(const QString &node)
{
    const QString n = normalize(node);
    return n.isEmpty() ? QString() : QStringLiteral("linux/") + n;
}

} // namespace fleet
