#include "LoopbackServer.h"
#include "PushLab.h"

#include "docker/DockerEngine.h"
#include "images/stores/RegistryStore.h"
#include "transfer/RegistryPull.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <crypt.h>

using namespace fleet;

// The pull stage (issue 13, item 9; seed 004 step 1): an image the workstation lacks, named with a trusted
// registry, is pulled here with the workstation's credentials and then pushed like a local one. The registry is
// Debian's docker-registry with TLS from a CA this test makes and an htpasswd (bcrypt) login.
class TestRegistryPull final : public QObject
{
    Q_OBJECT

private:
    test::PushLab m_push;
    QTemporaryDir m_tmp;
    test::LoopbackServer m_registry;
    const QByteArray m_user = QByteArrayLiteral("fleet-puller");
    const QByteArray m_password = QByteArrayLiteral("pull-") + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QString m_reference; // 127.0.0.1:PORT/fleet/pull-test:1.0.0, only in the registry
    QString m_imageId;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString node(int index) const { return m_push.lab.nodes.at(index); }

    bool openssl(const QStringList &args, QString *output = nullptr, const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        p.write(input);
        p.closeWriteChannel();
        const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        if (!ok)
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
        return ok;
    }

    // A CA, and a server certificate for 127.0.0.1 signed by it.
    bool makeCertificates() const
    {
        QFile ext(path(QStringLiteral("server.ext")));
        if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=IP:127.0.0.1\n") < 0)
            return false;
        ext.close();
        const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=fleet-test-ca"),
                        QStringLiteral("-keyout"), path(QStringLiteral("ca.key")), QStringLiteral("-out"),
                        path(QStringLiteral("ca.crt"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), path(QStringLiteral("server.key")),
                        QStringLiteral("-out"), path(QStringLiteral("server.csr"))})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(QStringLiteral("server.csr")), QStringLiteral("-CA"), path(QStringLiteral("ca.crt")),
                        QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                        path(QStringLiteral("server.ext")), QStringLiteral("-out"), path(QStringLiteral("server.crt"))});
    }

    // An htpasswd line with a bcrypt hash (what docker-registry accepts), made with libcrypt.
    bool writeHtpasswd() const
    {
        char salt[CRYPT_GENSALT_OUTPUT_SIZE];
        if (!crypt_gensalt_rn("$2b$", 10, nullptr, 0, salt, sizeof salt))
            return false;
        crypt_data data{};
        const char *hash = crypt_r(m_password.constData(), salt, &data);
        if (!hash || hash[0] != '$')
            return false;
        QFile file(path(QStringLiteral("htpasswd")));
        return file.open(QIODevice::WriteOnly) && file.write(m_user + ':' + hash + '\n') > 0;
    }

    JobRunner::Settings settings(const QByteArray &password, bool trusted = true) const
    {
        JobRunner::Settings s = m_push.settings();
        const StoreCredentials creds{m_user, password, QStringLiteral("test")};
        s.storeCredentials = [creds](const StoreLocation &l, QString *) -> std::optional<StoreCredentials> {
            if (l.kind == StoreLocation::Kind::Registry)
                return creds;
            return std::nullopt;
        };
        if (trusted)
            s.tagPolicy.trustedRegistries << QStringLiteral("127.0.0.1");
        return s;
    }
    StageRow historyStage(qint64 jobId, StageKind kind) const
    {
        HistoryStore history;
        history.open(m_push.db);
        for (const StageRow &row : history.stages(jobId))
            if (row.kind == kind)
                return row;
        return {};
    }
    bool localHas(const QString &reference) const
    {
        DockerEngine engine(m_push.lab.dockerHost);
        return engine.inspectImage(reference).has_value();
    }
    void dropLocal() const
    {
        DockerEngine engine(m_push.lab.dockerHost);
        engine.removeImage(m_reference, false);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(m_push.init(m_tmp.path()), "the lab is not up: start it with tests/lab/fleetlab up");
        QVERIFY(makeCertificates());
        QVERIFY(writeHtpasswd());
        test::LoopbackServer::RegistryOptions options;
        options.tlsCertificate = path(QStringLiteral("server.crt"));
        options.tlsKey = path(QStringLiteral("server.key"));
        options.htpasswd = path(QStringLiteral("htpasswd"));
        QString error;
        QVERIFY2(m_registry.startRegistry(m_tmp.path(), options, &error), qPrintable(error));

        // The registry speaks TLS with a certificate our CA signed (checked by openssl, not by the code under test).
        QString handshake;
        QVERIFY(openssl({QStringLiteral("s_client"), QStringLiteral("-connect"),
                         QStringLiteral("127.0.0.1:%1").arg(m_registry.port()), QStringLiteral("-CAfile"),
                         path(QStringLiteral("ca.crt")), QStringLiteral("-verify_return_error")},
                        &handshake));
        QVERIFY2(handshake.contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(handshake.left(2000)));

        const QString image = QStringLiteral("fleet-pull-src:1.0.0");
        QString out;
        QVERIFY2(m_push.lab.lab({QStringLiteral("image"), image, QStringLiteral("--mb"), QStringLiteral("1")}, &out) == 0,
                 qPrintable(out));
        QVERIFY(m_push.docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                               QStringLiteral("{{.Id}}"), image}, &out));
        m_imageId = out.trimmed();
        m_reference = QStringLiteral("127.0.0.1:%1/fleet/pull-test:1.0.0").arg(m_registry.port());
        QVERIFY(m_push.docker({QStringLiteral("tag"), image, m_reference}));
        QString parseError;
        const StoreLocation location = StoreLocation::parse(
            QStringLiteral("registry://127.0.0.1:%1").arg(m_registry.port()), &parseError).value();
        DockerEngine engine(m_push.lab.dockerHost);
        RegistryStore registry(location, {m_user, m_password, QStringLiteral("test")},
                               TagPolicy(settings(m_password).tagPolicy));
        QVERIFY2(registry.put(engine, m_reference), qPrintable(registry.error().message));
        dropLocal(); // only the registry has it now
        QVERIFY(!localHas(m_reference));
    }

    void init()
    {
        dropLocal();
        m_push.removeFromNode(0, m_reference);
    }

    void registryOfNeedsANamedRegistry()
    {
        QVERIFY(!RegistryPull::registryOf(QStringLiteral("app:1.0.0")));
        QVERIFY(!RegistryPull::registryOf(QStringLiteral("team/app:1.0.0")));
        QCOMPARE(RegistryPull::registryOf(QStringLiteral("127.0.0.1:5000/team/app:1.0.0"))->registry,
                 QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(RegistryPull::registryOf(QStringLiteral("docker.io/library/busybox:1.36"))->registry,
                 QStringLiteral("docker.io"));
        QVERIFY(!RegistryPull::registryOf(QStringLiteral("not a reference")));
    }

    void missingImageIsPulledWithTheWorkstationsLoginThenPushed()
    {
        const JobUpdate job = m_push.pushOne(m_push.request(m_reference, {node(0)}), settings(m_password));
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QVERIFY(job.pullEnabled);
        QCOMPARE(job.stageRecord(StageKind::Pull).state, JobState::Succeeded);
        QCOMPARE(job.stageRecord(StageKind::Load).state, JobState::Succeeded);
        const RemoteResult r = m_push.onNode(0, QStringLiteral("docker image inspect --format '{{.Id}}' ") + m_reference);
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), m_imageId);
        const StageRow pull = historyStage(job.historyId, StageKind::Pull);
        QCOMPARE(pull.kind, StageKind::Pull);
        QCOMPARE(pull.state, JobState::Succeeded);
        QVERIFY(pull.startedAt.isValid());
        QVERIFY2(pull.durationMs > 0, qPrintable(QString::number(pull.durationMs)));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Succeeded));
    }

    void aWrongPasswordIsNamedAndNothingIsSent()
    {
        const JobUpdate job = m_push.pushOne(m_push.request(m_reference, {node(0)}), settings("wrong-password"));
        qInfo("%s", qPrintable(job.message));
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.stageRecord(StageKind::Pull).state, JobState::Failed);
        QCOMPARE(job.stageRecord(StageKind::Transfer).state, JobState::Skipped);
        FLEET_VERIFY_EMPTY(test::PushLab::messageProblem(job.message, {QStringLiteral("unauthorized")},
                                                         {QStringLiteral("store login")}));
        QVERIFY2(!job.message.contains(QString::fromUtf8(m_password)), qPrintable(job.message));
        QVERIFY(!localHas(m_reference));
        QVERIFY(!m_push.nodeHasImage(0, m_reference));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
    }

    void anUntrustedRegistryIsNotPulledFrom()
    {
        const JobUpdate job = m_push.pushOne(m_push.request(m_reference, {node(0)}),
                                             settings(m_password, /*trusted=*/false));
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(test::PushLab::messageProblem(job.message, {QStringLiteral("trusted")},
                                                         {QStringLiteral("settings")}));
        QVERIFY(!localHas(m_reference));
    }

    void aLocalNameIsNeverLookedUpInARegistry()
    {
        const JobUpdate job = m_push.pushOne(m_push.request(QStringLiteral("fleet-pull-absent:1.0.0"), {node(0)}),
                                             settings(m_password));
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY(!job.pullEnabled);
        QCOMPARE(job.stageRecord(StageKind::Save).state, JobState::Failed);
        QVERIFY2(historyStage(job.historyId, StageKind::Pull).id == 0, "a pull stage was recorded");
    }

    void cleanupTestCase()
    {
        dropLocal();
        if (!m_push.lab.nodes.isEmpty())
            m_push.removeFromNode(0, m_reference);
    }
};

QTEST_GUILESS_MAIN(TestRegistryPull)
#include "TestRegistryPull.moc"
