// fleet-commander: the desktop application. Only wires core objects to the main window.
#include "FleetVersion.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fleet-commander"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fleet Commander"));
    QApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    QApplication::setOrganizationName(QStringLiteral("FleetCommander"));
    QApplication::setDesktopFileName(QStringLiteral(FLEET_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fleet-commander.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fleet Commander: discover nodes, build images, push them over SSH."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    fleet::MainWindow window;
    window.show();
    return app.exec();
}
