#include "LoopbackServer.h"
#include "PushLab.h"

#include "docker/DockerEngine.h"
#include "images/stores/FolderStore.h"
#include "images/stores/RegistryStore.h"
#include "images/stores/S3Store.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace fleet;

// Pushes of a store's archive to lab nodes (issue 12), against real servers on loopback: a folder, s3rver and
// Debian's docker-registry. Relay (the workstation streams the object into the node's `docker load`), direct (the
// node downloads a presigned link itself with its curl/wget) and the fallback between them; node 3 of the lab has
// neither curl nor wget. Every row checks the image ID that arrived against the stored one.
class TestStorePush final : public QObject
{
    Q_OBJECT

private:
    test::PushLab m_push;
    QTemporaryDir m_tmp;
    test::LoopbackServer m_s3;
    test::LoopbackServer m_registry;
    const QString m_image = QStringLiteral("fleet-storepush:1.0.0");
    const QString m_bad = QStringLiteral("fleet-storepush-bad:1.0.0");
    const QString m_registryImage = QStringLiteral("fleet-storepush-reg:1.0.0"); // the same image, another name
    // s3rver checks only the access key id; the secret is this run's own, so any trace of it is ours.
    const QByteArray m_secret = QByteArrayLiteral("fleet-secret-") + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QString m_imageId;
    QString m_folderUrl, m_s3Url;

    StoreCredentials credentials() const { return {"S3RVER", m_secret, QStringLiteral("test")}; }
    static StoreLocation location(const QString &text)
    {
        QString error;
        return StoreLocation::parse(text, &error).value();
    }
    QString node(int index) const { return m_push.lab.nodes.at(index); }

