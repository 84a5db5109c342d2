#include "NodeDetailDialog.h"
#include "UiTestSupport.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fleet;

// The node detail dialog (a tile's Containers and logs…) against a lab node: the facts header, the container row
// as core lists it, its log tail and a follow that keeps adding lines, Stop through the button, Remove only after
// the question is answered yes. Everything arrives through workers while the event loop runs. A screenshot of the
// dialog goes to the build dir (TestNodeDetail.png).
class TestNodeDetail final : public QObject
{
    Q_OBJECT

    test::LabEnvironment m_lab;
    static constexpr int kNode = 0;
    const QString m_image = QStringLiteral("fleet-ui-detail:1.0.0");
    const QString m_name = QStringLiteral("fleet-ui-ticker");

    RemoteResult onNode(const QString &command, const QByteArray &input = {}) const
    {
        SshSession session(m_lab.target(kNode), m_lab.sshOptions());
        if (!session.connect())
            return RemoteResult{session.error(), -1, {}, {}};
        return session.run(command, input);
    }

    Node node() const
    {
        Node n = test::makeNode(m_lab.nodes.value(kNode), NodeState::NotInstalled, QStringLiteral("lab-node-1"));
        n.kernel = QStringLiteral("6.1.0");
        return n;
    }

    ActionContext context() const
    {
        ActionContext c;
        c.ssh = m_lab.sshOptions();
        c.sshUser = m_lab.user;
        return c;
    }

    static int rowOf(const NodeDetailDialog &dialog, const QString &name)
    {
        for (int row = 0; row < dialog.containers()->topLevelItemCount(); ++row)
            if (dialog.containers()->topLevelItem(row)->text(0) == name)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QString output;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_image}, &output) == 0, qPrintable(output));
        QProcess save;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), m_lab.dockerHost);
        save.setProcessEnvironment(env);
        save.start(QStringLiteral("docker"), {QStringLiteral("save"), m_image});
        QVERIFY(save.waitForFinished(60000));
        QCOMPARE(save.exitCode(), 0);
        QVERIFY(onNode(QStringLiteral("docker load >/dev/null"), save.readAllStandardOutput()).ok());
        onNode(QStringLiteral("docker rm -f %1 >/dev/null 2>&1").arg(m_name));
        const RemoteResult started = onNode(
            QStringLiteral("docker run -d --pull=never --stop-timeout 1 --label io.fleetcommander.managed=true --name %1 %2 "
                           "sh -c 'echo hello-ui; i=0; while "
                           "true; do i=$((i+1)); echo tick $i; sleep 0.3; done' >/dev/null").arg(m_name, m_image));
        QVERIFY2(started.ok(), started.err.constData());
    }

    void cleanupTestCase()
    {
        onNode(QStringLiteral("docker rm -f %1 >/dev/null 2>&1; docker rmi %2 >/dev/null 2>&1").arg(m_name, m_image));
    }

    void showsTheNodeItsContainerAndTheLog()
    {
        auto dialog = std::make_unique<NodeDetailDialog>(context(), node());
        QVERIFY(dialog->header()->text().contains(m_lab.nodes.value(kNode)));
        QVERIFY(dialog->header()->text().contains(QStringLiteral("Debian 12 · x86_64 · 6.1.0")));
        QVERIFY(dialog->header()->text().contains(QLatin1String("no Fleet Agent")));
        QSignalSpy listed(dialog.get(), &NodeDetailDialog::listed);
        QSignalSpy lines(dialog.get(), &NodeDetailDialog::logLinesAdded);
        QSignalSpy counted(dialog.get(), &NodeDetailDialog::managedContainersCounted);
        dialog->show();
        dialog->refresh();
        QVERIFY(listed.wait(30000));
        // Its tile learns how many managed containers run there: ours (labelled managed) is one of them.
        QCOMPARE(counted.count(), 1);
        QCOMPARE(counted.first().at(0).toString(), m_lab.nodes.value(kNode));
        QVERIFY(counted.first().at(1).toInt() >= 1);
        const int row = rowOf(*dialog, m_name);
        QVERIFY2(row >= 0, qPrintable(dialog->status()->text()));
        QTreeWidgetItem *item = dialog->containers()->topLevelItem(row);
        QCOMPARE(item->text(1), m_image);
        QCOMPARE(item->text(2), QStringLiteral("running"));
        QVERIFY(!dialog->button(ContainerVerb::Stop)->isEnabled()); // nothing selected yet

        QSignalSpy ended(dialog.get(), &NodeDetailDialog::logsEnded);
        QVERIFY(dialog->selectContainer(m_name));
        QVERIFY(dialog->button(ContainerVerb::Stop)->isEnabled());
        QVERIFY(!dialog->button(ContainerVerb::Start)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->logView()->toPlainText().contains(QLatin1String("tick")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000); // a tail ends by itself

        // Follow: the tail again, then lines as the container writes them.
        dialog->followBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->logView()->toPlainText().isEmpty(), 15000);
        const int before = int(lines.count());
        QTRY_VERIFY_WITH_TIMEOUT(lines.count() > before + 2, 10000);
        QVERIFY(dialog->logView()->document()->blockCount() <= NodeDetailDialog::kMaxLogBlocks);

        QVERIFY(dialog->grab().save(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/TestNodeDetail.png"),
                                    "PNG"));

        // Stop through the button; the listing that follows shows it exited.
        QSignalSpy acted(dialog.get(), &NodeDetailDialog::actionFinished);
        listed.clear();
        dialog->button(ContainerVerb::Stop)->click();
        QVERIFY(acted.wait(30000));
        const auto result = acted.first().first().value<ContainerActionResult>();
        QVERIFY2(result.ok(), qPrintable(result.failure.message));
        QVERIFY(listed.wait(30000));
        QCOMPARE(dialog->containers()->topLevelItem(rowOf(*dialog, m_name))->text(2), QStringLiteral("exited"));

        // Remove asks; "no" leaves it, "yes" removes it.
        QStringList questions;
        dialog->setConfirmHook([&](const QString &q) {
            questions << q;
            return false;
        });
        QVERIFY(dialog->selectContainer(m_name));
        dialog->button(ContainerVerb::Remove)->click();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(m_name));
        QCOMPARE(acted.count(), 1);
        dialog->setConfirmHook([](const QString &) { return true; });
        listed.clear();
        dialog->button(ContainerVerb::Remove)->click();
        QVERIFY(acted.wait(30000));
        QVERIFY(listed.wait(30000));
        QCOMPARE(rowOf(*dialog, m_name), -1);
        dialog.reset(); // with a follow that has ended or not: it stops on its own
    }

    void anUnreachableNodeSaysSoInTheDialog()
    {
        Node gone = node();
        gone.address = m_lab.nodes.value(kNode).section(QLatin1Char('.'), 0, 2) + QStringLiteral(".250");
        ActionContext c = context();
        c.ssh.connectTimeoutMs = 2000;
        NodeDetailDialog dialog(c, gone);
        QSignalSpy listed(&dialog, &NodeDetailDialog::listed);
        dialog.refresh();
        QVERIFY(listed.wait(30000));
        QVERIFY2(dialog.status()->text().contains(QLatin1String("cannot connect")), qPrintable(dialog.status()->text()));
        QCOMPARE(dialog.containers()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestNodeDetail)
#include "TestNodeDetail.moc"
