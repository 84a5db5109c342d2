#include "DragPayload.h"
#include "ImageLibraryModel.h"
#include "images/Catalog.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

using namespace fleet;

class TestImageLibraryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        ImageLibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages({test::makeImage(QStringLiteral("a:1"), 10, 3), test::makeImage(QStringLiteral("b:1"), 20, 1)});
        model.setImages({});
        QCOMPARE(model.rowCount(), 0);
    }

    void newestFirstAndUntaggedByIdentifier()
    {
        ImageLibraryModel model;
        ImageInfo untagged = test::makeImage(QStringLiteral("x"), 1, 0);
        untagged.repoTags = {QStringLiteral("<none>:<none>")};
        model.setImages({test::makeImage(QStringLiteral("old:1"), 10, 30), untagged,
                         test::makeImage(QStringLiteral("new:1"), 10, 1)});
        QCOMPARE(model.index(0, 0).data(ImageLibraryModel::ReferenceRole).toString(), untagged.id);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("new:1"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("old:1"));
        QCOMPARE(model.index(1, ImageLibraryModel::SizeColumn).data().toString(), QStringLiteral("10 B"));
    }

    // What the desktop's lister does on its worker: the catalog's metadata (by image ID), else the labels the
    // builder writes into every image; the model shows both through the tester.
    void showsCatalogMetadata()
    {
        ImageInfo built = test::makeImage(QStringLiteral("fleet/gpu-smoke:0.1.0"), 100, 1);
        ImageInfo labelled = test::makeImage(QStringLiteral("fleet/hello-busybox:1.0.0"), 200, 2);
        labelled.labels = {{QStringLiteral("org.opencontainers.image.title"), QStringLiteral("Hello (busybox)")},
                           {QStringLiteral("io.fleetcommander.category"), QStringLiteral("Diagnostics")},
                           {QStringLiteral("io.fleetcommander.gpu-required"), QStringLiteral("false")}};
        const ImageInfo plain = test::makeImage(QStringLiteral("debian:12"), 300, 3);
        CatalogEntry entry;
        entry.imageId = built.id;
        entry.metadata.displayName = QStringLiteral("GPU smoke test");
        entry.metadata.category = QStringLiteral("Diagnostics");
        entry.metadata.gpuRequired = true;
        QList<ImageInfo> images{built, labelled, plain};
        Catalog::annotate(&images, {entry});

        ImageLibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(images);
        QCOMPARE(model.columnCount(), int(ImageLibraryModel::ColumnCount));
        QCOMPARE(model.headerData(ImageLibraryModel::CategoryColumn, Qt::Horizontal).toString(), QStringLiteral("Category"));
        QCOMPARE(model.headerData(ImageLibraryModel::GpuColumn, Qt::Horizontal).toString(), QStringLiteral("GPU"));

        const int gpu = model.rowOfReference(QStringLiteral("fleet/gpu-smoke:0.1.0"));
        QCOMPARE(model.index(gpu, ImageLibraryModel::NameColumn).data().toString(), QStringLiteral("GPU smoke test"));
        QCOMPARE(model.index(gpu, ImageLibraryModel::CategoryColumn).data().toString(), QStringLiteral("Diagnostics"));
        QCOMPARE(model.index(gpu, ImageLibraryModel::GpuColumn).data().toString(), QStringLiteral("GPU"));
        QVERIFY(model.index(gpu, 0).data(ImageLibraryModel::GpuRequiredRole).toBool());
        QVERIFY(model.index(gpu, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("fleet/gpu-smoke:0.1.0")));
        QVERIFY(model.index(gpu, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("GPU")));
        // The drag still carries the reference, not the display name.
        QCOMPARE(model.index(gpu, 0).data(ImageLibraryModel::ReferenceRole).toString(), QStringLiteral("fleet/gpu-smoke:0.1.0"));

        const int hello = model.rowOfReference(QStringLiteral("fleet/hello-busybox:1.0.0"));
        QCOMPARE(model.index(hello, ImageLibraryModel::NameColumn).data().toString(), QStringLiteral("Hello (busybox)"));
        QCOMPARE(model.index(hello, 0).data(ImageLibraryModel::CategoryRole).toString(), QStringLiteral("Diagnostics"));
        QVERIFY(model.index(hello, ImageLibraryModel::GpuColumn).data().toString().isEmpty());
        QVERIFY(!model.index(hello, 0).data(ImageLibraryModel::GpuRequiredRole).toBool());

        const int other = model.rowOfReference(QStringLiteral("debian:12"));
        QCOMPARE(model.index(other, ImageLibraryModel::NameColumn).data().toString(), QStringLiteral("debian:12"));
        QVERIFY(model.index(other, ImageLibraryModel::CategoryColumn).data().toString().isEmpty());
        QVERIFY(model.findImage(QStringLiteral("debian:12")));
        QVERIFY(!model.findImage(QStringLiteral("absent:1")));
    }

    void mimeDataRoundTripsThroughDragPayload()
    {
        ImageLibraryModel model;
        model.setImages({test::makeImage(QStringLiteral("web:1"), 10, 2), test::makeImage(QStringLiteral("db:1"), 10, 1)});
        QModelIndexList cells{model.index(0, 0), model.index(0, 1), model.index(1, 2), model.index(1, 0)};
        std::unique_ptr<QMimeData> data(model.mimeData(cells));
        QVERIFY(data);
        QVERIFY(data->hasFormat(DragPayload::imageMimeType()));
        const DragPayload payload = DragPayload::decode(data.get());
        QCOMPARE(payload.images, (QStringList{QStringLiteral("db:1"), QStringLiteral("web:1")}));
        QVERIFY(payload.archives.isEmpty());
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!model.mimeData({}));
    }
};

QTEST_GUILESS_MAIN(TestImageLibraryModel)
#include "TestImageLibraryModel.moc"
