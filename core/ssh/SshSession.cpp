#include "ssh/SshSession.h"

#include "util/Remedy.h"

#include "discovery/SshConfigSource.h"
#include "ssh/RemoteProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fleet {

namespace {

// Keeps the fd open only until libssh owns it.
struct AddrInfoList
{
    addrinfo *list = nullptr;
    ~AddrInfoList() { if (list) freeaddrinfo(list); }
};

} // namespace

QString RemoteResult::lastLine() const
{
    for (const QByteArray *stream : {&err, &out}) {
        const QList<QByteArray> lines = stream->trimmed().split('\n');
        if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
            return QString::fromUtf8(lines.last().trimmed());
    }
    return {};
}

SshSession::SshSession(SshTarget target, SshOptions options)
    : m_target(std::move(target))
    , m_options(std::move(options))
{
    applyHostSettings();
}

void SshSession::applyHostSettings()
{
    m_connectHost = m_target.host;
    if (!m_options.clientConfigFile.isEmpty()) {
        const SshConfigSource::HostSettings config =
            SshConfigSource::resolveFile(m_options.clientConfigFile, m_target.host);
        if (!config.hostName.isEmpty())
            m_connectHost = config.hostName;
        if (m_target.port == 22 && config.port)
            m_target.port = config.port;
        if (m_target.user.isEmpty())
            m_target.user = config.user;
        // A key the config names but the disk lacks is skipped, as ssh does.
        if (m_options.identityFile.isEmpty() && QFileInfo::exists(config.identityFile))
            m_options.identityFile = config.identityFile;
        m_proxyJump = config.proxyJump;
    }
    if (m_options.identityFor) {
        const QString own = m_options.identityFor(m_target.host);
        if (!own.isEmpty())
            m_options.identityFile = own;
    }
}

