#include "NodeDetailDialog.h"

#include "actions/NodeProbing.h"

#include "BackgroundAction.h"
#include "util/Format.h"
#include "util/TerminalText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleet {

namespace {

enum Column { NameColumn, ImageColumn, StateColumn, HealthColumn, PortsColumn, UptimeColumn };

// Log reads (a follow lasts as long as it is wanted) get threads of their own, so they never hold up the
// listings and actions of the global pool.
Q_GLOBAL_STATIC(QThreadPool, logPool)

QThreadPool *logThreads()
{
    QThreadPool *pool = logPool();
    pool->setMaxThreadCount(32);
    return pool;
}

// Text from the node, shown as plain text without control characters or escape sequences.
QString plain(const QString &text)
{
    return terminalSafe(text, TerminalKeep::Tabs);
}

} // namespace

NodeDetailDialog::NodeDetailDialog(ActionContext context, Node node, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_node(std::move(node))
    , m_relay(std::make_shared<ProgressRelay>(this))
{
    setObjectName(QStringLiteral("NodeDetailDialog"));
    setWindowTitle(tr("%1 — containers and logs").arg(plain(m_node.displayName())));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(headerText(), this);
    m_header->setTextFormat(Qt::PlainText); // a host name is the node's word, never markup
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    // The node probe's facts: runtime, access, image store, GPU/Jetson, free space (and Probe to ask again).
    auto *runtimeRow = new QHBoxLayout;
    m_runtime = new QLabel(tr("Runtime: not probed yet"), this);
    m_runtime->setObjectName(QStringLiteral("runtime"));
    m_runtime->setTextFormat(Qt::PlainText);
    m_runtime->setWordWrap(true);
    m_runtime->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runtimeRow->addWidget(m_runtime, 1);
    m_probe = new QPushButton(tr("&Probe"), this);
    m_probe->setObjectName(QStringLiteral("probe"));
    m_probe->setToolTip(tr("Ask the node which container runtime it has and how this user reaches it"));
    runtimeRow->addWidget(m_probe);
    layout->addLayout(runtimeRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(top);
    m_list->setAccessibleName(tr("Containers"));
    m_list->setHeaderLabels({tr("Name"), tr("Image"), tr("State"), tr("Health"), tr("Ports"), tr("Uptime")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    topLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &name, const QString &text) {
        auto *button = new QPushButton(text, top);
        button->setObjectName(name);
        buttons->addWidget(button);
        return button;
    };
    m_refresh = addButton(QStringLiteral("refresh"), tr("&Refresh"));
    m_stop = addButton(QStringLiteral("stop"), tr("S&top"));
    m_start = addButton(QStringLiteral("start"), tr("&Start"));
    m_restart = addButton(QStringLiteral("restart"), tr("Rest&art"));
    m_remove = addButton(QStringLiteral("remove"), tr("Re&move…"));
    buttons->addStretch(1);
    topLayout->addLayout(buttons);
    m_status = new QLabel(top);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    topLayout->addWidget(m_status);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_follow = new QCheckBox(tr("&Follow"), bottom);
    m_follow->setToolTip(tr("Keep adding new lines of the selected container's log"));
    bottomLayout->addWidget(m_follow);
    m_log = new QPlainTextEdit(bottom);
    m_log->setAccessibleName(tr("Container log"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(kMaxLogBlocks); // a long follow keeps only its newest lines
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bottomLayout->addWidget(m_log, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    layout->addWidget(splitter, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_actionNote.clear();
        refresh();
    });
    connect(m_probe, &QPushButton::clicked, this, &NodeDetailDialog::probeNode);
    connect(m_stop, &QPushButton::clicked, this, [this] { runAction(ContainerVerb::Stop); });
    connect(m_start, &QPushButton::clicked, this, [this] { runAction(ContainerVerb::Start); });
    connect(m_restart, &QPushButton::clicked, this, [this] { runAction(ContainerVerb::Restart); });
    connect(m_remove, &QPushButton::clicked, this, [this] { runAction(ContainerVerb::Remove); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (selectedName() != m_logContainer)
            loadLogs();
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            loadLogs(); // the tail again, then new lines
        else
            stopLogs();
    });
    updateButtons();
    resize(900, 640);
}

NodeDetailDialog::~NodeDetailDialog()
{
    stopLogs(); // a follow ends within 100 ms, and its `docker logs` on the node with it
    m_relay->detach();
}

QString NodeDetailDialog::headerText() const
{
    QStringList parts{m_node.address + (m_node.sshPort != 22 ? QStringLiteral(":%1").arg(m_node.sshPort) : QString())};
    if (!m_node.hostName.isEmpty() && m_node.hostName != m_node.address)
        parts << m_node.hostName;
    QStringList facts;
    for (const QString &fact : {m_node.os, m_node.arch, m_node.kernel})
        if (!fact.isEmpty())
            facts << fact;
    const QString system = facts.join(QStringLiteral(" · "));
    parts << (system.isEmpty() ? tr("system not known yet") : system);
    parts << (m_node.agentVersion.isEmpty() ? tr("no Fleet Agent") : tr("Fleet Agent %1").arg(m_node.agentVersion));
    parts << nodeStateLabel(m_node.state);
    return plain(parts.join(QStringLiteral(" — ")));
}

QString NodeDetailDialog::nodeTarget() const
{
    // How the tile reaches it: its own user and SSH port when it has them (an IPv6 literal keeps the default port).
    QString target = m_node.user.isEmpty() ? m_node.address : m_node.user + QLatin1Char('@') + m_node.address;
    if (m_node.sshPort != 22 && !m_node.address.contains(QLatin1Char(':')))
        target += QLatin1Char(':') + QString::number(m_node.sshPort);
    return target;
}

QPushButton *NodeDetailDialog::button(ContainerVerb verb) const
{
    switch (verb) {
    case ContainerVerb::Stop: return m_stop;
    case ContainerVerb::Start: return m_start;
    case ContainerVerb::Restart: return m_restart;
    case ContainerVerb::Remove: return m_remove;
    }
    return nullptr;
}

QString NodeDetailDialog::selectedName() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, Qt::UserRole).toString();
}

bool NodeDetailDialog::selectContainer(const QString &name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

void NodeDetailDialog::updateButtons()
{
    const QString name = selectedName();
    bool running = false;
    for (const ContainerInfo &c : m_listing.containers)
        if (c.name == name)
            running = c.isRunning();
    const bool can = !m_busy && !name.isEmpty();
    m_refresh->setEnabled(!m_busy);
    m_stop->setEnabled(can && running);
    m_start->setEnabled(can && !running);
    m_restart->setEnabled(can);
    m_remove->setEnabled(can);
}

void NodeDetailDialog::setProbe(const std::optional<NodeProbeReply> &probe)
{
    if (!probe || !probe->valid) {
        m_runtime->setText(tr("Runtime: not probed yet"));
        return;
    }
    const NodeProbeReply &f = *probe;
    QStringList words{f.summary()};
    if (!f.badges().isEmpty())
        words << QLatin1Char('[') + f.badges().join(QStringLiteral(", ")) + QLatin1Char(']');
    if (!f.apiVersion.isEmpty())
        words << tr("API %1").arg(f.apiVersion);
    if (!f.imageStore.isEmpty())
        words << tr("store %1 (%2)").arg(f.imageStore, f.storageDriver);
    if (!f.socket.isEmpty())
        words << f.socket;
    if (f.rootFreeBytes >= 0)
        words << tr("%1 free in its root").arg(formatBytes(f.rootFreeBytes));
    if (f.tmpFreeBytes >= 0)
        words << tr("%1 free in %2").arg(formatBytes(f.tmpFreeBytes), f.tmpDir);
    if (!f.gpus.isEmpty())
        words << f.gpus.join(QStringLiteral(", "));
    m_runtime->setText(plain(tr("Runtime: %1").arg(words.join(QStringLiteral(" · ")))));
}

void NodeDetailDialog::probeNode()
{
    m_probe->setEnabled(false);
    m_runtime->setText(tr("Probing %1…").arg(m_node.address));
    ProbeParams params;
    params.context = m_context;
    params.nodes = {nodeTarget()};
    runInBackground(this, [params] { return NodeProbing::probe(params); }, [this](const ProbeResult &result) {
        m_probe->setEnabled(true);
        const NodeProbeOutcome outcome = result.nodes.value(0);
        if (!outcome.facts.valid) {
            m_runtime->setText(plain(outcome.failure.message));
            return;
        }
        setProbe(outcome.facts);
        if (!outcome.ok())
            m_runtime->setText(m_runtime->text() + QLatin1Char('\n') + plain(outcome.failure.message));
        Q_EMIT probed(m_node.address, outcome.facts);
    });
}

void NodeDetailDialog::refresh()
{
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Asking %1…").arg(m_node.address));
    ContainerListParams params;
    params.context = m_context;
    params.node = nodeTarget();
    params.all = true; // stopped ones too: they can be started from here
    runInBackground(this, [params] { return NodeContainers::list(params); },
                    [this](const ContainerListing &listing) { showListing(listing); });
}

void NodeDetailDialog::showListing(const ContainerListing &listing)
{
    m_busy = false;
    const QString keep = selectedName();
    m_listing = listing;
    const QSignalBlocker block(m_list); // the selection is put back below, without reloading the log
    m_list->clear();
    for (const ContainerInfo &c : listing.containers) {
        const qint64 uptime = c.uptimeSeconds();
        auto *item = new QTreeWidgetItem(m_list, {plain(c.name), plain(c.image), plain(c.state),
                                                  c.health.isEmpty() ? QStringLiteral("—") : c.health,
                                                  c.ports.isEmpty() ? QStringLiteral("—") : plain(c.ports),
                                                  uptime >= 0 ? formatDuration(uptime) : plain(c.status)});
        item->setData(NameColumn, Qt::UserRole, c.name);
        item->setToolTip(NameColumn, plain(c.id.left(12) + QLatin1Char(' ') + c.command));
        if (c.managed)
            item->setToolTip(ImageColumn, tr("Started by Fleet Commander"));
        if (c.name == keep)
            item->setSelected(true);
    }
    const QString count = listing.containers.isEmpty()
        ? tr("No containers on this node.")
        : tr("%n container(s)", nullptr, int(listing.containers.size()));
    const QString state = listing.ok() ? count : listing.failure.message;
    m_status->setText(m_actionNote.isEmpty() ? state : m_actionNote + QLatin1Char('\n') + state);
    updateButtons();
    if (selectedName() != m_logContainer)
        loadLogs(); // the one whose log was shown has gone
    if (listing.ok())
        Q_EMIT managedContainersCounted(m_node.address, listing.managedRunning());
    Q_EMIT listed();
}

void NodeDetailDialog::runAction(ContainerVerb verb)
{
    const QString name = selectedName();
    if (name.isEmpty() || m_busy)
        return;
    if (verb == ContainerVerb::Remove) {
        const QString question = tr("Remove the container %1 from %2? A running container is stopped first; what it "
                                    "wrote inside itself is lost.").arg(plain(name), m_node.address);
        const bool yes = m_confirm ? m_confirm(question)
                                   : QMessageBox::question(this, tr("Remove container"), question,
                                                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                                         == QMessageBox::Yes;
        if (!yes)
            return;
    }
    m_busy = true;
    updateButtons();
    m_status->setText(tr("docker %1 %2…").arg(containerVerbName(verb), plain(name)));
    ContainerActionParams params;
    params.context = m_context;
    params.node = nodeTarget();
    params.container = name;
    params.verb = verb;
    params.force = verb == ContainerVerb::Remove; // asked just now
    runInBackground(this, [params] { return NodeContainers::act(params); },
                    [this](const ContainerActionResult &result) {
                        m_busy = false;
                        m_actionNote = result.ok() ? tr("docker %1 %2: %3").arg(containerVerbName(result.verb),
                                                                                 plain(result.container),
                                                                                 result.state.isEmpty() ? tr("done")
                                                                                                        : result.state)
                                                   : result.failure.message;
                        m_status->setText(m_actionNote);
                        Q_EMIT actionFinished(result);
                        refresh(); // the row's new state (or its absence)
                    });
}

void NodeDetailDialog::stopLogs()
{
    if (m_logCancel)
        m_logCancel->store(true);
    m_logCancel.reset();
    ++m_logGeneration;
}

void NodeDetailDialog::loadLogs()
{
    stopLogs();
    m_log->clear();
    m_logContainer = selectedName();
    if (m_logContainer.isEmpty())
        return;
    const quint64 generation = m_logGeneration;
    m_logCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_logCancel; // alive as long as the worker
    const std::shared_ptr<ProgressRelay> relay = m_relay;
    ContainerLogParams params;
    params.context = m_context;
    params.node = nodeTarget();
    params.container = m_logContainer;
    params.tail = kTailLines;
    params.follow = m_follow->isChecked();
    params.cancel = cancel.get();
    params.lines = [this, relay, generation](const QList<ContainerLogLine> &lines) {
        QStringList text;
        text.reserve(lines.size());
        for (const ContainerLogLine &line : lines)
            text << plain(line.text);
        relay->post([this, generation, text] {
            if (generation != m_logGeneration)
                return; // an older read's last lines
            m_log->appendPlainText(text.join(QLatin1Char('\n')));
            Q_EMIT logLinesAdded(int(text.size()));
        });
    };
    runInBackground(this, [params, cancel] { return ContainerLogs::read(params); },
                    [this, generation](const ContainerLogResult &result) {
                        if (generation == m_logGeneration && !result.ok()
                            && result.failure.kind != FailureKind::Cancelled)
                            m_status->setText(result.failure.message);
                        Q_EMIT logsEnded(result);
                    },
                    logThreads());
}

} // namespace fleet
