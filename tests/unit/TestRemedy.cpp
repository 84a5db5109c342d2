#include "util/Remedy.h"

#include <QTest>

using namespace fleet;

// The fixes core's messages name: both faces' words, and a host that reaches the command line always quoted.
class TestRemedy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesBothFaces()
    {
        for (const QString &text : {Remedy::trustHostKey(QStringLiteral("node7")),
                                    Remedy::reinstallAgent(QStringLiteral("node7")),
                                    Remedy::removeAndReinstallAgent(QStringLiteral("node7"))}) {
            QVERIFY2(text.contains(QLatin1String("Fleet Commander")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("`fleetctl ")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("node7")), qPrintable(text));
        }
        QVERIFY(Remedy::replaceHostKey(QStringLiteral("node7")).contains(QLatin1String("--forget")));
    }

    void hostileHostIsQuoted()
    {
        const QString text = Remedy::trustHostKey(QStringLiteral("a;touch /tmp/x"));
        QVERIFY2(text.contains(QLatin1String("'a;touch /tmp/x'")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRemedy)
#include "TestRemedy.moc"
