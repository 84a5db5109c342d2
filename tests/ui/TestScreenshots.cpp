#include "ImageLibraryModel.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "JobsTreeModel.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "NodesPanel.h"
#include "ThroughputChart.h"
#include "TileActivity.h"
#include "Translations.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fleet;

// The app's own pictures of itself, in a light and a dark palette: the main window during a push, the Jobs panel
// with the running push (progress per stage, throughput plot) and the node panel. Written to
// $FLEET_SCREENSHOT_DIR (the README's docs/screenshots: FLEET_SCREENSHOT_DIR=$PWD/docs/screenshots ctest -R
// TestScreenshots), else to the build tree; each is checked for its size and its palette.
class TestScreenshots final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x52, 0x58));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        return dark;
    }

    static QString outputDir()
    {
        const QString wanted = qEnvironmentVariable("FLEET_SCREENSHOT_DIR");
        const QString dir = wanted.isEmpty() ? qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/screenshots")
                                             : wanted;
        QDir().mkpath(dir);
        return dir;
    }

    // Mean lightness (0..255) of an image, sampled.
    static int lightness(const QImage &image)
    {
        qint64 sum = 0, count = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4, ++count)
                sum += image.pixelColor(x, y).lightness();
        return count ? int(sum / count) : 0;
    }

    static JobUpdate push(quint64 id, const QString &node, qint64 elapsedMs, double fraction)
    {
        constexpr qint64 size = 182LL << 20;
        JobUpdate job;
        job.id = id;
        job.batchId = 1;
        job.node = node;
        job.image = QStringLiteral("fleetlab/model-server:2.1.0");
        job.state = JobState::Running;
        job.stage = StageKind::Transfer;
        job.runEnabled = true;
        StageRecord &save = job.stageRecord(StageKind::Save);
        save.state = JobState::Succeeded;
        save.progress = Progress{size, size, 2400};
        StageRecord &transfer = job.stageRecord(StageKind::Transfer);
        transfer.state = JobState::Running;
        transfer.progress = Progress{qint64(double(size) * fraction), size, elapsedMs};
        StageRecord &load = job.stageRecord(StageKind::Load);
        load.state = JobState::Running;
        load.progress = Progress{qint64(double(size) * fraction * 0.8), size, elapsedMs};
        job.message = QStringLiteral("%1: transferring").arg(node);
        return job;
    }

    // The window with a fleet, a library and one push to three nodes half way.
    static void stage(MainWindow &window)
    {
        window.nodeModel()->setNodes(test::sampleFleet(10));
        window.imageModel()->setImages({test::makeImage(QStringLiteral("fleetlab/model-server:2.1.0"), 182 << 20, 1),
                                        test::makeImage(QStringLiteral("fleet/hello-busybox:1.0.0"), 2 << 20, 3),
                                        test::makeImage(QStringLiteral("fleet/gpu-smoke:0.1.0"), 2 << 20, 3),
                                        test::makeImage(QStringLiteral("fleetlab/metrics:0.9.3"), 12 << 20, 9)});
        auto *tiles = new TileActivity(window.nodeModel(), &window);
        const QStringList nodes{QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.16"),
                                QStringLiteral("127.0.90.17")};
        for (int i = 0; i < nodes.size(); ++i) {
            // Samples every half second, as the runner reports them: a rate that varies with the link.
            double fraction = 0.0;
            for (int step = 0; step <= 12; ++step) {
                fraction += (0.035 + 0.012 * ((step * 7 + i * 3) % 5)) / (1 + i * 0.35);
                const JobUpdate job = push(quint64(i + 1), nodes.at(i), 500 * step, fraction);
                if (step == 0)
                    window.jobsModel()->addJob(job);
                else
                    window.jobsModel()->updateJob(job);
                tiles->jobChanged(job);
            }
        }
        window.jobsModel()->flushPendingChanges();
        // One push to three nodes is one batch row (aggregate progress, "0 of 3 nodes done"), opened to its nodes.
        QTreeView *jobs = window.jobsPanel()->view();
        jobs->expandAll();
        jobs->setCurrentIndex(window.jobsPanel()->tree()->indexOfJob(1));
        window.jobsPanel()->updateChart();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        Translations::install(QLocale(QLocale::English)); // the plural forms, as the program has them
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); // the same look on every desktop
    }

    void windowPushAndNodesInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void windowPushAndNodesInLightAndDark()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        {
            MainWindow window;
            window.resize(1400, 860);
            stage(window);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(100);
            QCOMPARE(window.jobsPanel()->chart()->stageNames().size(), 3); // save, transfer, load of the push
            const JobsTreeModel *tree = window.jobsPanel()->tree();
            QCOMPARE(tree->rowCount(), 1);
            QCOMPARE(tree->rowCount(tree->index(0, 0)), 3);
            QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("0 of 3 nodes done"));
            QVERIFY(window.jobsPanel()->view()->isExpanded(tree->index(0, 0)));

            struct Shot
            {
                QWidget *widget;
                const char *name;
                QSize minimum;
            };
            const Shot shots[] = {{&window, "main", QSize(1300, 800)},
                                  {window.jobsPanel(), "push", QSize(600, 120)},
                                  {window.nodesPanel(), "nodes", QSize(400, 200)}};
            for (const Shot &shot : shots) {
                const QImage image = shot.widget->grab().toImage();
                QVERIFY2(image.width() >= shot.minimum.width() && image.height() >= shot.minimum.height(),
                         qPrintable(QStringLiteral("%1: %2x%3").arg(QLatin1String(shot.name)).arg(image.width())
                                        .arg(image.height())));
                const int light = lightness(image);
                QVERIFY2(dark ? light < 110 : light > 150,
                         qPrintable(QStringLiteral("%1-%2 has lightness %3").arg(QLatin1String(shot.name), suffix)
                                        .arg(light)));
                const QString file = QDir(outputDir()).filePath(QStringLiteral("%1-%2.png")
                                                                    .arg(QLatin1String(shot.name), suffix));
                QVERIFY2(image.save(file, "PNG"), qPrintable(file));
                QVERIFY2(QFileInfo(file).size() < 200 * 1024, qPrintable(QStringLiteral("%1 is %2 bytes")
                                                                           .arg(file).arg(QFileInfo(file).size())));
            }
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
