#include "discovery/AgentBannerReader.h"

#include "discovery/AgentBannerParser.h"
#include "discovery/AgentProbe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <vector>

namespace fleet {

namespace {

constexpr qint64 kReadBuffer = 8192; // a flooding peer cannot grow our memory: the parser decides long before

QSslConfiguration bannerTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // The certificate is deliberately NOT verified here: this connection sends nothing secret (no token, no
    // cookie — only AgentProbe's fixed WebSocket upgrade) and reads one public banner that every agent gives
    // anyone. It is closed right after and never used for anything else. Authenticated connections
    // (AgentClient) pin the agent's certificate instead.
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

AgentBannerReader::AgentBannerReader(quint16 port, int timeoutMs, int parallel)
    : m_port(port)
    , m_timeoutMs(qMax(1, timeoutMs))
    , m_parallel(qMax(1, parallel))
{
}

int AgentBannerReader::read(QList<ScanResult> &results, const std::function<bool()> &cancelled)
{
    m_failures.clear();
    m_cancelled = false;
    std::vector<qsizetype> queue; // indexes into `results`
    for (qsizetype i = 0; i < results.size(); ++i)
        if (wants(results.at(i)))
            queue.push_back(i);
    if (queue.empty() || !m_port || !QCoreApplication::instance() || !QSslSocket::supportsSsl())
        return 0;
    if (cancelled && cancelled()) {
        m_cancelled = true;
        return 0;
    }

    // The loop first: it gives a thread Qt did not start (the Scanner's std::thread) its event dispatcher, which
    // the sockets and timers below need. `owner` goes before the loop, closing whatever is still open.
    QEventLoop loop;
    QObject owner;
    const QSslConfiguration tls = bannerTls();
    std::vector<AgentBannerParser> parsers(queue.size());
    std::vector<bool> ended(queue.size(), false);
    size_t next = 0;
    int active = 0, identified = 0;

    std::function<void()> fill;
    // Ends exchange k once (the timer, an error and the disconnect may all come); the socket goes later, never
    // inside one of its own signals.
    auto end = [&](QSslSocket *socket, size_t k, const QString &why) {
        if (ended[k])
            return;
        ended[k] = true;
        --active;
        ScanResult &result = results[queue[k]];
        if (parsers[k].finish() == AgentBannerParser::Verdict::Version) {
            result.agentVersion = parsers[k].version();
            ++identified;
        } else {
            m_failures.insert(result.address, why.isEmpty() ? parsers[k].reason() : why);
        }
        socket->disconnect(&owner);
        socket->deleteLater();
        fill();
    };
    auto start = [&](size_t k) {
        const QString address = results.at(queue[k]).address;
        auto *socket = new QSslSocket(&owner);
        socket->setSslConfiguration(tls);
        socket->setReadBufferSize(kReadBuffer);
        ++active;
        QObject::connect(socket, &QSslSocket::encrypted, &owner, [this, socket, address] {
            socket->write(AgentProbe::request(address, m_port));
        });
        QObject::connect(socket, &QSslSocket::readyRead, &owner, [&, socket, k] {
            while (!ended[k] && socket->bytesAvailable() > 0) {
                const QByteArray chunk = socket->read(kReadBuffer);
                if (parsers[k].feed(chunk.constData(), chunk.size()) != AgentBannerParser::Verdict::NeedMore)
                    end(socket, k, {});
            }
        });
        QObject::connect(socket, &QSslSocket::disconnected, &owner, [&, socket, k] { end(socket, k, {}); });
        QObject::connect(socket, &QSslSocket::errorOccurred, &owner, [&, socket, k] {
            // A close after a whole banner is no failure: the parser has already decided.
            const bool decided = parsers[k].verdict() != AgentBannerParser::Verdict::NeedMore;
            end(socket, k, decided ? QString() : QStringLiteral("TLS: %1").arg(socket->errorString()));
        });
        QTimer::singleShot(m_timeoutMs, socket, [&, socket, k] {
            end(socket, k, QStringLiteral("no banner within %1 ms").arg(m_timeoutMs));
        });
        socket->connectToHostEncrypted(address, m_port);
    };
    fill = [&] {
        while (active < m_parallel && next < queue.size())
            start(next++);
        if (active == 0 && next >= queue.size())
            loop.quit();
    };

    QTimer poll;
    if (cancelled) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancelled()) {
                m_cancelled = true;
                loop.quit();
            }
        });
        poll.start(kCancelPollMs);
    }
    QTimer::singleShot(0, &loop, fill); // inside exec(): a quit() from fill() must find the loop running
    loop.exec();
    poll.stop();
    // Cancelled: close what is still open without calling back into this frame.
    for (QSslSocket *socket : owner.findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly)) {
        socket->disconnect(&owner);
        socket->abort();
    }
    return identified;
}

} // namespace fleet
