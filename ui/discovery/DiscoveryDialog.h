#pragma once

#include "actions/NodeScan.h"
#include "discovery/ScanTypes.h"
#include "model/Node.h"

#include <QDialog>
#include <QHash>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fleet {

class ProgressRelay;
struct ScanOutcome;

// Scan dialog: targets (CIDRs, ranges, hosts; ssh_config, known_hosts, ARP and an inventory file), a timeout,
// progress with the count found, and cancel. The scan is core's NodeScan on a worker (it records the scan in the
// history and says which known nodes turned OFFLINE); found nodes are announced in batches while it runs, so the
// tiles fill as answers arrive. Nothing is scanned until the person presses Scan. "Probe nodes that answer SSH"
// asks NodeScan to probe them afterwards (recorded; their badges reach the tiles through nodesProbed).
class DiscoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryDialog)

public:
    static constexpr int kBatchIntervalMs = 100;

    explicit DiscoveryDialog(QWidget *parent = nullptr);
    ~DiscoveryDialog() override;

    // Pre-fills the target list when no targets were used before.
    void setDefaultTargets(const QStringList &targets);
    // Sources ("ssh_config", "known_hosts") ticked when no earlier scan saved a choice.
    void setDefaultSources(const QStringList &sources);
    // The history each scan is recorded in; the known nodes a completed scan covered but did not hear from are
    // then announced OFFLINE. Empty (the default): scans only fill the tiles.
    void setDatabase(const QString &dbPath) { m_dbPath = dbPath; }
    // How the probes after a scan reach the nodes (SSH identity, known_hosts, login); its dbPath is not used.
    void setProbeContext(const ActionContext &context) { m_probeContext = context; }
    void setProbeNodes(bool on);
    bool probeNodes() const;
    // What Scan hands to NodeScan::run (without the cancel flag): the widgets' state as a request.
    ScanParams request() const;

    void setTargets(const QStringList &targets);
    QStringList targets() const;      // the typed lines
    QStringList arguments() const;    // targets plus the source toggles, in TargetArguments' words
    void setSourceEnabled(const QString &source, bool on); // "ssh_config", "known_hosts", "arp"
    void setTimeoutMs(int ms);
    bool isScanning() const { return m_scanning; }
    QString statusText() const;

public Q_SLOTS:
    void startScan();
    void cancelScan();

Q_SIGNALS:
    void nodesFound(const QList<fleet::Node> &nodes);
    void scanStarted(const QStringList &arguments);
    void scanFinished(const fleet::ScanSummary &summary, const QStringList &arguments);
    void scanFailed(const QString &message);
    void nodesProbed(const QHash<QString, fleet::NodeProbeReply> &probes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onProbing(quint64 addresses);
    void onFound(const ScanResult &result);
    void onProgress(const ScanProgress &progress);
    void onFinished(const ScanOutcome &outcome);
    void flushFound();
    void setScanning(bool on);
    void saveSettings() const;

    QPlainTextEdit *m_targets = nullptr;
    bool m_sourcesSaved = false;
    QCheckBox *m_sshConfig = nullptr;
    QCheckBox *m_knownHosts = nullptr;
    QCheckBox *m_arp = nullptr;
    QCheckBox *m_inventory = nullptr;
    QLineEdit *m_inventoryPath = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_probeNodes = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_cancel = nullptr;

    QString m_dbPath;
    ActionContext m_probeContext;
    std::shared_ptr<std::atomic_bool> m_stop; // the running scan's cancel flag
    std::shared_ptr<ProgressRelay> m_relay;     // its callbacks reach this dialog while it lives
    QStringList m_arguments;
    QList<Node> m_batch;
    QTimer m_batchTimer;
    bool m_scanning = false;
    // A scan holds its thread for as long as it runs: its own pool, so it never starves the global one (image
    // lists, trust, builds). Declared last: destroyed first, after the destructor has cancelled the scan.
    QThreadPool m_pool;
};

} // namespace fleet
