#include "DragPayload.h"
#include "ImageLibraryModel.h"
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
