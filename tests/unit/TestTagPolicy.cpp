#include "images/SemanticVersion.h"
#include "images/TagPolicy.h"

#include <QTest>

using fleet::SemanticVersion;
using fleet::TagPolicy;
using Purpose = fleet::TagPolicy::Purpose;

class TestTagPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("purpose");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonPart"); // what the refusal must say

        const int build = int(Purpose::Build), pull = int(Purpose::Pull), push = int(Purpose::Push),
                  run = int(Purpose::Run);
        const QString digest = QStringLiteral("@sha256:") + QString(64, QLatin1Char('e'));
        QTest::newRow("latest pull") << "ubuntu:latest" << pull << false << "'latest' moves";
        QTest::newRow("latest suggests version") << "team/app:latest" << push << false << "team/app:1.2.3";
        QTest::newRow("latest with digest still refused") << "app:latest" + digest << pull << false << "'latest'";
        QTest::newRow("latest run") << "app:latest" << run << false << "'latest'";
        QTest::newRow("no tag") << "ubuntu" << pull << false << "no tag";
        QTest::newRow("no tag build") << "team/app" << build << false << "no tag";
        QTest::newRow("digest only pull") << "ubuntu" + digest << pull << true << "";
        QTest::newRow("digest only build") << "app" + digest << build << false << "by tag";
        QTest::newRow("semver build") << "team/app:1.2.3" << build << true << "";
        QTest::newRow("semver prerelease build") << "team/app:2.0.0-rc.1" << build << true << "";
        QTest::newRow("two numbers build") << "team/app:1.2" << build << false << "semantic version";
        QTest::newRow("v prefix build") << "team/app:v1.2.3" << build << false << "semantic version";
        QTest::newRow("word tag build") << "team/app:stable" << build << false << "MAJOR.MINOR.PATCH";
        QTest::newRow("leading zero build") << "team/app:1.02.3" << build << false << "leading zero";
        QTest::newRow("invalid reference") << "Team/App:1.0.0" << pull << false << "uppercase";
        QTest::newRow("docker hub pull") << "ubuntu:22.04" << pull << true << "";
        QTest::newRow("ghcr push") << "ghcr.io/org/app:1.0.0" << push << true << "";
        QTest::newRow("localhost any port") << "localhost:5000/app:1.0.0" << push << true << "";
        QTest::newRow("legacy hub name") << "index.docker.io/team/app:1.0.0" << pull << true << "";
        QTest::newRow("untrusted pull") << "quay.io/org/app:1.0.0" << pull << false << "quay.io is not in the trusted";
        QTest::newRow("untrusted push") << "0.0.0.5:5000/app:1.0.0" << push << false << "add 0.0.0.5:5000";
        QTest::newRow("untrusted registry may build") << "quay.io/org/app:1.0.0" << build << true << "";
        QTest::newRow("untrusted registry may run") << "quay.io/org/app:1.0.0" << run << true << "";
    }

    void decides()
    {
        QFETCH(QString, reference);
        QFETCH(int, purpose);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonPart);
        const TagPolicy policy;
        const TagPolicy::Verdict verdict = policy.check(reference, Purpose(purpose));
        QVERIFY2(verdict.allowed == allowed, qPrintable(verdict.reason));
        QCOMPARE(bool(verdict), allowed);
        if (allowed) {
            QVERIFY(verdict.reason.isEmpty());
            QVERIFY(verdict.reference.isValid());
        } else {
            QVERIFY2(verdict.reason.contains(reasonPart), qPrintable(verdict.reason));
        }
    }

    void settingsChangeTheDecision()
    {
        TagPolicy::Settings settings;
        settings.trustedRegistries = {QStringLiteral("registry.lab:5000"), QStringLiteral("*.corp.example")};
        settings.requireSemverForBuilds = false;
        const TagPolicy policy(settings);
        QVERIFY(policy.check(QStringLiteral("registry.lab:5000/app:1.0.0"), Purpose::Pull));
        QVERIFY(!policy.check(QStringLiteral("registry.lab:5001/app:1.0.0"), Purpose::Pull)); // port is exact
        QVERIFY(!policy.check(QStringLiteral("registry.lab/app:1.0.0"), Purpose::Pull));
        QVERIFY(policy.check(QStringLiteral("hub.corp.example/app:1.0.0"), Purpose::Push));
        QVERIFY(!policy.check(QStringLiteral("corp.example.evil/app:1.0.0"), Purpose::Push));
        QVERIFY(!policy.check(QStringLiteral("ubuntu:22.04"), Purpose::Pull)); // docker.io no longer listed
        QVERIFY(policy.check(QStringLiteral("team/app:stable"), Purpose::Build)); // semver not required
        QVERIFY(!policy.check(QStringLiteral("team/app:latest"), Purpose::Build)); // latest never
        const auto verdict = policy.check(QStringLiteral("ubuntu:22.04"), Purpose::Pull);
        QVERIFY2(verdict.reason.contains(QStringLiteral("registry.lab:5000, *.corp.example")), qPrintable(verdict.reason));
    }

    void aRegistryAloneIsJudgedByTheSameRule()
    {
        TagPolicy::Settings settings;
        settings.trustedRegistries = {QStringLiteral("registry.lab:5000"), QStringLiteral("127.0.0.1"),
                                      QStringLiteral("*.corp.example")};
        const TagPolicy policy(settings);
        QVERIFY(policy.isTrustedRegistry(QStringLiteral("registry.lab:5000")));
        QVERIFY(!policy.isTrustedRegistry(QStringLiteral("registry.lab:5001")));
        QVERIFY(!policy.isTrustedRegistry(QStringLiteral("registry.lab")));
        QVERIFY(policy.isTrustedRegistry(QStringLiteral("127.0.0.1:5000"))); // a host entry: any port
        QVERIFY(policy.isTrustedRegistry(QStringLiteral("127.0.0.1")));
        QVERIFY(policy.isTrustedRegistry(QStringLiteral("Hub.Corp.Example:443")));
        QVERIFY(!policy.isTrustedRegistry(QStringLiteral("127.0.0.2:5000")));
        QVERIFY(!policy.isTrustedRegistry(QString()));
        QVERIFY(!TagPolicy().isTrustedRegistry(QStringLiteral("127.0.0.1:5000")));
        QVERIFY(TagPolicy().isTrustedRegistry(QStringLiteral("localhost:5000")));
    }

    void defaultsAreDocumented()
    {
        QCOMPARE(TagPolicy::defaultTrustedRegistries(),
                 QStringList({QStringLiteral("localhost"), QStringLiteral("docker.io"), QStringLiteral("ghcr.io")}));
        QVERIFY(TagPolicy().settings().requireSemverForBuilds);
    }

    void semanticVersions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "1.2.3" << true;
        QTest::newRow("zeros") << "0.0.0" << true;
        QTest::newRow("prerelease") << "1.0.0-alpha.1" << true;
        QTest::newRow("build") << "1.0.0+20260101" << true;
        QTest::newRow("both") << "1.0.0-rc.1+sha.5114f85" << true;
        QTest::newRow("two parts") << "1.2" << false;
        QTest::newRow("four parts") << "1.2.3.4" << false;
        QTest::newRow("leading zero") << "01.2.3" << false;
        QTest::newRow("prerelease leading zero") << "1.2.3-01" << false;
        QTest::newRow("empty prerelease") << "1.2.3-" << false;
        QTest::newRow("letters") << "a.b.c" << false;
        QTest::newRow("v prefix") << "v1.2.3" << false;
        QTest::newRow("empty") << "" << false;
    }

    void semanticVersions()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString why;
        QCOMPARE(SemanticVersion::isValid(text, &why), valid);
        QCOMPARE(why.isEmpty(), valid);
        if (valid) {
            bool ok = false;
            QCOMPARE(SemanticVersion::parse(text, &ok).toString(), text);
            QVERIFY(ok);
        }
    }

    void tagsCannotCarryBuildMetadata()
    {
        QString why;
        QVERIFY(!SemanticVersion::isValidTag(QStringLiteral("1.0.0+abc"), &why));
        QVERIFY2(why.contains(QStringLiteral("build metadata")), qPrintable(why));
        QVERIFY(SemanticVersion::isValidTag(QStringLiteral("1.0.0-rc.1")));
    }
};

QTEST_GUILESS_MAIN(TestTagPolicy)
#include "TestTagPolicy.moc"
