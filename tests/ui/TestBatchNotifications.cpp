#include "BatchNotifications.h"
#include "DesktopNotifier.h"
#include "JobsModel.h"
#include "FleetCountsLabel.h"
#include "JobsTrayIcon.h"
#include "NodeListModel.h"
#include "Translations.h"
#include "MainWindow.h"
#include "MainActions.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// A tiny notification server on the test's private session bus (tests/tools/with-session-bus): it records every
// Notify call as the desktop's daemon would receive it.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName, icon, summary, body;
        QVariantMap hints;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        calls.append({appName, icon, summary, body, hints});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class TestBatchNotifications final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeNotificationServer m_server;
    std::unique_ptr<QDBusConnection> m_serverBus;

    static JobUpdate job(quint64 id, quint64 batch, const QString &node, JobState state, const QString &message = {})
    {
        JobUpdate update;
        update.id = id;
        update.batchId = batch;
        update.node = node;
        update.image = QStringLiteral("demo/app:1.0.0");
        update.state = state;
        update.message = message;
        return update;
    }

    bool waitForCalls(int count) { return QTest::qWaitFor([&] { return m_server.calls.size() >= count; }, 5000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.fleetcommander.FleetCommander"));
        Translations::install(QLocale(QLocale::English)); // the plural forms, as the program installs them
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run through tests/tools/with-session-bus");
        // The server on a connection of its own, as a separate daemon would be.
        m_serverBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications")));
        QVERIFY(m_serverBus->isConnected());
        QVERIFY(m_serverBus->registerObject(QString::fromLatin1(DesktopNotifier::kPath), &m_server,
                                            QDBusConnection::ExportAllSlots));
        QVERIFY(m_serverBus->registerService(QString::fromLatin1(DesktopNotifier::kService)));
    }

    void init() { m_server.calls.clear(); }

    void aBatchThatEndsInTheBackgroundIsNotifiedOnce()
    {
        DesktopNotifier notifier;
        BatchNotifications notes(&notifier, [] { return false; });
        QSignalSpy ended(&notes, &BatchNotifications::batchEnded);
        for (quint64 id = 1; id <= 3; ++id)
            notes.jobAdded(job(id, 7, QStringLiteral("127.0.90.1%1").arg(id), JobState::Queued));
        notes.jobFinished(job(1, 7, QStringLiteral("127.0.90.11"), JobState::Succeeded));
        notes.jobFinished(job(3, 7, QStringLiteral("127.0.90.13"), JobState::Failed,
                              QStringLiteral("disk full; free space on the node")));
        QCOMPARE(ended.count(), 0); // job 2 is still queued
        notes.jobFinished(job(2, 7, QStringLiteral("127.0.90.12"), JobState::Succeeded));
        QCOMPARE(ended.count(), 1);
        QVERIFY(ended.at(0).at(1).toBool());

        QVERIFY(waitForCalls(1));
        QTest::qWait(100);
        QCOMPARE(m_server.calls.size(), 1);
        const FakeNotificationServer::Call &call = m_server.calls.first();
        QCOMPARE(call.summary, QStringLiteral("demo/app:1.0.0: failed on 1 node"));
        QVERIFY2(call.body.contains(QStringLiteral("2 succeeded")), qPrintable(call.body));
        QVERIFY2(call.body.contains(QStringLiteral("127.0.90.13: disk full; free space on the node")),
                 qPrintable(call.body));
        QCOMPARE(call.icon, QStringLiteral("io.github.fleetcommander.FleetCommander"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.fleetcommander.FleetCommander"));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2); // a failure is critical
    }

    void aSuccessfulBatchSaysDone()
    {
        DesktopNotifier notifier;
        BatchNotifications notes(&notifier, [] { return false; });
        notes.jobAdded(job(1, 8, QStringLiteral("127.0.90.11"), JobState::Queued));
        notes.jobAdded(job(2, 8, QStringLiteral("127.0.90.12"), JobState::Queued));
        notes.jobFinished(job(1, 8, QStringLiteral("127.0.90.11"), JobState::Succeeded));
        notes.jobFinished(job(2, 8, QStringLiteral("127.0.90.12"), JobState::Skipped));
        QVERIFY(waitForCalls(1));
        QCOMPARE(m_server.calls.first().summary, QStringLiteral("demo/app:1.0.0: done on 2 nodes"));
        QCOMPARE(m_server.calls.first().body, QStringLiteral("1 succeeded, 1 already had it"));
        QCOMPARE(m_server.calls.first().hints.value(QStringLiteral("urgency")).toInt(), 1);
    }

    void nothingIsSentWhileTheWindowIsActive()
    {
        DesktopNotifier notifier;
        BatchNotifications notes(&notifier, [] { return true; });
        QSignalSpy ended(&notes, &BatchNotifications::batchEnded);
        notes.jobAdded(job(1, 9, QStringLiteral("127.0.90.11"), JobState::Queued));
        notes.jobFinished(job(1, 9, QStringLiteral("127.0.90.11"), JobState::Failed, QStringLiteral("refused")));
        QCOMPARE(ended.count(), 1);
        QVERIFY(!ended.at(0).at(1).toBool());
        QTest::qWait(300);
        QCOMPARE(m_server.calls.size(), 0);
    }

    void aRetriedJobEndsItsBatchAgain()
    {
        DesktopNotifier notifier;
        BatchNotifications notes(&notifier, [] { return false; });
        notes.jobAdded(job(1, 10, QStringLiteral("127.0.90.11"), JobState::Queued));
        notes.jobFinished(job(1, 10, QStringLiteral("127.0.90.11"), JobState::Failed, QStringLiteral("cut")));
        notes.jobAdded(job(1, 10, QStringLiteral("127.0.90.11"), JobState::Queued)); // retry
        notes.jobFinished(job(1, 10, QStringLiteral("127.0.90.11"), JobState::Succeeded));
        QVERIFY(waitForCalls(2));
        QCOMPARE(m_server.calls.at(0).summary, QStringLiteral("demo/app:1.0.0: failed on 1 node"));
        QCOMPARE(m_server.calls.at(1).summary, QStringLiteral("demo/app:1.0.0: done on 1 node"));
    }

    void withoutABusNothingIsSent()
    {
        DesktopNotifier notifier(QDBusConnection(QStringLiteral("never-connected")), nullptr);
        QVERIFY(!notifier.notify(QStringLiteral("x"), QStringLiteral("y")));
    }

    void theTrayIconCountsRunningJobs()
    {
        QCOMPARE(JobsTrayIcon::toolTipFor(0, 0), QStringLiteral("Fleet Commander: no jobs running"));
        QCOMPARE(JobsTrayIcon::toolTipFor(1, 0), QStringLiteral("Fleet Commander: 1 job running"));
        QCOMPARE(JobsTrayIcon::toolTipFor(3, 2), QStringLiteral("Fleet Commander: 3 jobs running\n2 jobs failed"));
        JobsModel jobs;
        jobs.addJob(job(1, 11, QStringLiteral("127.0.90.11"), JobState::Running));
        jobs.flushPendingChanges();
        JobsTrayIcon tray(&jobs, nullptr);
        QCOMPARE(tray.toolTip(), QStringLiteral("Fleet Commander: 1 job running"));
    }

    void theStatusBarSaysOneJob()
    {
        NodeListModel nodes;
        nodes.merge({test::makeNode(QStringLiteral("127.0.90.11"), NodeState::Online)});
        JobsModel jobs;
        jobs.addJob(job(1, 14, QStringLiteral("127.0.90.11"), JobState::Running));
        jobs.flushPendingChanges();
        FleetCountsLabel label(&nodes, &jobs);
        label.updateCounts();
        QVERIFY2(label.text().startsWith(QStringLiteral("1 node · 1 online")), qPrintable(label.text()));
        QVERIFY2(label.text().endsWith(QStringLiteral("1 job running")), qPrintable(label.text()));
        jobs.addJob(job(2, 14, QStringLiteral("127.0.90.12"), JobState::Running));
        jobs.flushPendingChanges();
        label.updateCounts();
        QVERIFY2(label.text().endsWith(QStringLiteral("2 jobs running")), qPrintable(label.text()));
    }

    void theWindowOffersBothAndNotifiesInTheBackground()
    {
        MainWindow window;
        QAction *desktop = window.findChild<QAction *>(QStringLiteral("desktopNotifications"));
        QAction *tray = window.findChild<QAction *>(QStringLiteral("trayIcon"));
        QVERIFY(desktop && tray);
        QVERIFY(desktop->isChecked()); // on by default
        QVERIFY(!tray->isChecked());   // off by default
        // The window is not active (never shown): a batch that ends is told to the desktop.
        window.batchNotifications()->jobAdded(job(1, 12, QStringLiteral("127.0.90.11"), JobState::Queued));
        window.batchNotifications()->jobFinished(job(1, 12, QStringLiteral("127.0.90.11"), JobState::Succeeded));
        QVERIFY(waitForCalls(1));
        // Switched off: nothing more.
        desktop->setChecked(false);
        window.batchNotifications()->jobAdded(job(2, 13, QStringLiteral("127.0.90.11"), JobState::Queued));
        window.batchNotifications()->jobFinished(job(2, 13, QStringLiteral("127.0.90.11"), JobState::Succeeded));
        QTest::qWait(300);
        QCOMPARE(m_server.calls.size(), 1);
        desktop->setChecked(true);
    }
};

QTEST_MAIN(TestBatchNotifications)
#include "TestBatchNotifications.moc"
