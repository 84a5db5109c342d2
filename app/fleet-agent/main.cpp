// fleet-agent: the small daemon that runs on each node and answers the workstation over WebSockets.
#include "FleetVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleet-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fleet Agent: reports a node's facts to Fleet Commander."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
