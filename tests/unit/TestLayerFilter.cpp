#include "docker/LayerChain.h"
#include "docker/LayerFilter.h"
#include "docker/NodeLayerSet.h"

#include "LegacySaveFixture.h"
#include "TarMembers.h"

#include <QCryptographicHash>
#include <QTest>

using namespace fleet;
using namespace fleet::test;

// The missing-layers push: chain IDs, recognising Docker ≤ 24's layer directories from their json file (against
// a real Docker 20.10 archive's files), leaving layers out of a save stream in both layouts, whatever the chunking,
// and what a node's answer says about its store.
namespace {

QString hex(char c) { return QString(64, QLatin1Char(c)); }

// The members of an archive that libarchive reads back, with their contents.
QMap<QString, QByteArray> readBack(const QByteArray &tarBytes, QString *error = nullptr)
{
    QMap<QString, QByteArray> members;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_memory(a, tarBytes.constData(), size_t(tarBytes.size()));
    archive_entry *entry = nullptr;
    int r;
    while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        QByteArray data;
        char buffer[8192];
        la_ssize_t n;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(n));
        members.insert(QString::fromUtf8(archive_entry_pathname(entry)), data);
    }
    if (r != ARCHIVE_EOF && error)
        *error = QString::fromUtf8(archive_error_string(a));
    archive_read_free(a);
    return members;
}

// Docker 20.10's layout with the fixture's real directories and json files; layer.tar contents are stand-ins.
QList<Member> legacyArchive()
{
    QList<Member> members;
    QStringList dirs = kDirs;
    std::sort(dirs.begin(), dirs.end()); // docker save walks its temp dir in name order
    for (const QString &d : dirs) {
        const int layer = int(kDirs.indexOf(d));
        members << dir(d) << file(d + QStringLiteral("/VERSION"), "1.0")
                << file(d + QStringLiteral("/json"), kJson[layer])
                << file(d + QStringLiteral("/layer.tar"), QByteArray(3000 + layer * 1000, char('a' + layer)));
    }
    members << file(hex('c') + QStringLiteral(".json"), "{}") << file(QStringLiteral("manifest.json"), "[]");
    return members;
}

struct Filtered
{
    QByteArray bytes;
    int skipped = 0;
    qint64 skippedBytes = 0;
    bool gaveUp = false;
};

Filtered filter(const QByteArray &input, const QStringList &diffIds, const QSet<QString> &nodeChains, int chunk = 0)
{
    Filtered out;
    LayerFilter f(diffIds, nodeChains, [&out](const char *data, qint64 size) {
        out.bytes.append(data, qsizetype(size));
        return true;
    });
    if (chunk <= 0) {
        f.feed(input.constData(), input.size());
    } else {
        for (qsizetype at = 0; at < input.size(); at += chunk)
            f.feed(input.constData() + at, qMin<qsizetype>(chunk, input.size() - at));
    }
    f.finish();
    out.skipped = f.skippedLayers();
    out.skippedBytes = f.skippedBytes();
    out.gaveUp = f.gaveUp();
    return out;
}

QSet<QString> firstChains(int n)
{
    const QStringList chains = LayerChain::chainIds(kDiffIds);
    return QSet<QString>(chains.begin(), chains.begin() + n);
}

} // namespace

class TestLayerFilter final : public QObject
{
    Q_OBJECT

private slots:
    void chainIdsFollowTheSpec()
    {
        // ChainID(L0) = DiffID(L0); ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln)) (OCI image spec).
        const QStringList chain = LayerChain::chainIds(kDiffIds);
        QCOMPARE(chain.size(), kDiffIds.size());
        QCOMPARE(chain[0], kDiffIds[0]);
        const QByteArray second = QCryptographicHash::hash((kDiffIds[0] + u' ' + kDiffIds[1]).toLatin1(),
                                                           QCryptographicHash::Sha256).toHex();
        QCOMPARE(chain[1], QStringLiteral("sha256:") + QString::fromLatin1(second));
        QVERIFY(LayerChain::chainIds({}).isEmpty());
    }

    void legacyDirectoriesAreRecognisedFromTheirJson()
    {
        // Every layer of the real archive, the base (no parent), the middle ones and the top one (whose json is
        // the image's whole v1 config, "os" included before its ID was made).
        const QStringList chain = LayerChain::chainIds(kDiffIds);
        for (int i = 0; i < kDirs.size(); ++i)
            QCOMPARE(LayerChain::legacyLayerIndex(kJson[i], kDirs[i], chain), i);
    }

