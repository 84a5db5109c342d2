#include "discovery/AdaptiveTimeout.h"

#include <QTest>

using namespace fleet;

// AdaptiveTimeout: the connect bound follows the answers, within [floor, user's timeout].
class TestAdaptiveTimeout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtTheUserTimeout()
    {
        AdaptiveTimeout t(400, 100, true);
        QCOMPARE(t.boundMicros(), qint64(400000));
        t.addSample(50);
        t.addSample(50);
        QCOMPARE(t.boundMicros(), qint64(400000)); // too few answers to trust yet
    }

    void fastAnswersShrinkItToTheFloor()
    {
        AdaptiveTimeout t(400, 100, true);
        for (int i = 0; i < 20; ++i)
            t.addSample(60 + i % 5);
        QCOMPARE(t.boundMicros(), qint64(100000));
    }

    void slowAnswersKeepAMargin()
    {
        AdaptiveTimeout t(400, 100, true);
        for (int i = 0; i < 20; ++i)
            t.addSample(30000); // 30 ms Wi-Fi: 8 × 30 ms = 240 ms
        QVERIFY2(t.boundMicros() >= 240000 && t.boundMicros() < 400000, qPrintable(QString::number(t.boundMicros())));
        for (int i = 0; i < 20; ++i)
            t.addSample(900000); // slower than the user's bound: never above it
        QCOMPARE(t.boundMicros(), qint64(400000));
    }

    void disabledStaysFixed()
    {
        AdaptiveTimeout t(400, 100, false);
        for (int i = 0; i < 20; ++i)
            t.addSample(50);
        QCOMPARE(t.boundMicros(), qint64(400000));
    }

    void floorNeverAboveTheTimeout()
    {
        AdaptiveTimeout t(50, 100, true);
        for (int i = 0; i < 20; ++i)
            t.addSample(10);
        QCOMPARE(t.boundMicros(), qint64(50000));
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveTimeout)
#include "TestAdaptiveTimeout.moc"
