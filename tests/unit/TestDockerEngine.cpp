#include "ScriptedHttpServer.h"

#include "docker/DockerEngine.h"
#include "images/stores/FolderStore.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using test::ScriptedHttpServer;
using test::SeenRequest;

namespace {

const QByteArray kEngineError = "{\"errorDetail\":{\"message\":\"write /var/lib/docker/tmp/docker-export-1/layer.tar: "
                                "no space left on device\"},\"error\":\"write /var/lib/docker/tmp/docker-export-1/"
                                "layer.tar: no space left on device\"}\r\n";

// A real tar made by GNU tar (long names, a symlink, a file that does not fill its last block), as the stream a
// save would send; GNU tar pads to 10 KiB records, so zeros follow the end-of-archive blocks.
QByteArray realTar()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("c0ffee/%1").arg(QString(120, QLatin1Char('d'))));
    QFile file(dir.filePath(QStringLiteral("c0ffee/layer.tar")));
    file.open(QIODevice::WriteOnly);
    file.write(QByteArray(70000, 'L'));
    file.close();
    QFile manifest(dir.filePath(QStringLiteral("manifest.json")));
    manifest.open(QIODevice::WriteOnly);
    manifest.write("[{\"Config\":\"c0ffee.json\",\"RepoTags\":[\"app:1.0.0\"],\"Layers\":[\"c0ffee/layer.tar\"]}]");
    manifest.close();
    QFile::link(QStringLiteral("c0ffee/layer.tar"), dir.filePath(QStringLiteral("again.tar")));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral("-C"), dir.path(),
                                      QStringLiteral(".")});
    tar.waitForFinished(20000);
    return tar.readAllStandardOutput();
}

// A fake Docker Engine: /version, image inspect, and a save whose stream is `saveBody`, answered 200.
ScriptedHttpServer::Script fakeEngine(const QByteArray *saveBody)
{
    return [saveBody](const SeenRequest &request, QIODevice *peer) {
        if (request.target == "/version") {
            peer->write(ScriptedHttpServer::answer(200, "{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\"}"));
        } else if (request.target == "/v1.41/images/app:1.0.0/json"
                   || request.target == "/v1.41/images/docker.io/library/app:1.0.0/json") {
            peer->write(ScriptedHttpServer::answer(200, "{\"Id\":\"sha256:c0ffee\",\"RepoTags\":[\"app:1.0.0\"],"
                                                        "\"Size\":70000}"));
        } else if (request.target.startsWith("/v1.41/images/get?")) {
            // As dockerd streams it: no length, the body ends when the connection does.
            peer->write(ScriptedHttpServer::head(200, -1, {"Content-Type: application/x-tar"}) + *saveBody);
        } else {
            peer->write(ScriptedHttpServer::answer(404, "{\"message\":\"page not found\"}"));
        }
        return ScriptedHttpServer::After::Close;
    };
}

} // namespace

// DockerEngine against a scripted Engine on loopback (tcp://): the answers a real dockerd gives rarely, such as a
// save that fails after its first bytes went out (HTTP 200, then {"errorDetail":…} in the stream).
class TestDockerEngine final : public QObject
{
    Q_OBJECT

    QByteArray m_tar;

    struct Saved
    {
        bool ok = false;
        QByteArray bytes;
        DockerError error;
    };

    Saved save(const QByteArray &stream)
    {
        ScriptedHttpServer engine(fakeEngine(&stream));
        if (!engine.listenTcp())
            return {};
        DockerEngine docker(QStringLiteral("tcp://127.0.0.1:%1").arg(engine.port()));
        Saved saved;
        saved.ok = docker.save({QStringLiteral("app:1.0.0")}, [&saved](const char *data, qint64 size) {
            saved.bytes.append(data, qsizetype(size));
            return true;
        });
        saved.error = docker.error();
        return saved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tar = realTar();
        QVERIFY(m_tar.size() > 70000);
        QCOMPARE(m_tar.size() % 512, 0);
    }

    void aWholeArchiveIsSaved()
    {
        const Saved saved = save(m_tar);
        QVERIFY2(saved.ok, qPrintable(saved.error.message));
        QVERIFY(saved.bytes == m_tar);
    }

