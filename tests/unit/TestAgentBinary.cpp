#include "agent/AgentBinary.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The built fleet-agent: its architecture read from the ELF header, the uname spellings that accept it, and
// the promise that it needs nothing but Qt Core, Network and WebSockets on a node.
class TestAgentBinary final : public QObject
{
    Q_OBJECT

private:
    QString m_agent;
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        m_agent = qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleet-agent/fleet-agent");
        QVERIFY2(QFile::exists(m_agent), "build the fleet-agent target first");
    }

    void readsTheArchitectureOfTheBuild()
    {
        const AgentBinary binary(m_agent);
        QVERIFY2(binary.isValid(), qPrintable(binary.error()));
        QProcess uname;
        uname.start(QStringLiteral("uname"), {QStringLiteral("-m")});
        QVERIFY(uname.waitForFinished());
        const QString machine = QString::fromLatin1(uname.readAllStandardOutput()).trimmed();
        QVERIFY2(binary.runsOn(machine), qPrintable(binary.arch() + QStringLiteral(" vs ") + machine));
        QCOMPARE(binary.sha256Hex().size(), 64);
        QVERIFY(binary.size() > 0);
    }

    void refusesOtherArchitectures()
    {
        const QString copy = m_tmp.filePath(QStringLiteral("arm"));
        QVERIFY(QFile::copy(m_agent, copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(18);
        file.write(QByteArray("\xb7\x00", 2)); // EM_AARCH64
        file.close();
        const AgentBinary arm(copy);
        QCOMPARE(arm.arch(), QStringLiteral("aarch64"));
        QVERIFY(arm.runsOn(QStringLiteral("arm64")));
        QVERIFY(!arm.runsOn(QStringLiteral("x86_64")));
        QVERIFY(!arm.runsOn(QStringLiteral("armv7l")));

        QFile text(m_tmp.filePath(QStringLiteral("script")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("#!/bin/sh\n");
        text.close();
        QVERIFY(AgentBinary(text.fileName()).error().contains(QLatin1String("not an ELF")));
        QVERIFY(!AgentBinary(m_tmp.filePath(QStringLiteral("missing"))).isValid());
    }

    void mapsElfMachines()
    {
        QCOMPARE(AgentBinary::archForElf(62, true), QStringLiteral("x86_64"));
        QCOMPARE(AgentBinary::archForElf(40, false), QStringLiteral("armv7l"));
        QCOMPARE(AgentBinary::archForElf(243, true), QStringLiteral("riscv64"));
        QCOMPARE(AgentBinary::archForElf(9999, true), QString());
        QVERIFY(AgentBinary::unameAliases(QStringLiteral("i686")).contains(QStringLiteral("i386")));
    }

    void needsOnlyQtCoreNetworkAndWebSockets()
    {
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), m_agent});
        QVERIFY(readelf.waitForFinished());
        const QList<QByteArray> lines = readelf.readAllStandardOutput().split('\n');
        QStringList needed;
        for (const QByteArray &line : lines)
            if (line.contains("(NEEDED)"))
                needed << QString::fromLatin1(line.mid(line.indexOf('[') + 1).chopped(1));
        QVERIFY(needed.contains(QStringLiteral("libQt6WebSockets.so.6")));
        for (const QString &library : needed) {
            const bool allowed = library.startsWith(QLatin1String("libQt6Core.")) ||
                library.startsWith(QLatin1String("libQt6Network.")) ||
                library.startsWith(QLatin1String("libQt6WebSockets.")) || library.startsWith(QLatin1String("libc.")) ||
                library.startsWith(QLatin1String("libm.")) || library.startsWith(QLatin1String("libstdc++.")) ||
                library.startsWith(QLatin1String("libgcc_s."));
            QVERIFY2(allowed,
                     qPrintable(QStringLiteral("fleet-agent needs %1; a node would need it too").arg(library)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAgentBinary)
#include "TestAgentBinary.moc"
