#pragma once

#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace fleet {

// Non-modal notifications stacked at the bottom of the window. Each names what happened, why, and what to do;
// errors stay until closed, information fades after a few seconds. Nothing here blocks or steals focus.
class NotificationArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationArea)

public:
    enum class Severity { Info, Warning, Error };

    static constexpr int kMaxVisible = 4;
    static constexpr int kInfoTimeoutMs = 8000;

    explicit NotificationArea(QWidget *parent = nullptr);
    ~NotificationArea() override;

    // `title` is the short what; `text` the cause and the fix. Same title and text again only refreshes it.
    // With `actionText`, the card has a button that runs `action` and dismisses the card (e.g. "Trust…").
    void notify(Severity severity, const QString &title, const QString &text, const QString &actionText = {},
                std::function<void()> action = {});
    int count() const;
    QStringList titles() const;
    void clearAll();

Q_SIGNALS:
    void countChanged(int count);

private:
    QWidget *makeCard(Severity severity, const QString &title, const QString &text, const QString &actionText,
                      std::function<void()> action);
    void removeCard(QWidget *card);

    QVBoxLayout *m_layout = nullptr;
};

} // namespace fleet