// ProxyJump: the system's ssh carries the connection (ssh -W HOST:PORT JUMP, stdio on one end of a socket pair,
// libssh on the other), as ssh's own ProxyJump does; the jump host's key is checked by that ssh (BatchMode: an
// unknown key fails instead of asking). The target's key is still checked here.
int SshSession::openProxy()
{
    const QString where = m_target.display();
    QStringList hops = m_proxyJump.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &hop : std::as_const(hops))
        if (hop.startsWith(QLatin1Char('-')) || hop.contains(QLatin1Char(' '))) {
            fail(SshError::Connect, QStringLiteral("%1: ProxyJump %2 in %3 is not a host").arg(where, hop,
                                                                                            m_options.clientConfigFile));
            return -1;
        }
    if (hops.isEmpty())
        return -1;
    // user@host:port is written as ssh's URI so the port is not taken for part of the name.
    auto destination = [](const QString &hop) {
        const qsizetype colon = hop.lastIndexOf(QLatin1Char(':'));
        return colon > 0 && hop.count(QLatin1Char(':')) == 1 ? QStringLiteral("ssh://") + hop : hop;
    };
    const QString last = destination(hops.takeLast());
    const QString forward = (m_connectHost.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2")
                                                                       : QStringLiteral("%1:%2"))
                                .arg(m_connectHost).arg(m_target.port);
    QList<QByteArray> args{"ssh", "-F", m_options.clientConfigFile.toUtf8(), "-o", "BatchMode=yes", "-o",
                           "ConnectTimeout=" + QByteArray::number(qMax(1, (m_options.connectTimeoutMs + 999) / 1000))};
    if (!hops.isEmpty())
        args << "-J" << hops.join(QLatin1Char(',')).toUtf8();
    args << "-W" << forward.toUtf8() << "--" << last.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    int pair[2];
    int err[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        fail(SshError::Connect, QStringLiteral("%1: cannot make a socket pair for ProxyJump: %2")
                                    .arg(where, QString::fromUtf8(strerror(errno))));
        return -1;
    }
    if (::pipe2(err, O_CLOEXEC | O_NONBLOCK) != 0) {
        ::close(pair[0]);
        ::close(pair[1]);
        fail(SshError::Connect, QStringLiteral("%1: cannot make a pipe for ProxyJump").arg(where));
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pair[1], 0);
    posix_spawn_file_actions_adddup2(&actions, pair[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, "ssh", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pair[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(pair[0]);
        ::close(err[0]);
        fail(SshError::Connect, QStringLiteral("%1: ProxyJump %2 needs the ssh client (%3); install openssh-client.")
                                    .arg(where, m_proxyJump, QString::fromUtf8(strerror(rc))));
        return -1;
    }
    m_proxyPid = pid;
    m_proxyErr = err[0];
    m_fd = pair[0];
    return pair[0];
}

void SshSession::stopProxy()
{
    if (m_proxyErr >= 0) {
        ::close(m_proxyErr);
        m_proxyErr = -1;
    }
    if (m_proxyPid > 0) {
        ::kill(m_proxyPid, SIGTERM); // our own child, by its PID
        int status = 0;
        ::waitpid(m_proxyPid, &status, 0);
        m_proxyPid = -1;
    }
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::disconnect()
{
    if (m_session) {
        if (m_connected && !m_interrupted)
            ssh_disconnect(m_session);
        ssh_free(m_session); // closes the socket it was given
        m_session = nullptr;
    } else if (m_fd >= 0) {
        ::close(m_fd);
    }
    m_fd = -1;
    m_connected = false;
    stopProxy();
}

void SshSession::interrupt()
{
    m_interrupted = true;
    const int fd = m_fd.load();
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR); // wakes any poll() libssh is blocked in
}

SshError SshSession::fail(SshError::Kind kind, const QString &message)
{
    if (m_interrupted)
        m_error = SshError::make(SshError::Cancelled, QStringLiteral("%1: cancelled").arg(m_target.display()));
    else if (m_error.ok() || m_error.kind == SshError::Protocol)
        m_error = SshError::make(kind, message, m_error.fingerprint);
    return m_error;
}

QString SshSession::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

int SshSession::openSocket()
{
    if (!m_proxyJump.isEmpty())
        return openProxy();
    const QString where = m_target.display();
    AddrInfoList addrs;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    const QByteArray port = QByteArray::number(m_target.port);
    const int gai = getaddrinfo(m_connectHost.toUtf8().constData(), port.constData(), &hints, &addrs.list);
    if (gai != 0) {
        fail(SshError::Connect, QStringLiteral("%1: the name does not resolve (%2). Check the host name or use "
                                               "its address.").arg(where, QString::fromUtf8(gai_strerror(gai))));
        return -1;
    }

    QElapsedTimer clock;
    clock.start();
    for (addrinfo *ai = addrs.list; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        m_fd = fd;
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        int err = rc == 0 ? 0 : errno;
        if (rc != 0 && errno == EINPROGRESS) {
            // Poll in short slices so interrupt() and the timeout are both honoured promptly.
            err = ETIMEDOUT;
            while (!m_interrupted && clock.elapsed() < m_options.connectTimeoutMs) {
                pollfd p{fd, POLLOUT, 0};
                const int left = int(qMin<qint64>(100, m_options.connectTimeoutMs - clock.elapsed()));
                if (::poll(&p, 1, qMax(left, 1)) > 0) {
                    socklen_t len = sizeof err;
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
                    break;
                }
            }
        }
        if (err == 0 && !m_interrupted) {
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            const int one = 1;
            setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
            return fd;
        }
        m_fd = -1;
        ::close(fd);
        if (m_interrupted) {
            fail(SshError::Cancelled, {});
            return -1;
        }
        if (err == ETIMEDOUT) {
            fail(SshError::Timeout, QStringLiteral("%1: no answer within %2 ms. The node may be off or a firewall "
                                                   "drops SSH; check that it is up and reachable.")
                                        .arg(where).arg(m_options.connectTimeoutMs));
        } else {
            fail(SshError::Connect, QStringLiteral("%1: cannot connect (%2). Check that the node is up and that "
                                                   "sshd listens on port %3.")
                                        .arg(where, QString::fromUtf8(strerror(err))).arg(m_target.port));
        }
    }
    if (m_error.ok())
        fail(SshError::Connect, QStringLiteral("%1: no usable address").arg(where));
    return -1;
}

bool SshSession::connect()
{
    disconnect();
    m_error = {};
    const int fd = openSocket();
    if (fd < 0)
        return false;

    m_session = ssh_new();
    const QByteArray host = m_connectHost.toUtf8(); // known_hosts is asked about the host really reached
    const unsigned int port = m_target.port;
    const long timeoutSec = qMax(1, (m_options.connectTimeoutMs + 999) / 1000);
    const int noConfig = 0;
    ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    // Our options are explicit; ~/.ssh/config must not silently change the host, port or keys.
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    if (!m_target.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_target.user.toUtf8().constData());
    const QString knownHosts = m_options.knownHostsFile.isEmpty()
        ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts") : m_options.knownHostsFile;
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.toUtf8().constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/etc/ssh/ssh_known_hosts");
    // AES-GCM runs on AES-NI through OpenSSL and is markedly faster here than libssh's chacha20 for bulk
    // transfers; the rest of libssh's defaults follow as fallbacks.
    static const char *ciphers = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes256-ctr,"
                                 "chacha20-poly1305@openssh.com";
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers);

    if (ssh_connect(m_session) != SSH_OK) {
        const QString why = libsshError();
        QByteArray jumpSaid;
        if (m_proxyErr >= 0) {
            char buffer[2048];
            const ssize_t n = ::read(m_proxyErr, buffer, sizeof buffer);
            if (n > 0)
                jumpSaid = QByteArray(buffer, int(n)).trimmed();
        }
        if (m_interrupted)
            fail(SshError::Cancelled, {});
        else if (!m_proxyJump.isEmpty())
            fail(SshError::Connect, QStringLiteral("%1: no SSH connection through ProxyJump %2 (%3). Check that "
                                                   "`ssh %2` works and that it can reach the node.")
                                        .arg(m_target.display(), m_proxyJump,
                                             jumpSaid.isEmpty() ? why : QString::fromUtf8(jumpSaid)));
        else if (why.contains(QLatin1String("imeout")))
            fail(SshError::Timeout, QStringLiteral("%1: the SSH handshake did not finish within %2 s (%3). The "
                                                   "service on that port may not be sshd.")
                                        .arg(m_target.display()).arg(timeoutSec).arg(why));
        else
            fail(SshError::Protocol, QStringLiteral("%1: SSH handshake failed: %2. Is sshd listening on port %3?")
                                         .arg(m_target.display(), why).arg(m_target.port));
        return false;
    }
    if (const char *banner = ssh_get_serverbanner(m_session))
        m_serverBanner = QString::fromUtf8(banner);
    if (!verifyHostKey() || !authenticate())
        return false;
    m_connected = true;
    return true;
}

