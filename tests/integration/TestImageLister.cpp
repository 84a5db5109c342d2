#include "actions/ImageBuild.h"
#include "actions/ImageLister.h"
#include "history/HistoryStore.h"
#include "images/Catalog.h"
#include "lab/LabEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// ImageLister against the lab's workstation dockerd: the engine's images with the catalog's metadata (an image
// built and recorded here shows its display name), filtered; an engine that does not answer is Unreachable.
class TestImageLister final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;
    CatalogEntry m_built;

    QString db() const { return m_dir.filePath(QStringLiteral("history.db")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        BuildParams params;
        params.folder = qEnvironmentVariable("FLEET_SOURCE_DIR") + QStringLiteral("/images/hello-busybox");
        params.dbPath = db();
        params.options.dockerHost = m_lab.dockerHost;
        params.options.contextFiles.insert(QStringLiteral("busybox"), QStringLiteral("/bin/busybox"));
        Builder builder;
        const BuildOutcome outcome = ImageBuild::run(builder, params);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure.message));
        HistoryStore store;
        QVERIFY(store.open(db()));
        const std::optional<CatalogEntry> entry = Catalog(store.database()).find(outcome.results.first().reference);
        QVERIFY(entry);
        m_built = *entry;
    }

    void listsWithCatalogMetadata()
    {
        const ImageListing listing = ImageLister::list(ImageListParams{m_lab.dockerHost, db(), QStringLiteral("hello"), {}});
        QVERIFY2(listing.ok, qPrintable(listing.error));
        QVERIFY(listing.engine.contains(QLatin1String("Docker")));
        const auto it = std::find_if(listing.images.cbegin(), listing.images.cend(),
                                     [&](const ImageInfo &i) { return i.id == m_built.imageId; });
        QVERIFY(it != listing.images.cend());
        QCOMPARE(it->displayName, m_built.metadata.displayName);
        QVERIFY(listing.builds.contains(m_built.imageId));
        for (const ImageInfo &image : listing.images)
            QVERIFY(ImageLister::matches(image, QStringLiteral("hello"), {}));
    }

    void filtersAndCountsTheEngine()
    {
        const ImageListing none = ImageLister::list(
            ImageListParams{m_lab.dockerHost, db(), QStringLiteral("no-such-image-xyz"), {}});
        QVERIFY(none.ok && none.images.isEmpty() && none.engineCount > 0);
        // Without a history file the labels the builder wrote still name the image.
        const ImageListing labels = ImageLister::list(
            ImageListParams{m_lab.dockerHost, m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("hello"), {}});
        QVERIFY(labels.ok && !labels.images.isEmpty() && labels.builds.isEmpty());
    }

    void engineDownIsUnreachable()
    {
        const QString socket = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        const ImageListing listing = ImageLister::list(ImageListParams{socket, db(), {}, {}});
        QVERIFY(!listing.ok);
        QCOMPARE(listing.kind, FailureKind::Unreachable);
        QVERIFY(!listing.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageLister)
#include "TestImageLister.moc"
