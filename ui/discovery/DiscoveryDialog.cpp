#include "DiscoveryDialog.h"

#include "BackgroundAction.h"
#include "SettingsKeys.h"
#include "actions/NodeScan.h"
#include "discovery/ScanRecorder.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace fleet {

namespace {
// tr()'s %n takes an int; a scan's address count fits one (a /8 is 16 M), larger ones are shown capped.
int countOf(quint64 n)
{
    return int(qMin<quint64>(n, quint64(std::numeric_limits<int>::max())));
}
} // namespace

DiscoveryDialog::DiscoveryDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Scan for nodes"));
    setAccessibleName(windowTitle());

    m_targets = new QPlainTextEdit(this);
    m_targets->setPlaceholderText(tr("One per line: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222"));
    m_targets->setAccessibleName(tr("Targets"));
    m_targets->setToolTip(tr("Networks (CIDR), address ranges and hosts to probe for SSH and the Fleet Agent."));
    m_targets->setTabChangesFocus(true);
    m_sshConfig = new QCheckBox(tr("Hosts from ~/.ssh/&config"), this);
    m_knownHosts = new QCheckBox(tr("Hosts from ~/.ssh/&known_hosts"), this);
    m_arp = new QCheckBox(tr("Neighbours from the &ARP table"), this);
    m_inventory = new QCheckBox(tr("&Inventory file:"), this);
    m_inventoryPath = new QLineEdit(this);
    m_inventoryPath->setAccessibleName(tr("Inventory file"));
    m_inventoryPath->setToolTip(tr("An Ansible-style inventory (INI or YAML) listing hosts."));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the inventory file"));
    browse->setAccessibleName(tr("Choose inventory file"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(50, 10000);
    m_timeout->setSingleStep(50);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setToolTip(tr("How long to wait for each address to answer. Raise it for slow or distant networks."));
    m_probeNodes = new QCheckBox(tr("&Probe nodes that answer SSH"), this);
    m_probeNodes->setToolTip(tr("After the scan, log in to every node that answered SSH and record what it runs "
                                "(runtime, access, free space), as Probe does; nodes whose host key is not trusted "
                                "yet are reported, not trusted."));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_scan = buttons->addButton(tr("&Scan"), QDialogButtonBox::ActionRole);
    m_scan->setDefault(true);
    m_cancel = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setToolTip(tr("Stop the scan; nodes found so far are kept"));
    buttons->addButton(QDialogButtonBox::Close);

    auto *inventoryRow = new QHBoxLayout;
    inventoryRow->addWidget(m_inventory);
    inventoryRow->addWidget(m_inventoryPath, 1);
    inventoryRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Targets:"), m_targets);
    form->addRow(QString(), m_sshConfig);
    form->addRow(QString(), m_knownHosts);
    form->addRow(QString(), m_arp);
    form->addRow(QString(), inventoryRow);
    form->addRow(tr("Time&out:"), m_timeout);
    form->addRow(QString(), m_probeNodes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    const QSettings settings;
    m_targets->setPlainText(settings.value(settings::kScanTargets).toStringList().join(QLatin1Char('\n')));
    m_sourcesSaved = settings.contains(settings::kScanSources);
    const QStringList sources = settings.value(settings::kScanSources).toStringList();
    m_sshConfig->setChecked(sources.contains(QLatin1String("ssh_config")));
    m_knownHosts->setChecked(sources.contains(QLatin1String("known_hosts")));
    m_arp->setChecked(sources.contains(QLatin1String("arp")));
    m_inventoryPath->setText(settings.value(settings::kScanInventory).toString());
    m_inventory->setChecked(sources.contains(QLatin1String("inventory")) && !m_inventoryPath->text().isEmpty());
    m_timeout->setValue(settings.value(settings::kScanTimeoutMs, ScanOptions().timeoutMs).toInt());
    m_probeNodes->setChecked(settings.value(settings::kScanProbeNodes, false).toBool());

    m_batchTimer.setInterval(kBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &DiscoveryDialog::flushFound);
    connect(m_scan, &QPushButton::clicked, this, &DiscoveryDialog::startScan);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryDialog::cancelScan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Inventory file"), m_inventoryPath->text());
        if (!path.isEmpty()) {
            m_inventoryPath->setText(path);
            m_inventory->setChecked(true);
        }
    });
    setScanning(false);
    m_pool.setMaxThreadCount(1); // one scan at a time; a stopped one finishes within a poll interval
}

DiscoveryDialog::~DiscoveryDialog()
{
    // A running scan stops soon; nothing it reports reaches this dialog any more.
    if (m_stop)
        m_stop->store(true);
    if (m_relay)
        m_relay->detach();
}