    JobRunner::Settings settings() const
    {
        JobRunner::Settings s = m_push.settings();
        const StoreCredentials creds = credentials();
        s.storeCredentials = [creds](const StoreLocation &l, QString *) -> std::optional<StoreCredentials> {
            if (l.kind == StoreLocation::Kind::S3)
                return creds;
            return std::nullopt;
        };
        s.tagPolicy.trustedRegistries << QStringLiteral("127.0.0.1");
        return s;
    }
    static PushRequest storeRequest(const QString &storeUrl, const QString &image, const QStringList &nodes,
                                    DeliveryPath via = DeliveryPath::Auto)
    {
        PushRequest r;
        r.source = PushSourceKind::StoreObject;
        r.storeUrl = storeUrl;
        r.image = image;
        r.nodes = nodes;
        r.via = via;
        return r;
    }
    QString nodeImageId(int index, const QString &image) const
    {
        const RemoteResult r = m_push.onNode(index, QStringLiteral("docker image inspect --format '{{.Id}}' ") + image);
        return r.ok() ? QString::fromUtf8(r.out.trimmed()) : QString();
    }
    JobRecord historyJob(qint64 id) const
    {
        HistoryStore history;
        history.open(m_push.db);
        return history.job(id).value_or(JobRecord{});
    }
    QString historyEvents(qint64 id) const
    {
        HistoryStore history;
        history.open(m_push.db);
        QStringList lines;
        for (const EventRecord &e : history.events(id))
            lines << e.message;
        return lines.join(QLatin1Char('\n'));
    }
    // Where this run's credentials show up on the node side: the command lines and environments of the node's
    // processes (those with the node's TMPDIR), files in its TMPDIR, and shell history files.
    QStringList credentialTraces(int index) const
    {
        QStringList found;
        const QByteArray marker = "TMPDIR=" + m_push.nodeTmp(index).toUtf8();
        const QList<QByteArray> needles{m_secret, QByteArrayLiteral("S3RVER"), QByteArrayLiteral("X-Amz-Signature")};
        QDirIterator procs(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (procs.hasNext()) {
            const QString dir = procs.next();
            QFile environ(dir + QStringLiteral("/environ"));
            if (!environ.open(QIODevice::ReadOnly))
                continue;
            const QByteArray env = environ.readAll();
            if (!env.split('\0').contains(marker))
                continue;
            QFile cmdline(dir + QStringLiteral("/cmdline"));
            const QByteArray args = cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
            for (const QByteArray &needle : needles)
                if (env.contains(needle) || args.contains(needle))
                    found << QStringLiteral("%1 (%2)").arg(dir, QString::fromUtf8(args).replace(QChar(0), QChar(' ')));
        }
        QStringList files;
        QDirIterator tmp(m_push.nodeTmp(index), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (tmp.hasNext())
            files << tmp.next();
        for (const QString &name : {QStringLiteral(".bash_history"), QStringLiteral(".sh_history"),
                                    QStringLiteral(".ash_history")})
            files << QDir::homePath() + QLatin1Char('/') + name;
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.read(64 << 20);
            for (const QByteArray &needle : needles)
                if (content.contains(needle))
                    found << path;
        }
        return found;
    }
    void clearNodes()
    {
        for (int i = 0; i < 3; ++i) {
            m_push.removeFromNode(i, m_image);
            m_push.removeFromNode(i, m_bad);
            m_push.removeFromNode(i, m_registryImage);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (!m_push.init(m_tmp.path()))
            QFAIL("the lab is not up (FLEETLAB_DIR)");
        QVERIFY(m_push.lab.nodes.size() >= 3);
        QString output;
        QCOMPARE(m_push.lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--mb"), QStringLiteral("6")},
                                &output), 0);
        m_imageId = output.trimmed().split(QLatin1Char('\n')).last().trimmed();
        QCOMPARE(m_push.lab.lab({QStringLiteral("image"), m_bad, QStringLiteral("--mb"), QStringLiteral("3")},
                                &output), 0);
        QVERIFY(m_imageId.startsWith(QLatin1String("sha256:")));
        QString error;
        QVERIFY2(m_s3.startS3rver(m_tmp.filePath(QStringLiteral("s3")), QStringLiteral("fleet"), &error),
                 qPrintable(error));
        m_folderUrl = QStringLiteral("dir:") + m_tmp.filePath(QStringLiteral("folder"));
        m_s3Url = QStringLiteral("s3://fleet/images?endpoint=http://127.0.0.1:%1&region=us-east-1").arg(m_s3.port());

        DockerEngine engine(m_push.lab.dockerHost);
        FolderStore folder(m_tmp.filePath(QStringLiteral("folder")));
        const std::optional<StoredArchive> inFolder = folder.put(engine, m_image);
        QVERIFY2(inFolder, qPrintable(folder.error().message));
        QCOMPARE(inFolder->imageId, m_imageId);
        S3Store s3(location(m_s3Url), credentials());
        for (const QString &image : {m_image, m_bad}) {
            const std::optional<StoredArchive> inS3 = s3.put(engine, image);
            QVERIFY2(inS3, qPrintable(s3.error().message));
        }
        // The damaged object: same size, one byte changed in the middle (a layer), sidecar untouched.
        QFile object(m_tmp.filePath(QStringLiteral("s3/fleet/images/fleet-storepush-bad_1.0.0.tar._S3rver_object")));
        QVERIFY2(object.open(QIODevice::ReadWrite), qPrintable(object.fileName()));
        const qint64 middle = object.size() / 2;
        object.seek(middle);
        const char byte = object.read(1).at(0);
        object.seek(middle);
        object.write(QByteArray(1, char(byte ^ 0x5a)));
        object.close();
    }

    void init() { clearNodes(); }
    void cleanupTestCase() { clearNodes(); }

    void aFolderArchiveIsRelayedToTwoNodes()
    {
        const QList<JobUpdate> jobs = m_push.push(storeRequest(m_folderUrl, m_image, {node(0), node(1)}), settings());
        QCOMPARE(jobs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(jobs[i].state == JobState::Succeeded, qPrintable(jobs[i].message));
            QCOMPARE(jobs[i].via, DeliveryPath::Relay);
            QCOMPARE(nodeImageId(i, m_image), m_imageId);
            const JobRecord row = historyJob(jobs[i].historyId);
            QCOMPARE(row.source, PushSourceKind::StoreObject);
            QCOMPARE(row.storeUrl, m_folderUrl);
            QCOMPARE(row.delivery, QStringLiteral("relay"));
            FLEET_VERIFY_EMPTY(m_push.historyProblem(jobs[i].historyId, JobState::Succeeded));
        }
    }

    void theCredentialSearchSeesNodeProcesses()
    {
        // The search below must be able to fail: a node process with the key id in its argv is found.
        QVERIFY(m_push.onNode(0, QStringLiteral("sh -c 'sleep 4; : S3RVER' >/dev/null 2>&1 &")).ok());
        QVERIFY(test::PushLab::waitFor([&] { return !credentialTraces(0).isEmpty(); }, 3000));
        QVERIFY(test::PushLab::waitFor([&] { return credentialTraces(0).isEmpty(); }, 8000)); // and it ended
    }

    void directFetchesLeaveNoCredentialOnTheNodes()
    {
        JobRunner::Settings s = settings();
        std::mutex mutex;
        QStringList during;
        bool sampled[2] = {false, false};
        // While each node downloads (its first progress of the transfer stage), look for the credentials.
        s.workerObserver = [&](const JobUpdate &job) {
            const int index = job.node == node(0) ? 0 : 1;
            if (job.stage != StageKind::Transfer || job.stageRecord(StageKind::Transfer).state != JobState::Running)
                return;
            std::lock_guard lock(mutex);
            if (sampled[index])
                return;
            sampled[index] = true;
            during << credentialTraces(index);
        };
        const QList<JobUpdate> jobs = m_push.push(storeRequest(m_s3Url, m_image, {node(0), node(1)}), s);
        QCOMPARE(jobs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(jobs[i].state == JobState::Succeeded, qPrintable(jobs[i].message));
            QCOMPARE(jobs[i].via, DeliveryPath::Direct);
            QCOMPARE(jobs[i].stageRecord(StageKind::Save).state, JobState::Skipped); // nothing read here
            QCOMPARE(jobs[i].stageRecord(StageKind::Transfer).progress.done, jobs[i].stageRecord(StageKind::Transfer).progress.total);
            QCOMPARE(nodeImageId(i, m_image), m_imageId);
            QCOMPARE(historyJob(jobs[i].historyId).delivery, QStringLiteral("direct"));
            QCOMPARE(m_push.leftoverPartials(i), 0); // the node's download directory is gone
            QVERIFY2(credentialTraces(i).isEmpty(), qPrintable(credentialTraces(i).join(QLatin1Char('\n'))));
        }
        QVERIFY(sampled[0] && sampled[1]);
        QVERIFY2(during.isEmpty(), qPrintable(during.join(QLatin1Char('\n'))));
    }

    void relayFromS3WhenAsked()
    {
        const QList<JobUpdate> jobs = m_push.push(storeRequest(m_s3Url, m_image, {node(0), node(1)},
                                                               DeliveryPath::Relay), settings());
        QCOMPARE(jobs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(jobs[i].state == JobState::Succeeded, qPrintable(jobs[i].message));
            QCOMPARE(jobs[i].via, DeliveryPath::Relay);
            QCOMPARE(nodeImageId(i, m_image), m_imageId);
        }
    }

    void aNodeWithoutCurlOrWgetGetsItRelayed()
    {
        QVERIFY(!m_push.onNode(2, QStringLiteral("command -v curl || command -v wget")).ok()); // the lab's node 3
        const JobUpdate job = m_push.pushOne(storeRequest(m_s3Url, m_image, {node(2)}), settings());
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.via, DeliveryPath::Relay);
        QCOMPARE(nodeImageId(2, m_image), m_imageId);
        const QString events = historyEvents(job.historyId);
        QVERIFY2(events.contains(QStringLiteral("neither curl nor wget")) && events.contains(QStringLiteral("relaying")),
                 qPrintable(events));
        // Asked for direct, the same node fails and says what to do.
        m_push.removeFromNode(2, m_image);
        const JobUpdate forced = m_push.pushOne(storeRequest(m_s3Url, m_image, {node(2)}, DeliveryPath::Direct),
                                                settings());
        QCOMPARE(forced.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(test::PushLab::messageProblem(forced.message, {QStringLiteral("neither curl nor wget")},
                                                         {QStringLiteral("--via relay")}));
    }

    void anExpiredLinkIsExplained()
    {
        JobRunner::Settings s = settings();
        s.presignClock = [] { return QDateTime::currentDateTimeUtc().addSecs(-7200); }; // valid 15 min, 2 h ago
        const JobUpdate job = m_push.pushOne(storeRequest(m_s3Url, m_image, {node(0)}, DeliveryPath::Direct), s);
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(test::PushLab::messageProblem(job.message, {QStringLiteral("expired")},
                                                         {QStringLiteral("clocks")}));
        QVERIFY(!m_push.nodeHasImage(0, m_image));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(0, m_image));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
    }

