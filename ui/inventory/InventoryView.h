#pragma once

#include "actions/ActionContext.h"
#include "actions/InventoryMatrix.h"
#include "model/Job.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace fleet {

class InventoryModel;

// The Inventory tab: the nodes × images matrix (InventoryModel) with its drift, a Refresh button (every known node,
// FleetInventory on a worker) and Sync missing, which turns the drift into pushes (ImageSync on the matrix held
// here: no node is asked again) and hands them out through syncRequested — the wiring submits them to the
// window's JobRunner. refreshNode() asks one node again (after a push to it succeeded). Never blocks the UI thread.
class InventoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryView)

public:
    explicit InventoryView(QWidget *parent = nullptr);
    ~InventoryView() override;

    // Where to ask (history, SSH, agent port); without it Refresh says it is not available.
    void setContext(const ActionContext &context);
    void showMatrix(const InventoryMatrix &matrix); // what a refresh does with the one it collected
    // The pushes that fix the drift shown: one request per image, for exactly the nodes it concerns.
    QList<PushRequest> syncRequests() const;

    InventoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *syncButton() const { return m_sync; }
    QLabel *status() const { return m_status; }
    bool isBusy() const { return m_busy > 0; }

public Q_SLOTS:
    void refresh();
    void refreshNode(const QString &node);
    void syncMissing();

Q_SIGNALS:
    void syncRequested(const fleet::PushRequest &request);
    void refreshed();

private:
    void collect(const QStringList &nodes);
    void updateStatus();

    ActionContext m_context;
    bool m_haveContext = false;
    InventoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_sync = nullptr;
    QLabel *m_status = nullptr;
    int m_busy = 0;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace fleet
