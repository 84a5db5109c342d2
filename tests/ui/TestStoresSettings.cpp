#include "DragPayload.h"
#include "LibraryPanel.h"
#include "MainWindow.h"
#include "PushPlanner.h"
#include "SettingsDialog.h"
#include "StoreEditDialog.h"
#include "StoresSettingsPage.h"
#include "actions/FleetSettings.h"
#include "agent/SecretStore.h"
#include "images/stores/StoreCredentials.h"
#include "images/stores/StoreLocation.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace fleet;

// Settings → Stores without any server: the edit form makes and checks STORE-URLs, the page round-trips stores
// through FleetSettings (a temporary QSettings file) with secrets only in the secret store (a 0600 file here: no
// session bus), and Test lists a folder. Also the store-object drag format and its PushRequest.
class TestStoresSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_secret = "wJalrXUtnFEMI-test-secret-7f3a";
    const QByteArray m_keyId = "AKIATESTKEYID0001";

    static QLineEdit *edit(QWidget *dialog, const char *name)
    {
        auto *found = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no field %s", name);
        return found;
    }
    static bool okEnabled(StoreEditDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
    }
    static QString errorLine(StoreEditDialog *dialog)
    {
        const auto *label = dialog->findChild<QLabel *>(QStringLiteral("storeError"));
        return label->isVisibleTo(dialog) ? label->text() : QString();
    }
    QString settingsFileText() const
    {
        QFile file(QSettings().fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        // Secrets of this test stay in its folder (SecretStore's file under XDG_CONFIG_HOME; no session bus here).
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        for (const char *name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "FLEET_REGISTRY_USERNAME",
                                 "FLEET_REGISTRY_PASSWORD", "FLEET_REGISTRY_SERVER"})
            qunsetenv(name);
    }

    void init() { QSettings().clear(); }

    void formMakesAndChecksStoreUrls()
    {
        StoreEditDialog dialog;
        dialog.show();
        QVERIFY(!okEnabled(&dialog));
        QCOMPARE(errorLine(&dialog), QStringLiteral("Give the store a name."));
        edit(&dialog, "storeName")->setText(QStringLiteral("team"));
        QVERIFY(!okEnabled(&dialog)); // no folder yet
        edit(&dialog, "storePath")->setText(QStringLiteral("/srv/archives"));
        QVERIFY2(okEnabled(&dialog), qPrintable(dialog.problem()));
        QCOMPARE(dialog.storeUrl(), QStringLiteral("dir:/srv/archives"));

        dialog.setKind(StoreEditDialog::Kind::S3);
        edit(&dialog, "storeBucket")->setText(QStringLiteral("Bad_Bucket"));
        // StoreLocation's own reason, inline, and OK waits.
        QString why;
        QVERIFY(!StoreLocation::parse(dialog.storeUrl(), &why));
        QCOMPARE(errorLine(&dialog), why);
        QVERIFY(why.contains(QStringLiteral("Bad_Bucket")));
        QVERIFY(!okEnabled(&dialog));
        edit(&dialog, "storeBucket")->setText(QStringLiteral("images"));
        edit(&dialog, "storePrefix")->setText(QStringLiteral("team/x"));
        edit(&dialog, "storeEndpoint")->setText(QStringLiteral("http://127.0.0.1:9000"));
        edit(&dialog, "storeRegion")->setText(QStringLiteral("eu-west-1"));
        QCOMPARE(dialog.storeUrl(),
                 QStringLiteral("s3://images/team/x?endpoint=http://127.0.0.1:9000&region=eu-west-1"));
        const std::optional<StoreLocation> s3 = StoreLocation::parse(dialog.storeUrl(), &why);
        QVERIFY2(s3, qPrintable(why));
        QCOMPARE(s3->endpoint, QStringLiteral("http://127.0.0.1:9000"));
        QCOMPARE(s3->prefix, QStringLiteral("team/x/"));
        QCOMPARE(s3->region, QStringLiteral("eu-west-1"));
        QVERIFY(okEnabled(&dialog));
        edit(&dialog, "storeEndpoint")->setText(QStringLiteral("http://user:pw@127.0.0.1:9000"));
        QVERIFY(errorLine(&dialog).contains(QStringLiteral("credentials"))); // never in a URL
        edit(&dialog, "storeEndpoint")->setText(QStringLiteral("http://127.0.0.1:9000"));
        edit(&dialog, "storeAccessKey")->setText(QString::fromLatin1(m_keyId));
        QVERIFY(!okEnabled(&dialog)); // an id without its secret
        edit(&dialog, "storeSecretKey")->setText(QString::fromLatin1(m_secret));
        QVERIFY(okEnabled(&dialog));
        QCOMPARE(dialog.typedCredentials()->secret, m_secret);

        dialog.setKind(StoreEditDialog::Kind::Registry);
        edit(&dialog, "storeRegistry")->setText(QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(dialog.storeUrl(), QStringLiteral("registry://127.0.0.1:5000"));
        QVERIFY(!dialog.typedCredentials()); // user and password are optional
        QVERIFY(okEnabled(&dialog));
        edit(&dialog, "storeRegistry")->setText(QStringLiteral("https://127.0.0.1:5000/"));
        QCOMPARE(dialog.storeUrl(), QStringLiteral("registry://127.0.0.1:5000?scheme=https"));
        QVERIFY(StoreLocation::parse(dialog.storeUrl(), &why));

        dialog.setTakenNames({QStringLiteral("team")});
        QVERIFY(!okEnabled(&dialog));
        QVERIFY(errorLine(&dialog).contains(QStringLiteral("already called team")));
    }

    void pageRoundTripsStoresAndKeepsSecretsOutOfSettings()
    {
        const QString folder = m_dir.filePath(QStringLiteral("archives"));
        QVERIFY(QDir().mkpath(folder));
        const QString s3Url = QStringLiteral("s3://images/team?endpoint=http://127.0.0.1:9&region=us-east-1");
        {
            SettingsDialog dialog;
            dialog.load();
            dialog.show();
            StoresSettingsPage *page = dialog.storesPage();
            QCOMPARE(page->list()->topLevelItemCount(), 0);

            page->addStore();
            StoreEditDialog *editor = page->editor();
            QVERIFY(editor && editor->isVisible());
            edit(editor, "storeName")->setText(QStringLiteral("local"));
            edit(editor, "storePath")->setText(folder);
            editor->accept();

            page->addStore();
            editor = page->editor();
            edit(editor, "storeName")->setText(QStringLiteral("local")); // taken
            QVERIFY(!okEnabled(editor));
            edit(editor, "storeName")->setText(QStringLiteral("bucket"));
            editor->setKind(StoreEditDialog::Kind::S3);
            edit(editor, "storeBucket")->setText(QStringLiteral("images"));
            edit(editor, "storePrefix")->setText(QStringLiteral("team"));
            edit(editor, "storeEndpoint")->setText(QStringLiteral("http://127.0.0.1:9"));
            edit(editor, "storeRegion")->setText(QStringLiteral("us-east-1"));
            edit(editor, "storeAccessKey")->setText(QString::fromLatin1(m_keyId));
            edit(editor, "storeSecretKey")->setText(QString::fromLatin1(m_secret));
            editor->accept();
            QCOMPARE(page->list()->topLevelItemCount(), 2);
            QVERIFY(FleetSettings::load().stores.isEmpty()); // nothing is written before OK
            QSignalSpy changed(&dialog, &SettingsDialog::storesChanged);
            dialog.accept();
            QCOMPARE(changed.count(), 1);
            QVERIFY(!dialog.isVisible());
        }
        const QList<FleetSettings::ConfiguredStore> saved = FleetSettings::load().stores;
        const QList<FleetSettings::ConfiguredStore> expected{{QStringLiteral("local"), QStringLiteral("dir:") + folder},
                                                             {QStringLiteral("bucket"), s3Url}};
        QCOMPARE(saved, expected);
        // The settings file has the names and URLs, never the secret or the key id.
        const QString text = settingsFileText();
        QVERIFY2(text.contains(QStringLiteral("bucket")), qPrintable(text));
        QVERIFY(!text.contains(QString::fromLatin1(m_secret)));
        QVERIFY(!text.contains(QString::fromLatin1(m_keyId)));
        // They are in the secret store, where fleetctl store finds them.
        QString why;
        const std::optional<StoreLocation> location = StoreLocation::parse(s3Url, &why);
        QVERIFY(location);
        SecretStore secrets(SecretStore::Backend::File);
        const std::optional<StoreCredentials> found = StoreCredentials::resolve(*location, &secrets, &why);
        QVERIFY2(found, qPrintable(why));
        QCOMPARE(found->user, m_keyId);
        QCOMPARE(found->secret, m_secret);

        // Editing shows "saved in the keychain", not the secret; a rename keeps them.
        {
            SettingsDialog dialog;
            dialog.load();
            dialog.show();
            StoresSettingsPage *page = dialog.storesPage();
            QCOMPARE(page->list()->topLevelItem(1)->text(2), QStringLiteral("saved in the keychain"));
            page->list()->setCurrentItem(page->list()->topLevelItem(1));
            page->editStore();
            StoreEditDialog *editor = page->editor();
            QVERIFY(editor->findChild<QLabel *>(QStringLiteral("storeCredentialsSaved"))->isVisible());
            QVERIFY(edit(editor, "storeSecretKey")->text().isEmpty());
            QVERIFY(edit(editor, "storeAccessKey")->text().isEmpty());
            QCOMPARE(edit(editor, "storeAccessKey")->placeholderText(), QStringLiteral("saved in the keychain"));
            QCOMPARE(edit(editor, "storeBucket")->text(), QStringLiteral("images"));
            QCOMPARE(edit(editor, "storePrefix")->text(), QStringLiteral("team"));
            QCOMPARE(edit(editor, "storeEndpoint")->text(), QStringLiteral("http://127.0.0.1:9"));
            QCOMPARE(editor->storeUrl(), s3Url); // unchanged fields give the same URL back
            edit(editor, "storeName")->setText(QStringLiteral("team-bucket"));
            editor->accept();
            dialog.accept();
        }
        QCOMPARE(FleetSettings::load().stores.at(1).name, QStringLiteral("team-bucket"));
        QVERIFY(StoreCredentials::resolve(*location, &secrets, &why));

        // Removing the store forgets its credentials.
        {
            SettingsDialog dialog;
            dialog.load();
            StoresSettingsPage *page = dialog.storesPage();
            page->list()->setCurrentItem(page->list()->topLevelItem(1));
            page->removeStore();
            dialog.accept();
        }
        QCOMPARE(FleetSettings::load().stores.size(), 1);
        why.clear();
        QVERIFY(!StoreCredentials::resolve(*location, &secrets, &why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void testButtonListsTheStore()
    {
        QTemporaryDir folder;
        FleetSettings settings;
        settings.stores = {{QStringLiteral("empty"), QStringLiteral("dir:") + folder.path()},
                           {QStringLiteral("gone"), QStringLiteral("dir:") + folder.filePath(QStringLiteral("none"))},
                           {QStringLiteral("closed"), QStringLiteral("s3://images?endpoint=http://127.0.0.1:9")}};
        settings.save();
        StoresSettingsPage page;
        page.load();
        QSignalSpy tested(&page, &StoresSettingsPage::tested);
        page.list()->setCurrentItem(page.list()->topLevelItem(0));
        page.testStore();
        QVERIFY(tested.wait(10000));
        QVERIFY(tested.last().at(0).toBool());
        QCOMPARE(page.testResult(), QStringLiteral("empty answered: 0 archive(s)."));
        page.list()->setCurrentItem(page.list()->topLevelItem(1));
        page.testStore();
        QVERIFY(tested.wait(10000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY2(page.testResult().contains(QStringLiteral("does not exist")), qPrintable(page.testResult()));
        // Nothing listens on 127.0.0.1:9: the store is unreachable, and the page says so.
        page.list()->setCurrentItem(page.list()->topLevelItem(2));
        page.testStore();
        QVERIFY(tested.wait(70000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY2(page.testResult().startsWith(QStringLiteral("closed: ")), qPrintable(page.testResult()));
        QVERIFY2(page.testResult().contains(QStringLiteral("cannot reach the S3 endpoint http://127.0.0.1:9")),
                 qPrintable(page.testResult()));

        // The editor's Test uses what is typed, before anything is saved.
        StoreEditDialog dialog;
        QSignalSpy editorTested(&dialog, &StoreEditDialog::tested);
        edit(&dialog, "storeName")->setText(QStringLiteral("x"));
        edit(&dialog, "storePath")->setText(folder.path());
        dialog.test();
        QVERIFY(editorTested.wait(10000));
        QVERIFY(editorTested.first().at(0).toBool());
        QVERIFY2(dialog.testResult().contains(QStringLiteral("0 archive(s)")), qPrintable(dialog.testResult()));
    }

    void storeObjectsDragAndPlan()
    {
        const QList<StoreObjectRef> objects{{QStringLiteral("dir:/srv/a"), QStringLiteral("app:1.0.0")},
                                            {QStringLiteral("s3://images?region=us-east-1"), QStringLiteral("db:2.1")}};
        std::unique_ptr<QMimeData> data(DragPayload::encodeStoreObjects(objects));
        QVERIFY(data->hasFormat(DragPayload::storeObjectMimeType()));
        const DragPayload payload = DragPayload::decode(data.get());
        QCOMPARE(payload.storeObjects, objects);
        QVERIFY(payload.images.isEmpty() && payload.archives.isEmpty());
        QCOMPARE(payload.count(), 2);
        const QStringList nodes{QStringLiteral("127.0.90.11"), QStringLiteral("127.0.90.12")};
        const QList<PushRequest> requests = PushPlanner::plan(payload, nodes);
        QCOMPARE(requests.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(requests.at(i).source, PushSourceKind::StoreObject);
            QCOMPARE(requests.at(i).image, objects.at(i).reference);
            QCOMPARE(requests.at(i).storeUrl, objects.at(i).storeUrl);
            QCOMPARE(requests.at(i).via, DeliveryPath::Auto);
            QVERIFY(requests.at(i).archivePath.isEmpty());
            QCOMPARE(requests.at(i).nodes, nodes);
        }
        // Not our shape (another program's drop): nothing.
        QMimeData junk;
        junk.setData(DragPayload::storeObjectMimeType(), "[{\"store\":\"\"},7,\"x\",{\"reference\":\"a:1\"}]");
        QVERIFY(DragPayload::decode(&junk).isEmpty());
        junk.setData(DragPayload::storeObjectMimeType(), "not json");
        QVERIFY(DragPayload::decode(&junk).isEmpty());
    }

    void settingsActionOpensTheStoresPage()
    {
        MainWindow window;
        window.show();
        QAction *settings = window.action(QStringLiteral("settings"));
        QVERIFY(settings);
        settings->trigger();
        QVERIFY(window.settingsDialog()->isVisible());
        QCOMPARE(window.settingsDialog()->findChild<QTabWidget *>()->tabText(0), QStringLiteral("&Stores"));
        window.settingsDialog()->reject();
    }
};

QTEST_MAIN(TestStoresSettings)
#include "TestStoresSettings.moc"
