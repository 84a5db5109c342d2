#pragma once

#include "ssh/SshError.h"

#include <QByteArray>
#include <QString>

struct ssh_channel_struct;

namespace fleet {

class SshSession;

// A command running on the node through an SSH exec channel, with its stdin streamed from here. Lives on the
// session's thread. Output is collected as it arrives (capped) so a chatty command never stalls the channel.
class RemoteProcess final
{
public:
    explicit RemoteProcess(SshSession &session, qint64 maxOutput = 16 << 20);
    ~RemoteProcess();
    Q_DISABLE_COPY_MOVE(RemoteProcess)

    bool start(const QString &command);
    // Writes every byte (libssh may take fewer per call); false if the channel broke or the session was interrupted.
    bool write(const char *data, qint64 size);
    bool closeInput();
    // Waits for the command to exit; timeoutMs < 0 waits as long as the session lives (interrupt() ends it).
    bool waitForFinished(int timeoutMs = -1);
    // Reads what arrives within `waitMs` (then in takeStdout()/stderrData()), for commands that report as they
    // go: Running when the time is up, Finished once the command ended (exitStatus()), Failed with error().
    enum class Poll { Running, Finished, Failed };
    Poll poll(int waitMs);

    int exitStatus() const { return m_exitStatus; }
    const SshError &error() const { return m_error; }
    QByteArray takeStdout() { return std::exchange(m_out, {}); }
    QByteArray takeStderr() { return std::exchange(m_err, {}); }
    const QByteArray &stderrData() const { return m_err; }
    // The command already ended (for example `docker load` refused the input): writing more is pointless.
    bool remoteClosed() const;

private:
    void drainOutput();
    bool failWith(SshError::Kind kind, const QString &what);
    void append(QByteArray &to, const char *data, int size);

    SshSession &m_session;
    ssh_channel_struct *m_channel = nullptr;
    qint64 m_maxOutput;
    QByteArray m_out;
    QByteArray m_err;
    int m_exitStatus = -1;
    SshError m_error;
};

} // namespace fleet