void DiscoveryDialog::setDefaultTargets(const QStringList &targets)
{
    if (m_targets->toPlainText().trimmed().isEmpty())
        setTargets(targets);
}

void DiscoveryDialog::setDefaultSources(const QStringList &sources)
{
    if (m_sourcesSaved) // the person's own choice from an earlier scan wins
        return;
    for (const QString &source : sources)
        setSourceEnabled(source, true);
}

void DiscoveryDialog::setTargets(const QStringList &targets)
{
    m_targets->setPlainText(targets.join(QLatin1Char('\n')));
}

QStringList DiscoveryDialog::targets() const
{
    QStringList lines;
    for (const QString &line : m_targets->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        for (const QString &word : line.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
            lines << word;
    return lines;
}

QStringList DiscoveryDialog::arguments() const
{
    QStringList words = targets();
    if (m_sshConfig->isChecked())
        words << QStringLiteral("@ssh-config");
    if (m_knownHosts->isChecked())
        words << QStringLiteral("@known-hosts");
    if (m_arp->isChecked())
        words << QStringLiteral("@arp");
    if (m_inventory->isChecked() && !m_inventoryPath->text().trimmed().isEmpty())
        words << QStringLiteral("@inventory=") + m_inventoryPath->text().trimmed();
    return words;
}

void DiscoveryDialog::setSourceEnabled(const QString &source, bool on)
{
    if (source == QLatin1String("ssh_config"))
        m_sshConfig->setChecked(on);
    else if (source == QLatin1String("known_hosts"))
        m_knownHosts->setChecked(on);
    else if (source == QLatin1String("arp"))
        m_arp->setChecked(on);
}

void DiscoveryDialog::setProbeNodes(bool on)
{
    m_probeNodes->setChecked(on);
}

bool DiscoveryDialog::probeNodes() const
{
    return m_probeNodes->isChecked();
}

ScanParams DiscoveryDialog::request() const
{
    ScanParams params;
    params.words = arguments();
    params.options.timeoutMs = m_timeout->value();
    params.dbPath = m_dbPath;
    params.probeNodes = m_probeNodes->isChecked();
    params.probeContext = m_probeContext;
    return params;
}

void DiscoveryDialog::setTimeoutMs(int ms)
{
    m_timeout->setValue(ms);
}

QString DiscoveryDialog::statusText() const
{
    return m_status->text();
}

void DiscoveryDialog::setScanning(bool on)
{
    m_scanning = on;
    m_scan->setEnabled(!on);
    m_cancel->setEnabled(on);
    for (QWidget *w : {static_cast<QWidget *>(m_targets), static_cast<QWidget *>(m_sshConfig),
                       static_cast<QWidget *>(m_knownHosts), static_cast<QWidget *>(m_arp),
                       static_cast<QWidget *>(m_inventory), static_cast<QWidget *>(m_inventoryPath),
                       static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_probeNodes)})
        w->setEnabled(!on);
}

void DiscoveryDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(settings::kScanTargets, targets());
    QStringList sources;
    if (m_sshConfig->isChecked())
        sources << QStringLiteral("ssh_config");
    if (m_knownHosts->isChecked())
        sources << QStringLiteral("known_hosts");
    if (m_arp->isChecked())
        sources << QStringLiteral("arp");
    if (m_inventory->isChecked())
        sources << QStringLiteral("inventory");
    settings.setValue(settings::kScanSources, sources);
    settings.setValue(settings::kScanInventory, m_inventoryPath->text().trimmed());
    settings.setValue(settings::kScanTimeoutMs, m_timeout->value());
    settings.setValue(settings::kScanProbeNodes, m_probeNodes->isChecked());
}

