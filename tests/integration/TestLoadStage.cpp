#include "PushLab.h"

#include "lab/LabEnvironment.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::PushLab;

// The Load stage shows real progress on the lab's Docker 20.10 nodes (whose CLI goes quiet off a terminal): in
// scp mode how far `docker load` read the archive on the node (LoadProgress's wrapper, over the same channel), in
// stream mode what the node's `docker load` took in while the bytes arrived; both rise during the load, end at
// the archive's size, load the same image and leave nothing in the node's TMPDIR.
class TestLoadStage final : public QObject
{
    Q_OBJECT

    PushLab m_push;
    QTemporaryDir m_tmp;
    const QString m_image = QStringLiteral("fleetlab/load-progress:1.0.0");

    struct Seen
    {
        QMutex mutex;
        QList<qint64> loadDone;  // the Load stage's bytes each time they changed while it ran
        qint64 loadTotal = -1;
        bool besideTransfer = false; // Load ran while Transfer still did
        StageKind currentDuringBeside = StageKind::Load;
    };

    // Pushes the image to node index `node` in `mode`, recording the Load stage as the worker saw it.
    JobUpdate push(int node, TransferMode mode, Seen *seen)
    {
        m_push.removeFromNode(node, m_image);
        JobRunner::Settings s = m_push.settings();
        s.workerObserver = [seen](const JobUpdate &job) {
            const StageRecord &load = job.stageRecord(StageKind::Load);
            if (load.state != JobState::Running)
                return;
            QMutexLocker lock(&seen->mutex);
            if (job.stageRecord(StageKind::Transfer).state == JobState::Running) {
                seen->besideTransfer = true;
                seen->currentDuringBeside = job.stage;
            }
            if (load.progress.done > 0 && (seen->loadDone.isEmpty() || seen->loadDone.last() != load.progress.done))
                seen->loadDone << load.progress.done;
            seen->loadTotal = load.progress.total;
        };
        PushRequest r = m_push.request(m_image, {m_push.lab.nodes.at(node)}, mode);
        r.delta = false; // the whole archive, so the totals are known
        r.compress = WireCompression::None;
        return m_push.pushOne(r, s);
    }

    static QString rising(const QList<qint64> &values)
    {
        QStringList text;
        for (qint64 v : values)
            text << QString::number(v);
        for (int i = 1; i < values.size(); ++i)
            if (values.at(i) < values.at(i - 1))
                return QStringLiteral("went back: ") + text.join(QLatin1Char(' '));
        qInfo("load steps (%lld): %s", qint64(values.size()), qPrintable(text.mid(0, 12).join(QLatin1Char(' '))));
        return values.size() >= 3 ? QString() : QStringLiteral("too few steps: ") + text.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_push.init(m_tmp.path());
        FLEET_REQUIRE_LAB(m_push.lab);
        QString out;
        QVERIFY2(m_push.lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--layers"), QStringLiteral("3"),
                                 QStringLiteral("--mb"), QStringLiteral("120")}, &out) == 0, qPrintable(out));
    }

    void scpModeReportsHowFarTheLoadReadTheArchive()
    {
        Seen seen;
        const JobUpdate job = push(1, TransferMode::Scp, &seen);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        const StageRecord &load = job.stageRecord(StageKind::Load);
        QCOMPARE(load.state, JobState::Succeeded);
        const qint64 archive = job.stageRecord(StageKind::Transfer).progress.total;
        QVERIFY(archive > 100'000'000);
        QCOMPARE(seen.loadTotal, archive);
        FLEET_VERIFY_EMPTY(rising(seen.loadDone));
        QCOMPARE(seen.loadDone.last(), archive); // the whole file was read
        QVERIFY(!seen.besideTransfer); // scp: the load starts after the upload
        QCOMPARE(load.progress.done, archive);
        QVERIFY2(job.message.contains(QLatin1String("Loaded image")), qPrintable(job.message));
        QVERIFY(m_push.nodeHasImage(1, m_image));
        QCOMPARE(m_push.leftoverPartials(1), 0);
    }

    void streamModeCountsWhatTheLoadTookInWhileTheBytesArrive()
    {
        Seen seen;
        const JobUpdate job = push(2, TransferMode::Stream, &seen);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.stageRecord(StageKind::Load).state, JobState::Succeeded);
        QVERIFY(seen.besideTransfer);
        QCOMPARE(seen.currentDuringBeside, StageKind::Transfer); // the transfer is what the job shows meanwhile
        FLEET_VERIFY_EMPTY(rising(seen.loadDone));
        const qint64 sent = job.stageRecord(StageKind::Transfer).progress.done;
        QCOMPARE(seen.loadDone.last(), sent);
        QCOMPARE(job.stageRecord(StageKind::Load).progress.done, sent);
        QVERIFY(m_push.nodeHasImage(2, m_image));
    }

    void cleanupTestCase()
    {
        for (int node : {1, 2})
            m_push.removeFromNode(node, m_image);
    }
};

QTEST_GUILESS_MAIN(TestLoadStage)
#include "TestLoadStage.moc"
