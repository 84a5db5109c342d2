#include "images/BuildLog.h"

#include <QTest>

using fleet::BuildLog;

// The daemon's output arrives in arbitrary pieces; these are shaped like Docker 20.10's classic builder output.
class TestBuildLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsPiecesIntoLines()
    {
        BuildLog log;
        QCOMPARE(log.addText(QStringLiteral("Step 1/3 : FR")), QStringList());
        QCOMPARE(log.addText(QStringLiteral("OM scratch\n ---> \nStep 2/3 : RUN make\n ---> Running in ab")),
                 QStringList({QStringLiteral("Step 1/3 : FROM scratch"), QStringLiteral(" ---> "),
                              QStringLiteral("Step 2/3 : RUN make")}));
        QCOMPARE(log.step(), 2);
        QCOMPARE(log.totalSteps(), 3);
        QCOMPARE(log.instruction(), QStringLiteral("RUN make"));
        QCOMPARE(log.finish(), QStringList({QStringLiteral(" ---> Running in ab")}));
        QCOMPARE(log.finish(), QStringList());
        QCOMPARE(log.text(), QStringLiteral("Step 1/3 : FROM scratch\n ---> \nStep 2/3 : RUN make\n ---> Running in ab\n"));
    }

    void stripsColoursAndCarriageReturns()
    {
        BuildLog log;
        const QStringList lines = log.addText(QStringLiteral("\x1b[91mboom\r\n\x1b[0mcompiling\n"));
        QCOMPARE(lines, QStringList({QStringLiteral("boom"), QStringLiteral("compiling")}));
        QCOMPARE(log.tail(), lines);
    }

    void keepsATailAndCapsTheLog()
    {
        BuildLog log(3);
        for (int i = 0; i < 10; ++i)
            log.addText(QStringLiteral("line %1\n").arg(i));
        QCOMPARE(log.tail(), QStringList({QStringLiteral("line 7"), QStringLiteral("line 8"), QStringLiteral("line 9")}));
        const QString big(1000, QLatin1Char('x'));
        for (int i = 0; i < 3000; ++i)
            log.addText(big + QLatin1Char('\n'));
        log.addText(QStringLiteral("the end\n"));
        QVERIFY(log.text().size() <= BuildLog::kMaxLog + 1100);
        QVERIFY(log.text().startsWith(QStringLiteral("[… earlier output dropped …]")));
        QVERIFY(log.text().endsWith(QStringLiteral("the end\n")));
    }

    void parsesSteps_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("instruction");
        QTest::newRow("plain") << "Step 3/5 : RUN make" << 3 << 5 << "RUN make";
        QTest::newRow("big") << "Step 12/140 : COPY . /src" << 12 << 140 << "COPY . /src";
        QTest::newRow("not a step") << " ---> Running in 1234" << 0 << 0 << "";
        QTest::newRow("output mentioning steps") << "echo Step 1/2 : x" << 0 << 0 << "";
    }
    void parsesSteps()
    {
        QFETCH(QString, line);
        QFETCH(int, step);
        QFETCH(int, total);
        QFETCH(QString, instruction);
        int s = 0, t = 0;
        QString i;
        QCOMPARE(BuildLog::parseStep(line, &s, &t, &i), step > 0);
        QCOMPARE(s, step);
        QCOMPARE(t, total);
        QCOMPARE(i, instruction);
    }
};

QTEST_GUILESS_MAIN(TestBuildLog)
#include "TestBuildLog.moc"
