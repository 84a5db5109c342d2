#include "images/BuildContext.h"

#include <QDir>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fleet {

namespace {

constexpr int kMaxRefusalsShown = 10;

QString readLink(const QString &path)
{
    QByteArray buffer(4096, '\0');
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer.data(), size_t(buffer.size()));
    return n < 0 ? QString() : QFile::decodeName(buffer.left(n));
}

bool isInside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

} // namespace

BuildContext::BuildContext() = default;

BuildContext::~BuildContext()
{
    if (m_archive)
        archive_write_free(m_archive);
}

bool BuildContext::fail(const QString &message)
{
    m_error = message;
    return false;
}

QStringList BuildContext::names() const
{
    QStringList list;
    for (const Entry &e : m_entries)
        list << e.name;
    return list;
}

bool BuildContext::checkLink(const QString &path, const QString &name, QString *target, QStringList *refusals) const
{
    *target = readLink(path);
    const QString folder = QDir::toNativeSeparators(m_root);
    if (target->isEmpty()) {
        refusals->append(QStringLiteral("%1: the link cannot be read").arg(name));
        return false;
    }
    if (target->startsWith(QLatin1Char('/'))) {
        refusals->append(QStringLiteral("%1 → %2: an absolute link points outside %3").arg(name, *target, folder));
        return false;
    }
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const QString lexical = DockerIgnore::cleanPath((slash < 0 ? QString() : name.left(slash + 1)) + *target);
    // Lexically (the daemon sees the link as written) and for real (a chain through other links).
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (lexical == QLatin1String("..") || lexical.startsWith(QLatin1String("../"))
        || (!canonical.isEmpty() && !isInside(canonical, m_canonicalRoot))) {
        refusals->append(QStringLiteral("%1 → %2: the link resolves outside %3").arg(name, *target, folder));
        return false;
    }
    return true;
}

void BuildContext::walk(const QString &dir, const QString &prefix, const DockerIgnore &ignore, QStringList *refusals)
{
    const QFileInfoList list = QDir(dir).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : list) {
        const QString name = prefix + info.fileName();
        const QString path = info.absoluteFilePath();
        const bool excluded = ignore.isExcluded(name);
        if (info.isDir() && !info.isSymLink()) {
            if (excluded && !ignore.hasExceptions())
                continue; // nothing inside can come back: skip the whole tree (.git, node_modules…)
            if (!excluded)
                m_entries << Entry{name, path, Kind::Directory, QString(), 0};
            walk(path, name + QLatin1Char('/'), ignore, refusals);
            continue;
        }
        if (excluded)
            continue;
        if (info.isSymLink()) {
            QString target;
            if (checkLink(path, name, &target, refusals))
                m_entries << Entry{name, path, Kind::Symlink, target, 0};
        } else if (info.isFile()) {
            m_entries << Entry{name, path, Kind::File, QString(), info.size()};
            m_contentBytes += info.size();
        } else {
            refusals->append(QStringLiteral("%1: a FIFO, socket or device; a context holds files, folders and links "
                                            "only").arg(name));
        }
    }
}

