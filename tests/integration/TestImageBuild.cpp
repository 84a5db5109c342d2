#include "actions/ImageBuild.h"
#include "actions/ImageLister.h"
#include "history/HistoryStore.h"
#include "images/Catalog.h"
#include "lab/LabEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// ImageBuild and ImageLister against the lab's workstation dockerd: a definition is built and recorded in the
// catalog, and the listing shows it with the catalog's metadata; bad folders and a missing engine are failure
// kinds, not exit codes.
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

        const ImageListing listing = ImageLister::list(ImageListParams{m_lab.dockerHost, db(), QStringLiteral("hello"), {}});
        QVERIFY2(listing.ok, qPrintable(listing.error));
        QVERIFY(listing.engine.contains(QLatin1String("Docker")));
        const auto it = std::find_if(listing.images.cbegin(), listing.images.cend(),
                                     [&](const ImageInfo &i) { return i.id == entry->imageId; });
        QVERIFY(it != listing.images.cend());
        QCOMPARE(it->displayName, entry->metadata.displayName);
        QVERIFY(listing.builds.contains(entry->imageId));
        for (const ImageInfo &image : listing.images)
            QVERIFY(ImageLister::matches(image, QStringLiteral("hello"), {}));
        const ImageListing none = ImageLister::list(ImageListParams{m_lab.dockerHost, db(), QStringLiteral("no-such-image-xyz"), {}});
        QVERIFY(none.ok && none.images.isEmpty() && none.engineCount > 0);
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
        const ImageListing listing = ImageLister::list(ImageListParams{socket, db(), {}, {}});
        QVERIFY(!listing.ok);
        QCOMPARE(listing.kind, FailureKind::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestImageBuild)
#include "TestImageBuild.moc"
