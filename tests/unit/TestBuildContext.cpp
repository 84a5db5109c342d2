#include "images/BuildContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

using fleet::BuildContext;

// The context tar is read back with libarchive's reader: what the daemon would unpack is what we check.
class TestBuildContext final : public QObject
{
    Q_OBJECT

private:
    struct Member
    {
        QByteArray data;
        QString link;
        int type = 0;
        int mode = 0;
    };

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    static void link(const QString &target, const QString &path) { QVERIFY(QFile::link(target, path)); }

    // Reads the whole context in pieces of `piece` bytes, as the HTTP client would.
    static QByteArray drain(BuildContext &context, qint64 piece)
    {
        QByteArray tar;
        QByteArray buffer(int(piece), '\0');
        for (;;) {
            const qint64 n = context.read(buffer.data(), piece);
            if (n <= 0) {
                if (n < 0)
                    qWarning("read failed: %s", qPrintable(context.error()));
                return n < 0 ? QByteArray() : tar;
            }
            tar.append(buffer.constData(), int(n));
        }
    }
    static QMap<QString, Member> untar(const QByteArray &tar)
    {
        QMap<QString, Member> members;
        archive *a = archive_read_new();
        archive_read_support_format_tar(a);
        if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) != ARCHIVE_OK) {
            archive_read_free(a);
            return members;
        }
        archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            Member m;
            m.type = int(archive_entry_filetype(entry));
            m.mode = int(archive_entry_perm(entry));
            if (archive_entry_symlink(entry))
                m.link = QString::fromUtf8(archive_entry_symlink(entry));
            char buffer[8192];
            la_ssize_t n;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                m.data.append(buffer, int(n));
            members.insert(QString::fromUtf8(archive_entry_pathname(entry)), m);
        }
        archive_read_free(a);
        return members;
    }