bool BuildContext::prepare(const QString &root, const QString &dockerfile, const QMap<QString, QString> &extraFiles)
{
    m_root = QFileInfo(root).absoluteFilePath();
    m_canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (m_canonicalRoot.isEmpty() || !QFileInfo(root).isDir())
        return fail(QStringLiteral("build context %1 is not a folder").arg(QDir::toNativeSeparators(root)));
    DockerIgnore ignore = DockerIgnore::fromFile(QDir(m_root).filePath(QString::fromLatin1(DockerIgnore::kFileName)));
    ignore.keep(QString::fromLatin1(DockerIgnore::kFileName));
    ignore.keep(dockerfile);

    QStringList refusals;
    walk(m_root, QString(), ignore, &refusals);
    const QStringList existing = names();
    for (auto it = extraFiles.begin(); it != extraFiles.end(); ++it) {
        const QString name = DockerIgnore::cleanPath(it.key());
        const QFileInfo info(it.value()); // followed: the caller named this file on purpose
        if (name == QLatin1String(".") || name.startsWith(QLatin1String("..")) || it.key().startsWith(QLatin1Char('/')))
            refusals << QStringLiteral("extra file name %1: expected a relative name inside the context").arg(it.key());
        else if (existing.contains(name))
            refusals << QStringLiteral("extra file %1: the folder already has a file of that name").arg(name);
        else if (!info.isFile() || !info.isReadable())
            refusals << QStringLiteral("extra file %1: %2 is not a readable file").arg(name, it.value());
        else {
            m_entries << Entry{name, info.canonicalFilePath(), Kind::File, QString(), info.size()};
            m_contentBytes += info.size();
        }
    }
    if (!refusals.isEmpty()) {
        const int more = int(refusals.size()) - kMaxRefusalsShown;
        QString text = refusals.mid(0, kMaxRefusalsShown).join(QStringLiteral("\n  "));
        if (more > 0)
            text += QStringLiteral("\n  … and %1 more").arg(more);
        return fail(QStringLiteral("the build context %1 was refused:\n  %2\nMake links relative and inside the "
                                   "folder, pass outside files as extra context files (--context-file NAME=PATH), "
                                   "or list them in .dockerignore.")
                        .arg(QDir::toNativeSeparators(m_root), text));
    }

    m_archive = archive_write_new();
    archive_write_set_format_pax_restricted(m_archive); // ustar, pax headers only for long names or big files
    archive_write_add_filter_none(m_archive);
    const auto onWrite = [](struct archive *, void *self, const void *buffer, size_t length) -> la_ssize_t {
        static_cast<BuildContext *>(self)->m_pending.append(static_cast<const char *>(buffer), qsizetype(length));
        return la_ssize_t(length);
    };
    if (archive_write_open2(m_archive, this, nullptr, onWrite, nullptr, nullptr) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot start the context archive: %1")
                        .arg(QString::fromLocal8Bit(archive_error_string(m_archive))));
    return true;
}

bool BuildContext::writeHeader(const Entry &e)
{
    struct stat st = {};
    const QByteArray source = QFile::encodeName(e.source);
    if ((e.kind == Kind::Symlink ? ::lstat(source.constData(), &st) : ::stat(source.constData(), &st)) != 0)
        return fail(QStringLiteral("%1 disappeared while the context was being sent").arg(e.source));
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, e.name.toUtf8().constData());
    archive_entry_set_mtime(entry, st.st_mtime, 0);
    archive_entry_set_uid(entry, 0); // ownership inside the image is the Dockerfile's business
    archive_entry_set_gid(entry, 0);
    switch (e.kind) {
    case Kind::File:
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, st.st_mode & 07777);
        archive_entry_set_size(entry, e.size);
        break;
    case Kind::Directory:
        archive_entry_set_filetype(entry, AE_IFDIR);
        archive_entry_set_perm(entry, st.st_mode & 07777);
        break;
    case Kind::Symlink:
        archive_entry_set_filetype(entry, AE_IFLNK);
        archive_entry_set_perm(entry, 0777);
        archive_entry_set_symlink_utf8(entry, e.linkTarget.toUtf8().constData());
        break;
    }
    const int rc = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (rc < ARCHIVE_WARN)
        return fail(QStringLiteral("cannot add %1 to the context: %2")
                        .arg(e.name, QString::fromLocal8Bit(archive_error_string(m_archive))));
    if (e.kind == Kind::File) {
        m_file.setFileName(e.source);
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(e.source, m_file.errorString()));
    }
    return true;
}

bool BuildContext::advance()
{
    if (m_file.isOpen()) {
        m_chunk.resize(kChunk);
        const qint64 n = m_file.read(m_chunk.data(), kChunk);
        if (n < 0)
            return fail(QStringLiteral("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
        if (n > 0) {
            // A file that grew since prepare() is cut at its recorded size by libarchive; one that shrank is
            // padded with zeros at finish: the tar stays well-formed either way.
            if (archive_write_data(m_archive, m_chunk.constData(), size_t(n)) < 0)
                return fail(QString::fromLocal8Bit(archive_error_string(m_archive)));
            m_contentSent += n;
            return true;
        }
        m_file.close();
        archive_write_finish_entry(m_archive);
        return true;
    }
    if (m_next < m_entries.size())
        return writeHeader(m_entries.at(m_next++));
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return fail(QString::fromLocal8Bit(archive_error_string(m_archive)));
    m_closed = true;
    return true;
}

qint64 BuildContext::read(char *buffer, qint64 max)
{
    if (!m_archive) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the build context was not prepared");
        return -1;
    }
    while (m_pending.size() < max && !m_closed) {
        if (!advance())
            return -1;
    }
    m_peakPending = qMax(m_peakPending, qint64(m_pending.size()));
    const qint64 n = qMin(max, qint64(m_pending.size()));
    memcpy(buffer, m_pending.constData(), size_t(n));
    m_pending.remove(0, qsizetype(n));
    return n;
}

} // namespace fleet
