// fleetctl sif SUBCOMMAND … : SIF (Apptainer/Singularity) images. A table of subcommands, like main.cpp's table
// of commands: each entry gets the arguments from its name on (args.first() is "sif NAME", so parseCommand's
// help reads "fleetctl sif NAME [options]"). To add one: write `int runSifName(CliContext, const QStringList &)`
// (in its own SifNameCommand.cpp when it is more than a few lines), declare it in Commands.h, add a line to
// kSifCommands below.
#include "Commands.h"

#include "actions/RecordJson.h"
#include "sif/SifImage.h"
#include "sif/SifText.h"
#include "sif/SifVerify.h"

#include <QCommandLineParser>

namespace fleet::cli {

namespace {

struct SifSubcommand
{
    const char *name;
    const char *synopsis;
    CommandFunction run;
};

void printResult(const CliContext &context, const QString &path, bool ok, FailureKind kind)
{
    context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("exit"), exitStatusFor(kind)},
                       {QStringLiteral("failure"), failureKindName(kind)}});
}

int runSifInspect(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show a SIF image's header and descriptors, as `siftool header` and `siftool list` print them, and the "
        "image's architecture (its primary partition's). Reads the file natively: no apptainer needed."));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("One descriptor in detail (siftool info)."),
                                QStringLiteral("ID"));
    parser.addOption(id);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the .sif file"), QStringLiteral("FILE"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 1)
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl sif inspect FILE [--id ID] [--json]"));
    int wanted = 0;
    if (parser.isSet(id) && !intOption(context, parser, id, 1, std::numeric_limits<int>::max(), &wanted))
        return ExitUsage;

    QString error;
    const std::optional<SifImage> image = SifImage::open(words.first(), &error);
    if (!image)
        return context.fail(Failure::make(FailureKind::Failed, error));
    const SifDescriptor *one = wanted ? image->descriptor(quint32(wanted)) : nullptr;
    if (wanted && !one)
        return context.fail(Failure::make(FailureKind::Failed, QStringLiteral("%1: no descriptor with id %2")
                                                                    .arg(words.first()).arg(wanted)));
    if (context.json) {
        context.printJson(RecordJson::sifImage(*image));
        printResult(context, words.first(), true, FailureKind::None);
        return ExitOk;
    }
    if (one) {
        std::fputs(qPrintable(SifText::info(*one)), stdout);
        return ExitOk;
    }
    std::fputs(qPrintable(SifText::header(*image)), stdout);
    std::fputs(qPrintable(SifText::list(*image)), stdout);
    const std::optional<SifDescriptor> primary = image->primaryPartition();
    context.say(primary ? QStringLiteral("Architecture: %1 (primary partition %2, %3)")
                              .arg(image->architecture()).arg(primary->id).arg(sifFsTypeName(primary->fsType))
                        : QStringLiteral("Architecture: %1 (no system partition)").arg(image->architecture()));
    return ExitOk;
}

int runSifVerify(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a SIF image's integrity (header, descriptors and objects, each on its own) and its signatures "
        "against a keyring of OpenPGP public keys you choose. Exit 0 only when the image is verified."));
    const QCommandLineOption keyring(QStringLiteral("keyring"),
                                     QStringLiteral("OpenPGP public keys (armored or binary) to trust; without it "
                                                    "only the integrity is checked."),
                                     QStringLiteral("FILE"));
    parser.addOption(keyring);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the .sif file"), QStringLiteral("FILE"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 1)
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl sif verify FILE [--keyring FILE] [--json]"));

    const SifVerification v = SifVerify::verify(words.first(), parser.value(keyring));
    const FailureKind kind = v.verified() ? FailureKind::None : FailureKind::Failed;
    if (context.json) {
        context.printJson(RecordJson::sifVerification(v));
        printResult(context, words.first(), v.verified(), kind);
        return exitStatusFor(kind);
    }
    if (v.verified()) {
        context.say(v.message);
        return ExitOk;
    }
    return context.fail(Failure::make(kind, v.message));
}

const SifSubcommand kSifCommands[] = {
    {"inspect", "sif inspect FILE [--id ID]        header and descriptors (siftool's words), architecture",
     runSifInspect},
    {"verify", "sif verify FILE [--keyring FILE]  integrity (header, descriptors, objects) and signatures",
     runSifVerify},
    // the registry (SifRegistryCommand.cpp)
    {"scan", "sif scan --registry DIR [--partition P]  count images per partition, hash new files, flag bad ones",
     runSifScan},
    {"list", "sif list --registry DIR [--partition P]  the registry's images (arch, size, signed, sha256, flags)",
     runSifList},
    {"validate", "sif validate TEMPLATE --registry DIR  does a job template's image exist in the registry",
     runSifValidate},
    {"sync", "sif sync IMAGE NODE... --registry DIR [--cache DIR]  copy into nodes' caches (skip, resume, verify)",
     runSifSync},
    {"cache", "sif cache NODE --registry DIR [--remove-stale]  a node's cache: current, stale, unknown",
     runSifCache},
};

QString sifUsage()
{
    QString text = QStringLiteral("usage: fleetctl sif SUBCOMMAND …\n");
    for (const SifSubcommand &c : kSifCommands)
        text += QStringLiteral("  fleetctl %1\n").arg(QString::fromLatin1(c.synopsis));
    return text;
}

} // namespace

int runSif(CliContext context, const QStringList &args)
{
    const QString name = args.value(1);
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        std::fputs(qPrintable(sifUsage()), name.isEmpty() ? stderr : stdout);
        return name.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const SifSubcommand &c : kSifCommands) {
        if (name == QLatin1String(c.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("sif ") + name);
            return c.run(context, rest);
        }
    }
    return context.fail(ExitUsage, QStringLiteral("unknown sif subcommand '%1'.\n%2").arg(name, sifUsage()));
}

} // namespace fleet::cli
