#include "HostKeyPrompter.h"

#include "HostKeyDialog.h"

#include <QThread>
#include <QWidget>

#include <chrono>

namespace fleet {

HostKeyPrompter::HostKeyPrompter(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

HostKeyPrompter::~HostKeyPrompter()
{
    // Whoever still waits gets a refusal rather than a hang.
    const QMutexLocker lock(&m_shared->mutex);
    for (const auto &promise : std::as_const(m_shared->pending))
        promise->set_value(false);
    m_shared->pending.clear();
}

std::function<bool(const QString &, const QString &)> HostKeyPrompter::callback()
{
    QPointer<HostKeyPrompter> self(this);
    return [self](const QString &host, const QString &fingerprint) {
        return self ? self->confirm(host, fingerprint) : false;
    };
}

void HostKeyPrompter::setAnswerHook(std::function<bool(const QString &, const QString &)> hook)
{
    m_hook = std::move(hook);
}

bool HostKeyPrompter::confirm(const QString &host, const QString &fingerprint)
{
    if (QThread::currentThread() == thread())
        return false; // waiting here would freeze the window; callers run on workers
    const QString key = host + QLatin1Char(' ') + fingerprint;
    const std::shared_ptr<Shared> shared = m_shared; // `this` may be gone when the wait ends
    std::shared_future<bool> future;
    bool first = false;
    {
        const QMutexLocker lock(&shared->mutex);
        if (auto it = shared->futures.constFind(key); it != shared->futures.constEnd()) {
            future = *it;
        } else {
            auto promise = std::make_shared<std::promise<bool>>();
            future = promise->get_future().share();
            shared->pending.insert(key, promise);
            shared->futures.insert(key, future);
            first = true;
        }
    }
    if (first)
        QMetaObject::invokeMethod(this, [this, key, host, fingerprint] { showDialog(key, host, fingerprint); },
                                  Qt::QueuedConnection);
    const bool answered = future.wait_for(std::chrono::milliseconds(kAnswerTimeoutMs)) == std::future_status::ready;
    const bool trusted = answered && future.get();
    const QMutexLocker lock(&shared->mutex);
    shared->futures.remove(key); // the next connection asks again only if this answer was not recorded
    return trusted;
}

void HostKeyPrompter::showDialog(const QString &key, const QString &host, const QString &fingerprint)
{
    Q_EMIT asked(host, fingerprint);
    if (m_hook) {
        answer(key, m_hook(host, fingerprint));
        return;
    }
    auto *dialog = new HostKeyDialog(HostKeyDialog::Kind::Unknown, host, fingerprint, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, key](int result) { answer(key, result == QDialog::Accepted); });
    dialog->open();
}

void HostKeyPrompter::answer(const QString &key, bool trusted)
{
    const QMutexLocker lock(&m_shared->mutex);
    if (auto promise = m_shared->pending.take(key))
        promise->set_value(trusted);
}

} // namespace fleet
