#include "JobProgressDelegate.h"
#include "JobsModel.h"

#include <QPainter>
#include <QTableView>
#include <QTest>

using namespace fleet;

class TestJobProgressDelegate final : public QObject
{
    Q_OBJECT

    // Paints the transfer cell of a job at `percent` into an image the size of the cell.
    static QImage paintAt(int percent)
    {
        JobsModel model;
        JobUpdate update;
        update.id = 1;
        update.node = QStringLiteral("127.0.90.11");
        update.image = QStringLiteral("web:1");
        update.state = JobState::Running;
        update.stage = StageKind::Transfer;
        StageRecord &transfer = update.stageRecord(StageKind::Transfer);
        transfer.state = percent >= 100 ? JobState::Succeeded : JobState::Running;
        transfer.progress.total = 1000;
        transfer.progress.done = percent * 10;
        transfer.progress.elapsedMs = 1000;
        model.addJob(update);

        QTableView view;
        view.setModel(&model);
        JobProgressDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(0, 0, 200, 24);
        option.widget = &view;
        option.state = QStyle::State_Enabled;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(view.palette().color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, JobsModel::TransferColumn));
        painter.end();
        return image;
    }

    // A column of pixels, away from the centred text.
    static QList<QRgb> column(const QImage &image, int x)
    {
        QList<QRgb> pixels;
        for (int y = 0; y < image.height(); ++y)
            pixels << image.pixel(x, y);
        return pixels;
    }

private Q_SLOTS:
    void paintsEmptyHalfAndFull()
    {
        const QImage empty = paintAt(0), half = paintAt(50), full = paintAt(100);
        const int left = 25, right = 175; // a quarter in from each side, clear of the "50 %" text
        // Empty and full differ on both sides.
        QVERIFY(column(empty, left) != column(full, left));
        QVERIFY(column(empty, right) != column(full, right));
        // Half is filled on the left like full, and empty on the right like empty.
        QCOMPARE(column(half, left), column(full, left));
        QCOMPARE(column(half, right), column(empty, right));
        QVERIFY(half != empty && half != full);
    }

    void otherColumnsPaintAsText()
    {
        JobsModel model;
        JobUpdate update;
        update.id = 1;
        update.node = QStringLiteral("n");
        model.addJob(update);
        JobProgressDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 100, 20);
        QVERIFY(delegate.sizeHint(option, model.index(0, JobsModel::SaveColumn)).width() >= 110);
        QVERIFY(delegate.sizeHint(option, model.index(0, JobsModel::NodeColumn)).width() < 110);
    }
};

QTEST_MAIN(TestJobProgressDelegate)
#include "TestJobProgressDelegate.moc"
