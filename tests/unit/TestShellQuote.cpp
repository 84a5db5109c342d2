#include "util/ShellQuote.h"

#include <QProcess>
#include <QTest>

using fleet::shellQuote;

// Each value is quoted, handed to a real /bin/sh, and must come back byte for byte: the only proof that counts.
class TestShellQuote final : public QObject
{
    Q_OBJECT

private:
    static QString throughShell(const QString &quoted)
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + quoted});
        sh.waitForFinished();
        return QString::fromUtf8(sh.readAllStandardOutput());
    }

private Q_SLOTS:
    void roundTripsThroughShell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("fleetlab/test:1.0.0");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("two words");
        QTest::newRow("single quote") << QStringLiteral("it's");
        QTest::newRow("command substitution") << QStringLiteral("$(touch /tmp/pwned)");
        QTest::newRow("backticks") << QStringLiteral("`id`");
        QTest::newRow("separators") << QStringLiteral("a; rm -rf / && b | c");
        QTest::newRow("glob") << QStringLiteral("*");
        QTest::newRow("newline") << QStringLiteral("line1\nline2");
        QTest::newRow("dollar var") << QStringLiteral("$HOME");
        QTest::newRow("unicode") << QStringLiteral("grüße");
        QTest::newRow("leading dash") << QStringLiteral("-rf");
    }
    void roundTripsThroughShell()
    {
        QFETCH(QString, value);
        QCOMPARE(throughShell(shellQuote(value)), value);
    }

    void plainWordsStayReadable()
    {
        QCOMPARE(shellQuote(QStringLiteral("registry.local:5000/app:1.2.3")),
                 QStringLiteral("registry.local:5000/app:1.2.3"));
        QCOMPARE(shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
    }

    void joinQuotesEachWord()
    {
        QCOMPARE(fleet::shellJoin({QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("x y")}),
                 QStringLiteral("docker run 'x y'"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "TestShellQuote.moc"
