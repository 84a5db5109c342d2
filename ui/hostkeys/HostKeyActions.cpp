#include "HostKeyActions.h"

#include "NotificationArea.h"
#include "actions/HostKeyTrust.h"
#include "util/ShellQuote.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace fleet {

HostKeyActions::HostKeyActions(QWidget *dialogParent, NotificationArea *notifications, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_notifications(notifications)
{
}

HostKeyActions::~HostKeyActions() = default;

bool HostKeyActions::handleFailedJob(const JobUpdate &job, quint16 port)
{
    if (job.state != JobState::Failed || job.fingerprint.isEmpty())
        return false;
    if (job.errorKind == SshError::HostKeyChanged) {
        showChanged(job.node, job.fingerprint);
        return true;
    }
    if (job.errorKind == SshError::HostKeyUnknown) {
        offerTrust(job.node, port, job.fingerprint, job.id);
        return true;
    }
    return false;
}

HostKeyDialog *HostKeyActions::openDialog(HostKeyDialog::Kind kind, const QString &host, const QString &fingerprint)
{
    const QString key = host + QLatin1Char(' ') + fingerprint;
    if (m_open.contains(key))
        return nullptr;
    m_open.insert(key);
    auto *dialog = new HostKeyDialog(kind, host, fingerprint, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, key] { m_open.remove(key); });
    return dialog;
}

void HostKeyActions::showChanged(const QString &host, const QString &fingerprint)
{
    if (HostKeyDialog *dialog = openDialog(HostKeyDialog::Kind::Changed, host, fingerprint))
        dialog->open();
}

void HostKeyActions::offerTrust(const QString &host, quint16 port, const QString &fingerprint, quint64 jobId)
{
    if (!m_notifications)
        return;
    const QString title = tr("Unknown host key: %1").arg(host);
    if (!canTrust()) {
        m_notifications->notify(NotificationArea::Severity::Warning, title,
                                tr("%1 presents %2, which is not in known_hosts, so the push was refused. Compare "
                                   "it with the node's key, then trust it from a Fleet Commander window that can "
                                   "push, or with: fleetctl trust %3 --expect %2")
                                    .arg(host, fingerprint, shellQuote(host)));
        return;
    }
    QPointer<HostKeyActions> self(this);
    m_notifications->notify(NotificationArea::Severity::Warning, title,
                            tr("%1 presents %2, which is not in known_hosts, so the push was refused. Press "
                               "Trust… to compare it with the node's key and record it; the push is then retried.")
                                .arg(host, fingerprint),
                            tr("Trust…"), [self, host, port, fingerprint, jobId] {
                                if (self)
                                    self->askTrust(host, port, fingerprint, jobId);
                            });
}

void HostKeyActions::askTrust(const QString &host, quint16 port, const QString &fingerprint, quint64 jobId)
{
    HostKeyDialog *dialog = openDialog(HostKeyDialog::Kind::Unknown, host, fingerprint);
    if (!dialog)
        return;
    connect(dialog, &QDialog::finished, this, [this, host, port, fingerprint, jobId](int result) {
        if (result == QDialog::Accepted)
            trust(host, port, fingerprint, jobId);
    });
    dialog->open();
}

void HostKeyActions::trust(const QString &host, quint16 port, const QString &fingerprint, quint64 jobId)
{
    if (!m_settings)
        return;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, host, fingerprint, jobId] {
        watcher->deleteLater();
        --m_pending;
        const Outcome outcome = watcher->result();
        if (outcome.ok) {
            if (m_notifications)
                m_notifications->notify(NotificationArea::Severity::Info, tr("Host key of %1 recorded").arg(host),
                                        outcome.message);
            Q_EMIT trusted(host, fingerprint, jobId);
            return;
        }
        if (m_notifications)
            m_notifications->notify(NotificationArea::Severity::Error, tr("Cannot trust the host key of %1").arg(host),
                                    outcome.message);
        Q_EMIT trustFailed(host, outcome.message);
    });
    const Settings settings = *m_settings;
    watcher->setFuture(QtConcurrent::run([settings, host, port, fingerprint] {
        return record(settings, host, port, fingerprint);
    }));
}

// On a worker, through core's HostKeyTrust: the host is asked again and only the key the person saw is recorded,
// so a key swapped in between is refused rather than trusted.
HostKeyActions::Outcome HostKeyActions::record(const Settings &settings, const QString &host, quint16 port,
                                               const QString &fingerprint)
{
    TrustParams params;
    params.target = SshTarget{host, port, settings.sshUser};
    params.ssh = settings.ssh;
    params.expectedFingerprint = fingerprint;
    const TrustResult result = HostKeyTrust::trust(params);
    return Outcome{result.ok(), result.ok() ? result.message + QLatin1Char(' ') + tr("The push is retried.")
                                            : result.message};
}

} // namespace fleet
