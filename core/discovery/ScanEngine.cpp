#include "discovery/ScanEngine.h"

#include "discovery/AgentProbe.h"
#include "discovery/SshBannerProbe.h"

#include <QSet>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fleet {

namespace {

constexpr int kReadChunk = 4096;
constexpr int kReadsPerWake = 4; // a flooding host cannot starve the others
constexpr int kReservedFds = 64; // for the history database, logs, the resolver…
constexpr int kMaxEvents = 256;

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage)
{
    std::memset(storage, 0, sizeof(*storage));
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof(sockaddr_in);
    }
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    std::memcpy(&in6->sin6_addr, bytes.c, 16);
    return sizeof(sockaddr_in6);
}

} // namespace

struct ScanEngine::Host
{
    ScanTarget target;
    QString address;
    int open = 0; // connections not finished yet
    QString banner;
    quint16 bannerPort = 0;
    quint16 openPort = 0; // an SSH port that accepted but did not speak SSH
    QString notSsh;
    bool agentOpen = false;
    QString agentVersion;
    int rttMicros = -1;
};

struct ScanEngine::Conn
{
    Host *host = nullptr;
    int fd = -1;
    bool agent = false;
    bool connected = false;
    bool registered = false;
    quint16 port = 0;
    qint64 startNs = 0, connectedNs = 0;
    size_t slot = 0; // index in m_inflight
    SshBannerProbe ssh;
    AgentProbe probe;
};

ScanEngine::ScanEngine(ScanOptions options)
    : m_options(std::move(options))
    , m_timeout(m_options.timeoutMs, m_options.minTimeoutMs, m_options.adaptiveTimeout)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll >= 0 && m_wake >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = nullptr; // the wake-up
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
    }
}

ScanEngine::~ScanEngine()
{
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void ScanEngine::cancel()
{
    m_cancel.store(true);
    if (m_wake >= 0)
        eventfd_write(m_wake, 1);
}

int ScanEngine::clampConcurrency(int wanted)
{
    wanted = qMax(1, wanted);
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return qMin(wanted, 1024 - kReservedFds);
    const rlim_t need = rlim_t(wanted + kReservedFds);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < need) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? need : qMin(need, limit.rlim_max);
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < need)
        return qMax(1, int(limit.rlim_cur) - kReservedFds);
    return wanted;
}

