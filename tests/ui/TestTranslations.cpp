#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace fleet;

// The three translations are complete: every text of ui/ and of the core messages the window shows (lupdate reads
// both, as the build's update_translations does) has a finished entry in fleet_de/fr/es.ts with the source's
// placeholders, the compiled .qm files answer with them, English has every plural form, and --lang picks one.
class TestTranslations final : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context, source, type;
        bool numerus = false;
        QStringList translations;
    };

    static QString sourceDir() { return qEnvironmentVariable("FLEET_SOURCE_DIR"); }

    static QList<Message> readTs(const QString &path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
                messages.append(current);
            } else if (name == QLatin1String("source")) {
                messages.last().source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
                if (!messages.last().numerus)
                    messages.last().translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                messages.last().translations << xml.readElementText();
            }
        }
        return messages;
    }

    static QStringList placeholders(QString text, bool numerus)
    {
        if (numerus)
            text.remove(QRegularExpression(QStringLiteral("%L?n")));
        QStringList found;
        QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%L?\\d")).globalMatch(text);
        while (it.hasNext())
            found << it.next().captured();
        found.removeDuplicates();
        found.sort();
        return found;
    }

    static QString tsPath(const QString &language)
    {
        return sourceDir() + QStringLiteral("/translations/fleet_%1.ts").arg(language);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!sourceDir().isEmpty(), "FLEET_SOURCE_DIR is set by ctest"); }

    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyEntryIsFinished()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 500, qPrintable(tsPath(language)));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 [%2]").arg(where, m.type);
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << QStringLiteral("%1 [empty]").arg(where);
            else
                for (const QString &text : m.translations)
                    if (placeholders(text, m.numerus) != placeholders(m.source, m.numerus))
                        problems << QStringLiteral("%1 [placeholders of \"%2\"]").arg(where, text);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishHasEveryPluralForm()
    {
        QStringList problems;
        int plurals = 0;
        for (const Message &m : readTs(tsPath(QStringLiteral("en")))) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (!m.type.isEmpty() || m.translations.size() != 2 || m.translations.contains(QString()))
                problems << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY(plurals > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("run translations/fill-english-plurals:\n")
                                                + problems.join(QLatin1Char('\n'))));
    }

    void noTextOfTheSourcesIsMissing()
    {
        // lupdate over ui/ and core/ now: every text it finds must be in each translation, none may be left over.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fleet_xx.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(QStringLiteral(FLEET_LUPDATE), {QStringLiteral("-silent"), QStringLiteral("-extensions"),
                                                      QStringLiteral("cpp,h"), QStringLiteral("ui"),
                                                      QStringLiteral("core"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> wanted;
        for (const Message &m : readTs(fresh))
            wanted.insert(m.context + QLatin1Char('\x1f') + m.source);
        QVERIFY(wanted.size() > 500);
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                        QStringLiteral("en")}) {
            QSet<QString> have;
            for (const Message &m : readTs(tsPath(language)))
                have.insert(m.context + QLatin1Char('\x1f') + m.source);
            QStringList missing = QSet<QString>(wanted).subtract(have).values();
            QStringList extra = QSet<QString>(have).subtract(wanted).values();
            for (QStringList *text : {&missing, &extra})
                text->replaceInStrings(QStringLiteral("\x1f"), QStringLiteral(": "));
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("fleet_%1.ts lacks (cmake --build build --target "
                                                                  "update_translations, then translate):\n%2")
                                                       .arg(language, missing.join(QLatin1Char('\n')))));
            QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("fleet_%1.ts has texts no source has:\n%2")
                                                     .arg(language, extra.join(QLatin1Char('\n')))));
        }
    }

    void theCompiledFilesAnswer_data() { everyEntryIsFinished_data(); }

    void theCompiledFilesAnswer()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::available(), (QStringList{QStringLiteral("de"), QStringLiteral("es"),
                                                         QStringLiteral("fr")}));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fleet_%1.qm").arg(language)));
        QStringList problems;
        for (const Message &m : readTs(tsPath(language))) {
            const QString got = translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                                     nullptr, m.numerus ? 1 : -1);
            if (got.isEmpty())
                problems << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void pluralsFollowTheCount_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::addColumn<QString>("zero");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1 Image entfernen")
                            << QStringLiteral("2 Images entfernen") << QStringLiteral("0 Images entfernen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Supprimer 1 image")
                            << QStringLiteral("Supprimer 2 images") << QStringLiteral("Supprimer 0 image");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Eliminar 1 imagen")
                            << QStringLiteral("Eliminar 2 imágenes") << QStringLiteral("Eliminar 0 imágenes");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Remove 1 image")
                            << QStringLiteral("Remove 2 images") << QStringLiteral("Remove 0 images");
    }

    void pluralsFollowTheCount()
    {
        // Counts go through tr() with %n, and each language's own plural rule picks the form (French says
        // "0 image", German and Spanish "0 Images", "0 imágenes").
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, two);
        QFETCH(QString, zero);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fleet_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto remove = [](int n) {
            return QCoreApplication::translate("fleet::PruneDialog", "Remove %n image(s)", nullptr, n);
        };
        QCOMPARE(remove(1), one);
        QCOMPARE(remove(2), two);
        QCOMPARE(remove(0), zero);
        // The Jobs panel's batch row and the status bar: a form per count, the count in it.
        for (int n : {1, 2, 5}) {
            const QString batch =
                QCoreApplication::translate("fleet::JobsTreeModel", "%1 of %n job(s) done", nullptr, n);
            const QString running =
                QCoreApplication::translate("fleet::FleetCountsLabel", "%Ln job(s) running", nullptr, n);
            QVERIFY2(batch.contains(QString::number(n)) && batch.contains(QLatin1String("%1")), qPrintable(batch));
            QVERIFY2(running.contains(QString::number(n)), qPrintable(running));
            if (n == 2)
                QVERIFY2(running != QCoreApplication::translate("fleet::FleetCountsLabel", "%Ln job(s) running",
                                                                nullptr, 1).replace(QLatin1Char('1'), QLatin1Char('2')),
                         qPrintable(running)); // not the singular with another number
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void langOverridesTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File");
    }

    void langOverridesTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QTemporaryDir dir;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")); // the system says German
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleet-commander/fleet-commander"),
                  {QStringLiteral("--lang"), language, QStringLiteral("--quit-after-load"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("history.db")), QStringLiteral("--docker-host"),
                   QStringLiteral("unix://") + dir.filePath(QStringLiteral("no-engine.sock"))});
        QVERIFY(app.waitForFinished(60000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral(" lang %1").arg(language)), qPrintable(out));
        QVERIFY2(out.trimmed().endsWith(QStringLiteral("menu ") + fileMenu), qPrintable(out));
    }

    void anUnknownLanguageIsRefused()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleet-commander/fleet-commander"),
                  {QStringLiteral("--lang"), QStringLiteral("tlh")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("available: en, de, es, fr")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
