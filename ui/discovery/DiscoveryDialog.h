#pragma once

#include "discovery/ScanTypes.h"
#include "discovery/TargetSet.h"
#include "model/Node.h"

#include <QDialog>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fleet {

class ScanHistoryWriter;
class Scanner;

// Scan dialog: targets (CIDRs, ranges, hosts; ssh_config, known_hosts, ARP and an inventory file), a timeout,
// progress with the count found, and cancel. Found nodes are announced in batches while the scan runs, so the
// tiles fill as answers arrive. Nothing is scanned until the person presses Scan.
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
    // Known node addresses: those a finished scan covered but did not hear from are reported OFFLINE.
    void setKnownAddresses(std::function<QStringList()> provider) { m_known = std::move(provider); }
    // Records each scan in the history (optional: without it scans only fill the tiles).
    void setHistoryWriter(ScanHistoryWriter *writer) { m_writer = writer; }

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Prepared
    {
        std::optional<TargetSet> set;
        QStringList notes, warnings;
        QString error;
    };
    static Prepared prepare(const QStringList &arguments, const std::shared_ptr<std::atomic_bool> &cancel);

    void onPrepared(const Prepared &prepared);
    void onFound(const ScanResult &result);
    void onProgress(const ScanProgress &progress);
    void onFinished(const ScanSummary &summary);
    void flushFound();
    void setScanning(bool on);
    void saveSettings() const;

    QPlainTextEdit *m_targets = nullptr;
    QCheckBox *m_sshConfig = nullptr;
    QCheckBox *m_knownHosts = nullptr;
    QCheckBox *m_arp = nullptr;
    QCheckBox *m_inventory = nullptr;
    QLineEdit *m_inventoryPath = nullptr;
    QSpinBox *m_timeout = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_cancel = nullptr;

    Scanner *m_scanner = nullptr;
    ScanHistoryWriter *m_writer = nullptr;
    std::shared_ptr<std::atomic_bool> m_prepareCancel;
    std::optional<TargetSet> m_covered;
    QStringList m_arguments, m_notes;
    QList<Node> m_batch;
    QSet<QString> m_answered;
    QTimer m_batchTimer;
    std::function<QStringList()> m_known;
    bool m_scanning = false;
};

} // namespace fleet
