#include "agent/RemoteAgentLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The node-side shell commands run through a real local /bin/sh (no node needed): probe, upload, the files
// they leave, and a removal that leaves nothing — with a directory name that needs quoting.
class TestRemoteAgentLayout final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static QProcess::ExitStatus sh(const QString &command, const QByteArray &input, QByteArray *out,
                                   int *status = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(20000);
        *out = process.readAllStandardOutput() + process.readAllStandardError();
        if (status)
            *status = process.exitCode();
        return process.exitStatus();
    }

private Q_SLOTS:
    void probesAnEmptyNode()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("it's a $dir"));
        QByteArray out;
        sh(RemoteAgentLayout::probeCommand(dir), {}, &out);
        const AgentHostProbe probe = RemoteAgentLayout::parseProbe(out);
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QCOMPARE(probe.dir, dir);
        QVERIFY(!probe.arch.isEmpty());
        QVERIFY(!probe.installed());
        QVERIFY(!probe.hasCertificate);
        QCOMPARE(probe.pid, 0);
    }

    void refusesARelativeDirectory()
    {
        QByteArray out;
        sh(RemoteAgentLayout::probeCommand(QStringLiteral("relative/dir")), {}, &out);
        QVERIFY(RemoteAgentLayout::parseProbe(out).error.contains(QLatin1String("absolute")));
        QVERIFY(!RemoteAgentLayout::parseProbe("garbage").error.isEmpty());
    }

    void uploadsPrivatelyAndProbeSeesIt()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("agent dir"));
        const RemoteAgentLayout layout(dir);
        QByteArray out;
        int status = -1;
        sh(layout.uploadCommand(layout.configPath(), QStringLiteral("600")), "{\"token\":\"t\"}", &out, &status);
        QCOMPARE(status, 0);
        QFile config(layout.configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QCOMPARE(config.readAll(), QByteArray("{\"token\":\"t\"}"));
        QCOMPARE(QFileInfo(layout.configPath()).permissions() & 0x7077, // owner, group, other
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/.upload.agent.json")));
        sh(layout.uploadCommand(layout.binaryPath(), QStringLiteral("755")), "#!/bin/sh\necho fleet-agent 9.9\n",
           &out, &status);
        QCOMPARE(status, 0);

        sh(RemoteAgentLayout::probeCommand(dir), {}, &out);
        const AgentHostProbe probe = RemoteAgentLayout::parseProbe(out);
        QCOMPARE(probe.binarySha.size(), 64);
        QCOMPARE(probe.configSha.size(), 64);
        sh(layout.checkBinaryCommand(), {}, &out, &status);
        QCOMPARE(status, 0);
        QCOMPARE(out.trimmed(), QByteArray("fleet-agent 9.9"));
    }

    void removeLeavesNothingButForeignFiles()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("remove me"));
        const RemoteAgentLayout layout(dir);
        QVERIFY(QDir().mkpath(dir));
        for (const QString &file : {layout.binaryPath(), layout.configPath(), layout.certPath(), layout.keyPath(),
                                    layout.logPath(), layout.pidPath()}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QByteArray out;
        int status = -1;
        sh(layout.removeCommand(false), {}, &out, &status);
        QCOMPARE(status, 0);
        QVERIFY(!QFileInfo::exists(dir));

        // A file that is not ours stops the removal of the directory, and is named.
        QVERIFY(QDir().mkpath(dir));
        QFile foreign(dir + QStringLiteral("/notes.txt"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.close();
        sh(layout.removeCommand(false), {}, &out, &status);
        QCOMPARE(status, 6);
        QVERIFY(out.contains("notes.txt"));
        QVERIFY(QFile::exists(dir + QStringLiteral("/notes.txt")));
    }

    void unitStartsTheInstalledBinary()
    {
        const RemoteAgentLayout layout(QStringLiteral("/opt/fleet-agent"));
        const QString unit = layout.unitFile();
        QVERIFY(unit.contains(QLatin1String("ExecStart=/opt/fleet-agent/fleet-agent --config "
                                            "/opt/fleet-agent/agent.json")));
        QVERIFY(!unit.contains(QLatin1String("token")));
    }
};

QTEST_GUILESS_MAIN(TestRemoteAgentLayout)
#include "TestRemoteAgentLayout.moc"
