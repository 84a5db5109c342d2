#include "PushConfirmPopover.h"

#include "NodeTileDelegate.h"
#include "SettingsKeys.h"

#include "images/ImageMetadata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QVBoxLayout>

namespace fleet {

PushConfirmPopover::PushConfirmPopover(QWidget *parent)
    : QFrame(parent, Qt::Tool | Qt::FramelessWindowHint)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Confirm push"));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(6);
    m_warning->setAccessibleName(tr("Warning"));
    // The tiles' badge colours: readable in light and dark palettes alike.
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::Window, NodeTileDelegate::badgeYellow());
    warningPalette.setColor(QPalette::WindowText, NodeTileDelegate::badgeText());
    m_warning->setPalette(warningPalette);
    m_warning->setAutoFillBackground(true);
    m_warning->hide();

    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Stream (straight into docker load)"), int(TransferMode::Stream));
    m_mode->addItem(tr("Copy first (scp, checked, resumable)"), int(TransferMode::Scp));
    m_mode->setAccessibleName(tr("Transfer mode"));
    m_mode->setToolTip(tr("Stream is fastest. Copy first writes a temporary file on the node, checks its SHA-256 "
                          "and resumes after a broken connection; use it for big images over slow links."));

    m_relay = new QCheckBox(tr("Rela&y through the nodes"), this);
    m_relay->setToolTip(tr("Send the image once, to the first node; each node loads it and passes it on to the next "
                           "over SSH, with a key made for this push and removed after it. For many nodes behind a "
                           "slow link from here."));
    connect(m_mode, &QComboBox::currentIndexChanged, m_relay, [this] {
        m_relay->setEnabled(mode() == TransferMode::Stream);
    });

    m_run = new QCheckBox(tr("&Run after load"), this);
    m_run->setToolTip(tr("Start a container from the image (docker run -d) once it is loaded."));
    // The run's few options: a name (a running container of that name is replaced safely) and the limits, prefilled
    // with the image's catalog values.
    m_runOptions = new QWidget(this);
    m_name = new QLineEdit(m_runOptions);
    m_name->setPlaceholderText(tr("chosen by Docker"));
    m_name->setAccessibleName(tr("Container name"));
    m_cpus = new QDoubleSpinBox(m_runOptions);
    m_cpus->setRange(0, 1024);
    m_cpus->setDecimals(2);
    m_cpus->setSingleStep(0.5);
    m_cpus->setSpecialValueText(tr("no limit"));
    m_cpus->setAccessibleName(tr("CPU limit"));
    m_memory = new QLineEdit(m_runOptions);
    m_memory->setPlaceholderText(tr("no limit (e.g. 512m, 2g)"));
    m_memory->setAccessibleName(tr("Memory limit"));
    auto *note = new QLabel(tr("A running container of the same name is replaced only once the new one is healthy; "
                               "otherwise it keeps running."), m_runOptions);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    auto *runForm = new QFormLayout(m_runOptions);
    runForm->setContentsMargins(0, 0, 0, 0);
    runForm->addRow(tr("&Name:"), m_name);
    runForm->addRow(tr("&CPUs:"), m_cpus);
    runForm->addRow(tr("M&emory:"), m_memory);
    runForm->addRow(note);
    connect(m_run, &QCheckBox::toggled, m_runOptions, [this](bool on) {
        m_runOptions->setVisible(on);
        adjustSize();
    });
    m_dontAsk = new QCheckBox(tr("&Don't ask again"), this);
    m_dontAsk->setToolTip(tr("Push at once on the next drops with these choices. Turn asking back on with Settings → Confirm drops."));

    auto *buttons = new QDialogButtonBox(this);
    m_push = buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    m_push->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PushConfirmPopover::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &PushConfirmPopover::dismiss);

    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_relay);
    layout->addWidget(m_run);
    layout->addWidget(m_runOptions);
    layout->addWidget(m_dontAsk);
    layout->addWidget(buttons);
    setMinimumWidth(340);
}

PushConfirmPopover::~PushConfirmPopover() = default;

QString PushConfirmPopover::summary(const QList<PushRequest> &requests)
{
    QStringList what;
    for (const PushRequest &request : requests)
        what << (request.image.isEmpty() ? QFileInfo(request.archivePath).fileName() : request.image);
    const QStringList nodes = requests.isEmpty() ? QStringList() : requests.first().nodes;
    const QString target = nodes.size() == 1 ? nodes.first() : tr("%n node(s)", nullptr, int(nodes.size()));
    return tr("Push %1 to %2?").arg(what.join(QStringLiteral(", ")), target);
}

