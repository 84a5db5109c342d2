#pragma once

#include "actions/ContainerLogs.h"
#include "actions/NodeContainers.h"
#include "nodes/NodeProbeReply.h"
#include "model/Node.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fleet {

class ProgressRelay;

// A node tile's "Containers and logs…" (or a double click): the node's facts, its containers (core's
// NodeContainers: name, image, state, health, ports, uptime) with Refresh, Stop, Start, Restart and Remove, and
// the selected container's log (core's ContainerLogs: the last 200 lines, Follow streams new ones into a bounded
// pane). Everything runs on workers; a follow ends when it is unticked, another container is chosen or the
// dialog closes. Non-modal.
class NodeDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDetailDialog)

public:
    static constexpr int kTailLines = 200;
    static constexpr int kMaxLogBlocks = 5000;

    NodeDetailDialog(ActionContext context, Node node, QWidget *parent = nullptr);
    ~NodeDetailDialog() override;

    // Lists the containers in the background (the dialog does not start on its own, as PruneDialog).
    void refresh();
    // Remove asks first; tests answer here instead of a message box.
    void setConfirmHook(std::function<bool(const QString &question)> hook) { m_confirm = std::move(hook); }
    // Selects a container's row by name (and so loads its log); false when it is not listed.
    bool selectContainer(const QString &name);
    void runAction(ContainerVerb verb);
    // The node's runtime line (its last probe, from the tile); probeNode() asks the node again in the background.
    void setProbe(const std::optional<NodeProbeReply> &probe);
    void probeNode();
    QLabel *runtimeLine() const { return m_runtime; }

    QLabel *header() const { return m_header; }
    QLabel *status() const { return m_status; }
    QTreeWidget *containers() const { return m_list; }
    QPlainTextEdit *logView() const { return m_log; }
    QCheckBox *followBox() const { return m_follow; }
    QPushButton *button(ContainerVerb verb) const;
    const ContainerListing &listing() const { return m_listing; }

Q_SIGNALS:
    void listed();
    // A listing succeeded: how many managed containers run on the node (its tile shows the count).
    void managedContainersCounted(const QString &address, int running);
    void actionFinished(const fleet::ContainerActionResult &result);
    void logLinesAdded(int count);
    void logsEnded(const fleet::ContainerLogResult &result);
    // A probe answered (its facts are in the history too): the tile's badges follow.
    void probed(const QString &address, const fleet::NodeProbeReply &facts);

private:
    void showListing(const ContainerListing &listing);
    void updateButtons();
    void loadLogs();
    void stopLogs();
    QString selectedName() const;
    QString headerText() const;
    QString nodeTarget() const; // [user@]address[:port] for core's actions

    ActionContext m_context;
    Node m_node;
    ContainerListing m_listing;
    QLabel *m_header = nullptr;
    QLabel *m_runtime = nullptr;
    QPushButton *m_probe = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_remove = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QCheckBox *m_follow = nullptr;
    QString m_logContainer; // whose log the pane shows
    bool m_busy = false;    // a listing or an action is running
    QString m_actionNote;   // what the last action did, shown above the listing's own words
    std::function<bool(const QString &)> m_confirm;
    // One flag per log read: set to end it (another container, Follow unticked, the dialog gone).
    std::shared_ptr<std::atomic_bool> m_logCancel;
    quint64 m_logGeneration = 0; // lines of an older read that still arrive are dropped
    std::shared_ptr<ProgressRelay> m_relay;
};

} // namespace fleet
