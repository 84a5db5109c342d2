// fleet-commander: the desktop application. Parses arguments and wires core objects to the main window.
#include "FleetVersion.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "NodeTileView.h"
#include "ImageLibraryModel.h"
#include "NodeListModel.h"
#include "NodesPanel.h"
#include "Translations.h"
#include "actions/NodeIdentities.h"
#include "discovery/ScanProposal.h"
#include "discovery/SshConfigSource.h"
#include "history/HistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMenuBar>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// For --report-first-paint: the time from process start to the first frame of the tiles with the fleet in them.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &clock, int nodes)
        : m_clock(clock)
        , m_nodes(nodes)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] { // after this paint has been drawn
                std::printf("first-paint-ms %lld nodes %d\n", static_cast<long long>(m_clock.elapsed()), m_nodes);
                std::fflush(stdout);
                qApp->quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    int m_nodes;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Answering --help/--version or rendering --screenshot needs no screen: use the offscreen platform then,
    // so these work over SSH and in scripts without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v" || arg == "--screenshot")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
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
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("History database file."), QStringLiteral("FILE"));
    const QCommandLineOption dockerHost(QStringLiteral("docker-host"),
                                        QStringLiteral("Local Docker Engine (unix:///path or tcp://host:port)."),
                                        QStringLiteral("URL"));
    const QCommandLineOption identity(QStringLiteral("identity"), QStringLiteral("SSH private key."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QStringLiteral("SSH known_hosts file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("SSH user name."), QStringLiteral("NAME"));
    const QCommandLineOption scanTargets(QStringLiteral("scan-targets"),
                                         QStringLiteral("Targets the scan dialog suggests (comma-separated)."),
                                         QStringLiteral("LIST"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the main window to a PNG file and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                       QStringLiteral("OpenSSH client config for per-node HostName, User, Port, "
                                                      "IdentityFile and ProxyJump (default ~/.ssh/config; none: "
                                                      "read none)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the window (de, en, es, fr), instead of the system's."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption quitAfterLoad(QStringLiteral("quit-after-load"),
                                           QStringLiteral("Quit once the window shows the fleet and the images, "
                                                          "printing their counts (scripts and tests)."));
    const QCommandLineOption firstPaint(QStringLiteral("report-first-paint"),
                                        QStringLiteral("Print the time from start to the first painted fleet (bench)."));
    parser.addOptions({db, dockerHost, identity, knownHosts, user, scanTargets, screenshot, quitAfterLoad, sshConfig, lang, firstPaint});
    parser.process(app);

    // The locale's translation (compiled into fleetui under :/i18n) and Qt's own for the standard buttons, before
    // any window exists; --lang overrides the system's locale.
    const QLocale locale = parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale();
    if (parser.isSet(lang)) {
        const QString wanted = parser.value(lang);
        if (locale.language() == QLocale::C || (locale.language() != QLocale::English
                                                && !fleet::Translations::available().contains(locale.name().left(2)))) {
            std::fprintf(stderr, "fleet-commander: no translation for --lang %s (available: en, %s)\n",
                         qPrintable(wanted), qPrintable(fleet::Translations::available().join(QStringLiteral(", "))));
            return 2;
        }
        QLocale::setDefault(locale);
    }
    fleet::Translations::install(locale);

    const QString dbPath = parser.isSet(db) ? QDir::current().absoluteFilePath(parser.value(db))
                                            : fleet::HistoryStore::defaultPath();

    fleet::DesktopSession::Options options;
    options.dbPath = dbPath;
    options.dockerHost = parser.value(dockerHost);
    options.sshUser = parser.value(user);
    options.ssh.identityFile = parser.value(identity);
    options.ssh.knownHostsFile = parser.value(knownHosts);
    // The person's own SSH settings per host, and a node's or group's own key (SSH identity… on a tile).
    const QString configFile = parser.isSet(sshConfig) ? parser.value(sshConfig) : fleet::SshConfigSource::defaultPath();
    if (configFile != QLatin1String("none") && QFileInfo::exists(configFile))
        options.ssh.clientConfigFile = QFileInfo(configFile).absoluteFilePath();
    options.ssh.identityFor = fleet::NodeIdentities::lookup(dbPath);
    // The workstation's own subnets and SSH files, proposed in the scan dialog (never scanned unless the person
    // presses Scan); --scan-targets replaces the subnets.
    const fleet::ScanProposal proposal = fleet::ScanProposal::forThisWorkstation();
    options.scanTargets = parser.isSet(scanTargets)
        ? parser.value(scanTargets).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : proposal.targets;
    options.scanSources = proposal.sources;
    options.readOnly = parser.isSet(screenshot); // a picture never pushes, scans or writes

    fleet::MainWindow window;
    fleet::DesktopSession session(options, &window);

    if (parser.isSet(screenshot)) {
        // Wait (bounded) for the fleet and the images, then render: the event loop keeps running meanwhile.
        const QString file = parser.value(screenshot);
        window.resize(1400, 860);
        window.show();
        int status = 1;
        auto shoot = [&] {
            QTimer::singleShot(200, &app, [&] {
                status = window.saveScreenshot(file) ? 0 : 1;
                if (status != 0)
                    std::fprintf(stderr, "fleet-commander: cannot write %s\n", qPrintable(file));
                app.quit();
            });
        };
        if (window.isLoading()) {
            QObject::connect(&window, &fleet::MainWindow::initialLoadFinished, &app, shoot);
            QTimer::singleShot(15000, &app, shoot); // an engine that never answers does not block the picture
        } else {
            shoot();
        }
        app.exec();
        return status;
    }

    std::unique_ptr<FirstPaintProbe> probe;
    if (parser.isSet(firstPaint))
        QObject::connect(&window, &fleet::MainWindow::fleetLoaded, &app, [&](int nodes) {
            probe = std::make_unique<FirstPaintProbe>(sinceStart, nodes);
            window.nodesPanel()->view()->viewport()->installEventFilter(probe.get());
            window.nodesPanel()->view()->viewport()->update();
        });
    if (parser.isSet(quitAfterLoad)) {
        // The window is shown for real (any platform); once its first load is done the counts go to stdout.
        auto report = [&] {
            // The first menu's title shows which translation is in effect (--lang).
            const QList<QAction *> menus = window.menuBar()->actions();
            std::printf("window-shown nodes %d images %d lang %s menu %s\n", window.nodeModel()->rowCount(),
                        window.imageModel()->rowCount(), qPrintable(QLocale().name()),
                        qPrintable(menus.isEmpty() ? QString() : menus.first()->text()));
            std::fflush(stdout);
            app.quit();
        };
        if (window.isLoading()) {
            QObject::connect(&window, &fleet::MainWindow::initialLoadFinished, &app, report);
            QTimer::singleShot(30000, &app, report);
        } else {
            QTimer::singleShot(0, &app, report);
        }
    }
    window.show();
    return app.exec();
}
