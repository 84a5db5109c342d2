#include "images/stores/ImageStore.h"
#include "images/stores/StoredArchive.h"

#include <QJsonObject>
#include <QTest>

using namespace fleet;

namespace {

// The store-independent lookup (ImageStore::describe: parseQuery + list + find) over a fixed listing.
class ListedStore final : public ImageStore
{
public:
    explicit ListedStore(QList<StoredArchive> archives)
        : m_archives(std::move(archives))
    {
    }
    QString location() const override { return QStringLiteral("dir:/srv/images"); }
    std::optional<QList<StoredArchive>> list() override { return m_archives; }
    std::optional<StoredArchive> put(DockerEngine &, const QString &, const QString &) override { return {}; }
    bool get(DockerEngine &, const QString &) override { return false; }
    bool remove(const QString &) override { return false; }

private:
    QList<StoredArchive> m_archives;
};

StoredArchive archive(const QString &reference, const QString &name = {}, int day = 1)
{
    StoredArchive a = StoredArchive::forReference(ImageReference::parse(reference));
    if (!name.isEmpty()) {
        a.archive = name;
        a.key = StoredArchive::fileNameForArchive(name);
    }
    a.size = 1000;
    a.sha256 = QString(64, QLatin1Char('a'));
    a.imageId = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
    a.created = QDateTime(QDate(2026, 11, day), QTime(18, 0), Qt::UTC);
    return a;
}

} // namespace