ScanSummary ScanEngine::run(TargetSet::Cursor cursor, quint64 total, const Callbacks &callbacks)
{
    ScanSummary summary;
    const qint64 started = nowNs();
    m_callbacks = callbacks;
    m_progress = ScanProgress{0, total, 0};
    m_reported = ScanProgress{};
    m_lastReportNs = 0;
    if (m_epoll < 0 || m_wake < 0) {
        summary.errors << QStringLiteral("cannot create the scanner's epoll set: %1").arg(QString::fromLocal8Bit(
                              strerror(errno)));
        return summary;
    }
    m_limit = clampConcurrency(m_options.concurrency);
    const int agentSockets = m_options.agentPort ? 1 : 0;
    reportProgress(true);

    std::optional<ScanTarget> next;
    bool exhausted = false;
    epoll_event events[kMaxEvents];
    while (!m_cancel.load()) {
        while (!exhausted) {
            if (!next) {
                ScanTarget target;
                if (!cursor.next(&target)) {
                    exhausted = true;
                    break;
                }
                next = std::move(target);
            }
            const size_t need = size_t((next->port ? 1 : m_options.sshPorts.size()) + agentSockets);
            if (!m_inflight.empty() && m_inflight.size() + need > size_t(m_limit))
                break;
            startHost(*next);
            next.reset();
        }
        if (m_inflight.empty()) {
            if (exhausted)
                break;
            continue;
        }
        const int n = epoll_wait(m_epoll, events, kMaxEvents, waitMs(nowNs()));
        if (n < 0 && errno != EINTR) {
            summary.errors << QStringLiteral("epoll_wait failed: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            break;
        }
        for (int i = 0; i < n; ++i) {
            auto *conn = static_cast<Conn *>(events[i].data.ptr);
            if (!conn) {
                eventfd_t ignored;
                eventfd_read(m_wake, &ignored);
                continue;
            }
            if (conn->connected)
                onReadable(conn);
            else
                onWritable(conn);
        }
        sweep(nowNs());
        reportProgress(false);
    }

    // Cancelled (or failed): close what is in flight without reporting half-probed hosts.
    QSet<Host *> hosts;
    for (Conn *conn : m_inflight) {
        hosts.insert(conn->host);
        ::close(conn->fd);
        delete conn;
    }
    m_inflight.clear();
    qDeleteAll(hosts);
    reportProgress(true);

    summary.progress = m_progress;
    summary.cancelled = m_cancel.load();
    summary.elapsedMs = (nowNs() - started) / 1000000;
    summary.finalTimeoutMs = int(m_timeout.boundMicros() / 1000);
    summary.errors << m_errors;
    return summary;
}

bool ScanEngine::startHost(const ScanTarget &target)
{
    auto *host = new Host;
    host->target = target;
    host->address = target.address.toString();
    const QList<quint16> ports = target.port ? QList<quint16>{target.port} : m_options.sshPorts;
    const bool agent = m_options.agentPort && !ports.contains(m_options.agentPort);
    host->open = int(ports.size()) + (agent ? 1 : 0);
    // Connections may finish at once (refused); `open` was set first so the host ends after the last one.
    for (quint16 port : ports)
        openConn(host, false, port);
    if (agent)
        openConn(host, true, m_options.agentPort);
    return true;
}

void ScanEngine::openConn(Host *host, bool agent, quint16 port)
{
    auto *conn = new Conn;
    conn->host = host;
    conn->agent = agent;
    conn->port = port;
    conn->startNs = nowNs();
    conn->slot = m_inflight.size();
    m_inflight.push_back(conn);

    sockaddr_storage address;
    const socklen_t length = toSockaddr(host->target.address, port, &address);
    conn->fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (conn->fd < 0) {
        const QString error = QStringLiteral("cannot open a socket: %1 (lower --concurrency or raise `ulimit -n`)")
                                  .arg(QString::fromLocal8Bit(strerror(errno)));
        if (!m_errors.contains(error))
            m_errors << error;
        finishConn(conn);
        return;
    }
    if (::connect(conn->fd, reinterpret_cast<sockaddr *>(&address), length) == 0) {
        onConnected(conn);
        return;
    }
    if (errno == EINPROGRESS) {
        epoll_event ev{};
        ev.events = EPOLLOUT;
        ev.data.ptr = conn;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, conn->fd, &ev);
        conn->registered = true;
        return;
    }
    if (errno == ECONNREFUSED) // a RST is an answer: its round trip teaches the timeout
        m_timeout.addSample((nowNs() - conn->startNs) / 1000);
    finishConn(conn);
}

