#include "sif/SifCache.h"

#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"
#include "util/ShellQuote.h"

#include <QRegularExpression>

#include <algorithm>

namespace fleet {

namespace {
constexpr int kNoCache = 3;
} // namespace

QString sifCacheStatusName(SifCacheEntry::Status status)
{
    switch (status) {
    case SifCacheEntry::Status::Current:
        return QStringLiteral("current");
    case SifCacheEntry::Status::Stale:
        return QStringLiteral("stale");
    case SifCacheEntry::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QList<SifCacheEntry> SifCache::parse(const QByteArray &output, const QString &cacheDir)
{
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    QList<SifCacheEntry> entries;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 4)
            continue;
        SifCacheEntry e;
        e.name = QString::fromUtf8(fields[3]);
        if (!SifRegistry::isValidImageName(e.name) && !e.name.endsWith(QLatin1String(".sif")))
            continue;
        bool ok = false;
        e.size = fields[1].toLongLong(&ok);
        if (!ok)
            e.size = -1;
        const qint64 mtime = fields[2].toLongLong(&ok);
        if (ok)
            e.modified = QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC);
        const QString sha = QString::fromLatin1(fields[0]);
        if (hash.match(sha).hasMatch())
            e.sha256 = sha;
        e.path = cacheDir + QLatin1Char('/') + e.name;
        entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const SifCacheEntry &a, const SifCacheEntry &b) {
        return a.name < b.name;
    });
    return entries;
}

void SifCache::classify(QList<SifCacheEntry> &entries, const QList<SifRegistryImage> &registry)
{
    for (SifCacheEntry &e : entries) {
        const SifRegistryImage *named = nullptr;
        const SifRegistryImage *same = nullptr;
        for (const SifRegistryImage &image : registry) {
            if (!image.valid() || image.name != e.name)
                continue;
            named = named ? named : &image;
            if (!e.sha256.isEmpty() && image.sha256 == e.sha256)
                same = &image;
        }
        if (e.sha256.isEmpty()) {
            e.status = SifCacheEntry::Status::Unknown;
            e.reason = e.reason.isEmpty() ? tr("not hashed on the node (unreadable, or past the listing's bound)")
                                          : e.reason;
        } else if (same) {
            e.status = SifCacheEntry::Status::Current;
            e.partition = same->partition;
        } else if (named) {
            e.status = SifCacheEntry::Status::Stale;
            e.partition = named->partition;
            e.reason = tr("differs from the registry's %1/%2 (sha256 %3 there)")
                           .arg(named->partition, named->name, named->sha256.left(12));
        } else {
            e.status = SifCacheEntry::Status::Stale;
            e.reason = tr("not in the registry");
        }
    }
}

SifCacheListing SifCache::list(const SifCacheParams &params)
{
    SifCacheListing listing;
    listing.cacheDir = params.cacheDir.endsWith(QLatin1Char('/')) ? params.cacheDir.chopped(1) : params.cacheDir;
    const SshTarget target = params.context.target(params.node);
    listing.display = target.display();
    SshSession session(target, params.context.ssh);
    if (!session.connect()) {
        listing.failure = Failure::make(session.error().failureKind(), session.error().message);
        return listing;
    }
    // One line per file: sha256 (or "-" past the bound or when unreadable), size, mtime, name. Names with a tab or
    // newline cannot be told apart and are skipped.
    const QString command = QStringLiteral(
        "cd %1 2>/dev/null || exit %2; n=0; for f in *.sif; do [ -f \"$f\" ] || continue; "
        "case $f in *'\t'*|*'\n'*) continue;; esac; n=$((n+1)); h=-; "
        "if [ $n -le %3 ]; then h=$(sha256sum -- \"$f\" 2>/dev/null | cut -c1-64); [ -n \"$h\" ] || h=-; fi; "
        "printf '%s\\t%s\\t%s\\n' \"$h\" \"$(stat -c '%s\t%Y' -- \"$f\")\" \"$f\"; done")
        .arg(shellQuote(listing.cacheDir)).arg(kNoCache).arg(qMax(0, params.maxFiles));
    const RemoteResult r = session.run(command, {}, 4 << 20);
    if (r.exitStatus == kNoCache && r.error.ok()) {
        listing.cacheExists = false;
        return listing;
    }
    if (!r.ok()) {
        listing.failure = Failure::make(r.error.ok() ? FailureKind::Failed : r.error.failureKind(),
                                        RemoteDocker::explain(listing.display,
                                                              tr("listing the cache %1").arg(listing.cacheDir), r));
        return listing;
    }
    listing.entries = parse(r.out, listing.cacheDir);
    classify(listing.entries, params.registry);
    if (!params.removeStale)
        return listing;
    QStringList stale;
    for (const SifCacheEntry &e : std::as_const(listing.entries))
        if (e.status == SifCacheEntry::Status::Stale && SifRegistry::isValidImageName(e.name))
            stale << shellQuote(e.name);
    if (stale.isEmpty())
        return listing;
    const RemoteResult removed = session.run(QStringLiteral("cd %1 && rm -f -- %2")
                                                 .arg(shellQuote(listing.cacheDir), stale.join(QLatin1Char(' '))));
    if (!removed.ok()) {
        listing.failure = Failure::make(removed.error.ok() ? FailureKind::Failed : removed.error.failureKind(),
                                        RemoteDocker::explain(listing.display, tr("removing stale images"), removed));
        return listing;
    }
    for (SifCacheEntry &e : listing.entries)
        e.removed = e.status == SifCacheEntry::Status::Stale && SifRegistry::isValidImageName(e.name);
    return listing;
}

} // namespace fleet
