#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

// Test archives written by libarchive: the members of a tar, and the tar they make.
namespace fleet::test {

struct Member
{
    enum Kind { File, Dir, Symlink, Hardlink };
    QString name;
    Kind kind = File;
    QByteArray data;  // File: content; Symlink/Hardlink: target
};

inline Member file(const QString &name, const QByteArray &data = "x") { return {name, Member::File, data}; }
inline Member dir(const QString &name) { return {name, Member::Dir, {}}; }
inline Member symlink(const QString &name, const QByteArray &target) { return {name, Member::Symlink, target}; }
inline Member hardlink(const QString &name, const QByteArray &target) { return {name, Member::Hardlink, target}; }

// The members as a tar archive in memory, as libarchive writes it (pax_restricted: ustar, pax headers only where
// needed; `format` another ARCHIVE_FORMAT_TAR_*).
inline QByteArray tar(const QList<Member> &members, int format = ARCHIVE_FORMAT_TAR_PAX_RESTRICTED)
{
    QByteArray out;
    qint64 total = 1 << 20;
    for (const Member &m : members)
        total += m.data.size() + 2048;
    out.resize(qsizetype(total));
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_set_format(a, format);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const Member &m : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.toUtf8().constData());
        archive_entry_set_perm(e, 0644);
        switch (m.kind) {
        case Member::File:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, m.data.size());
            break;
        case Member::Dir:
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
            break;
        case Member::Symlink:
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, m.data.constData());
            break;
        case Member::Hardlink:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, m.data.constData());
            break;
        }
        archive_write_header(a, e);
        if (m.kind == Member::File)
            archive_write_data(a, m.data.constData(), size_t(m.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.resize(qsizetype(used));
    return out;
}

} // namespace fleet::test