void ScanEngine::onWritable(Conn *conn)
{
    int error = 0;
    socklen_t length = sizeof(error);
    if (getsockopt(conn->fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error == 0) {
        onConnected(conn);
        return;
    }
    if (error == ECONNREFUSED)
        m_timeout.addSample((nowNs() - conn->startNs) / 1000);
    finishConn(conn);
}

void ScanEngine::onConnected(Conn *conn)
{
    const qint64 now = nowNs();
    const qint64 rtt = (now - conn->startNs) / 1000;
    m_timeout.addSample(rtt);
    if (conn->host->rttMicros < 0)
        conn->host->rttMicros = int(qMin<qint64>(rtt, INT_MAX));
    conn->connected = true;
    conn->connectedNs = now;
    if (conn->agent) {
        const QByteArray request = AgentProbe::request(conn->host->address, conn->port);
        // ~200 bytes always fit an empty send buffer; a short write only loses the version, not the verdict.
        (void)::send(conn->fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.ptr = conn;
    epoll_ctl(m_epoll, conn->registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, conn->fd, &ev);
    conn->registered = true;
}

void ScanEngine::onReadable(Conn *conn)
{
    char buffer[kReadChunk];
    for (int i = 0; i < kReadsPerWake; ++i) {
        const ssize_t n = ::recv(conn->fd, buffer, sizeof(buffer), 0);
        if (n > 0) {
            const bool decided = conn->agent
                ? conn->probe.feed(buffer, n) != AgentProbe::Verdict::NeedMore
                : conn->ssh.feed(buffer, n) != SshBannerProbe::Verdict::NeedMore;
            if (decided) {
                finishConn(conn);
                return;
            }
            continue;
        }
        if (n == 0) {
            finishConn(conn, QStringLiteral("closed it without an SSH banner"));
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        if (errno == EINTR)
            continue;
        finishConn(conn, errno == ECONNRESET ? QStringLiteral("reset it without an SSH banner")
                                             : QStringLiteral("failed: %1").arg(QString::fromLocal8Bit(
                                                   strerror(errno))));
        return;
    }
}

void ScanEngine::finishConn(Conn *conn, const QString &why)
{
    Host *host = conn->host;
    if (conn->connected) {
        if (conn->agent) {
            host->agentOpen = true;
            if (conn->probe.finish() == AgentProbe::Verdict::Identified)
                host->agentVersion = conn->probe.version();
        } else {
            if (conn->ssh.finish(why) == SshBannerProbe::Verdict::Ssh) {
                if (host->banner.isEmpty()) {
                    host->banner = conn->ssh.banner();
                    host->bannerPort = conn->port;
                }
            } else if (!host->openPort) {
                host->openPort = conn->port;
                host->notSsh = QStringLiteral("port %1 accepted the connection but %2").arg(conn->port)
                                   .arg(conn->ssh.reason());
            }
        }
        // Close with a RST: no TIME_WAIT pile-up on a /16, and the peer learns at once that we are gone.
        linger hard{1, 0};
        setsockopt(conn->fd, SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
    }
    if (conn->fd >= 0)
        ::close(conn->fd); // also leaves the epoll set
    Conn *last = m_inflight.back();
    m_inflight[conn->slot] = last;
    last->slot = conn->slot;
    m_inflight.pop_back();
    delete conn;
    if (--host->open == 0)
        finishHost(host);
}

void ScanEngine::finishHost(Host *host)
{
    ++m_progress.done;
    ScanResult result;
    result.target = host->target;
    result.address = host->address;
    result.sshBanner = host->banner;
    result.sshPort = host->bannerPort ? host->bannerPort : host->openPort;
    result.agentPortOpen = host->agentOpen;
    result.agentVersion = host->agentVersion;
    result.rttMicros = host->rttMicros;
    if (host->agentOpen)
        result.state = NodeState::Online;
    else if (!host->banner.isEmpty())
        result.state = NodeState::NotInstalled;
    else if (host->openPort) {
        result.state = NodeState::Unreachable;
        result.detail = host->notSsh;
    }
    delete host;
    if (result.state == NodeState::Unknown)
        return; // silent or refusing everywhere: nothing there
    ++m_progress.found;
    if (m_callbacks.found)
        m_callbacks.found(result);
}

qint64 ScanEngine::deadline(const Conn *conn) const
{
    return conn->connected ? conn->connectedNs + qint64(m_options.readTimeoutMs) * 1000000
                           : conn->startNs + m_timeout.boundMicros() * 1000;
}

void ScanEngine::sweep(qint64 now)
{
    // Backwards: finishConn moves the last entry into the freed slot, which has then been looked at already.
    for (size_t i = m_inflight.size(); i-- > 0;) {
        if (i >= m_inflight.size())
            continue;
        Conn *conn = m_inflight[i];
        if (now >= deadline(conn))
            finishConn(conn, QStringLiteral("sent no SSH banner within %1 ms").arg(m_options.readTimeoutMs));
    }
}

int ScanEngine::waitMs(qint64 now) const
{
    qint64 earliest = now + 1000000000;
    for (const Conn *conn : m_inflight)
        earliest = qMin(earliest, deadline(conn));
    return int(qBound(qint64(0), (earliest - now + 999999) / 1000000, qint64(1000)));
}

void ScanEngine::reportProgress(bool force)
{
    const qint64 now = nowNs();
    const bool changed = m_progress.done != m_reported.done || m_progress.found != m_reported.found;
    if (!force && (!changed || now - m_lastReportNs < qint64(m_options.progressIntervalMs) * 1000000))
        return;
    m_lastReportNs = now;
    m_reported = m_progress;
    if (m_callbacks.progress)
        m_callbacks.progress(m_progress);
}

} // namespace fleet