void PushConfirmPopover::ask(const QList<PushRequest> &requests, const QPoint &globalPosition, const QString &warning,
                             const ImageRunDefaults &defaults)
{
    m_requests = requests;
    m_defaults = defaults;
    m_name->clear();
    m_cpus->setValue(defaults.cpus);
    m_memory->setText(defaults.memoryBytes > 0 ? QString::number(defaults.memoryBytes / (1024 * 1024)) + QLatin1Char('m')
                                               : QString());
    // Several images: each takes its own catalog values (and a name would clash).
    m_runOptions->setEnabled(requests.size() == 1);
    m_summary->setText(summary(requests));
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    const PushChoices remembered = rememberedChoices();
    m_mode->setCurrentIndex(m_mode->findData(int(remembered.mode)));
    // Only a push to several nodes has anyone to pass the image on to.
    const bool several = !requests.isEmpty() && requests.first().nodes.size() > 1;
    m_relay->setVisible(several);
    m_relay->setChecked(several && remembered.relay);
    m_relay->setEnabled(remembered.mode == TransferMode::Stream);
    m_run->setChecked(remembered.runAfterLoad);
    m_runOptions->setVisible(remembered.runAfterLoad);
    m_dontAsk->setChecked(false);
    adjustSize();
    QPoint position = globalPosition - QPoint(width() / 2, 12);
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : nullptr) {
        const QRect area = screen->availableGeometry();
        position.setX(qBound(area.left(), position.x(), area.right() - width()));
        position.setY(qBound(area.top(), position.y(), area.bottom() - height()));
    }
    move(position);
    show();
    raise();
    activateWindow();
    m_push->setFocus();
}

QString PushConfirmPopover::warning() const
{
    return m_warning->text();
}

TransferMode PushConfirmPopover::mode() const
{
    return TransferMode(m_mode->currentData().toInt());
}

bool PushConfirmPopover::runAfterLoad() const
{
    return m_run->isChecked();
}

PushChoices PushConfirmPopover::choices() const
{
    PushChoices chosen{mode(), runAfterLoad(), {}, {}, {},
                       m_relay->isVisible() && m_relay->isEnabled() && m_relay->isChecked()};
    if (!chosen.runAfterLoad || !m_runOptions->isEnabled())
        return chosen;
    chosen.containerName = m_name->text().trimmed();
    // Only what the admin changed is sent: the job fills the rest from the catalog itself (RunPlan::resolve).
    if (!qFuzzyCompare(1 + m_cpus->value(), 1 + m_defaults.cpus))
        chosen.cpus = m_cpus->value();
    const QString memory = m_memory->text().trimmed();
    bool ok = memory.isEmpty();
    const qint64 bytes = ok ? 0 : ImageMetadata::parseMemory(memory, &ok);
    if (ok && bytes != m_defaults.memoryBytes)
        chosen.memoryBytes = bytes;
    return chosen;
}

bool PushConfirmPopover::dontAskAgain() const
{
    return m_dontAsk->isChecked();
}

bool PushConfirmPopover::shouldAsk()
{
    return !QSettings().value(settings::kPushDontAsk, false).toBool();
}

PushChoices PushConfirmPopover::rememberedChoices()
{
    const QSettings settings;
    PushChoices choices;
    choices.mode = settings.value(settings::kPushMode).toString() == QLatin1String("scp") ? TransferMode::Scp
                                                                                          : TransferMode::Stream;
    choices.runAfterLoad = settings.value(settings::kPushRunAfterLoad, false).toBool();
    choices.relay = settings.value(settings::kPushRelay, false).toBool();
    return choices;
}

void PushConfirmPopover::confirm()
{
    QSettings settings;
    settings.setValue(settings::kPushMode, transferModeName(mode()));
    settings.setValue(settings::kPushRunAfterLoad, runAfterLoad());
    if (m_relay->isVisible())
        settings.setValue(settings::kPushRelay, m_relay->isChecked());
    if (dontAskAgain())
        settings.setValue(settings::kPushDontAsk, true);
    const PushChoices chosen = choices();
    m_requests.clear();
    hide();
    Q_EMIT confirmed(chosen);
}

void PushConfirmPopover::dismiss()
{
    m_requests.clear();
    hide();
    Q_EMIT dismissed();
}

void PushConfirmPopover::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace fleet
