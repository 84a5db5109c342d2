#pragma once

#include <QLocale>
#include <QStringList>

namespace fleet {

// The app's translations (compiled into fleetui under :/i18n) and Qt's own. English is installed first as the
// base for every locale: it holds only the plural forms ("1 job running", "2 jobs running"), which the source
// texts' %n cannot say alone; the locale's own file, installed after it, wins where it has a text.
class Translations final
{
public:
    // Installs the translators into the application (they live as long as it does). Returns the languages found
    // for `locale` ("de", …; empty for English).
    static QStringList install(const QLocale &locale);
    // The languages the app ships, besides English: {"de", "es", "fr"}.
    static QStringList available();
};

} // namespace fleet
