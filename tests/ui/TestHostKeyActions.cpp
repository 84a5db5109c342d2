#include "HostKeyActions.h"
#include "HostKeyDialog.h"
#include "JobAlerts.h"
#include "JobsModel.h"
#include "MainWindow.h"
#include "NotificationArea.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fleet;

namespace {
const QString kHost = QStringLiteral("127.0.90.11");
const QString kKey = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");

JobUpdate failedJob(SshError::Kind kind, const QString &host = kHost, const QString &fingerprint = kKey)
{
    JobUpdate job;
    job.id = 42;
    job.node = host;
    job.image = QStringLiteral("fleetlab/web:1.0");
    job.state = JobState::Failed;
    job.failure = FailureKind::HostKey;
    job.errorKind = kind;
    job.fingerprint = fingerprint;
    job.message = QStringLiteral("%1: host key problem %2").arg(host, fingerprint);
    return job;
}

QList<HostKeyDialog *> openDialogs()
{
    QList<HostKeyDialog *> dialogs;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<HostKeyDialog *>(widget); dialog && dialog->isVisible())
            dialogs << dialog;
    return dialogs;
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text && b->isVisible())
            return b;
    return nullptr;
}
} // namespace

// A push that failed on a host key: the changed key opens the refusing dialog; the unknown key offers
// "Trust…", shows the fingerprint, and (against a lab node) records exactly that key and retries the push.
class TestHostKeyActions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void cleanup()
    {
        for (HostKeyDialog *dialog : openDialogs())
            dialog->close();
        QTRY_VERIFY(openDialogs().isEmpty());
    }

    void changedKeyOpensRefusingDialogOnce()
    {
        MainWindow window;
        window.show();
        window.jobsModel()->finishJob(failedJob(SshError::HostKeyChanged));
        QTRY_COMPARE(openDialogs().size(), 1);
        HostKeyDialog *dialog = openDialogs().first();
        QCOMPARE(dialog->kind(), HostKeyDialog::Kind::Changed);
        QCOMPARE(dialog->host(), kHost);
        QCOMPARE(dialog->fingerprint(), kKey);
        QVERIFY(!button(dialog, QStringLiteral("Trust and connect"))); // no way to connect with a changed key
        QVERIFY(dialog->explanation().contains(QStringLiteral("--forget")));
        window.jobsModel()->finishJob(failedJob(SshError::HostKeyChanged)); // the next job of the same push
        QTest::qWait(50);
        QCOMPARE(openDialogs().size(), 1);
        QVERIFY(window.notifications()->titles().isEmpty()); // the dialog says it all
    }

    void forgetOldKeyFromTheChangedKeyDialog()
    {
        // Both faces offer the fix the dialog names: the button runs core's HostKeyTrust::forget.
        const QString knownHosts = m_dir.filePath(QStringLiteral("changed_known_hosts"));
        {
            QFile file(knownHosts);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kHost.toUtf8() + " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOldOldOldOldOldOldOldOldOldOldOldOldOldOld\n"
                       "127.0.90.12 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKeepKeepKeepKeepKeepKeepKeepKeepKeepKeep\n");
        }
        MainWindow window;
        window.show();
        HostKeyActions::Settings settings;
        settings.ssh.knownHostsFile = knownHosts;
        window.hostKeys()->setSettings(settings);
        QSignalSpy forgotten(window.hostKeys(), &HostKeyActions::forgotten);
        window.jobsModel()->finishJob(failedJob(SshError::HostKeyChanged));
        QTRY_COMPARE(openDialogs().size(), 1);
        QPushButton *forget = button(openDialogs().first(), QStringLiteral("Forget old key"));
        QVERIFY(forget);
        forget->click();
        QTRY_COMPARE(forgotten.count(), 1);
        QCOMPARE(forgotten.first().at(1).toInt(), 1);
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray left = file.readAll();
        QVERIFY(!left.contains(QByteArray(kHost.toUtf8() + ' ')));
        QVERIFY(left.contains("127.0.90.12"));
        QVERIFY(window.notifications()->titles().contains(QStringLiteral("Old host key of %1 forgotten").arg(kHost)));
    }

    void otherFailuresKeepTheirNotification()
    {
        MainWindow window;
        JobUpdate job = failedJob(SshError::AuthDenied);
        window.jobsModel()->finishJob(job);
        QCOMPARE(window.notifications()->titles(), QStringList{QStringLiteral("Push to %1 failed").arg(kHost)});
        QVERIFY(openDialogs().isEmpty());
        job.errorKind = SshError::HostKeyUnknown;
        job.state = JobState::Cancelled;
        QVERIFY(!window.hostKeys()->handleFailedJob(job));
    }

    void unknownKeyWithoutSettingsNamesTheCommand()
    {
        MainWindow window;
        window.jobsModel()->finishJob(failedJob(SshError::HostKeyUnknown));
        QCOMPARE(window.notifications()->titles(), QStringList{QStringLiteral("Unknown host key: %1").arg(kHost)});
        QVERIFY(!button(window.notifications(), QStringLiteral("Trust…")));
    }

    void unknownKeyOffersTrustShowingTheFingerprint()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.hostKeys()->setSettings(HostKeyActions::Settings{}); // trust is possible (no node answers here)
        window.jobsModel()->finishJob(failedJob(SshError::HostKeyUnknown));
        QPushButton *trust = button(window.notifications(), QStringLiteral("Trust…"));
        QVERIFY(trust);
        QSignalSpy trusted(window.hostKeys(), &HostKeyActions::trusted);
        trust->click();
        QTRY_COMPARE(openDialogs().size(), 1);
        HostKeyDialog *dialog = openDialogs().first();
        QCOMPARE(dialog->kind(), HostKeyDialog::Kind::Unknown);
        QCOMPARE(dialog->fingerprint(), kKey);
        button(dialog, QStringLiteral("Refuse"))->click();
        QTRY_VERIFY(openDialogs().isEmpty());
        QTest::qWait(100);
        QCOMPARE(window.hostKeys()->pending(), 0); // refused: nothing asked, nothing recorded
        QCOMPARE(trusted.count(), 0);
    }

    // Against the lab: a node unknown to a fresh known_hosts is recorded with the key the person saw, and the
    // push is asked to retry; a key that differs from the one shown is refused and nothing is written.
    void trustRecordsExactlyTheShownKey()
    {
        const test::LabEnvironment lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(lab);
        const QString node = lab.nodes.first();
        QString realKey;
        {
            HostKeyActions::Settings probe{lab.user, lab.sshOptions()};
            SshSession session(SshTarget{node, 22, lab.user}, probe.ssh);
            QVERIFY2(session.connect(), qPrintable(session.error().message));
            realKey = session.hostKeyFingerprint();
        }
        HostKeyActions::Settings settings{lab.user, lab.sshOptions()};
        settings.ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        MainWindow window;
        window.hostKeys()->setSettings(settings);
        QSignalSpy retry(window.jobAlerts(), &JobAlerts::retryRequested);
        QSignalSpy failed(window.hostKeys(), &HostKeyActions::trustFailed);

        window.hostKeys()->trust(node, 22, kKey, 7); // not the node's key
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.first().at(1).toString().contains(realKey), qPrintable(failed.first().at(1).toString()));
        QVERIFY(!QFile::exists(settings.ssh.knownHostsFile) || QFile(settings.ssh.knownHostsFile).size() == 0);
        QCOMPARE(retry.count(), 0);

        window.hostKeys()->trust(node, 22, realKey, 8);
        QTRY_COMPARE_WITH_TIMEOUT(retry.count(), 1, 20000);
        QCOMPARE(retry.first().first().toULongLong(), quint64(8));
        QFile known(settings.ssh.knownHostsFile);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().contains(node.toUtf8()));
        QVERIFY(window.notifications()->titles().contains(QStringLiteral("Host key of %1 recorded").arg(node)));
    }
};

QTEST_MAIN(TestHostKeyActions)
#include "TestHostKeyActions.moc"
