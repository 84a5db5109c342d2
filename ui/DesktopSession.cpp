#include "DesktopSession.h"

#include "AgentActions.h"
#include "HistoryReader.h"
#include "HostKeyPrompter.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "ScanHistoryWriter.h"
#include "docker/DockerEngine.h"
#include "history/HistoryStore.h"
#include "transfer/JobRunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fleet {

DesktopSession::DesktopSession(Options options, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(window)
{
    m_reader = std::make_unique<HistoryReader>(m_options.dbPath);
    window->setHistoryReader(m_reader.get());
    const QString docker = m_options.dockerHost;
    window->setImageLister([docker] { return listImages(docker); });
    window->setDefaultScanTargets(m_options.scanTargets);
    if (m_options.readOnly)
        return;

    m_scanWriter = std::make_unique<ScanHistoryWriter>(m_options.dbPath);
    window->setScanHistoryWriter(m_scanWriter.get());
    m_prompter = std::make_unique<HostKeyPrompter>(window);

    JobRunner::Settings settings;
    settings.dbPath = m_options.dbPath;
    settings.dockerHost = m_options.dockerHost;
    settings.sshUser = m_options.sshUser;
    settings.ssh = m_options.ssh;
    settings.ssh.unknownHostKey = UnknownHostKeyPolicy::Ask; // trust on first use, in a dialog
    settings.ssh.confirmUnknownHostKey = m_prompter->callback();
    m_runner = std::make_unique<JobRunner>(settings);
    JobRunner *runner = m_runner.get();

    connect(window, &MainWindow::pushRequested, runner, [runner](const PushRequest &request) { runner->submit(request); });
    connect(window, &MainWindow::cancelJobRequested, runner, &JobRunner::cancel);
    connect(window, &MainWindow::retryJobRequested, runner, [runner](quint64 id) { runner->retry(id); });
    connect(window, &MainWindow::cancelAllRequested, runner, &JobRunner::cancelAll);
    connect(runner, &JobRunner::jobAdded, window, &MainWindow::onJobAdded);
    connect(runner, &JobRunner::jobChanged, window, &MainWindow::onJobChanged);
    connect(runner, &JobRunner::jobFinished, window, &MainWindow::onJobFinished);
    connect(runner, &JobRunner::rejected, window, &MainWindow::onPushRejected);

    AgentActions::Settings agentSettings;
    agentSettings.dbPath = m_options.dbPath;
    agentSettings.sshUser = m_options.sshUser;
    agentSettings.ssh = settings.ssh;
    m_agents = std::make_unique<AgentActions>(agentSettings);
    AgentActions *agents = m_agents.get();
    connect(window, &MainWindow::installAgentRequested, agents, &AgentActions::install);
    connect(agents, &AgentActions::installed, window, [window](const Node &node, const QString &message) {
        window->nodeModel()->merge({node});
        window->notify(NotificationArea::Severity::Info, tr("Agent installed on %1").arg(node.address), message);
    });
    connect(agents, &AgentActions::failed, window, [window](const QString &address, const QString &message) {
        window->notify(NotificationArea::Severity::Error, tr("Cannot install the agent on %1").arg(address), message);
    });
    connect(agents, &AgentActions::nodeUpdated, window, [window](const Node &node) { window->nodeModel()->merge({node}); });
    // Facts for the tiles: when the fleet is known, then every minute.
    connect(window, &MainWindow::fleetLoaded, this, &DesktopSession::refreshOnlineFacts);
    m_factsTimer = new QTimer(this);
    m_factsTimer->setInterval(kFactsIntervalMs);
    connect(m_factsTimer, &QTimer::timeout, this, &DesktopSession::refreshOnlineFacts);
    m_factsTimer->start();

    // Jobs left running by a crashed session are marked failed, on a worker, before anyone looks at them.
    const QString db = m_options.dbPath;
    (void)QtConcurrent::run([db] {
        HistoryStore store;
        if (store.open(db))
            store.recoverInterrupted();
    });
}

DesktopSession::~DesktopSession()
{
    if (m_runner)
        m_runner->cancelAll();
    m_runner.reset(); // joins its workers while the prompter can still answer them
    m_agents.reset();
}

void DesktopSession::refreshOnlineFacts()
{
    if (!m_agents || m_agents->pending() > 0)
        return; // the previous round is still asking
    QStringList online;
    const NodeListModel *nodes = m_window->nodeModel();
    for (int row = 0; row < nodes->count(); ++row)
        if (nodes->nodeAt(row).state == NodeState::Online)
            online << nodes->nodeAt(row).address;
    m_agents->refreshFacts(online);
}

ImageListing DesktopSession::listImages(const QString &dockerHost)
{
    DockerEngine engine(dockerHost);
    ImageListing listing;
    const auto version = engine.version();
    const auto images = version ? engine.listImages() : std::nullopt;
    if (!images) {
        listing.error = engine.error().message;
        return listing;
    }
    listing.ok = true;
    listing.images = *images;
    listing.engine = tr("Docker %1 (API %2) at %3").arg(version->version, engine.apiVersion(), engine.endpointDisplay());
    return listing;
}

} // namespace fleet
