#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// fleetctl's human output carries text it did not write (node names, file names, agent and docker messages): no
// escape sequence in it reaches the terminal, while --json keeps the text exact. Exercised with a history file
// whose name holds an OSC title sequence and a screen clear (the error message names the file). No lab needed.
class TestCliTerminalOutput final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static Run fleetctl(const QStringList &args)
    {
        QProcess process;
        process.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"), args);
        process.waitForFinished(30000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void escapeSequencesNeverReachTheTerminal()
    {
        QVERIFY(m_dir.isValid());
        const QString hostile = m_dir.filePath(QStringLiteral("h\x1b]0;pwned\x07\x1b[2J\r.db"));
        QFile file(hostile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x')); // not a database: fleetctl says so, naming the file
        file.close();

        const Run human = fleetctl({QStringLiteral("--db"), hostile, QStringLiteral("nodes")});
        QCOMPARE(human.code, 1);
        QVERIFY2(human.err.contains("history database"), human.err.constData());
        QVERIFY2(!human.err.contains('\x1b') && !human.err.contains('\x07') && !human.err.contains('\r'),
                 human.err.toHex().constData());
        QVERIFY2(human.err.contains("h\\x0d.db"), human.err.constData()); // the CR is shown, not obeyed

        const Run json = fleetctl({QStringLiteral("--json"), QStringLiteral("--db"), hostile, QStringLiteral("nodes")});
        QCOMPARE(json.code, 1);
        const QJsonObject error = QJsonDocument::fromJson(json.out.trimmed().split('\n').last()).object();
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(hostile), json.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTerminalOutput)
#include "TestCliTerminalOutput.moc"
