#pragma once

#include <sys/types.h>

#include "ssh/SshError.h"
#include "ssh/SshOptions.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>

struct ssh_session_struct;

namespace fleet {

// The outcome of a remote command run to completion.
struct RemoteResult
{
    SshError error;      // transport failure, if any
    int exitStatus = -1; // the command's status when it ran
    QByteArray out;
    QByteArray err;

    bool ok() const { return error.ok() && exitStatus == 0; }
    // stderr's last line, or stdout's, for messages ("docker: Cannot connect to the Docker daemon…").
    QString lastLine() const;
};

// One authenticated SSH connection (libssh). Not thread-safe: a session and its channels live on one thread.
// interrupt() is the one exception: any thread may call it to cancel, and blocked I/O returns within
// milliseconds because the socket is shut down under it.
class SshSession final
{
public:
    SshSession(SshTarget target, SshOptions options);
    ~SshSession();
    Q_DISABLE_COPY_MOVE(SshSession)

    // TCP connect (bounded by the timeout, cancellable), handshake, host key check, public-key auth.
    bool connect();
    bool isConnected() const { return m_connected; }
    void disconnect();

    // Thread-safe: cancels whatever the session is doing; the session is unusable afterwards.
    void interrupt();
    bool isInterrupted() const { return m_interrupted.load(); }

    // Runs a command to completion, feeding `input` to its stdin; output is capped at `maxOutput` bytes each.
    RemoteResult run(const QString &command, const QByteArray &input = {}, qint64 maxOutput = 16 << 20);

    const SshError &error() const { return m_error; }
    const SshTarget &target() const { return m_target; }
    QString hostKeyFingerprint() const { return m_fingerprint; }
    // The host key this connection checked, as known_hosts writes it after the name ("ssh-ed25519 AAAA…").
    QString hostKeyLine() const { return m_hostKeyLine; }
    // The account the session logged in as (the target's, the client config's, or the local user's).
    QString loginUser() const;
    QString serverBanner() const { return m_serverBanner; }

    ssh_session_struct *handle() const { return m_session; }
    // Records a failure seen by a channel so that the session reports it (and interrupt() wins over it).
    SshError fail(SshError::Kind kind, const QString &message);

    // Where the connection really goes after the client config (HostName), and through which jump host.
    QString connectHost() const { return m_connectHost; }
    QString proxyJump() const { return m_proxyJump; }
    QString identityFile() const { return m_options.identityFile; }

private:
    void applyHostSettings();
    int openSocket();
    int openProxy();
    void stopProxy();
    bool verifyHostKey();
    bool authenticate();
    QString libsshError() const;

    SshTarget m_target;
    SshOptions m_options;
    ssh_session_struct *m_session = nullptr;
    bool m_connected = false;
    std::atomic_bool m_interrupted{false};
    std::atomic_int m_fd{-1};
    SshError m_error;
    QString m_fingerprint;
    QString m_hostKeyLine;
    QString m_serverBanner;
    QString m_connectHost;
    QString m_proxyJump;
    pid_t m_proxyPid = -1;
    int m_proxyErr = -1; // the jump's stderr, for the message when it fails
};

} // namespace fleet
