// fleetctl stores [--json]   |   stores add NAME STORE-URL   |   stores remove NAME
// The configured stores (FleetSettings::stores, shared with the desktop). Credentials stay with `store login`.
#include "Commands.h"

#include "images/stores/StoreLocation.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace fleet::cli {

namespace {

QJsonObject storeJson(const FleetSettings::ConfiguredStore &store)
{
    return {{QStringLiteral("type"), QStringLiteral("store")},
            {QStringLiteral("name"), store.name},
            {QStringLiteral("url"), store.url}};
}

int done(const CliContext &context, const QString &message)
{
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("ok"), true},
                           {QStringLiteral("exit"), ExitOk}, {QStringLiteral("message"), message}});
    else
        context.say(message);
    return ExitOk;
}

} // namespace

int runStores(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The stores Fleet Commander uses by name (`fleetctl prune`, the desktop):\n"
        "  stores                     list them (name and STORE-URL)\n"
        "  stores add NAME STORE-URL  add one (dir:/path, s3://bucket/prefix?endpoint=…, registry://host:port)\n"
        "  stores remove NAME         forget one (its archives stay where they are)\n"
        "Credentials are saved with `fleetctl store login STORE-URL`, never here."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add or remove; none: list."),
                                 QStringLiteral("[add|remove]"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    FleetSettings settings = FleetSettings::load();

    if (positional.isEmpty() || (action == QLatin1String("list") && positional.size() == 1)) {
        if (context.json) {
            for (const FleetSettings::ConfiguredStore &store : settings.stores)
                context.printJson(storeJson(store));
            context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("ok"), true},
                               {QStringLiteral("exit"), ExitOk}, {QStringLiteral("count"), int(settings.stores.size())}});
            return ExitOk;
        }
        if (settings.stores.isEmpty()) {
            context.say(QStringLiteral("No store is configured. Add one with `fleetctl stores add NAME STORE-URL`."));
            return ExitOk;
        }
        context.say(QStringLiteral("%1 %2").arg(QStringLiteral("NAME"), -20).arg(QStringLiteral("URL")));
        for (const FleetSettings::ConfiguredStore &store : settings.stores)
            context.say(QStringLiteral("%1 %2").arg(store.name, -20).arg(store.url));
        return ExitOk;
    }

    if (action == QLatin1String("add")) {
        if (positional.size() != 3)
            return context.fail(ExitUsage, QStringLiteral("usage: fleetctl stores add NAME STORE-URL"));
        const QString name = positional.at(1).trimmed();
        // A short word: it is typed after --store and shown in menus; a URL-looking name would be ambiguous.
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!valid.match(name).hasMatch())
            return context.fail(ExitUsage, QStringLiteral("store name \"%1\": use 1 to 64 letters, digits, '.', '_' "
                                                          "or '-', starting with a letter or digit").arg(name));
        QString error;
        const std::optional<StoreLocation> location = StoreLocation::parse(positional.at(2).trimmed(), &error);
        if (!location)
            return context.fail(ExitUsage, error);
        for (const FleetSettings::ConfiguredStore &store : settings.stores)
            if (store.name == name)
                return context.fail(ExitUsage, QStringLiteral("a store named \"%1\" exists already (%2); remove it "
                                                              "first with `fleetctl stores remove %1`")
                                                   .arg(name, store.url));
        settings.stores << FleetSettings::ConfiguredStore{name, location->text};
        settings.save();
        return done(context, QStringLiteral("Added store %1: %2").arg(name, location->text));
    }

    if (action == QLatin1String("remove")) {
        if (positional.size() != 2)
            return context.fail(ExitUsage, QStringLiteral("usage: fleetctl stores remove NAME"));
        const QString name = positional.at(1);
        const qsizetype before = settings.stores.size();
        settings.stores.removeIf([&](const FleetSettings::ConfiguredStore &store) { return store.name == name; });
        if (settings.stores.size() == before)
            return context.fail(ExitUsage, QStringLiteral("no store is named \"%1\" (fleetctl stores lists them)")
                                               .arg(name));
        settings.save();
        return done(context, QStringLiteral("Removed store %1 (its archives were not touched).").arg(name));
    }
    return context.fail(ExitUsage, QStringLiteral("usage: fleetctl stores [add NAME STORE-URL | remove NAME] "
                                                  "(fleetctl stores --help)"));
}

} // namespace fleet::cli
