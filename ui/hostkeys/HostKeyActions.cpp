#include "HostKeyActions.h"

#include "NotificationArea.h"
#include "BackgroundAction.h"
#include "actions/HostKeyTrust.h"
#include "util/ShellQuote.h"


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
        showChanged(job.node, job.fingerprint, port);
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

void HostKeyActions::showChanged(const QString &host, const QString &fingerprint, quint16 port)
{
    HostKeyDialog *dialog = openDialog(HostKeyDialog::Kind::Changed, host, fingerprint);
    if (!dialog)
        return;
    connect(dialog, &HostKeyDialog::forgetRequested, this, [this, host, port] { forget(host, port); });
    dialog->open();
}

void HostKeyActions::forget(const QString &host, quint16 port)
{
    if (!m_settings)
        return;
    ++m_pending;
    const QString knownHosts = m_settings->ssh.knownHostsFile;
    const SshTarget target{host, port, m_settings->sshUser};
    runInBackground(
        this, [knownHosts, target] { return HostKeyTrust::forget(knownHosts, target); },
        [this, host](const ForgetResult &result) {
            --m_pending;
            if (m_notifications)
                m_notifications->notify(result.ok() ? NotificationArea::Severity::Info
                                                    : NotificationArea::Severity::Error,
                                        result.ok() ? tr("Old host key of %1 forgotten").arg(host)
                                                    : tr("Cannot forget the host key of %1").arg(host),
                                        result.ok() ? result.message + QLatin1Char(' ')
                                                          + tr("Push again: the new key is shown for you to "
                                                               "compare and trust.")
                                                    : result.message);
            if (result.ok())
                Q_EMIT forgotten(host, result.removed);
        });
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

// On a worker, through core's HostKeyTrust: the host is asked again and only the key the person saw is recorded,
// so a key swapped in between is refused rather than trusted.
void HostKeyActions::trust(const QString &host, quint16 port, const QString &fingerprint, quint64 jobId)
{
    if (!m_settings)
        return;
    ++m_pending;
    TrustParams params;
    params.target = SshTarget{host, port, m_settings->sshUser};
    params.ssh = m_settings->ssh;
    params.expectedFingerprint = fingerprint;
    runInBackground(
        this, [params] { return HostKeyTrust::trust(params); },
        [this, host, fingerprint, jobId](const TrustResult &result) {
            --m_pending;
            if (result.ok()) {
                if (m_notifications)
                    m_notifications->notify(NotificationArea::Severity::Info, tr("Host key of %1 recorded").arg(host),
                                            result.message + QLatin1Char(' ') + tr("The push is retried."));
                Q_EMIT trusted(host, fingerprint, jobId);
                return;
            }
            if (m_notifications)
                m_notifications->notify(NotificationArea::Severity::Error,
                                        tr("Cannot trust the host key of %1").arg(host), result.message);
            Q_EMIT trustFailed(host, result.message);
        });
}

} // namespace fleet
