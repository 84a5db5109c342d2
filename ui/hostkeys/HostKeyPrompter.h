#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <future>

class QWidget;

namespace fleet {

// Lets a worker thread ask the person about an unknown host key (SshOptions::confirmUnknownHostKey) without
// the UI thread ever waiting: the worker blocks on a future while the dialog is shown non-blocking (open()) on
// the UI thread. Concurrent questions about the same host and key share one dialog.
class HostKeyPrompter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyPrompter)

public:
    static constexpr int kAnswerTimeoutMs = 10 * 60 * 1000; // an unanswered question is a refusal

    explicit HostKeyPrompter(QWidget *dialogParent, QObject *parent = nullptr);
    ~HostKeyPrompter() override;

    // Called on a worker thread: true if the person trusted the key. Refuses when called on the UI thread.
    bool confirm(const QString &host, const QString &fingerprint);
    // A callable for SshOptions::confirmUnknownHostKey.
    std::function<bool(const QString &, const QString &)> callback();

    // Test seam: answer instead of showing a dialog.
    void setAnswerHook(std::function<bool(const QString &host, const QString &fingerprint)> hook);

Q_SIGNALS:
    void asked(const QString &host, const QString &fingerprint);

private:
    void showDialog(const QString &key, const QString &host, const QString &fingerprint);
    void answer(const QString &key, bool trusted);

    // Shared with waiting workers, so that a worker still waiting when the prompter goes away stays safe.
    struct Shared
    {
        QMutex mutex;
        QHash<QString, std::shared_ptr<std::promise<bool>>> pending;
        QHash<QString, std::shared_future<bool>> futures;
    };

    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    std::function<bool(const QString &, const QString &)> m_hook;
};

} // namespace fleet
