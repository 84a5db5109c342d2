#pragma once

#include "actions/NodePrune.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fleet {

class ProgressRelay;

// A node tile's "Clean up images…": core's NodePrune plan for the chosen nodes, computed on a worker (the stores
// once, then each node over SSH), shown as a list — image, tags, size, why it may go; images a container uses
// greyed with the container — with the space freed. Nothing is removed until "Remove N images" is pressed; then
// NodePrune::execute runs on a worker and each row says what happened.
class PruneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PruneDialog)

public:
    PruneDialog(ActionContext context, QStringList nodes, QWidget *parent = nullptr);
    ~PruneDialog() override;

    // Computes the plan in the background (the dialog does not start on its own: tests hand it a plan instead).
    void start();
    // Shows a plan (what start() does with the one it computed).
    void showPlan(const PrunePlan &plan);

    QTreeWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *summary() const { return m_summary; }
    const PrunePlan &plan() const { return m_plan; }

Q_SIGNALS:
    void planShown();
    void removalFinished(const fleet::PruneOutcome &outcome);

private:
    void removeImages();
    void showOutcome(const PruneOutcome &outcome);
    PruneParams params() const;

    ActionContext m_context;
    QStringList m_nodes;
    PrunePlan m_plan;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_close = nullptr;
    // Shared with the worker: flipped when the dialog goes, so a long plan stops between nodes.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<ProgressRelay> m_relay;
};

} // namespace fleet
