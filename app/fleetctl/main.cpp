// fleetctl: the scriptable face of Fleet Commander. Parses arguments and hands each command to core.
#include "FleetVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fleet Commander command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
