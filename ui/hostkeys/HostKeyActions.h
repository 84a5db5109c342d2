#pragma once

#include "HostKeyDialog.h"
#include "ssh/SshOptions.h"
#include "transfer/JobUpdate.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace fleet {

class NotificationArea;

// What the window offers when a push failed on a node's host key. A changed key opens HostKeyDialog, which
// refuses and explains the fix. An unknown key (refused or unanswered when asked) gets a notification with
// "Trust…": the dialog shows the SHA256 fingerprint and, when the person trusts it, core's HostKeyTrust records
// only that fingerprint on a worker (what `fleetctl trust --expect` calls), and trusted() lets the window retry
// the push. The changed-key dialog's "Forget old key" runs HostKeyTrust::forget the same way.
class HostKeyActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyActions)

public:
    struct Settings
    {
        QString sshUser;
        SshOptions ssh; // known_hosts file, identity, timeout: the ones pushes use
    };

    HostKeyActions(QWidget *dialogParent, NotificationArea *notifications, QObject *parent = nullptr);
    ~HostKeyActions() override;

    // Without settings "Trust…" is not offered; the notification names `fleetctl trust` instead.
    void setSettings(const Settings &settings) { m_settings = settings; }
    bool canTrust() const { return m_settings.has_value(); }

    // A failed job: shows what fits a host-key failure and returns true; false for any other failure.
    bool handleFailedJob(const JobUpdate &job, quint16 port = 22);
    // One dialog per host and key at a time: a push to many nodes fails once per job.
    void showChanged(const QString &host, const QString &fingerprint, quint16 port = 22);
    // On a worker (core's HostKeyTrust::forget): removes host:port's recorded keys from known_hosts.
    void forget(const QString &host, quint16 port);
    void offerTrust(const QString &host, quint16 port, const QString &fingerprint, quint64 jobId);
    // Shows the trust-on-first-use dialog; Trust records the key (trust()).
    void askTrust(const QString &host, quint16 port, const QString &fingerprint, quint64 jobId);
    // On a worker: records the key of host:port if it still presents `fingerprint`.
    void trust(const QString &host, quint16 port, const QString &fingerprint, quint64 jobId);
    int pending() const { return m_pending; }

Q_SIGNALS:
    void trusted(const QString &host, const QString &fingerprint, quint64 jobId);
    void trustFailed(const QString &host, const QString &message);
    void forgotten(const QString &host, int removed);

private:
    // A dialog for this host and key, or nullptr when one is already on screen.
    HostKeyDialog *openDialog(HostKeyDialog::Kind kind, const QString &host, const QString &fingerprint);

    QPointer<QWidget> m_dialogParent;
    QPointer<NotificationArea> m_notifications;
    std::optional<Settings> m_settings;
    QSet<QString> m_open; // host + key of the dialogs on screen
    int m_pending = 0;
};

} // namespace fleet
