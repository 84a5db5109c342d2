#include "actions/FleetSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace fleet;

// The one settings reader both faces use: what the GUI writes, fleetctl reads, and defaults hold when unset.
class TestFleetSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FleetCommanderTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test-fleet-settings"));
        QSettings().clear();
    }

    void defaultsWhenUnset()
    {
        const FleetSettings settings = FleetSettings::load();
        QVERIFY(settings.tagPolicy.requireSemverForBuilds);
        QCOMPARE(settings.tagPolicy.trustedRegistries, TagPolicy::Settings().trustedRegistries);
        QCOMPARE(settings.agentPort, AgentProtocol::kDefaultPort);
    }

    void roundTripThroughQSettings()
    {
        FleetSettings settings;
        settings.tagPolicy.trustedRegistries = {QStringLiteral("registry.lab:5000")};
        settings.tagPolicy.requireSemverForBuilds = false;
        settings.agentPort = 7790;
        settings.save();
        QSettings raw;
        QCOMPARE(raw.value(FleetSettings::kTrustedRegistries).toStringList(),
                 QStringList{QStringLiteral("registry.lab:5000")});
        const FleetSettings loaded = FleetSettings::load();
        QCOMPARE(loaded.tagPolicy.trustedRegistries, settings.tagPolicy.trustedRegistries);
        QVERIFY(!loaded.tagPolicy.requireSemverForBuilds);
        QCOMPARE(loaded.agentPort, quint16(7790));
    }

    void badPortFallsBackToTheDefault()
    {
        QSettings().setValue(FleetSettings::kAgentPort, 70000);
        QCOMPARE(FleetSettings::load().agentPort, AgentProtocol::kDefaultPort);
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(TestFleetSettings)
#include "TestFleetSettings.moc"
