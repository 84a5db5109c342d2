#include "transfer/LoadProgress.h"

#include "ssh/RemoteProcess.h"
#include "util/ShellQuote.h"

namespace fleet {

namespace {
constexpr qint64 kMaxBytes = qint64(1) << 50; // 1 PiB: any larger count is junk

bool parseCount(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 16)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || n > kMaxBytes)
        return false;
    *value = n;
    return true;
}
} // namespace

QString LoadProgress::fileCommand(const RuntimeCommand &runtime, const QString &quotedPath)
{
    // POSIX sh (dash, busybox ash). fd 3 is the channel's stdout, for the progress lines; the runtime's load gets
    // the pipe as stdin and never fd 3. The pipeline's status is the load's. dd stops at the file's end.
    return QStringLiteral(
               "f=%1\n"
               "if ! command -v dd >/dev/null 2>&1 || ! n=$(wc -c 2>/dev/null <\"$f\"); then\n"
               "  exec %2 -i \"$f\" 3>&-\n"
               "fi\n"
               "n=$((n)); exec 3>&1\n"
               "printf '\\036fleet-load size %s\\n' \"$n\"\n"
               "{ i=0; while [ $((i * 1048576)) -lt \"$n\" ]; do\n"
               "    dd if=\"$f\" bs=1048576 skip=\"$i\" count=%3 2>/dev/null || exit 1\n"
               "    i=$((i + %3)); r=$((i * 1048576)); [ \"$r\" -gt \"$n\" ] && r=$n\n"
               "    printf '\\036fleet-load read %s\\n' \"$r\" >&3\n"
               "  done; } | %2 3>&-\n")
        .arg(quotedPath, runtime.load())
        .arg(kChunkMiB);
}

bool LoadProgress::line(const QByteArray &text)
{
    if (!text.startsWith(kMarker)) {
        if (!text.trimmed().isEmpty() && m_output.size() + text.size() + 1 <= kMaxOutput)
            m_output += text + '\n';
        return false;
    }
    const QList<QByteArray> words = text.mid(1).split(' ');
    qint64 value = 0;
    if (words.size() != 3 || words.at(0) != "fleet-load" || !parseCount(words.at(2).trimmed(), &value))
        return false;
    if (words.at(1) == "size") {
        if (m_size >= 0 || value < m_read)
            return false; // said once, and never below what was already read (FuzzLoadProgress: read-before-size)
        m_size = value;
        return true;
    }
    if (words.at(1) != "read" || value <= m_read || (m_size >= 0 && value > m_size))
        return false; // never backwards, never past the file's end
    m_read = value;
    return true;
}

bool LoadProgress::feed(const QByteArray &data)
{
    bool changed = false;
    qsizetype from = 0;
    while (from < data.size()) {
        const qsizetype newline = data.indexOf('\n', from);
        const qsizetype end = newline < 0 ? data.size() : newline;
        if (!m_junk) {
            m_pending += data.mid(from, end - from);
            if (m_pending.size() > kMaxLine) {
                m_pending.clear();
                m_junk = true;
            }
        }
        if (newline < 0)
            break;
        if (!m_junk)
            changed = line(std::exchange(m_pending, {})) || changed;
        m_junk = false;
        from = newline + 1;
    }
    return changed;
}

void LoadProgress::finish()
{
    if (!m_junk && !m_pending.isEmpty())
        line(std::exchange(m_pending, {}));
    m_pending.clear();
    m_junk = false;
}

RemoteResult LoadProgress::run(SshSession &session, const RuntimeCommand &runtime, const QString &quotedPath,
                               const Progress &progress)
{
    RemoteProcess process(session, 1 << 20);
    LoadProgress parser;
    RemoteResult result;
    const QString command = QStringLiteral("sh -c ") + shellQuote(fileCommand(runtime, quotedPath));
    if (process.start(command) && process.closeInput()) {
        for (;;) {
            const RemoteProcess::Poll state = process.poll(100);
            if (parser.feed(process.takeStdout()) && progress)
                progress(parser.bytesRead(), parser.size());
            if (state != RemoteProcess::Poll::Running)
                break;
        }
    }
    parser.finish();
    result.error = process.error();
    result.exitStatus = process.exitStatus();
    result.out = parser.output();
    result.err = process.takeStderr();
    return result;
}

} // namespace fleet
