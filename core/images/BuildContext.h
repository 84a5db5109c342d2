#pragma once

#include "images/DockerIgnore.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct archive;

namespace fleet {

// The build context of a definition folder, sent to POST /build as a tar made by libarchive.
//
// prepare() walks the folder once: .dockerignore is applied (the Dockerfile and .dockerignore always go), and
// every symlink is checked: one whose target is absolute or resolves outside the folder is refused, as are
// FIFOs, sockets and devices. read() then produces the tar on demand, a piece at a time, from inside the HTTP
// client's read callback: each call writes just enough headers and file chunks into libarchive (whose write
// callback appends to a small buffer) to fill the request. Nothing is staged in a temporary file, no thread is
// needed, and memory stays at one file chunk plus one tar block however large the context is.
class BuildContext final
{
public:
    enum class Kind { File, Directory, Symlink };
    struct Entry
    {
        QString name;   // in the tar: "src/main.cpp"
        QString source; // on disk
        Kind kind = Kind::File;
        QString linkTarget; // for symlinks, as written
        qint64 size = 0;
    };

    static constexpr qint64 kChunk = 64 * 1024;

    BuildContext();
    ~BuildContext();
    BuildContext(const BuildContext &) = delete;
    BuildContext &operator=(const BuildContext &) = delete;

    // `extraFiles`: name in the context → a file anywhere (e.g. "busybox" → /bin/busybox), added as a regular
    // file: how a definition gets a host binary without a link that escapes the folder.
    bool prepare(const QString &root, const QString &dockerfile = QStringLiteral("Dockerfile"),
                 const QMap<QString, QString> &extraFiles = {});
    QString error() const { return m_error; }

    const QList<Entry> &entries() const { return m_entries; }
    QStringList names() const;
    qint64 contentBytes() const { return m_contentBytes; } // sum of the files' sizes
    qint64 contentBytesSent() const { return m_contentSent; }
    qint64 peakBufferedBytes() const { return m_peakPending; } // the most tar ever held at once

    // The next piece of the tar: up to `max` bytes, 0 at the end, -1 on an error (see error()).
    qint64 read(char *buffer, qint64 max);

private:
    void walk(const QString &dir, const QString &prefix, const DockerIgnore &ignore, QStringList *refusals);
    bool checkLink(const QString &path, const QString &name, QString *target, QStringList *refusals) const;
    bool advance();
    bool writeHeader(const Entry &entry);
    bool fail(const QString &message);

    QString m_root;          // absolute
    QString m_canonicalRoot; // symlinks resolved, for the escape check
    QList<Entry> m_entries;
    qint64 m_contentBytes = 0;
    QString m_error;

    archive *m_archive = nullptr;
    QByteArray m_pending; // tar bytes made but not yet read
    qsizetype m_next = 0;
    QFile m_file; // the entry being written
    QByteArray m_chunk;
    bool m_closed = false;
    qint64 m_contentSent = 0;
    qint64 m_peakPending = 0;
};

} // namespace fleet
