// fleet-agent: the small daemon that runs on each node and answers the workstation over WebSockets (wss).
// Only QtCore, QtNetwork and QtWebSockets are used here, so the node needs nothing else (see CMakeLists.txt).
#include "FleetVersion.h"
#include "agent/AgentConfig.h"
#include "agent/AgentServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fleet;

namespace {

bool writePidFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QByteArray::number(qint64(::getpid())) + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// Daemons are often started with a soft limit of 1024 open files: raise it to the hard limit, so the pending
// connections AgentServer allows (sized from this limit) and the clients both fit. Returns the limit in force.
rlim_t raiseOpenFileLimit()
{
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0)
        return 0;
    if (files.rlim_cur != files.rlim_max) {
        rlimit raised = files;
        // "unlimited" cannot be set for descriptors; 2^20 is the kernel's default ceiling (fs.nr_open).
        raised.rlim_cur = files.rlim_max == RLIM_INFINITY ? rlim_t(1) << 20 : files.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            files = raised;
    }
    return files.rlim_cur;
}

// SIGTERM/SIGINT end the event loop through a socket pair (the only safe thing a handler can do), so the
// clients get a close frame saying the agent stops instead of a connection that just breaks.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

bool handleStopSignals(AgentServer &server, QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(qintptr(g_signalPipe[0]), QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&server, &app, notifier] {
        notifier->setEnabled(false);
        qInfo("stopping (signal)");
        server.shutdown(QStringLiteral("the agent is stopping"));
        QTimer::singleShot(200, &app, &QCoreApplication::quit); // lets the close frames go out
    });
    struct sigaction action{};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleet-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} fleet-agent: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fleet Agent: reports a node's facts to Fleet Commander over "
                                                    "authenticated wss. Configured by a JSON file (token, "
                                                    "certificate, key) that `fleetctl agent install` writes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Configuration file (JSON)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on (overrides the file)."),
                                  QStringLiteral("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (overrides the file)."),
                                  QStringLiteral("PORT"));
    const QCommandLineOption pidFile(QStringLiteral("pid-file"), QStringLiteral("Write the process id here."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption check(QStringLiteral("check"), QStringLiteral("Check the configuration and exit."));
    parser.addOptions({config, bind, port, pidFile, check});
    parser.process(app);

    if (!parser.isSet(config)) {
        std::fprintf(stderr, "fleet-agent: --config FILE is required (it holds the token and the certificate)\n");
        return 2;
    }
    AgentConfig settings;
    QString error;
    if (!settings.load(parser.value(config), &error)) {
        std::fprintf(stderr, "fleet-agent: %s\n", qPrintable(error));
        return 2;
    }
    if (parser.isSet(bind))
        settings.bind = parser.value(bind);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            std::fprintf(stderr, "fleet-agent: --port must be 1..65535\n");
            return 2;
        }
        settings.port = quint16(value);
    }
    if (parser.isSet(pidFile))
        settings.pidFile = parser.value(pidFile);

    const rlim_t openFiles = raiseOpenFileLimit();
    AgentServer server(settings);
    if (!server.listen(&error)) {
        std::fprintf(stderr, "fleet-agent: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(check))
        return 0;
    if (!settings.pidFile.isEmpty() && !writePidFile(settings.pidFile, &error)) {
        std::fprintf(stderr, "fleet-agent: cannot write the pid file %s: %s\n", qPrintable(settings.pidFile),
                     qPrintable(error));
        return 1;
    }
    if (!handleStopSignals(server, app))
        qWarning("cannot handle SIGTERM: clients will see the connection break when the agent stops");
    qInfo("fleet-agent %s listening on wss://%s:%u (protocol v%d); open-file limit %llu, up to %d connections may "
          "wait %d ms for authentication",
          FLEET_VERSION, qPrintable(settings.bind), unsigned(server.port()), AgentProtocol::kVersion,
          static_cast<unsigned long long>(openFiles), server.pendingLimit(), AgentProtocol::kAuthTimeoutMs);
    return app.exec();
}
