#include "ssh/RemoteProcess.h"

#include "ssh/SshSession.h"

#include <QElapsedTimer>

#include <libssh/libssh.h>

namespace fleet {

namespace {
constexpr int kWriteChunk = 256 * 1024;
constexpr int kPollSliceMs = 100;
} // namespace

RemoteProcess::RemoteProcess(SshSession &session, qint64 maxOutput)
    : m_session(session)
    , m_maxOutput(maxOutput)
{
}

RemoteProcess::~RemoteProcess()
{
    if (m_channel) {
        if (!m_session.isInterrupted())
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
}

bool RemoteProcess::failWith(SshError::Kind kind, const QString &what)
{
    const QString detail = QString::fromUtf8(ssh_get_error(m_session.handle()));
    m_error = m_session.fail(kind, QStringLiteral("%1: %2 (%3). The connection may have dropped; retry, and check "
                                                  "the node if it persists.")
                                       .arg(m_session.target().display(), what, detail));
    return false;
}

bool RemoteProcess::start(const QString &command)
{
    if (!m_session.isConnected()) {
        m_error = m_session.error().ok()
            ? SshError::make(SshError::Protocol, QStringLiteral("%1: not connected").arg(m_session.target().display()))
            : m_session.error();
        return false;
    }
    m_channel = ssh_channel_new(m_session.handle());
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK)
        return failWith(SshError::Protocol, QStringLiteral("cannot open a channel"));
    if (ssh_channel_request_exec(m_channel, command.toUtf8().constData()) != SSH_OK)
        return failWith(SshError::Protocol, QStringLiteral("cannot start the remote command"));
    return true;
}

void RemoteProcess::append(QByteArray &to, const char *data, int size)
{
    to.append(data, size);
    if (to.size() > m_maxOutput)
        to.remove(0, to.size() - m_maxOutput); // keep the tail: errors come last
}

void RemoteProcess::drainOutput()
{
    char buffer[16384];
    for (int isStderr = 0; isStderr < 2; ++isStderr) {
        int n;
        while ((n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, isStderr)) > 0)
            append(isStderr ? m_err : m_out, buffer, n);
    }
}

bool RemoteProcess::remoteClosed() const
{
    return m_channel && (ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel));
}

bool RemoteProcess::write(const char *data, qint64 size)
{
    if (!m_channel)
        return false;
    while (size > 0) {
        if (m_session.isInterrupted())
            return failWith(SshError::Cancelled, QStringLiteral("cancelled"));
        drainOutput();
        if (ssh_channel_is_closed(m_channel))
            return failWith(SshError::Protocol, QStringLiteral("the remote command ended before all input was sent"));
        const int n = ssh_channel_write(m_channel, data, uint32_t(qMin<qint64>(size, kWriteChunk)));
        if (n == SSH_ERROR)
            return failWith(SshError::Protocol, QStringLiteral("sending data failed"));
        data += n;
        size -= n;
    }
    return true;
}

bool RemoteProcess::closeInput()
{
    if (!m_channel)
        return false;
    if (ssh_channel_is_closed(m_channel) || ssh_channel_is_eof(m_channel))
        return true;
    if (ssh_channel_send_eof(m_channel) != SSH_OK)
        return failWith(SshError::Protocol, QStringLiteral("closing the remote input failed"));
    return true;
}

RemoteProcess::Poll RemoteProcess::poll(int waitMs)
{
    if (!m_channel)
        return Poll::Failed;
    QElapsedTimer clock;
    clock.start();
    char buffer[16384];
    // Read both streams until EOF; each read waits at most one slice so cancel and timeout stay prompt.
    while (!ssh_channel_is_eof(m_channel) && !ssh_channel_is_closed(m_channel)) {
        if (m_session.isInterrupted()) {
            failWith(SshError::Cancelled, QStringLiteral("cancelled"));
            return Poll::Failed;
        }
        const qint64 left = waitMs - clock.elapsed();
        if (left <= 0)
            return Poll::Running;
        const int n = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 0, int(qMin<qint64>(left, kPollSliceMs)));
        if (n == SSH_ERROR) {
            failWith(SshError::Protocol, QStringLiteral("reading the command output failed"));
            return Poll::Failed;
        }
        if (n > 0)
            append(m_out, buffer, n);
        drainOutput();
    }
    drainOutput();
    // The exit status may arrive just after EOF.
    m_exitStatus = ssh_channel_get_exit_status(m_channel);
    if (m_exitStatus < 0 && m_session.isInterrupted()) {
        failWith(SshError::Cancelled, QStringLiteral("cancelled"));
        return Poll::Failed;
    }
    return Poll::Finished;
}

bool RemoteProcess::waitForFinished(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const qint64 left = timeoutMs < 0 ? 1000 : timeoutMs - clock.elapsed();
        switch (poll(int(qMax<qint64>(left, 0)))) {
        case Poll::Finished:
            return true;
        case Poll::Failed:
            return false;
        case Poll::Running:
            if (timeoutMs >= 0 && clock.elapsed() >= timeoutMs)
                return failWith(SshError::Timeout, QStringLiteral("the remote command did not finish in time"));
            break;
        }
    }
}

} // namespace fleet