// Archive names (issue 12: an archive put with a name is found by it): which names are valid, the one lookup
// rule (a word with ':', '/' or '@' is a reference, one without is a name), lookup by name and by reference,
// and the `archive` field of sidecars, which old sidecars lack and untrusted ones may garble.
class TestStoredArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void archiveNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("why"); // a word of the refusal
        QTest::newRow("seed") << QStringLiteral("comfyui-r36.4.0") << true << QString();
        QTest::newRow("underscore") << QStringLiteral("my_app") << true << QString();
        QTest::newRow("one char") << QStringLiteral("a") << true << QString();
        QTest::newRow("digit first") << QStringLiteral("0day") << true << QString();
        QTest::newRow("128") << QString(128, QLatin1Char('x')) << true << QString();
        QTest::newRow("129") << QString(129, QLatin1Char('x')) << false << QStringLiteral("1-128");
        QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
        QTest::newRow("colon") << QStringLiteral("app:1.0") << false << QStringLiteral("reference");
        QTest::newRow("slash") << QStringLiteral("team/app") << false << QStringLiteral("reference");
        QTest::newRow("at") << QStringLiteral("app@x") << false << QStringLiteral("reference");
        QTest::newRow("dot first") << QStringLiteral(".hidden") << false << QStringLiteral("starting");
        QTest::newRow("dash first") << QStringLiteral("-rf") << false << QStringLiteral("starting");
        QTest::newRow("space") << QStringLiteral("my app") << false << QStringLiteral("letters");
        QTest::newRow("dotdot") << QStringLiteral("..") << false << QStringLiteral("starting");
        QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9") << false << QStringLiteral("letters");
        QTest::newRow("ends .tar") << QStringLiteral("app.tar") << false << QStringLiteral(".tar");
        QTest::newRow("ends .TAR") << QStringLiteral("app.TAR") << false << QStringLiteral(".tar");
        QTest::newRow("ends .json") << QStringLiteral("app.tar.json") << false << QStringLiteral(".json");
        QTest::newRow("newline") << QStringLiteral("app\nx") << false << QStringLiteral("letters");
    }

    void archiveNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, why);
        QString problem;
        QCOMPARE(StoredArchive::isValidArchiveName(name, &problem), valid);
        QCOMPARE(problem.isEmpty(), valid);
        QVERIFY2(problem.contains(why), qPrintable(problem));
        if (valid) {
            QCOMPARE(StoredArchive::fileNameForArchive(name), name + QStringLiteral(".tar"));
            QCOMPARE(StoredArchive::archiveNameOfFile(StoredArchive::fileNameForArchive(name)), name);
            QVERIFY(ImageStore::namesArchive(name)); // every valid name is a name by the lookup rule
        }
    }

    void theLookupRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("name");
        QTest::newRow("name") << QStringLiteral("comfyui-r36.4.0") << true;
        QTest::newRow("untagged word") << QStringLiteral("app") << true; // a name, never `app:latest`
        QTest::newRow("tagged") << QStringLiteral("app:1.0") << false;
        QTest::newRow("path") << QStringLiteral("dustynv/comfyui") << false;
        QTest::newRow("digest") << QStringLiteral("app@sha256:00") << false;
        QTest::newRow("registry") << QStringLiteral("127.0.0.1:5000/app:1") << false;
    }

    void theLookupRule()
    {
        QFETCH(QString, text);
        QFETCH(bool, name);
        QCOMPARE(ImageStore::namesArchive(text), name);
    }

    void fileNamesOfArchives()
    {
        QCOMPARE(StoredArchive::archiveNameOfFile(QStringLiteral("comfy.tar")), QStringLiteral("comfy"));
        QCOMPARE(StoredArchive::archiveNameOfFile(QStringLiteral("comfy.tar.json")), QString());
        QCOMPARE(StoredArchive::archiveNameOfFile(QStringLiteral(".comfy.tar")), QString());
        QCOMPARE(StoredArchive::archiveNameOfFile(QStringLiteral("x.tar.tar")), QString());
        QCOMPARE(StoredArchive::archiveNameOfFile(QStringLiteral("127.0.0.1%3A5000+app_1.0.0.tar")), QString());
    }

    void sidecarsRecordTheName()
    {
        StoredArchive a = archive(QStringLiteral("dustynv/comfyui:r36.4.0"), QStringLiteral("comfyui-r36.4.0"));
        const QJsonObject json = a.toJson();
        QCOMPARE(json.value(QStringLiteral("archive")).toString(), QStringLiteral("comfyui-r36.4.0"));
        QCOMPARE(json.value(QStringLiteral("reference")).toString(), QStringLiteral("dustynv/comfyui:r36.4.0"));
        QString error;
        const std::optional<StoredArchive> back = StoredArchive::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->archive, a.archive);
        QCOMPARE(back->reference, a.reference);
        QCOMPARE(back->name, QStringLiteral("dustynv/comfyui"));
        QCOMPARE(back->tag, QStringLiteral("r36.4.0"));
        QCOMPARE(back->sha256, a.sha256);
        QCOMPARE(back->size, a.size);
        QCOMPARE(back->imageId, a.imageId);

        // Kept by its reference: an empty name, both ways.
        const StoredArchive plain = archive(QStringLiteral("app:1.0.0"));
        QVERIFY(StoredArchive::fromJson(plain.toJson(), &error));
        QCOMPARE(StoredArchive::fromJson(plain.toJson(), &error)->archive, QString());
    }

    void oldSidecarsStillRead()
    {
        // As written before archives had names: no `archive` field at all (or a null one).
        QJsonObject old = archive(QStringLiteral("app:1.0.0")).toJson();
        old.remove(QStringLiteral("archive"));
        QString error;
        std::optional<StoredArchive> back = StoredArchive::fromJson(old, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->reference, QStringLiteral("app:1.0.0"));
        QCOMPARE(back->archive, QString());
        old.insert(QStringLiteral("archive"), QJsonValue::Null);
        QVERIFY2(StoredArchive::fromJson(old, &error), qPrintable(error));
    }

    void untrustedNamesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("path") << QJsonValue(QStringLiteral("../../etc/passwd"));
        QTest::newRow("reference") << QJsonValue(QStringLiteral("app:1.0"));
        QTest::newRow("hidden") << QJsonValue(QStringLiteral(".x"));
        QTest::newRow("long") << QJsonValue(QString(5000, QLatin1Char('x')));
        QTest::newRow("number") << QJsonValue(42);
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
    }

    void untrustedNamesAreRefused()
    {
        QFETCH(QJsonValue, value);
        QJsonObject json = archive(QStringLiteral("app:1.0.0"), QStringLiteral("app-one")).toJson();
        json.insert(QStringLiteral("archive"), value);
        QString error;
        QVERIFY(!StoredArchive::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("archive name")), qPrintable(error));
        QVERIFY2(error.size() < 600, qPrintable(error)); // a huge value is not echoed whole
    }

    void aNameFindsItsArchive()
    {
        ListedStore store({archive(QStringLiteral("app:1.0.0")),
                           archive(QStringLiteral("dustynv/comfyui:r36.4.0"), QStringLiteral("comfyui-r36.4.0"))});
        const std::optional<StoredArchive> found = store.describe(QStringLiteral("comfyui-r36.4.0"));
        QVERIFY2(found, qPrintable(store.error().message));
        QCOMPARE(found->key, QStringLiteral("comfyui-r36.4.0.tar"));
        QCOMPARE(found->reference, QStringLiteral("dustynv/comfyui:r36.4.0"));
        QCOMPARE(found->archive, QStringLiteral("comfyui-r36.4.0"));
        // By its reference too, though its file is not the reference's own.
        const std::optional<StoredArchive> byReference = store.describe(QStringLiteral("dustynv/comfyui:r36.4.0"));
        QVERIFY2(byReference, qPrintable(store.error().message));
        QCOMPARE(byReference->key, QStringLiteral("comfyui-r36.4.0.tar"));
    }

    void aReferencePrefersItsOwnFileThenTheNewest()
    {
        ListedStore store({archive(QStringLiteral("app:1.0.0"), QStringLiteral("app-old"), 1),
                           archive(QStringLiteral("app:1.0.0"), QStringLiteral("app-new"), 5),
                           archive(QStringLiteral("app:1.0.0"), QStringLiteral("app-mid"), 3)});
        QCOMPARE(store.describe(QStringLiteral("app:1.0.0"))->key, QStringLiteral("app-new.tar"));
        ListedStore withOwn({archive(QStringLiteral("app:1.0.0"), QStringLiteral("app-new"), 5),
                             archive(QStringLiteral("app:1.0.0"), QString(), 1)});
        QCOMPARE(withOwn.describe(QStringLiteral("app:1.0.0"))->key, QStringLiteral("app_1.0.0.tar"));
    }

    void aNameLikeAReferenceFileIsNotThatReference()
    {
        // The archive named "app_1.0" lives in app_1.0.tar, the own file name of app:1.0, but holds another image.
        ListedStore store({archive(QStringLiteral("other:2.0"), QStringLiteral("app_1.0"))});
        QVERIFY(!store.describe(QStringLiteral("app:1.0")));
        QCOMPARE(store.error().kind, StoreError::NotFound);
        QCOMPARE(store.describe(QStringLiteral("app_1.0"))->reference, QStringLiteral("other:2.0"));
    }

    void notFoundNamesWhatTheStoreHas()
    {
        ListedStore store({archive(QStringLiteral("app:1.0.0")),
                           archive(QStringLiteral("app:2.0.0"), QStringLiteral("app-two")),
                           archive(QStringLiteral("dustynv/comfyui:r36.4.0"), QStringLiteral("comfyui-r36.4.0"))});
        QVERIFY(!store.describe(QStringLiteral("comfy")));
        QCOMPARE(store.error().kind, StoreError::NotFound);
        QString m = store.error().message;
        QVERIFY2(m.contains(QStringLiteral("no archive is named \"comfy\" in dir:/srv/images")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("app:1.0.0")) && m.contains(QStringLiteral("app-two (app:2.0.0)"))
                     && m.contains(QStringLiteral("comfyui-r36.4.0 (dustynv/comfyui:r36.4.0)")),
                 qPrintable(m));

        QVERIFY(!store.describe(QStringLiteral("app"))); // an untagged image name: a name, so the tags are offered
        m = store.error().message;
        QVERIFY2(m.contains(QStringLiteral("app with tag(s) 1.0.0, 2.0.0")) && m.contains(QStringLiteral("IMAGE:TAG")),
                 qPrintable(m));

        QVERIFY(!store.describe(QStringLiteral("app:3.0.0")));
        m = store.error().message;
        QVERIFY2(m.contains(QStringLiteral("app:3.0.0 is not in dir:/srv/images"))
                     && m.contains(QStringLiteral("1.0.0, 2.0.0")),
                 qPrintable(m));

        QVERIFY(!store.describe(QStringLiteral("nginx:1.0")));
        m = store.error().message;
        QVERIFY2(m.contains(QStringLiteral("comfyui-r36.4.0 (dustynv/comfyui:r36.4.0)")), qPrintable(m));

        ListedStore empty({});
        QVERIFY(!empty.describe(QStringLiteral("comfy")));
        QVERIFY2(empty.error().message.contains(QStringLiteral("holds no archive")), qPrintable(empty.error().message));
    }

    void invalidTextsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("hidden name") << QStringLiteral(".comfy");
        QTest::newRow("name with .tar") << QStringLiteral("comfy.tar");
        QTest::newRow("untagged reference") << QStringLiteral("team/app");
        QTest::newRow("digest") << QStringLiteral("app@sha256:") + QString(64, QLatin1Char('0'));
        QTest::newRow("empty") << QString();
    }

    void invalidTextsAreRefused()
    {
        QFETCH(QString, text);
        ListedStore store({archive(QStringLiteral("app:1.0.0"))});
        QVERIFY(!store.describe(text));
        QCOMPARE(store.error().kind, StoreError::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestStoredArchive)
#include "TestStoredArchive.moc"
