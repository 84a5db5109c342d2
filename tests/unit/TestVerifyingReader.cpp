#include "images/stores/VerifyingReader.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace fleet;

namespace {

// A source that hands out `data` in pieces of at most `piece` bytes and counts what it gave.
struct Source
{
    QByteArray data;
    qint64 piece = 4096;
    qint64 offset = 0;
    qint64 failAt = -1; // -1: never

    qint64 operator()(char *buffer, qint64 max)
    {
        if (failAt >= 0 && offset >= failAt)
            return -1;
        const qint64 n = qMin(qMin(max, piece), qint64(data.size()) - offset);
        std::memcpy(buffer, data.constData() + offset, size_t(n));
        offset += n;
        return n;
    }
};

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(size);
    for (char &c : data)
        c = char(generator.bounded(256));
    return data;
}

// Reads like `docker load` would, in 64 KiB requests; returns the bytes delivered, or stops at -1.
QByteArray drain(VerifyingReader &reader, qint64 *lastResult)
{
    QByteArray out;
    QByteArray buffer(65536, Qt::Uninitialized);
    while (true) {
        const qint64 n = reader.read(buffer.data(), buffer.size());
        *lastResult = n;
        if (n <= 0)
            return out;
        out.append(buffer.constData(), qsizetype(n));
    }
}

} // namespace

// The gate between an archive and `docker load`: good archives pass whole, and the end of a bad one never does.
class TestVerifyingReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesAGoodArchiveWhole_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<qint64>("holdBack");
        QTest::newRow("bigger than hold-back") << 3 * 1024 * 1024 + 17 << qint64(1 << 20);
        QTest::newRow("smaller than hold-back") << 1000 << qint64(1 << 20);
        QTest::newRow("exactly hold-back") << 4096 << qint64(4096);
        QTest::newRow("empty") << 0 << qint64(1024);
    }

    void passesAGoodArchiveWhole()
    {
        QFETCH(int, size);
        QFETCH(qint64, holdBack);
        Source source{randomBytes(size)};
        VerifyingReader reader(std::ref(source), size, sha(source.data), holdBack);
        qint64 last = 0;
        const QByteArray out = drain(reader, &last);
        QCOMPARE(last, qint64(0));
        QVERIFY(!reader.failed());
        QCOMPARE(out.size(), size);
        QVERIFY(out == source.data);
        QCOMPARE(reader.delivered(), qint64(size));
    }

    void holdsBackTheTailOfADamagedArchive()
    {
        QByteArray good = randomBytes(2 * 1024 * 1024);
        Source source{good};
        source.data[1500000] = char(source.data.at(1500000) ^ 0x01);
        const qint64 holdBack = 256 * 1024;
        VerifyingReader reader(std::ref(source), good.size(), sha(good), holdBack);
        qint64 last = 0;
        const QByteArray out = drain(reader, &last);
        QCOMPARE(last, qint64(-1));
        QVERIFY(reader.mismatched());
        QVERIFY2(reader.problem().contains(QStringLiteral("sha256")), qPrintable(reader.problem()));
        QCOMPARE(out.size(), good.size() - holdBack); // the tar's end never reached the daemon
        QCOMPARE(reader.read(out.isEmpty() ? nullptr : const_cast<char *>(out.constData()), 1), qint64(-1));
    }

    void refusesShortAndLongArchives()
    {
        const QByteArray data = randomBytes(100000);
        {
            Source source{data.left(90000)};
            VerifyingReader reader(std::ref(source), data.size(), sha(data), 50000);
            qint64 last = 0;
            drain(reader, &last);
            QCOMPARE(last, qint64(-1));
            QVERIFY2(reader.problem().contains(QStringLiteral("ended after 90000")), qPrintable(reader.problem()));
        }
        {
            Source source{data.left(30000)}; // ends before the hold-back even starts
            VerifyingReader reader(std::ref(source), data.size(), sha(data), 50000);
            qint64 last = 0;
            drain(reader, &last);
            QCOMPARE(last, qint64(-1));
            QVERIFY2(reader.problem().contains(QStringLiteral("ended after 30000")), qPrintable(reader.problem()));
        }
        {
            Source source{data + "extra"};
            VerifyingReader reader(std::ref(source), data.size(), sha(data), 50000);
            qint64 last = 0;
            const QByteArray out = drain(reader, &last);
            QCOMPARE(last, qint64(-1));
            QVERIFY2(reader.problem().contains(QStringLiteral("longer")), qPrintable(reader.problem()));
            QCOMPARE(out.size(), data.size() - 50000);
        }
    }

    void aReadErrorIsNotAMismatch()
    {
        Source source{randomBytes(300000)};
        source.failAt = 100000;
        VerifyingReader reader(std::ref(source), source.data.size(), sha(source.data), 50000);
        qint64 last = 0;
        drain(reader, &last);
        QCOMPARE(last, qint64(-1));
        QVERIFY(reader.failed());
        QVERIFY(!reader.mismatched()); // the caller reports its own read error
    }
};

QTEST_GUILESS_MAIN(TestVerifyingReader)
#include "TestVerifyingReader.moc"