private Q_SLOTS:
    void honoursDockerignoreAndKeepsLinksInside()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("ctx"));
        write(root + QStringLiteral("/Dockerfile"), "FROM scratch\n");
        write(root + QStringLiteral("/.dockerignore"), "*.log\n!keep.log\n**/cache\nDockerfile\n.git\nescape\n");
        write(root + QStringLiteral("/app/run.sh"), "#!/bin/sh\necho hi\n");
        QFile::setPermissions(root + QStringLiteral("/app/run.sh"), QFile::ReadOwner | QFile::WriteOwner
                                                                        | QFile::ExeOwner | QFile::ReadOther);
        write(root + QStringLiteral("/secret.log"), "no");
        write(root + QStringLiteral("/keep.log"), "yes");
        write(root + QStringLiteral("/deep/er/cache/blob"), "cached");
        write(root + QStringLiteral("/.git/HEAD"), "ref");
        write(dir.filePath(QStringLiteral("outside/file")), "outside");
        link(QStringLiteral("app/run.sh"), root + QStringLiteral("/run"));
        link(QStringLiteral("../outside"), root + QStringLiteral("/escape")); // ignored, so harmless

        BuildContext context;
        QVERIFY2(context.prepare(root), qPrintable(context.error()));
        const QMap<QString, Member> tar = untar(drain(context, 1000));
        QCOMPARE(QStringList(tar.keys()),
                 QStringList({".dockerignore", "Dockerfile", "app/", "app/run.sh", "deep/", "deep/er/", "keep.log",
                              "run"}));
        QCOMPARE(tar.value(QStringLiteral("app/run.sh")).data, QByteArray("#!/bin/sh\necho hi\n"));
        QCOMPARE(tar.value(QStringLiteral("app/run.sh")).mode, 0704);
        QCOMPARE(tar.value(QStringLiteral("run")).type, int(AE_IFLNK));
        QCOMPARE(tar.value(QStringLiteral("run")).link, QStringLiteral("app/run.sh"));
        QCOMPARE(tar.value(QStringLiteral("app/")).type, int(AE_IFDIR));
        QCOMPARE(context.contentBytesSent(), context.contentBytes());
    }

    void refusesEscapingLinks_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("parent") << "../../outside/file";
        QTest::newRow("absolute") << "/etc/passwd";
        QTest::newRow("deep parent") << "a/../../../outside";
        QTest::newRow("dangling outside") << "../../nowhere";
    }
    void refusesEscapingLinks()
    {
        QFETCH(QString, target);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("ctx"));
        write(root + QStringLiteral("/Dockerfile"), "FROM scratch\n");
        write(dir.filePath(QStringLiteral("outside/file")), "outside");
        QDir().mkpath(root + QStringLiteral("/sub"));
        link(target, root + QStringLiteral("/sub/bad"));
        BuildContext context;
        QVERIFY(!context.prepare(root));
        QVERIFY2(context.error().contains(QStringLiteral("sub/bad → ") + target), qPrintable(context.error()));
        QVERIFY2(context.error().contains(QStringLiteral("outside ") + root), qPrintable(context.error()));
        char byte;
        QCOMPARE(context.read(&byte, 1), qint64(-1)); // nothing is sent from a refused context
    }

    void refusesALinkThroughAnIgnoredEscape()
    {
        // "via" looks inside lexically, but goes through a directory link that leaves the folder.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("ctx"));
        write(root + QStringLiteral("/Dockerfile"), "FROM scratch\n");
        write(root + QStringLiteral("/.dockerignore"), "door\n");
        write(dir.filePath(QStringLiteral("outside/file")), "outside");
        link(dir.filePath(QStringLiteral("outside")), root + QStringLiteral("/door"));
        link(QStringLiteral("door/file"), root + QStringLiteral("/via"));
        BuildContext context;
        QVERIFY(!context.prepare(root));
        QVERIFY2(context.error().contains(QStringLiteral("via → door/file")), qPrintable(context.error()));
    }

    void refusesSpecialFiles()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\n");
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), 0600), 0);
        BuildContext context;
        QVERIFY(!context.prepare(dir.path()));
        QVERIFY2(context.error().contains(QStringLiteral("pipe: a FIFO")), qPrintable(context.error()));
    }

    void extraFilesJoinTheContext()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("ctx"));
        write(root + QStringLiteral("/Dockerfile"), "FROM scratch\nCOPY tool /tool\n");
        write(dir.filePath(QStringLiteral("host/tool")), "binary");
        BuildContext context;
        QVERIFY2(context.prepare(root, QStringLiteral("Dockerfile"),
                                 {{QStringLiteral("tool"), dir.filePath(QStringLiteral("host/tool"))}}),
                 qPrintable(context.error()));
        QCOMPARE(untar(drain(context, 4096)).value(QStringLiteral("tool")).data, QByteArray("binary"));

        BuildContext clash;
        QVERIFY(!clash.prepare(root, QStringLiteral("Dockerfile"),
                               {{QStringLiteral("Dockerfile"), dir.filePath(QStringLiteral("host/tool"))}}));
        QVERIFY2(clash.error().contains(QStringLiteral("already has")), qPrintable(clash.error()));
        BuildContext above;
        QVERIFY(!above.prepare(root, QStringLiteral("Dockerfile"),
                               {{QStringLiteral("../x"), dir.filePath(QStringLiteral("host/tool"))}}));
        BuildContext missing;
        QVERIFY(!missing.prepare(root, QStringLiteral("Dockerfile"), {{QStringLiteral("x"), dir.filePath("nope")}}));
        QVERIFY2(missing.error().contains(QStringLiteral("not a readable file")), qPrintable(missing.error()));
    }

    void largeFilesStreamWithFlatMemory()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\n");
        QByteArray block(1 << 20, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((uint(i) * 7919u) >> 3); // unsigned: i * 7919 overflows int (UBSan)
        QFile big(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QCryptographicHash written(QCryptographicHash::Sha256);
        for (int i = 0; i < 24; ++i) {
            block[0] = char(i);
            big.write(block);
            written.addData(block);
        }
        big.close();
        BuildContext context;
        QVERIFY(context.prepare(dir.path()));
        QCOMPARE(context.contentBytes(), (qint64(24) << 20) + 13);
        const QByteArray tar = drain(context, 16 * 1024);
        QCOMPARE(QCryptographicHash::hash(untar(tar).value(QStringLiteral("big.bin")).data, QCryptographicHash::Sha256),
                 written.result());
        // 24 MiB went through, but the context never held more than a chunk, a tar block and one request.
        QVERIFY2(context.peakBufferedBytes() < 200 * 1024, qPrintable(QString::number(context.peakBufferedBytes())));
    }

    void missingFolderIsAnError()
    {
        BuildContext context;
        QVERIFY(!context.prepare(QStringLiteral("/nonexistent/definition")));
        QVERIFY(context.error().contains(QStringLiteral("not a folder")));
    }
};

QTEST_GUILESS_MAIN(TestBuildContext)
#include "TestBuildContext.moc"