    void anErrorAfterTheArchiveStartedIsAFailure()
    {
        // dockerd had flushed the first entries when the export failed: it appends the error and ends the stream.
        const qsizetype firstEntries = 3 * 512;
        const Saved saved = save(m_tar.left(firstEntries) + kEngineError);
        QVERIFY(!saved.ok);
        QCOMPARE(saved.error.kind, DockerError::Stream);
        QVERIFY2(saved.error.message.contains(QStringLiteral("saving app:1.0.0")), qPrintable(saved.error.message));
        QVERIFY2(saved.error.message.contains(QStringLiteral("no space left on device")),
                 qPrintable(saved.error.message));
    }

    void anErrorInsideAnEntryIsAFailure()
    {
        // The error text lands where the tar promised file content; then the stream ends early.
        const qsizetype cut = m_tar.indexOf(QByteArray(512, 'L')) + 4096;
        QVERIFY(cut > 4096);
        const Saved saved = save(m_tar.left(cut) + kEngineError);
        QVERIFY(!saved.ok);
        QCOMPARE(saved.error.kind, DockerError::Stream);
        QVERIFY2(saved.error.message.contains(QStringLiteral("no space left on device")),
                 qPrintable(saved.error.message));
    }

    void onlyAnErrorIsAFailure()
    {
        const Saved saved = save(kEngineError);
        QVERIFY(!saved.ok);
        QCOMPARE(saved.error.kind, DockerError::Stream);
        QVERIFY2(saved.error.message.contains(QStringLiteral("no space left on device")),
                 qPrintable(saved.error.message));
        QVERIFY(saved.bytes.isEmpty()); // nothing that is not a tar reaches the receiver
    }

    void anErrorAfterTheEndIsAFailure()
    {
        const Saved saved = save(m_tar + kEngineError);
        QVERIFY(!saved.ok);
        QVERIFY2(saved.error.message.contains(QStringLiteral("no space left on device")),
                 qPrintable(saved.error.message));
    }

    void aTruncatedArchiveIsAFailure()
    {
        for (const qsizetype cut : {qsizetype(512), qsizetype(5000), m_tar.indexOf(QByteArray(1024, '\0'))}) {
            const Saved saved = save(m_tar.left(cut));
            QVERIFY2(!saved.ok, qPrintable(QString::number(cut)));
            QCOMPARE(saved.error.kind, DockerError::Stream);
            QVERIFY2(saved.error.message.contains(QStringLiteral("incomplete")), qPrintable(saved.error.message));
        }
    }

    void somethingElseIsAFailure()
    {
        const Saved saved = save(QByteArray("<html>proxy error</html>") + QByteArray(2000, ' '));
        QVERIFY(!saved.ok);
        QCOMPARE(saved.error.kind, DockerError::Stream);
        QVERIFY2(saved.error.message.contains(QStringLiteral("not a tar archive")), qPrintable(saved.error.message));
    }

    void aFolderStoreKeepsNothingOfABrokenSave()
    {
        const QByteArray stream = m_tar.left(3 * 512) + kEngineError;
        ScriptedHttpServer engine(fakeEngine(&stream));
        QVERIFY(engine.listenTcp());
        DockerEngine docker(QStringLiteral("tcp://127.0.0.1:%1").arg(engine.port()));
        QTemporaryDir dir;
        FolderStore store(dir.path());
        QVERIFY(!store.put(docker, QStringLiteral("app:1.0.0")));
        QCOMPARE(store.error().kind, StoreError::Failed);
        QVERIFY2(store.error().message.contains(QStringLiteral("no space left on device")),
                 qPrintable(store.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no archive, no sidecar
        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY(listed);
        QVERIFY(listed->isEmpty());

        // The same store records a whole save.
        const QByteArray whole = m_tar;
        ScriptedHttpServer good(fakeEngine(&whole));
        QVERIFY(good.listenTcp());
        DockerEngine goodDocker(QStringLiteral("tcp://127.0.0.1:%1").arg(good.port()));
        const std::optional<StoredArchive> stored = store.put(goodDocker, QStringLiteral("app:1.0.0"));
        QVERIFY2(stored, qPrintable(store.error().message));
        QCOMPARE(stored->size, qint64(m_tar.size()));
    }
};

QTEST_GUILESS_MAIN(TestDockerEngine)
#include "TestDockerEngine.moc"
