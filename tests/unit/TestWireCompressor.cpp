#include "transfer/WireCompressor.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <zstd.h>

using namespace fleet;

// The zstd frames of a compressed push: whatever mix of compressed and raw frames the policy chose, libzstd and
// the zstd program a node runs give back exactly the bytes that went in; random data is stored, not squeezed;
// Auto compresses text on a slow link and stores it on a link faster than compressing.
namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray text(qsizetype size)
{
    QByteArray line = "fleet commander pushes images to the nodes of a small fleet, layer by layer\n";
    QByteArray data;
    while (data.size() < size)
        data += line + QByteArray::number(data.size()) + '\n';
    return data.left(size);
}

struct Run
{
    QByteArray wire;
    int compressed = 0;
    int raw = 0;
};

Run compress(const QByteArray &input, WireCompressor::Policy policy, double linkRate, qsizetype step = 100000)
{
    Run run;
    WireCompressor c(policy, [&run](const char *data, qint64 size) {
        run.wire.append(data, qsizetype(size));
        return true;
    });
    c.setLinkRate(linkRate);
    for (qsizetype at = 0; at < input.size(); at += step)
        c.feed(input.constData() + at, qMin(step, input.size() - at));
    c.finish();
    run.compressed = c.compressedBlocks();
    run.raw = c.rawBlocks();
    return run;
}

QByteArray decompress(const QByteArray &wire, QString *error)
{
    ZSTD_DStream *stream = ZSTD_createDStream();
    QByteArray out;
    QByteArray buffer(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer in{wire.constData(), size_t(wire.size()), 0};
    size_t last = 0;
    while (in.pos < in.size) {
        ZSTD_outBuffer o{buffer.data(), size_t(buffer.size()), 0};
        last = ZSTD_decompressStream(stream, &o, &in);
        if (ZSTD_isError(last)) {
            *error = QString::fromUtf8(ZSTD_getErrorName(last));
            break;
        }
        out.append(buffer.constData(), qsizetype(o.pos));
    }
    if (error->isEmpty() && last != 0)
        *error = QStringLiteral("the last frame is incomplete");
    ZSTD_freeDStream(stream);
    return out;
}

} // namespace

class TestWireCompressor final : public QObject
{
    Q_OBJECT

private slots:
    void rawFramesAreZstdFrames()
    {
        for (qint64 size : {qint64(0), qint64(1), qint64(128 * 1024), qint64(128 * 1024 + 1), qint64(1 << 20)}) {
            const QByteArray data = randomBytes(size);
            const QByteArray frame = WireCompressor::rawFrame(data.constData(), data.size());
            QString error;
            QCOMPARE(decompress(frame, &error), data);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(frame.size() <= data.size() + 6 + 3 * (data.size() / (128 * 1024) + 1));
        }
    }

    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("policy");
        QTest::addColumn<double>("linkRate");
        const QByteArray mixed = randomBytes(3 << 20) + text(3 << 20) + randomBytes(100) + text(12345);
        for (auto [name, policy] : {std::pair{"always", WireCompressor::Policy::Always},
                                    std::pair{"auto", WireCompressor::Policy::Auto}}) {
            QTest::addRow("%s empty", name) << QByteArray() << int(policy) << 12.5e6;
            QTest::addRow("%s random", name) << randomBytes(5 << 20) << int(policy) << 12.5e6;
            QTest::addRow("%s text", name) << text(5 << 20) << int(policy) << 12.5e6;
            QTest::addRow("%s mixed slow", name) << mixed << int(policy) << 12.5e6;
            QTest::addRow("%s mixed fast", name) << mixed << int(policy) << 1e12;
        }
    }

    void roundTrips()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, policy);
        QFETCH(double, linkRate);
        const Run run = compress(input, WireCompressor::Policy(policy), linkRate);
        QString error;
        QCOMPARE(decompress(run.wire, &error), input);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void randomDataIsStoredNotSqueezed()
    {
        const QByteArray input = randomBytes(40 << 20);
        const Run run = compress(input, WireCompressor::Policy::Auto, 12.5e6);
        QCOMPARE(run.raw, 40);
        QVERIFY2(run.compressed == 0, qPrintable(QString::number(run.compressed)));
        QVERIFY(run.wire.size() < input.size() + input.size() / 1000); // framing only
    }

    void autoCompressesTextOnASlowLinkOnly()
    {
        const QByteArray input = text(8 << 20);
        const Run slow = compress(input, WireCompressor::Policy::Auto, 12.5e6); // 100 Mbit/s
        QCOMPARE(slow.compressed, 8);
        QVERIFY(slow.wire.size() < input.size() / 10);
        const Run fast = compress(input, WireCompressor::Policy::Auto, 1e12); // faster than any compressor
        QCOMPARE(fast.compressed, 0);
        // Mixed data on a slow link: the text halves are compressed, the random ones stored.
        const QByteArray mixed = randomBytes(8 << 20) + text(8 << 20);
        const Run both = compress(mixed, WireCompressor::Policy::Auto, 12.5e6);
        QVERIFY2(both.compressed == 8 && both.raw == 8, qPrintable(QStringLiteral("%1 %2").arg(both.compressed)
                                                                        .arg(both.raw)));
    }

    void theZstdProgramReadsTheStream()
    {
        const QString zstd = QStandardPaths::findExecutable(QStringLiteral("zstd"));
        if (zstd.isEmpty())
            QFAIL("zstd is not installed (scripts/install-deps --test installs it)");
        const QByteArray input = randomBytes(2 << 20) + text(2 << 20) + randomBytes(777);
        const Run run = compress(input, WireCompressor::Policy::Auto, 12.5e6);
        QVERIFY(run.compressed > 0 && run.raw > 0);
        QProcess process;
        process.start(zstd, {QStringLiteral("-dcq")});
        QVERIFY(process.waitForStarted());
        process.write(run.wire);
        process.closeWriteChannel();
        QByteArray out;
        while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
        }
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(out.size(), input.size());
        QVERIFY(out == input);
    }
};

QTEST_GUILESS_MAIN(TestWireCompressor)
#include "TestWireCompressor.moc"
