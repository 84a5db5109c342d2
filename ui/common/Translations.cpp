#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace fleet {

QStringList Translations::install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/fleet_en.qm")))
        QCoreApplication::installTranslator(english);
    QStringList found;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return found;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("fleet"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        found << own->language();
    }
    return found;
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("fleet_*.qm")}, QDir::Files,
                                                                      QDir::Name);
    for (QString file : files) {
        file.chop(3);
        const QString language = file.mid(6);
        if (language != QLatin1String("en"))
            languages << language;
    }
    return languages;
}

} // namespace fleet
