#include "agent/SecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace fleet;

// SecretStore against a real Secret Service: gnome-keyring on a private D-Bus session, started by
// tests/tools/with-keyring (which ctest wraps this test in), reached through qtkeychain and libsecret exactly as
// on a desktop. Write, read back, overwrite, remove; the keyring holds the secret (secret-tool sees it) and the
// 0600 file does not; and when no keyring answers (a bus without a Secret Service, a dead bus, no bus at all) the
// file takes it. Those cases run in a child process of this binary: a process keeps its first session bus.

namespace {

const QString kService = QStringLiteral("fleet-commander-agent"); // SecretStore's service name in the keychain

// Child mode: `TestSecretStoreKeyring --child write|write-keychain|read|remove FILE REFERENCE [TOKEN]`; prints one JSON line.
int childMain(const QStringList &args)
{
    const QString action = args.value(0);
    const bool keychainOnly = action == QLatin1String("write-keychain");
    SecretStore store(keychainOnly ? SecretStore::Backend::Keychain : SecretStore::Backend::Auto, args.value(1));
    QString error;
    QJsonObject out;
    if (action == QLatin1String("write") || keychainOnly) {
        out.insert(QStringLiteral("ok"),
                   store.write(args.value(2), AgentSecret{args.value(3).toUtf8(), QStringLiteral("sha256:ch")}, &error));
    } else if (action == QLatin1String("read")) {
        const std::optional<AgentSecret> secret = store.read(args.value(2), &error);
        out.insert(QStringLiteral("ok"), secret.has_value());
        out.insert(QStringLiteral("token"), secret ? QString::fromUtf8(secret->token) : QString());
    } else {
        out.insert(QStringLiteral("ok"), store.remove(args.value(2), &error));
    }
    out.insert(QStringLiteral("error"), error);
    out.insert(QStringLiteral("backend"),
               store.lastBackend() == SecretStore::Backend::Keychain ? QStringLiteral("keychain")
                   : store.lastBackend() == SecretStore::Backend::File ? QStringLiteral("file")
                                                                       : QStringLiteral("none"));
    std::puts(QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

class TestSecretStoreKeyring final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshFile() { return m_dir.filePath(QStringLiteral("s%1/agent-secrets.json").arg(++m_counter)); }
    QString freshReference() { return SecretStore::referenceFor(QStringLiteral("127.0.82.%1").arg(++m_counter), 7780); }

    // secret-tool against the private keyring; qtkeychain's libsecret schema keys entries by server and user.
    static QByteArray secretTool(const QStringList &args, int *status = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral("secret-tool"), args);
        if (!process.waitForFinished(10000))
            return "secret-tool did not finish";
        if (status)
            *status = process.exitCode();
        return process.readAllStandardOutput();
    }
    // What the keyring holds for `reference`, decoded (qtkeychain stores binary data as base64, type=base64).
    static QByteArray inKeyring(const QString &reference)
    {
        const QByteArray stored = secretTool({QStringLiteral("lookup"), QStringLiteral("server"), kService,
                                              QStringLiteral("user"), reference});
        return QByteArray::fromBase64(stored.trimmed());
    }
    static int keyringItems(const QString &reference)
    {
        // `search --all` prints one "[/N]" header per item (stdout) and its attributes (stderr): count headers.
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                      QStringLiteral("server"), kService, QStringLiteral("user"),
                                                      reference});
        process.waitForFinished(10000);
        int items = 0;
        for (const QByteArray &line : process.readAll().split('\n'))
            items += line.startsWith("[/") ? 1 : 0;
        return items;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Every file under the throwaway HOME (keyrings included: they are encrypted) that holds `needle` in clear.
    static QStringList filesContaining(const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (fileBytes(path).contains(needle))
                hits << path;
        }
        return hits;
    }

    // Runs this binary in child mode with `environment`; returns its JSON answer.
    static QJsonObject child(const QProcessEnvironment &environment, const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child")} + args);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {{QStringLiteral("error"), QStringLiteral("child did not finish in 30 s")}};
        }
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariable("FLEET_TEST_KEYRING") == QLatin1String("unlocked"),
                 "run through tests/tools/with-keyring (ctest does): this test needs its private Secret Service");
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty());
        // The throwaway HOME of the harness, never the user's.
        QVERIFY(qEnvironmentVariable("HOME").startsWith(QLatin1String("/tmp/fleet-keyring.")));
    }

    void writesReadsOverwritesAndRemovesInTheKeyring()
    {
        const QString file = freshFile();
        const QString ref = freshReference();
        SecretStore store(SecretStore::Backend::Auto, file);
        QString error;
        QVERIFY2(store.write(ref, AgentSecret{"keyring-token-1", QStringLiteral("sha256:k1")}, &error),
                 qPrintable(error));
        QCOMPARE(store.lastBackend(), SecretStore::Backend::Keychain);
        // In the keyring (as qtkeychain encodes it), not in the file.
        QVERIFY2(inKeyring(ref).contains("keyring-token-1"), inKeyring(ref).constData());
        QVERIFY(!fileBytes(file).contains("keyring-token-1"));

        // Another store (another process, later) reads it back.
        SecretStore again(SecretStore::Backend::Auto, file);
        std::optional<AgentSecret> secret = again.read(ref, &error);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(secret->token, QByteArray("keyring-token-1"));
        QCOMPARE(secret->fingerprint, QStringLiteral("sha256:k1"));
        QCOMPARE(again.lastBackend(), SecretStore::Backend::Keychain);

        // Overwrite: one entry, the new value.
        QVERIFY2(again.write(ref, AgentSecret{"keyring-token-2", QStringLiteral("sha256:k2")}, &error),
                 qPrintable(error));
        secret = store.read(ref, &error);
        QVERIFY(secret);
        QCOMPARE(secret->token, QByteArray("keyring-token-2"));
        QCOMPARE(secret->fingerprint, QStringLiteral("sha256:k2"));
        QCOMPARE(keyringItems(ref), 1);
        QVERIFY(!inKeyring(ref).contains("keyring-token-1"));

        // Nothing in clear anywhere under HOME: the keyring file is encrypted, the 0600 file was never written.
        QCOMPARE(filesContaining("keyring-token-2"), QStringList());

        QVERIFY2(store.remove(ref, &error), qPrintable(error));
        error.clear();
        QVERIFY(!store.read(ref, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // gone is not an error
        QCOMPARE(inKeyring(ref), QByteArray());
        QCOMPARE(keyringItems(ref), 0);
        QVERIFY(store.remove(ref, &error)); // removing what is not there is fine
    }

    void explicitKeychainBackend()
    {
        const QString ref = freshReference();
        SecretStore store(SecretStore::Backend::Keychain, freshFile());
        QString error;
        QVERIFY2(store.write(ref, AgentSecret{"explicit-token", {}}, &error), qPrintable(error));
        QCOMPARE(store.read(ref, &error)->token, QByteArray("explicit-token"));
        QVERIFY(inKeyring(ref).contains("explicit-token"));
        QVERIFY(store.remove(ref, &error));
        QCOMPARE(inKeyring(ref), QByteArray());
        QVERIFY(!QFile::exists(store.filePath()));
    }

    void aFileCopyMovesIntoTheKeyring()
    {
        // Written while no keychain answered (a headless login), then the desktop session comes up.
        const QString file = freshFile();
        const QString ref = freshReference();
        const QString other = freshReference();
        SecretStore headless(SecretStore::Backend::File, file);
        QVERIFY(headless.write(ref, AgentSecret{"from-file", QStringLiteral("sha256:ff")}));
        QVERIFY(headless.write(other, AgentSecret{"other-entry", {}}));

        SecretStore desktop(SecretStore::Backend::Auto, file);
        QString error;
        std::optional<AgentSecret> secret = desktop.read(ref, &error); // not in the keyring yet: the file answers
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(secret->token, QByteArray("from-file"));
        QCOMPARE(desktop.lastBackend(), SecretStore::Backend::File);

        QVERIFY2(desktop.write(ref, AgentSecret{"now-in-keyring", QStringLiteral("sha256:kk")}, &error),
                 qPrintable(error));
        QCOMPARE(desktop.lastBackend(), SecretStore::Backend::Keychain);
        const QByteArray left = fileBytes(file);
        QVERIFY2(!left.contains("from-file") && !left.contains(ref.toUtf8()), left.constData()); // stale copy gone
        QVERIFY(left.contains("other-entry")); // the other entry is untouched
        QCOMPARE(desktop.read(ref)->token, QByteArray("now-in-keyring"));
        QCOMPARE(QFileInfo(file).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QVERIFY(desktop.remove(ref));
        QVERIFY(desktop.remove(other));
        QVERIFY(!fileBytes(file).contains("other-entry"));
        QCOMPARE(inKeyring(ref), QByteArray());
    }

    void fallsBackToTheFileWhenNoKeyringAnswers_data()
    {
        QTest::addColumn<QString>("bus");
        QTest::newRow("bus without a Secret Service") << QStringLiteral("empty");
        QTest::newRow("dead bus address") << QStringLiteral("dead");
        QTest::newRow("no session bus") << QStringLiteral("none");
    }

    void fallsBackToTheFileWhenNoKeyringAnswers()
    {
        QFETCH(QString, bus);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QProcess daemon;
        if (bus == QLatin1String("empty")) {
            // A session bus of its own with no service directories: nothing can be activated on it.
            const QString config = m_dir.filePath(QStringLiteral("empty-bus.conf"));
            QFile conf(config);
            QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
            conf.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                                      "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                      "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                                      "<auth>EXTERNAL</auth><policy context=\"default\">"
                                      "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                                      "<allow own=\"*\"/></policy></busconfig>\n")
                           .arg(m_dir.path())
                           .toUtf8());
            conf.close();
            daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                                                         QStringLiteral("--config-file=") + config});
            QVERIFY(daemon.waitForStarted(5000));
            QTRY_VERIFY_WITH_TIMEOUT(daemon.canReadLine(), 5000);
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QString::fromUtf8(daemon.readLine()).trimmed());
        } else if (bus == QLatin1String("dead")) {
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus")));
        } else {
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        }
        const auto stopDaemon = qScopeGuard([&daemon] {
            if (daemon.state() != QProcess::NotRunning) {
                daemon.terminate();
                if (!daemon.waitForFinished(5000))
                    daemon.kill();
                daemon.waitForFinished();
            }
        });

        const QString file = freshFile();
        const QString ref = freshReference();
        QJsonObject answer = child(environment, {QStringLiteral("write"), file, ref, QStringLiteral("fallback-tok")});
        QVERIFY2(answer.value(QLatin1String("ok")).toBool(), QJsonDocument(answer).toJson().constData());
        QCOMPARE(answer.value(QLatin1String("backend")).toString(), QStringLiteral("file"));
        QVERIFY(fileBytes(file).contains("fallback-tok"));
        QCOMPARE(QFileInfo(file).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(inKeyring(ref), QByteArray()); // the real keyring (this process's bus) never saw it

        answer = child(environment, {QStringLiteral("read"), file, ref});
        QCOMPARE(answer.value(QLatin1String("token")).toString(), QStringLiteral("fallback-tok"));
        QCOMPARE(answer.value(QLatin1String("backend")).toString(), QStringLiteral("file"));
        answer = child(environment, {QStringLiteral("remove"), file, ref});
        QVERIFY2(answer.value(QLatin1String("ok")).toBool(), QJsonDocument(answer).toJson().constData());
        QVERIFY(!fileBytes(file).contains("fallback-tok"));

        // Asked for the keychain alone, such a machine says why instead of writing a file.
        const QString keychainOnly = freshFile();
        answer = child(environment, {QStringLiteral("write-keychain"), keychainOnly, ref, QStringLiteral("kc-tok")});
        QVERIFY2(!answer.value(QLatin1String("ok")).toBool(), QJsonDocument(answer).toJson().constData());
        QVERIFY2(answer.value(QLatin1String("error")).toString().contains(QLatin1String("keychain")),
                 QJsonDocument(answer).toJson().constData());
        QVERIFY(!QFile::exists(keychainOnly));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--child"))
        return childMain(args.mid(2));
    TestSecretStoreKeyring test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretStoreKeyring.moc"
