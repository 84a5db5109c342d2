#include "DesktopSession.h"

#include "AgentActions.h"
#include "HostKeyActions.h"
#include "history/HistoryReader.h"
#include "HostKeyPrompter.h"
#include "GroupsWiring.h"
#include "InventoryWiring.h"
#include "JobRunnerWiring.h"
#include "MainWindow.h"
#include "NodeDetailDialog.h"
#include "NodeListModel.h"
#include "PruneDialog.h"
#include "agent/TelemetryMonitor.h"
#include "actions/FleetSettings.h"
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
    const QString catalog = m_options.dbPath;
    window->setImageLister([docker, catalog] { return listImages(docker, catalog); });
    window->setDefaultScanTargets(m_options.scanTargets, m_options.scanSources);
    window->setStoreWritable(!m_options.readOnly); // a screenshot lists, never writes
    if (m_options.readOnly)
        return;

    window->setBuildSettings(BuildDialog::Settings{m_options.dockerHost, m_options.dbPath});
    window->setScanDatabase(m_options.dbPath);
    m_prompter = std::make_unique<HostKeyPrompter>(window);

    JobRunner::Settings settings;
    settings.dbPath = m_options.dbPath;
    settings.dockerHost = m_options.dockerHost;
    settings.sshUser = m_options.sshUser;
    settings.ssh = m_options.ssh;
    settings.ssh.unknownHostKey = UnknownHostKeyPolicy::Ask; // trust on first use, in a dialog
    settings.ssh.confirmUnknownHostKey = m_prompter->callback();
    const FleetSettings shared = FleetSettings::load(); // the policy and port fleetctl obeys too
    settings.tagPolicy = shared.tagPolicy;
    m_runner = std::make_unique<JobRunner>(settings);
    window->hostKeys()->setSettings(HostKeyActions::Settings{m_options.sshUser, m_options.ssh});

    JobRunnerWiring::wire(m_runner.get(), window);
    InventoryWiring::wire(m_runner.get(), window,
                          ActionContext{m_options.dbPath, m_options.dockerHost, settings.ssh, m_options.sshUser, shared});
    GroupsWiring::wire(window, m_options.dbPath, m_options.ssh);

    AgentActions::Settings agentSettings;
    agentSettings.dbPath = m_options.dbPath;
    agentSettings.sshUser = m_options.sshUser;
    agentSettings.ssh = settings.ssh;
    agentSettings.agentPort = shared.agentPort;
    m_agents = std::make_unique<AgentActions>(agentSettings);
    AgentActions *agents = m_agents.get();
    connect(window, &MainWindow::installAgentRequested, agents, &AgentActions::install);
    // Clean up images…: the settings are read when it opens, so stores configured meanwhile count.
    const ActionContext pruneBase{m_options.dbPath, m_options.dockerHost, settings.ssh, m_options.sshUser, {}};
    // A scan's probes may reach many new nodes: an unknown host key is reported with its fingerprint (Trust… on
    // the tile), not asked about in one dialog per node.
    ActionContext scanProbe = pruneBase;
    scanProbe.ssh.unknownHostKey = UnknownHostKeyPolicy::Refuse;
    scanProbe.ssh.confirmUnknownHostKey = nullptr;
    window->setScanProbeContext(scanProbe);
    connect(window, &MainWindow::pruneImagesRequested, window, [window, pruneBase](const QStringList &nodes) {
        ActionContext context = pruneBase;
        context.settings = FleetSettings::load();
        auto *dialog = new PruneDialog(context, nodes, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->start();
    });
    // Containers and logs…: one non-modal dialog per node, over core's NodeContainers and ContainerLogs.
    connect(window, &MainWindow::nodeDetailsRequested, window, [window, pruneBase](const Node &node) {
        auto *dialog = new NodeDetailDialog(pruneBase, node, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NodeDetailDialog::managedContainersCounted, window->nodeModel(),
                &NodeListModel::setManagedContainers);
        dialog->setProbe(window->nodeModel()->probe(node.address));
        connect(dialog, &NodeDetailDialog::probed, window->nodeModel(),
                [model = window->nodeModel()](const QString &address, const NodeProbeReply &facts) {
                    model->setProbes({{address, facts}});
                });
        dialog->show();
        dialog->refresh();
    });
    // Live facts for the tiles: every ONLINE node with a recorded secret, as soon as the fleet is known.
    TelemetryMonitor::Settings telemetry;
    telemetry.dbPath = m_options.dbPath;
    telemetry.agentPort = agentSettings.agentPort;
    m_telemetry = std::make_unique<TelemetryMonitor>(telemetry);
    connect(m_telemetry.get(), &TelemetryMonitor::nodesChanged, window->nodeModel(), &NodeListModel::merge);
    connect(agents, &AgentActions::installed, window, [this, window](const Node &node, const QString &message) {
        window->nodeModel()->merge({node});
        window->notify(NotificationArea::Severity::Info, tr("Agent installed on %1").arg(node.address), message);
        if (node.state == NodeState::Online)
            m_telemetry->rewatch(node); // a new secret was just recorded
    });
    connect(agents, &AgentActions::failed, window, [window](const QString &address, const QString &message) {
        window->notify(NotificationArea::Severity::Error, tr("Cannot install the agent on %1").arg(address), message);
    });
    m_watchTimer = new QTimer(this); // coalesces the model's change notifications (telemetry makes many)
    m_watchTimer->setSingleShot(true);
    m_watchTimer->setInterval(200);
    connect(m_watchTimer, &QTimer::timeout, this, &DesktopSession::watchOnlineNodes);
    connect(window, &MainWindow::fleetLoaded, this, &DesktopSession::watchOnlineNodes);
    NodeListModel *nodes = window->nodeModel();
    connect(nodes, &QAbstractItemModel::rowsInserted, m_watchTimer, qOverload<>(&QTimer::start));
    connect(nodes, &QAbstractItemModel::modelReset, m_watchTimer, qOverload<>(&QTimer::start));
    connect(nodes, &QAbstractItemModel::dataChanged, m_watchTimer, qOverload<>(&QTimer::start));

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
    m_telemetry.reset();
    m_agents.reset();
}

void DesktopSession::watchOnlineNodes()
{
    if (!m_telemetry)
        return;
    QList<Node> online;
    const NodeListModel *nodes = m_window->nodeModel();
    for (int row = 0; row < nodes->count(); ++row)
        if (nodes->nodeAt(row).state == NodeState::Online && !m_telemetry->isAsked(nodes->nodeAt(row).address))
            online << nodes->nodeAt(row);
    m_telemetry->watch(online); // once each; an agent that goes away is reconnected to by the worker
}

ImageListing DesktopSession::listImages(const QString &dockerHost, const QString &dbPath)
{
    return ImageLister::list(ImageListParams{dockerHost, dbPath, {}, {}});
}

} // namespace fleet
