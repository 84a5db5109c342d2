#include "actions/ImageBuild.h"
#include "history/HistoryStore.h"
#include "images/Catalog.h"
#include "lab/LabEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// ImageBuild against the lab's workstation dockerd: a definition is built and recorded in the catalog; bad folders
// and a missing engine are failure kinds, not exit codes.
class TestImageBuild final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("history.db")); }
    BuildParams params(const QString &folder) const
    {
        BuildParams p;
        p.folder = folder;
        p.dbPath = db();
        p.options.dockerHost = m_lab.dockerHost;
        p.options.contextFiles.insert(QStringLiteral("busybox"), QStringLiteral("/bin/busybox"));
        return p;
    }
    static QString example() { return qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/images/hello-busybox"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
    }

    void buildsAndRecords()
    {
        Builder builder;
        int steps = 0;
        QObject::connect(&builder, &Builder::stepStarted, &builder, [&steps] { ++steps; });
        const BuildOutcome outcome = ImageBuild::run(builder, params(example()));
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure.message));
        QCOMPARE(outcome.results.size(), 1);
        QVERIFY(steps >= 3);
        QVERIFY(outcome.catalogProblem.isEmpty());
        HistoryStore store;
        QVERIFY(store.open(db()));
        const std::optional<CatalogEntry> entry = Catalog(store.database()).find(outcome.results.first().reference);
        QVERIFY(entry);
        QCOMPARE(entry->imageId, outcome.results.first().imageId);

    }

    void folderProblemsAreUsage()
    {
        Builder builder;
        QCOMPARE(ImageBuild::run(builder, params(m_dir.filePath(QStringLiteral("missing")))).failure.kind,
                 FailureKind::Usage);
        BuildParams all = params(m_dir.path()); // a folder without definitions
        all.scope = BuildParams::Scope::All;
        const BuildOutcome outcome = ImageBuild::run(builder, all);
        QCOMPARE(outcome.failure.kind, FailureKind::Usage);
        QVERIFY(outcome.failure.message.contains(QLatin1String("no image definition")));
    }

    void engineDownIsUnreachable()
    {
        const QString socket = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        Builder builder;
        BuildParams p = params(example());
        p.options.dockerHost = socket;
        QCOMPARE(ImageBuild::run(builder, p).failure.kind, FailureKind::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestImageBuild)
#include "TestImageBuild.moc"