void DiscoveryDialog::startScan()
{
    if (m_scanning)
        return;
    m_arguments = arguments();
    if (m_arguments.isEmpty()) {
        m_status->setText(tr("Nothing to scan: type a network such as 192.168.1.0/24, or tick a source."));
        return;
    }
    saveSettings();
    setScanning(true);
    m_batch.clear();
    m_progress->setRange(0, 0); // busy while names resolve and files are read
    m_status->setText(tr("Reading targets…"));
    Q_EMIT scanStarted(m_arguments);

    ScanParams params = request();
    m_stop = std::make_shared<std::atomic_bool>(false);
    params.cancel = m_stop.get();
    if (m_relay)
        m_relay->detach(); // an earlier scan that is still winding down reports no more
    m_relay = std::make_shared<ProgressRelay>(this);
    const std::shared_ptr<ProgressRelay> relay = m_relay;
    ScanCallbacks callbacks;
    callbacks.probing = [relay, this](quint64 addresses) { relay->post([this, addresses] { onProbing(addresses); }); };
    callbacks.progress = [relay, this](const ScanProgress &p) { relay->post([this, p] { onProgress(p); }); };
    callbacks.found = [relay, this](const ScanResult &r) { relay->post([this, r] { onFound(r); }); };
    callbacks.nodeProbing = [relay, this](int nodes) {
        relay->post([this, nodes] {
            m_progress->setRange(0, 0);
            m_status->setText(tr("Probing %Ln node(s) that answer SSH…", nullptr, nodes));
        });
    };
    const std::shared_ptr<std::atomic_bool> cancel = m_stop; // lives as long as the worker needs it
    runInBackground(
        this, [params, callbacks, cancel] { return NodeScan::run(params, callbacks); },
        [this, relay](const ScanOutcome &outcome) {
            if (relay == m_relay)
                onFinished(outcome);
        },
        &m_pool);
}

void DiscoveryDialog::onProbing(quint64 addresses)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(tr("Probing %Ln address(es)…", nullptr, countOf(addresses)));
    m_batchTimer.start();
}

void DiscoveryDialog::onFound(const ScanResult &result)
{
    m_batch.append(ScanRecorder::toNode(result));
}

void DiscoveryDialog::onProgress(const ScanProgress &progress)
{
    m_progress->setValue(progress.total ? int(progress.done * 1000 / progress.total) : 0);
    m_status->setText(tr("Probed %1 of %Ln address(es), found %2.", nullptr, countOf(progress.total))
                          .arg(QLocale().toString(qulonglong(progress.done)),
                               QLocale().toString(qulonglong(progress.found))));
}

void DiscoveryDialog::flushFound()
{
    if (m_batch.isEmpty())
        return;
    const QList<Node> batch = std::exchange(m_batch, {});
    Q_EMIT nodesFound(batch);
}

void DiscoveryDialog::onFinished(const ScanOutcome &outcome)
{
    m_batchTimer.stop();
    // The known nodes the history now holds OFFLINE (a completed scan covered them and they stayed silent).
    for (const QString &address : outcome.offline) {
        Node node;
        node.address = address;
        node.state = NodeState::Offline;
        m_batch.append(node);
    }
    flushFound();
    setScanning(false);
    const ScanSummary &summary = outcome.summary;
    if (!outcome.ok() && summary.progress.total == 0) {
        // Nothing was probed: the targets were wrong, the scan was stopped while they were read, or the history
        // could not be opened.
        m_progress->setRange(0, 1);
        const bool stopped = outcome.failure.kind == FailureKind::Cancelled;
        m_status->setText(stopped ? tr("Scan stopped.") : outcome.failure.message);
        if (!stopped)
            Q_EMIT scanFailed(outcome.failure.message);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(summary.cancelled ? m_progress->value() : 1000);
    const int total = countOf(summary.progress.total);
    QString text = summary.cancelled
        ? tr("Stopped after %1 of %Ln address(es); found %2.", nullptr, total)
        : tr("Probed %1 of %Ln address(es) in %3 s; found %2.", nullptr, total);
    text = text.arg(QLocale().toString(qulonglong(summary.progress.done)),
                    QLocale().toString(qulonglong(summary.progress.found)));
    if (!summary.cancelled)
        text = text.arg(summary.elapsedMs / 1000.0, 0, 'f', 1);
    QStringList notes = outcome.notes;
    if (!outcome.probes.isEmpty()) {
        QHash<QString, NodeProbeReply> probes;
        int usable = 0;
        QStringList problems;
        for (const NodeProbeOutcome &probe : outcome.probes) {
            if (probe.facts.valid)
                probes.insert(SshTarget::parse(probe.node).host, probe.facts);
            if (probe.ok())
                ++usable;
            else
                problems << probe.failure.message;
        }
        notes << tr("Probed %Ln node(s) over SSH: %1 can take images.", nullptr, int(outcome.probes.size()))
                     .arg(QLocale().toString(usable))
              << problems;
        if (!probes.isEmpty())
            Q_EMIT nodesProbed(probes);
    }
    if (outcome.failure.kind == FailureKind::Failed)
        notes << outcome.failure.message; // probing errors, or the history could not be written
    if (!notes.isEmpty())
        text += QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
    m_status->setText(text);
    Q_EMIT scanFinished(summary, m_arguments);
}

void DiscoveryDialog::cancelScan()
{
    if (m_stop)
        m_stop->store(true);
}

void DiscoveryDialog::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QDialog::closeEvent(event); // a running scan goes on in the background; its nodes still arrive
}

} // namespace fleet
