#pragma once

#include "docker/RuntimeCommand.h"
#include "ssh/SshSession.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace fleet {

// How far a node's `docker load -i FILE` (scp mode) has read its archive. The docker CLI goes quiet when its stdout
// is not a terminal (it asks /images/load with quiet=1: no "Loading layer" progress), so the node measures it
// itself: a POSIX-sh wrapper feeds the file to `<runtime> load` through dd, a few MiB at a time, and after each
// piece prints a marked line on stdout. The bytes loaded are the same (stdin instead of -i); stderr and the exit
// status are the runtime's own, so RemoteDocker's reading of a failure is unchanged.
class LoadProgress final
{
public:
    // Lines the wrapper prints: "\x1e" "fleet-load size N" once, then "\x1e" "fleet-load read N" per piece.
    static constexpr char kMarker = '\x1e';
    static constexpr qsizetype kMaxLine = 256;          // longer lines are junk, dropped up to their newline
    static constexpr qsizetype kMaxOutput = 64 * 1024;  // the runtime's own stdout kept ("Loaded image: …")
    static constexpr int kChunkMiB = 4;

    // The command for `sh -c`: `quotedPath` is already shell-quoted. Without dd (or an unreadable size) it runs
    // `<runtime> load -i FILE` as before, with no progress.
    static QString fileCommand(const RuntimeCommand &runtime, const QString &quotedPath);

    // Feeds stdout as it arrives; returns true when bytesRead() or size() changed. Anything not a well-formed
    // marked line is the runtime's own output (bounded); malformed marked lines and overlong lines are ignored.
    bool feed(const QByteArray &data);
    // The end of the stream: a last line without its newline counts.
    void finish();

    qint64 bytesRead() const { return m_read; }
    qint64 size() const { return m_size; } // -1 until the wrapper said
    const QByteArray &output() const { return m_output; }

    using Progress = std::function<void(qint64 read, qint64 size)>;
    // Runs the wrapped load on the node and reports each step; the result is that of `<runtime> load -i FILE`
    // (its stdout without the progress lines, its stderr, its status).
    static RemoteResult run(SshSession &session, const RuntimeCommand &runtime, const QString &quotedPath,
                            const Progress &progress);

private:
    bool line(const QByteArray &text);

    QByteArray m_pending;
    bool m_junk = false; // inside an overlong line: skip to its newline
    QByteArray m_output;
    qint64 m_read = 0;
    qint64 m_size = -1;
};

} // namespace fleet
