// fleet-agent: the small daemon that runs on each node and answers the workstation over WebSockets (wss).
// Only QtCore, QtNetwork and QtWebSockets are used here, so the node needs nothing else (see CMakeLists.txt).
#include "FleetVersion.h"
#include "agent/AgentConfig.h"
#include "agent/AgentServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
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
    qInfo("fleet-agent %s listening on wss://%s:%u (protocol v%d)", FLEET_VERSION, qPrintable(settings.bind),
          unsigned(server.port()), AgentProtocol::kVersion);
    return app.exec();
}