    void aWrongDirectoryOrJsonMatchesNothing()
    {
        const QStringList chain = LayerChain::chainIds(kDiffIds);
        QCOMPARE(LayerChain::legacyLayerIndex(kJson[1], kDirs[2], chain), -1); // another layer's json
        QCOMPARE(LayerChain::legacyLayerIndex(kJson[0], kDirs[0], chain.mid(1)), -1); // its chain not among them
        QByteArray edited = kJson[0];
        edited.replace("1970", "1971");
        QCOMPARE(LayerChain::legacyLayerIndex(edited, kDirs[0], chain), -1);
        for (const QByteArray &bad : {QByteArray(), QByteArray("[]"), QByteArray("{\"id\":"),
                                      QByteArray("{\"a\\\"b\":1}"), QByteArray("{\"parent\":1}"), QByteArray("{,}")})
            QCOMPARE(LayerChain::legacyLayerIndex(bad, kDirs[0], chain), -1);
        QCOMPARE(LayerChain::legacyLayerIndex(kJson[0], QStringLiteral("not-hex"), chain), -1);
    }

    void legacyLayersTheNodeHasAreLeftOut_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("whole") << 0;
        QTest::newRow("one byte at a time") << 1;
        QTest::newRow("511") << 511;
        QTest::newRow("4096") << 4096;
    }

    void legacyLayersTheNodeHasAreLeftOut()
    {
        QFETCH(int, chunk);
        const QByteArray input = tar(legacyArchive());
        const Filtered out = filter(input, kDiffIds, firstChains(3), chunk); // the node has layers 0, 1, 2
        QVERIFY(!out.gaveUp);
        QCOMPARE(out.skipped, 3);
        QCOMPARE(out.skippedBytes, qint64(3000 + 4000 + 5000));
        QString error;
        const QMap<QString, QByteArray> members = readBack(out.bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (int i = 0; i < kDirs.size(); ++i) {
            QCOMPARE(members.contains(kDirs[i] + QStringLiteral("/layer.tar")), i >= 3);
            QCOMPARE(members.value(kDirs[i] + QStringLiteral("/json")), kJson[i]); // the json files all go
        }
        QVERIFY(members.contains(QStringLiteral("manifest.json")));
        QCOMPARE(members.value(kDirs[4] + QStringLiteral("/layer.tar")), QByteArray(7000, 'e'));
        QCOMPARE(input.size() - out.bytes.size(), 3 * 512 + 3072 + 4096 + 5120); // headers and padded data
    }

    void aNodeWithoutTheLayersGetsTheArchiveByteForByte()
    {
        const QByteArray input = tar(legacyArchive());
        QCOMPARE(filter(input, kDiffIds, {}).bytes, input);
        // Layers the node has elsewhere in another chain are not the same layer: nothing is left out.
        const QStringList other = LayerChain::chainIds({kDiffIds[1], kDiffIds[0]});
        const Filtered moved = filter(input, kDiffIds, QSet<QString>(other.begin(), other.end()));
        QCOMPARE(moved.skipped, 0);
        QCOMPARE(moved.bytes, input);
    }

    void ociBlobsTheNodeHasAreLeftOut_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pax restricted") << int(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED);
        QTest::newRow("pax") << int(ARCHIVE_FORMAT_TAR_PAX_INTERCHANGE);
        QTest::newRow("gnu") << int(ARCHIVE_FORMAT_TAR_GNUTAR);
        QTest::newRow("ustar") << int(ARCHIVE_FORMAT_TAR_USTAR);
    }

    void ociBlobsTheNodeHasAreLeftOut()
    {
        QFETCH(int, format);
        const QStringList diffIds{QStringLiteral("sha256:") + hex('1'), QStringLiteral("sha256:") + hex('2')};
        const QStringList chain = LayerChain::chainIds(diffIds);
        const QList<Member> members{dir(QStringLiteral("blobs")), dir(QStringLiteral("blobs/sha256")),
                                    file(QStringLiteral("blobs/sha256/") + hex('1'), QByteArray(10000, 'x')),
                                    file(QStringLiteral("blobs/sha256/") + hex('2'), QByteArray(600, 'y')),
                                    file(QStringLiteral("blobs/sha256/") + hex('9'), "{\"config\":1}"),
                                    file(QStringLiteral("index.json"), "{}"),
                                    file(QStringLiteral("manifest.json"), "[]")};
        const Filtered out = filter(tar(members, format), diffIds, {chain[0]}, 700);
        QCOMPARE(out.skipped, 1);
        const QMap<QString, QByteArray> read = readBack(out.bytes);
        QVERIFY(!read.contains(QStringLiteral("blobs/sha256/") + hex('1')));
        QCOMPARE(read.value(QStringLiteral("blobs/sha256/") + hex('2')), QByteArray(600, 'y'));
        QVERIFY(read.contains(QStringLiteral("blobs/sha256/") + hex('9')));
        QVERIFY(read.contains(QStringLiteral("index.json")));
    }

    void longNamesInExtensionHeadersAreFollowed_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pax path record") << int(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED);
        QTest::newRow("GNU long name") << int(ARCHIVE_FORMAT_TAR_GNUTAR);
    }

    void longNamesInExtensionHeadersAreFollowed()
    {
        // "./././…blobs/sha256/<hex>" is over 100 characters: its name lives in a pax record or a GNU 'L' entry,
        // which must go (or be dropped) with the entry it names.
        QFETCH(int, format);
        const QStringList diffIds{QStringLiteral("sha256:") + hex('1')};
        const QString longName = QStringLiteral("./").repeated(20) + QStringLiteral("blobs/sha256/") + hex('1');
        const QByteArray input = tar({file(longName, QByteArray(2000, 'x')), file(QStringLiteral("after"), "kept")},
                                     format);
        const Filtered out = filter(input, diffIds, {diffIds[0]}, 100);
        QCOMPARE(out.skipped, 1);
        QString error;
        const QMap<QString, QByteArray> read = readBack(out.bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.keys(), QStringList{QStringLiteral("after")});
        QCOMPARE(read.value(QStringLiteral("after")), QByteArray("kept"));
    }

    void aRepeatedLayerIsAlwaysSent()
    {
        // Docker 20.10 writes the second copy as a link to the first: neither may go missing.
        const QStringList diffIds{QStringLiteral("sha256:") + hex('1'), QStringLiteral("sha256:") + hex('1')};
        const QStringList chain = LayerChain::chainIds(diffIds);
        const QByteArray input = tar({file(QStringLiteral("blobs/sha256/") + hex('1'), QByteArray(900, 'x'))});
        LayerFilter f(diffIds, {chain[0], chain[1]}, [](const char *, qint64) { return true; });
        QCOMPARE(f.skippableLayers(), 0);
        QCOMPARE(filter(input, diffIds, {chain[0], chain[1]}).bytes, input);
    }

    void whatIsNotATarPassesUnchanged()
    {
        QByteArray garbage(5000, 'g');
        garbage[600] = '\0';
        const Filtered out = filter(garbage, kDiffIds, firstChains(5), 333);
        QVERIFY(out.gaveUp);
        QCOMPARE(out.bytes, garbage);
        // A stream cut inside a layer the node lacks arrives cut, not tidied up.
        const QByteArray input = tar(legacyArchive());
        const QByteArray cut = input.left(input.size() / 2);
        const Filtered half = filter(cut, kDiffIds, firstChains(5));
        QVERIFY(half.bytes.size() < cut.size());
        // A cut inside a header that is still being collected: the partial header goes on as it came.
        QCOMPARE(filter(input.left(1000), kDiffIds, firstChains(5)).bytes, input.left(1000));
        QVERIFY(!half.bytes.endsWith(QByteArray(1024, '\0')));
    }

    void aRefusingSinkStopsTheFilter()
    {
        const QByteArray input = tar(legacyArchive());
        int calls = 0;
        LayerFilter f(kDiffIds, firstChains(2), [&calls](const char *, qint64) { return ++calls < 3; });
        QVERIFY(!f.feed(input.constData(), input.size()));
        QCOMPARE(calls, 3);
    }

    void theNodeAnswerSaysWhatItsStoreHolds()
    {
        const QByteArray answer =
            "fleet-info x86_64 runc,\n"
            "fleet-store overlay2 [[\"Backing Filesystem\",\"extfs\"],[\"Supports d_type\",\"true\"]]\n"
            "fleet-zstd\n"
            "fleet-layers sha256:" + hex('a').toLatin1() + " " + kDiffIds[0].toLatin1() + " " + kDiffIds[1].toLatin1()
            + " \n"
            "fleet-layers sha256:" + hex('b').toLatin1() + " not-a-digest\n"
            "fleet-layers garbage\n"
            "sha256:" + hex('c').toLatin1() + " app:1,\n";
        QByteArray rest;
        const NodeLayerSet set = NodeLayerSet::parse(answer, &rest);
        QVERIFY(set.known);
        QVERIFY(set.reusesLayers());
        QVERIFY(set.hasZstd);
        QCOMPARE(set.storageDriver, QStringLiteral("overlay2"));
        QCOMPARE(set.images, 1);
        QCOMPARE(set.chainIds, firstChains(2));
        QCOMPARE(rest, "fleet-info x86_64 runc,\nsha256:" + hex('c').toLatin1() + " app:1,\n");
    }

    void aContainerdStoreDoesNotReuseLayers()
    {
        // Docker ≥ 24 with the containerd image store (the default from Docker 29 on).
        const NodeLayerSet set = NodeLayerSet::parse(
            "fleet-store overlayfs [[\"driver-type\",\"io.containerd.snapshotter.v1\"]]\n");
        QVERIFY(set.known);
        QVERIFY(set.containerdStore);
        QVERIFY(!set.reusesLayers());
        QVERIFY(!set.hasZstd);
        // No answer at all (docker info failed): nothing is assumed.
        QVERIFY(!NodeLayerSet::parse("").reusesLayers());
    }
};

QTEST_GUILESS_MAIN(TestLayerFilter)
#include "TestLayerFilter.moc"
