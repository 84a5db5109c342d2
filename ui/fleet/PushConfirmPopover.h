#pragma once

#include "PushPlanner.h"
#include "transfer/RunPlan.h"

#include <QFrame>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fleet {

// The small confirmation that opens where images were dropped: what goes where, transfer mode (stream/scp),
// "relay through the nodes" (several nodes), "run after load", and "don't ask again". Non-modal: it never blocks
// the UI thread. Choices are remembered in QSettings as the defaults for the next drop. It chooses; PushPlanner makes the requests with the choices.
class PushConfirmPopover final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushConfirmPopover)

public:
    explicit PushConfirmPopover(QWidget *parent = nullptr);
    ~PushConfirmPopover() override;

    // Shows the popover for `requests` near `globalPosition`, with `warning` (what may go wrong) above the choices.
    // `defaults`: the image's run defaults (one image), prefilled into the limits.
    void ask(const QList<PushRequest> &requests, const QPoint &globalPosition, const QString &warning = {},
             const ImageRunDefaults &defaults = {});
    QList<PushRequest> requests() const { return m_requests; }
    QString warning() const;

    TransferMode mode() const;
    bool runAfterLoad() const;
    bool dontAskAgain() const;
    PushChoices choices() const;

    // The choices remembered from the last confirmation (what a push uses when the popover is not shown).
    static PushChoices rememberedChoices();
    static bool shouldAsk();

public Q_SLOTS:
    void confirm();
    void dismiss();

Q_SIGNALS:
    void confirmed(const fleet::PushChoices &choices);
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QString summary(const QList<PushRequest> &requests);

    QList<PushRequest> m_requests;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_relay = nullptr;
    QCheckBox *m_run = nullptr;
    QWidget *m_runOptions = nullptr;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_cpus = nullptr;
    QLineEdit *m_memory = nullptr;
    ImageRunDefaults m_defaults;
    QCheckBox *m_dontAsk = nullptr;
    QPushButton *m_push = nullptr;
};

} // namespace fleet