QString SshSession::loginUser() const
{
    char *user = nullptr;
    if (!m_session || ssh_options_get(m_session, SSH_OPTIONS_USER, &user) != SSH_OK || !user)
        return m_target.user;
    const QString name = QString::fromUtf8(user);
    ssh_string_free_char(user);
    return name;
}

bool SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        fail(SshError::Protocol, QStringLiteral("%1: the server sent no host key").arg(m_target.display()));
        return false;
    }
    char *keyB64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &keyB64) == SSH_OK) {
        m_hostKeyLine = QStringLiteral("%1 %2").arg(QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key))),
                                                    QString::fromLatin1(keyB64));
        ssh_string_free_char(keyB64);
    }
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    const int rc = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen);
    ssh_key_free(key);
    if (rc == 0) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        m_fingerprint = QString::fromUtf8(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    m_error.fingerprint = m_fingerprint;

    const QString where = m_target.display();
    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        fail(SshError::HostKeyChanged,
             QStringLiteral("%1: the host key has CHANGED (now %2). This can mean someone intercepts the connection. "
                            "If the node was reinstalled, check the new key on its console, then %3.")
                 .arg(where, m_fingerprint, Remedy::replaceHostKey(m_target.host)));
        return false;
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        fail(SshError::Protocol, QStringLiteral("%1: cannot read known_hosts: %2").arg(where, libsshError()));
        return false;
    }

    bool trust = m_options.unknownHostKey == UnknownHostKeyPolicy::TrustAndRecord;
    if (m_options.unknownHostKey == UnknownHostKeyPolicy::Ask && m_options.confirmUnknownHostKey)
        trust = m_options.confirmUnknownHostKey(where, m_fingerprint);
    if (!trust) {
        fail(SshError::HostKeyUnknown,
             QStringLiteral("%1: unknown host key %2. Compare it with the key on the node (ssh-keygen -lf "
                            "/etc/ssh/ssh_host_ed25519_key.pub), then %3.")
                 .arg(where, m_fingerprint, Remedy::trustHostKey(m_target.host)));
        return false;
    }
    QFileInfo file(m_options.knownHostsFile);
    if (!m_options.knownHostsFile.isEmpty())
        QDir().mkpath(file.absolutePath());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
        fail(SshError::Protocol, QStringLiteral("%1: cannot record the host key: %2").arg(where, libsshError()));
        return false;
    }
    return true;
}

bool SshSession::authenticate()
{
    const QString where = m_target.display();
    int rc = SSH_AUTH_DENIED;
    if (!m_options.identityFile.isEmpty()) {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(m_options.identityFile.toUtf8().constData(), nullptr, nullptr, nullptr,
                                        &key) != SSH_OK) {
            fail(SshError::AuthDenied, QStringLiteral("%1: cannot read the identity file %2 (missing, unreadable or "
                                                      "protected by a passphrase; load it into ssh-agent instead).")
                                           .arg(where, m_options.identityFile));
            return false;
        }
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
    } else {
        rc = ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
    }
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR) {
        fail(SshError::Protocol, QStringLiteral("%1: authentication failed: %2").arg(where, libsshError()));
        return false;
    }
    fail(SshError::AuthDenied, QStringLiteral("%1: the server refused our key for user %2. Add the public key to "
                                              "~/.ssh/authorized_keys on the node, or choose another identity.")
                                   .arg(where, m_target.user.isEmpty() ? QStringLiteral("(default)") : m_target.user));
    return false;
}

RemoteResult SshSession::run(const QString &command, const QByteArray &input, qint64 maxOutput)
{
    RemoteProcess process(*this, maxOutput);
    RemoteResult result;
    if (process.start(command) && (input.isEmpty() || process.write(input.constData(), input.size()))
        && process.closeInput())
        process.waitForFinished();
    result.error = process.error();
    result.exitStatus = process.exitStatus();
    result.out = process.takeStdout();
    result.err = process.takeStderr();
    return result;
}

} // namespace fleet
