#include "history/Database.h"
#include "history/Migrations.h"
#include "images/BuildResult.h"
#include "images/Catalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The catalog against a real SQLite file migrated by core/history (no fakes: the schema step is under test too).
class TestCatalog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    static BuildResult built(const QString &reference, const QString &id, const QString &category, bool gpu,
                             qint64 finishedMs)
    {
        BuildResult r;
        r.status = BuildResult::Status::Built;
        r.reference = reference;
        r.imageId = id;
        r.size = 1234567;
        r.layers = 3;
        r.durationMs = 900;
        r.folder = QStringLiteral("/defs/") + reference.section(QLatin1Char(':'), 0, 0);
        r.finishedAt = QDateTime::fromMSecsSinceEpoch(finishedMs, Qt::UTC);
        r.log = QStringLiteral("Step 1/1 : FROM scratch\nSuccessfully built\n");
        r.metadata.name = reference.section(QLatin1Char(':'), 0, 0);
        r.metadata.displayName = QStringLiteral("Display ") + reference;
        r.metadata.description = QStringLiteral("does 100% of the work");
        r.metadata.category = category;
        r.metadata.tags = {QStringLiteral("keyword-") + category.toLower()};
        r.metadata.version = reference.section(QLatin1Char(':'), 1);
        r.metadata.gpuRequired = gpu;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("h.db")));
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("h.db"))), qPrintable(m_db.errorString()));
        QVERIFY2(Migrations::apply(m_db), qPrintable(m_db.errorString()));
    }

    void recordsAndReadsBack()
    {
        Catalog catalog(m_db);
        QVERIFY2(catalog.record(built(QStringLiteral("fleet/a:1.0.0"), QStringLiteral("sha256:aaa"),
                                      QStringLiteral("Diagnostics"), false, 1000)),
                 qPrintable(catalog.error()));
        const auto entry = catalog.find(QStringLiteral("docker.io/fleet/a:1.0.0")); // any spelling
        QVERIFY(entry);
        QCOMPARE(entry->reference, QStringLiteral("fleet/a:1.0.0"));
        QCOMPARE(entry->name, QStringLiteral("fleet/a"));
        QCOMPARE(entry->tag, QStringLiteral("1.0.0"));
        QCOMPARE(entry->imageId, QStringLiteral("sha256:aaa"));
        QCOMPARE(entry->size, qint64(1234567));
        QCOMPARE(entry->layers, 3);
        QCOMPARE(entry->durationMs, qint64(900));
        QCOMPARE(entry->builtAt.toMSecsSinceEpoch(), qint64(1000));
        QCOMPARE(entry->metadata.displayName, QStringLiteral("Display fleet/a:1.0.0"));
        QCOMPARE(entry->metadata.tags, QStringList({QStringLiteral("keyword-diagnostics")}));
        QVERIFY(entry->log.contains(QStringLiteral("Successfully built")));
        QCOMPARE(entry->definition, QStringLiteral("/defs/fleet/a"));
        QVERIFY(!catalog.find(QStringLiteral("fleet/a:2.0.0")));
    }

    void rebuildReplacesTheRow()
    {
        Catalog catalog(m_db);
        QVERIFY(catalog.record(built(QStringLiteral("fleet/a:1.0.0"), QStringLiteral("sha256:old"),
                                     QStringLiteral("X"), false, 1000)));
        QVERIFY(catalog.record(built(QStringLiteral("fleet/a:1.0.0"), QStringLiteral("sha256:new"),
                                     QStringLiteral("X"), false, 2000)));
        const QList<CatalogEntry> all = catalog.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().imageId, QStringLiteral("sha256:new"));
    }

    void searchesAndFilters()
    {
        Catalog catalog(m_db);
        QVERIFY(catalog.record(built(QStringLiteral("fleet/a:1.0.0"), QStringLiteral("sha256:a"),
                                     QStringLiteral("Diagnostics"), false, 1000)));
        QVERIFY(catalog.record(built(QStringLiteral("fleet/b:1.0.0"), QStringLiteral("sha256:b"),
                                     QStringLiteral("ML"), true, 3000)));
        QVERIFY(catalog.record(built(QStringLiteral("tools/c:2.0.0"), QStringLiteral("sha256:c"),
                                     QStringLiteral("ml"), false, 2000)));
        QCOMPARE(catalog.list().size(), 3);
        QCOMPARE(catalog.list().first().reference, QStringLiteral("fleet/b:1.0.0")); // newest first
        QCOMPARE(catalog.list(QStringLiteral("TOOLS/")).size(), 1);
        QCOMPARE(catalog.list(QStringLiteral("keyword-diag")).size(), 1); // keywords are searched
        QCOMPARE(catalog.list(QStringLiteral("100%")).size(), 3);         // '%' is literal
        QCOMPARE(catalog.list(QStringLiteral("0_0")).size(), 0);          // '_' is literal
        QCOMPARE(catalog.list({}, QStringLiteral("ML")).size(), 2);       // category, case-insensitive
        QCOMPARE(catalog.list(QStringLiteral("fleet"), QStringLiteral("ml")).size(), 1);
        QCOMPARE(catalog.byImageId(QStringLiteral("sha256:b")).size(), 1);
        QVERIFY(catalog.remove(QStringLiteral("tools/c:2.0.0")));
        QCOMPARE(catalog.list().size(), 2);
    }

    void refusesFailedBuilds()
    {
        Catalog catalog(m_db);
        BuildResult failed = built(QStringLiteral("fleet/a:1.0.0"), QString(), QStringLiteral("X"), false, 1);
        failed.status = BuildResult::Status::Failed;
        QVERIFY(!catalog.record(failed));
        QVERIFY(catalog.error().contains(QStringLiteral("only built images")));
        QCOMPARE(catalog.list().size(), 0);
    }

    void annotatesEngineImages()
    {
        Catalog catalog(m_db);
        QVERIFY(catalog.record(built(QStringLiteral("fleet/b:1.0.0"), QStringLiteral("sha256:b"),
                                     QStringLiteral("ML"), true, 3000)));
        QList<ImageInfo> images(3);
        images[0].id = QStringLiteral("sha256:b");
        images[1].id = QStringLiteral("sha256:labelled");
        images[1].labels.insert(QStringLiteral("org.opencontainers.image.title"), QStringLiteral("From labels"));
        images[1].labels.insert(QStringLiteral("io.fleetcommander.category"), QStringLiteral("Tools"));
        images[1].labels.insert(QStringLiteral("io.fleetcommander.gpu-required"), QStringLiteral("true"));
        images[2].id = QStringLiteral("sha256:foreign");
        catalog.annotate(&images);
        QCOMPARE(images[0].displayName, QStringLiteral("Display fleet/b:1.0.0"));
        QCOMPARE(images[0].category, QStringLiteral("ML"));
        QVERIFY(images[0].gpuRequired);
        QCOMPARE(images[1].displayName, QStringLiteral("From labels"));
        QVERIFY(images[1].gpuRequired);
        QVERIFY(images[2].displayName.isEmpty());
        QVERIFY(!images[2].gpuRequired);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