    void aDamagedObjectIsNeverLoaded_data()
    {
        QTest::addColumn<DeliveryPath>("via");
        QTest::newRow("direct") << DeliveryPath::Direct;
        QTest::newRow("relay") << DeliveryPath::Relay;
    }

    void aDamagedObjectIsNeverLoaded()
    {
        QFETCH(DeliveryPath, via);
        const JobUpdate job = m_push.pushOne(storeRequest(m_s3Url, m_bad, {node(0)}, via), settings());
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(test::PushLab::messageProblem(job.message, {QStringLiteral("sha256")},
                                                         {QStringLiteral("put the image")}));
        QVERIFY(!m_push.nodeHasImage(0, m_bad));
        FLEET_VERIFY_EMPTY(m_push.leftoverProblem(0, m_bad));
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Failed));
    }

    void aRegistryImageIsPulledHereThenPushed()
    {
        QString error;
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("registry"))));
        QVERIFY2(m_registry.startRegistry(m_tmp.filePath(QStringLiteral("registry")), &error), qPrintable(error));
        const QString url = QStringLiteral("registry://127.0.0.1:%1").arg(m_registry.port());
        DockerEngine engine(m_push.lab.dockerHost);
        const QString &reference = m_registryImage;
        QVERIFY(m_push.docker({QStringLiteral("tag"), m_image, reference}));
        RegistryStore registry(location(url), {}, TagPolicy(settings().tagPolicy));
        QVERIFY2(registry.put(engine, reference), qPrintable(registry.error().message));
        QVERIFY(engine.removeImage(reference, false)); // only the registry has this name now
        const QList<JobUpdate> jobs = m_push.push(storeRequest(url, reference, {node(0), node(1)}), settings());
        QCOMPARE(jobs.size(), 2);
        // One job pulls (its pull stage), the other waits for that pull and finds the image there.
        int pulled = 0;
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(jobs[i].state == JobState::Succeeded, qPrintable(jobs[i].message));
            QCOMPARE(jobs[i].stageRecord(StageKind::Pull).state, JobState::Succeeded);
            QCOMPARE(nodeImageId(i, reference), m_imageId);
            const QString events = historyEvents(jobs[i].historyId);
            if (events.contains(QStringLiteral("pulled %1 from %2").arg(reference, url)))
                ++pulled;
            else
                QVERIFY2(events.contains(reference + QStringLiteral(" was pulled by another job")), qPrintable(events));
        }
        QCOMPARE(pulled, 1);
        engine.removeImage(reference, false);
    }

    void aNamedArchiveIsPushedByItsName_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<DeliveryPath>("via");
        QTest::newRow("folder, relay") << QStringLiteral("folder") << DeliveryPath::Relay;
        QTest::newRow("s3, direct") << QStringLiteral("s3") << DeliveryPath::Direct;
    }

    void aNamedArchiveIsPushedByItsName()
    {
        QFETCH(QString, store);
        QFETCH(DeliveryPath, via);
        const QString name = QStringLiteral("fleet-storepush-r36.4.0");
        DockerEngine engine(m_push.lab.dockerHost);
        const bool folder = store == QLatin1String("folder");
        FolderStore inFolder(m_tmp.filePath(QStringLiteral("folder")));
        S3Store inS3(location(m_s3Url), credentials());
        ImageStore &target = folder ? static_cast<ImageStore &>(inFolder) : inS3;
        const std::optional<StoredArchive> stored = target.put(engine, m_image, name);
        QVERIFY2(stored, qPrintable(target.error().message));
        QCOMPARE(ImageStore::fileNameOfKey(stored->key), name + QStringLiteral(".tar"));

        const JobUpdate job = m_push.pushOne(storeRequest(folder ? m_folderUrl : m_s3Url, name, {node(1)}, via),
                                             settings());
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.via, via);
        QCOMPARE(nodeImageId(1, m_image), m_imageId); // under the reference its sidecar records
        FLEET_VERIFY_EMPTY(m_push.historyProblem(job.historyId, JobState::Succeeded));
        QVERIFY2(target.remove(name), qPrintable(target.error().message));
    }

    void aNamedArchiveOfARefusedNameIsNotPushed()
    {
        // The name passes JobRunner::validate (it is no reference); the reference its sidecar records is checked
        // once the store has been read.
        const QString latest = QStringLiteral("fleet-storepush:latest");
        QVERIFY(m_push.docker({QStringLiteral("tag"), m_image, latest}));
        DockerEngine engine(m_push.lab.dockerHost);
        FolderStore folder(m_tmp.filePath(QStringLiteral("folder")));
        const std::optional<StoredArchive> stored = folder.put(engine, latest, QStringLiteral("fleet-latest"));
        engine.removeImage(latest, false);
        QVERIFY2(stored, qPrintable(folder.error().message));
        const JobUpdate job = m_push.pushOne(storeRequest(m_folderUrl, QStringLiteral("fleet-latest"), {node(0)}),
                                             settings());
        QCOMPARE(job.state, JobState::Failed);
        FLEET_VERIFY_EMPTY(test::PushLab::messageProblem(job.message, {QStringLiteral("fleet-latest"), latest,
                                                                       QStringLiteral("refused")}, {}));
        QVERIFY(!m_push.nodeHasImage(0, m_image));
        QVERIFY(!m_push.nodeHasImage(0, latest));
        QVERIFY2(folder.remove(QStringLiteral("fleet-latest")), qPrintable(folder.error().message));
    }

    void fleetctlPutsWithANameAndPushesByIt()
    {
        // The seed: save-image.sh IMAGE NAME, then fleet-load-image.sh NAME.
        const QString name = QStringLiteral("comfy-like-name");
        QList<QJsonObject> lines;
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("put"), m_folderUrl, m_image,
                                     QStringLiteral("--name"), name}, &lines), 0);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().value(QStringLiteral("type")).toString(), QStringLiteral("stored"));
        QCOMPARE(lines.first().value(QStringLiteral("archive")).toString(), name);
        QCOMPARE(lines.first().value(QStringLiteral("reference")).toString(), m_image);
        QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("folder/comfy-like-name.tar"))));

        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("list"), m_folderUrl}, &lines), 0);
        QStringList named;
        for (const QJsonObject &line : std::as_const(lines))
            if (line.value(QStringLiteral("type")).toString() == QLatin1String("archive"))
                named << line.value(QStringLiteral("archive")).toString() + QLatin1Char('=')
                             + line.value(QStringLiteral("reference")).toString();
        QVERIFY2(named.contains(name + QLatin1Char('=') + m_image), qPrintable(named.join(QLatin1Char(' '))));

        QCOMPARE(m_push.runFleetctl({QStringLiteral("push"), name, node(2), QStringLiteral("--from"), m_folderUrl},
                                    &lines), 0);
        QCOMPARE(nodeImageId(2, m_image), m_imageId);

        // --name names one archive, on put only; an invalid name is refused before anything runs.
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("put"), m_folderUrl, m_image, m_bad,
                                     QStringLiteral("--name"), name}, &lines), 2);
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("get"), m_folderUrl, name,
                                     QStringLiteral("--name"), name}, &lines), 2);
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("put"), m_folderUrl, m_image,
                                     QStringLiteral("--name"), QStringLiteral("bad.tar")}, &lines), 2);
        QCOMPARE(m_push.runFleetctl({QStringLiteral("push"), QStringLiteral(".hidden"), node(2),
                                     QStringLiteral("--from"), m_folderUrl}, &lines), 2);

        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("rm"), m_folderUrl, name}, &lines), 0);
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("folder/comfy-like-name.tar"))));
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("folder/comfy-like-name.tar.json"))));
    }

    void fleetctlPushesFromAStore()
    {
        QList<QJsonObject> lines;
        const int code = m_push.runFleetctl({QStringLiteral("push"), m_image, node(0), node(1), QStringLiteral("--from"),
                                             m_folderUrl}, &lines);
        QCOMPARE(code, 0);
        int jobs = 0;
        for (const QJsonObject &line : std::as_const(lines)) {
            if (line.value(QStringLiteral("type")).toString() != QLatin1String("job"))
                continue;
            ++jobs;
            QCOMPARE(line.value(QStringLiteral("source")).toString(), QStringLiteral("store"));
            QCOMPARE(line.value(QStringLiteral("store")).toString(), m_folderUrl);
            QCOMPARE(line.value(QStringLiteral("delivery")).toString(), QStringLiteral("relay"));
        }
        QCOMPARE(jobs, 2);
        QCOMPARE(nodeImageId(1, m_image), m_imageId);
        // A path that cannot be used is refused before anything runs.
        QCOMPARE(m_push.runFleetctl({QStringLiteral("push"), m_image, node(0), QStringLiteral("--from"), m_folderUrl,
                                     QStringLiteral("--via"), QStringLiteral("direct")}, &lines), 2);
    }

    void storeVerbsAreJobsInTheHistory()
    {
        // put, get and rm run as jobs: each lands in the history with its action, the store as target, stages
        // with bytes, and a failure with its message.
        const QString url = QStringLiteral("dir:") + m_tmp.filePath(QStringLiteral("verbs"));
        QList<QJsonObject> lines;
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("put"), url, m_image}, &lines), 0);
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("get"), url, m_image}, &lines), 0);
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("rm"), url, m_image}, &lines), 0);
        QCOMPARE(m_push.runFleetctl({QStringLiteral("store"), QStringLiteral("rm"), url, m_image}, &lines), 1);
        HistoryStore history;
        QVERIFY(history.open(m_push.db));
        QList<JobRecord> jobs;
        for (const JobRecord &job : history.jobs())
            if (job.storeUrl == url)
                jobs.prepend(job); // oldest first
        QCOMPARE(jobs.size(), 4);
        const QList<JobAction> actions{JobAction::StorePut, JobAction::StoreGet, JobAction::StoreRemove,
                                       JobAction::StoreRemove};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(jobs[i].action, actions[i]);
            QCOMPARE(jobs[i].image, m_image);
            QCOMPARE(jobs[i].node, url);
            FLEET_VERIFY_EMPTY(m_push.historyProblem(jobs[i].id, i < 3 ? JobState::Succeeded : JobState::Failed));
        }
        const QList<StageRow> put = history.stages(jobs[0].id);
        QCOMPARE(put.size(), 2); // save, transfer
        QCOMPARE(put[1].kind, StageKind::Transfer);
        QVERIFY(put[1].bytesDone > 1000000 && put[1].bytesDone == jobs[0].bytes);
        QVERIFY2(jobs[3].error.contains(QStringLiteral("no archive")) || jobs[3].error.contains(QStringLiteral("not")),
                 qPrintable(jobs[3].error));
    }
};

QTEST_GUILESS_MAIN(TestStorePush)
#include "TestStorePush.moc"
