#include "history/HistoryStore.h"
#include "DiscoveryDialog.h"
#include "SettingsKeys.h"
#include "discovery/Scanner.h"
#include "ui/UiTestSupport.h"

#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// Only loopback is ever probed here (FLEET_SCAN_LOOPBACK_ONLY=1), and only addresses where nothing listens.
class TestDiscoveryDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FLEET_SCAN_LOOPBACK_ONLY", "1");
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void openingNeverScans()
    {
        DiscoveryDialog dialog;
        dialog.setDefaultTargets({QStringLiteral("127.0.90.0/24")}); // a suggestion, never probed on its own
        QSignalSpy started(&dialog, &DiscoveryDialog::scanStarted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(100);
        QCOMPARE(started.count(), 0);
        QVERIFY(!dialog.isScanning());
        QVERIFY(!dialog.findChild<Scanner *>());
        QCOMPARE(dialog.targets(), QStringList{QStringLiteral("127.0.90.0/24")});
    }

    void proposedSourcesAreTickedUntilAScanSavedAChoice()
    {
        QSettings().remove(settings::kScanSources);
        {
            DiscoveryDialog dialog;
            dialog.setDefaultSources({QStringLiteral("ssh_config"), QStringLiteral("known_hosts")});
            QCOMPARE(dialog.arguments(), (QStringList{QStringLiteral("@ssh-config"), QStringLiteral("@known-hosts")}));
        }
        QSettings().setValue(settings::kScanSources, QStringList{QStringLiteral("arp")});
        {
            DiscoveryDialog dialog;
            dialog.setDefaultSources({QStringLiteral("ssh_config"), QStringLiteral("known_hosts")});
            QCOMPARE(dialog.arguments(), QStringList{QStringLiteral("@arp")});
        }
        QSettings().remove(settings::kScanSources);
    }

    void argumentsFollowTheToggles()
    {
        DiscoveryDialog dialog;
        dialog.setTargets({QStringLiteral("127.0.80.0/30, 127.0.80.9"), QStringLiteral("host-a:2222")});
        dialog.setSourceEnabled(QStringLiteral("known_hosts"), true);
        dialog.setSourceEnabled(QStringLiteral("arp"), true);
        QCOMPARE(dialog.arguments(), (QStringList{QStringLiteral("127.0.80.0/30"), QStringLiteral("127.0.80.9"),
                                                  QStringLiteral("host-a:2222"), QStringLiteral("@known-hosts"),
                                                  QStringLiteral("@arp")}));
    }

    // The checkbox reaches NodeScan's request (nothing is scanned here), with how to log in, and is remembered.
    void probeCheckboxReachesTheRequest()
    {
        QSettings().remove(settings::kScanProbeNodes);
        {
            DiscoveryDialog dialog;
            dialog.setTargets({QStringLiteral("127.0.80.7")});
            dialog.setDatabase(m_dir.filePath(QStringLiteral("probe.db")));
            ActionContext context;
            context.sshUser = QStringLiteral("fleet");
            context.ssh.identityFile = QStringLiteral("/nonexistent/id_ed25519");
            dialog.setProbeContext(context);
            QVERIFY(!dialog.probeNodes());
            QVERIFY(!dialog.request().probeNodes);
            QCheckBox *probe = nullptr;
            for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>())
                if (candidate->text().remove(u'&') == QLatin1String("Probe nodes that answer SSH"))
                    probe = candidate;
            QVERIFY(probe);
            probe->click();
            const ScanParams request = dialog.request();
            QVERIFY(request.probeNodes);
            QCOMPARE(request.words, QStringList{QStringLiteral("127.0.80.7")});
            QCOMPARE(request.dbPath, m_dir.filePath(QStringLiteral("probe.db")));
            QCOMPARE(request.probeContext.sshUser, QStringLiteral("fleet"));
            QCOMPARE(request.probeContext.ssh.identityFile, QStringLiteral("/nonexistent/id_ed25519"));
            dialog.close(); // saves the choice
            QVERIFY(!dialog.isScanning());
        }
        DiscoveryDialog again;
        QVERIFY(again.probeNodes());
        QVERIFY(again.request().probeNodes);
        QSettings().remove(settings::kScanProbeNodes);
    }

    void scanOfSilentLoopbackFinishesAndMarksKnownOffline()
    {
        // Two known nodes in the history: one inside the scanned range, one outside.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.db"));
        {
            HistoryStore store;
            QVERIFY(store.open(db));
            for (const char *address : {"127.0.80.249", "127.0.81.1"}) {
                Node known;
                known.address = QString::fromLatin1(address);
                known.state = NodeState::NotInstalled;
                QVERIFY(store.upsertNode(known));
            }
        }
        DiscoveryDialog dialog;
        dialog.setTargets({QStringLiteral("127.0.80.248/30")});
        dialog.setTimeoutMs(200);
        dialog.setDatabase(db);
        QSignalSpy finished(&dialog, &DiscoveryDialog::scanFinished);
        QSignalSpy found(&dialog, &DiscoveryDialog::nodesFound);
        dialog.startScan();
        QVERIFY(dialog.isScanning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!dialog.isScanning());
        const auto summary = finished.first().first().value<ScanSummary>();
        QCOMPARE(summary.progress.total, quint64(4));
        QCOMPARE(summary.progress.found, quint64(0));
        // The known node inside the range stayed silent: OFFLINE; the one outside is not touched.
        QCOMPARE(found.count(), 1);
        const auto nodes = found.first().first().value<QList<Node>>();
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.first().address, QStringLiteral("127.0.80.249"));
        QCOMPARE(nodes.first().state, NodeState::Offline);
        QVERIFY(dialog.statusText().contains(QStringLiteral("4 of 4")));
        QCOMPARE(QSettings().value(settings::kScanTargets).toStringList(), QStringList{QStringLiteral("127.0.80.248/30")});
    }

    void badTargetSaysWhy()
    {
        DiscoveryDialog dialog;
        dialog.setTargets({QStringLiteral("127.0.0.0/33")});
        QSignalSpy failed(&dialog, &DiscoveryDialog::scanFailed);
        dialog.startScan();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("127.0.0.0/33")));
        QVERIFY(!dialog.isScanning());
    }

    void emptyTargetsAreExplained()
    {
        DiscoveryDialog dialog;
        dialog.setTargets({});
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            box->setChecked(false);
        dialog.startScan();
        QVERIFY(!dialog.isScanning());
        QVERIFY(dialog.statusText().contains(QStringLiteral("Nothing to scan")));
    }
};

QTEST_MAIN(TestDiscoveryDialog)
#include "TestDiscoveryDialog.moc"
