#include "NotificationArea.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fleet {

namespace {
const char *const kTitleProperty = "fleetNotificationTitle";
const char *const kTextProperty = "fleetNotificationText";
} // namespace

NotificationArea::NotificationArea(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setAccessibleName(tr("Notifications"));
    hide();
}

NotificationArea::~NotificationArea() = default;

int NotificationArea::count() const
{
    return m_layout->count();
}

QStringList NotificationArea::titles() const
{
    QStringList titles;
    for (int i = 0; i < m_layout->count(); ++i)
        if (QWidget *card = m_layout->itemAt(i)->widget())
            titles << card->property(kTitleProperty).toString();
    return titles;
}

QWidget *NotificationArea::makeCard(Severity severity, const QString &title, const QString &text,
                                    const QString &actionText, std::function<void()> action)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::AlternateBase);
    card->setProperty(kTitleProperty, title);
    card->setProperty(kTextProperty, text);
    card->setAccessibleName(title);
    card->setAccessibleDescription(text);

    const QStyle::StandardPixmap pixmap = severity == Severity::Error ? QStyle::SP_MessageBoxCritical
        : severity == Severity::Warning                               ? QStyle::SP_MessageBoxWarning
                                                                      : QStyle::SP_MessageBoxInformation;
    auto *icon = new QLabel(card);
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);

    auto *label = new QLabel(card);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));

    auto *close = new QToolButton(card);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss notification: %1").arg(title));
    connect(close, &QToolButton::clicked, this, [this, card] { removeCard(card); });

    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(8, 6, 4, 6);
    row->addWidget(icon);
    row->addWidget(label, 1);
    if (!actionText.isEmpty() && action) {
        auto *button = new QPushButton(actionText, card);
        button->setObjectName(QStringLiteral("notificationAction"));
        button->setAccessibleName(QStringLiteral("%1: %2").arg(actionText, title));
        connect(button, &QPushButton::clicked, this, [this, card, action = std::move(action)] {
            removeCard(card);
            action();
        });
        row->addWidget(button, 0, Qt::AlignTop);
    }
    row->addWidget(close, 0, Qt::AlignTop);
    return card;
}

void NotificationArea::notify(Severity severity, const QString &title, const QString &text, const QString &actionText,
                              std::function<void()> action)
{
    for (int i = 0; i < m_layout->count(); ++i) {
        QWidget *card = m_layout->itemAt(i)->widget();
        if (card && card->property(kTitleProperty).toString() == title
            && card->property(kTextProperty).toString() == text)
            return; // the same problem again (e.g. every node of a push) is shown once
    }
    while (m_layout->count() >= kMaxVisible)
        removeCard(m_layout->itemAt(0)->widget());
    QWidget *card = makeCard(severity, title, text, actionText, std::move(action));
    m_layout->addWidget(card);
    show();
    if (severity == Severity::Info) {
        QPointer<QWidget> guard(card);
        QTimer::singleShot(kInfoTimeoutMs, this, [this, guard] {
            if (guard)
                removeCard(guard);
        });
    }
    Q_EMIT countChanged(count());
}

void NotificationArea::removeCard(QWidget *card)
{
    if (!card)
        return;
    m_layout->removeWidget(card);
    card->hide();
    card->deleteLater();
    setVisible(m_layout->count() > 0);
    Q_EMIT countChanged(count());
}

void NotificationArea::clearAll()
{
    while (m_layout->count() > 0)
        removeCard(m_layout->itemAt(0)->widget());
}

} // namespace fleet
