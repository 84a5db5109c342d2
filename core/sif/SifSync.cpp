#include "sif/SifSync.h"

#include "images/stores/Sha256.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"
#include "util/ShellQuote.h"

#include <QFile>

namespace fleet {

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr int kAbsent = 3; // the check's exit status when there is no file
} // namespace

SifSync::SifSync(StageTracker &tracker, std::shared_ptr<CancelToken> cancel, SifRegistryImage image,
                 QString cacheDir)
    : m_tracker(tracker)
    , m_cancel(std::move(cancel))
    , m_image(std::move(image))
    , m_cache(cacheDir.endsWith(QLatin1Char('/')) ? cacheDir.chopped(1) : cacheDir)
{
}

QString SifSync::finalPath() const
{
    return m_cache + QLatin1Char('/') + m_image.name;
}

QString SifSync::partPath() const
{
    return m_cache + QStringLiteral("/.") + m_image.name + QStringLiteral(".part");
}

QString SifSync::cleanupCommand() const
{
    return QStringLiteral("rm -f -- ") + shellQuote(partPath());
}

bool SifSync::check(SshSession &session, bool *current, QString *error)
{
    *current = false;
    const QString file = shellQuote(finalPath());
    const RemoteResult r = session.run(QStringLiteral("[ -f %1 ] || exit %2; sha256sum -- %1").arg(file).arg(kAbsent));
    if (r.exitStatus == kAbsent && r.error.ok())
        return true;
    if (!r.ok()) {
        if (r.error.ok())
            m_permanent = true;
        *error = RemoteDocker::explain(session.target().display(),
                                       QStringLiteral("reading %1 on the node").arg(finalPath()), r);
        return false;
    }
    *current = r.out.left(64) == m_image.sha256.toLatin1();
    return true;
}

QByteArray SifSync::localPrefixHash(qint64 length) const
{
    QFile file(m_image.path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (qint64 left = length; left > 0;) {
        const qint64 n = file.read(buffer.data(), qMin(left, kChunk));
        if (n <= 0 || m_cancel->isCancelled())
            return {};
        hash.addData(QByteArrayView(buffer.constData(), n));
        left -= n;
    }
    return hash.hexResult();
}

qint64 SifSync::resumeOffset(SshSession &session)
{
    const QString part = shellQuote(partPath());
    const RemoteResult size = session.run(QStringLiteral("stat -c %s -- ") + part + QStringLiteral(" 2>/dev/null"));
    const qint64 offset = size.ok() ? size.out.trimmed().toLongLong() : 0;
    if (offset <= 0 || offset > m_image.size)
        return 0;
    // Resume only from bytes that are really this image's: the prefix must hash the same on both sides.
    const RemoteResult prefix = session.run(QStringLiteral("head -c %1 -- %2 | sha256sum").arg(offset).arg(part));
    if (prefix.ok() && prefix.out.left(64) == localPrefixHash(offset))
        return offset;
    m_tracker.message(QStringLiteral("%1: the partial %2 on the node is not a prefix of this image; starting over")
                          .arg(session.target().display(), partPath()), QStringLiteral("warning"));
    return 0;
}

bool SifSync::send(SshSession &session, QString *error)
{
    const QString node = session.target().display();
    const RemoteResult made = session.run(QStringLiteral("umask 022; mkdir -p -- ") + shellQuote(m_cache));
    if (!made.ok()) {
        m_permanent = made.error.ok();
        *error = RemoteDocker::explain(node, QStringLiteral("making the cache folder %1").arg(m_cache), made);
        return false;
    }
    const qint64 offset = resumeOffset(session);
    if (offset > 0)
        m_tracker.message(QStringLiteral("%1: resuming %2 at %3 of %4 bytes").arg(node, m_image.name).arg(offset)
                              .arg(m_image.size));
    QFile file(m_image.path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        m_permanent = true;
        *error = QStringLiteral("cannot read %1: %2").arg(m_image.path, file.errorString());
        return false;
    }
    // A resume first cuts the .part back to the prefix that was checked: a writer of the cut session may have
    // added a last block meanwhile.
    const QString part = shellQuote(partPath());
    const QString command = offset > 0
        ? QStringLiteral("umask 022; truncate -s %1 -- %2 && cat >> %2").arg(offset).arg(part)
        : QStringLiteral("umask 022; cat > %1").arg(part);
    RemoteProcess cat(session);
    bool ok = cat.start(command);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = offset;
    while (ok && done < m_image.size && !m_cancel->isCancelled()) {
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n <= 0)
            break;
        ok = cat.write(buffer.constData(), n);
        if (ok) {
            done += n;
            m_tracker.progress(StageKind::Transfer, done, m_image.size);
        }
    }
    if (m_cancel->isCancelled()) {
        *error = QStringLiteral("cancelled");
        return false;
    }
    if (ok && done != m_image.size) {
        m_permanent = true;
        *error = QStringLiteral("%1 changed while it was sent (%2 of %3 bytes read): scan the registry again")
                     .arg(m_image.path).arg(done).arg(m_image.size);
        return false;
    }
    if (ok)
        ok = cat.closeInput() && cat.waitForFinished();
    if (ok && cat.exitStatus() == 0)
        return true;
    if (cat.remoteClosed())
        cat.waitForFinished(2000);
    if (cat.exitStatus() <= 0) {
        *error = cat.error().ok()
            ? QStringLiteral("%1: the connection was lost during the transfer (%2 of %3 bytes arrived). Retry (a "
                             "retry resumes); check the node if it persists.").arg(node).arg(done).arg(m_image.size)
            : cat.error().message;
        return false;
    }
    m_permanent = true;
    *error = RemoteDocker::explain(node, QStringLiteral("writing %1").arg(partPath()), cat.stderrData(),
                                   cat.exitStatus());
    return false;
}

bool SifSync::place(SshSession &session, QString *error)
{
    const QString node = session.target().display();
    const QString part = shellQuote(partPath());
    const RemoteResult check = session.run(QStringLiteral("sha256sum -- ") + part);
    if (!check.ok()) {
        m_permanent = check.error.ok();
        *error = RemoteDocker::explain(node, QStringLiteral("checking %1").arg(partPath()), check);
        return false;
    }
    if (check.out.left(64) != m_image.sha256.toLatin1()) {
        m_permanent = true;
        session.run(cleanupCommand());
        *error = QStringLiteral("%1: %2 arrived corrupted (sha256 %3 on the node, %4 in the registry); it was deleted "
                                "and NOT put in the cache. Retry; if it happens again, check the node's disk.")
                     .arg(node, m_image.name, QString::fromLatin1(check.out.left(16)), m_image.sha256.left(16));
        return false;
    }
    const RemoteResult moved = session.run(QStringLiteral("mv -f -- %1 %2").arg(part, shellQuote(finalPath())));
    if (!moved.ok()) {
        m_permanent = moved.error.ok();
        *error = RemoteDocker::explain(node, QStringLiteral("renaming %1 into place").arg(partPath()), moved);
        return false;
    }
    return true;
}

} // namespace fleet
