// fleetctl trust NODE [--forget] [--yes | --expect SHA256:…]
#include "Commands.h"

#include "actions/HostKeyTrust.h"
#include "actions/RecordJson.h"
#include "util/ShellQuote.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace fleet::cli {

int runTrust(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Record a node's SSH host key after showing its fingerprint, "
                                                    "or forget it."));
    const QCommandLineOption forget(QStringLiteral("forget"), QStringLiteral("Remove the node's recorded keys."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Trust without asking (you checked the key)."));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("Trust only this fingerprint."),
                                    QStringLiteral("SHA256:…"));
    parser.addOptions({forget, yes, expect});
    parser.addPositionalArgument(QStringLiteral("node"), QStringLiteral("host, host:port or user@host"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 2)
        return context.fail(ExitUsage, QStringLiteral("trust takes exactly one NODE"));
    const SshTarget target = context.target(parser.positionalArguments().at(1));

    if (parser.isSet(forget)) {
        const ForgetResult result = HostKeyTrust::forget(context.knownHosts, target);
        if (!result.ok())
            return context.fail(result.failure);
        if (context.json)
            context.printJson(RecordJson::typed(QStringLiteral("result"), {{QStringLiteral("node"), target.display()},
                                                                          {QStringLiteral("removed"), result.removed}}));
        else
            context.say(result.message);
        return ExitOk;
    }

    TrustParams params;
    params.target = target;
    params.ssh = context.sshOptions();
    params.expectedFingerprint = parser.value(expect);
    const bool always = parser.isSet(yes);
    params.confirm = [&](const QString &host, const QString &fingerprint) {
        if (always)
            return true;
        if (!isatty(STDIN_FILENO))
            return false;
        std::fprintf(stderr, "%s presents host key %s\nTrust it and record it in %s? [y/N] ", qPrintable(host),
                     qPrintable(fingerprint), qPrintable(context.knownHosts));
        QTextStream in(stdin);
        return in.readLine().trimmed().toLower().startsWith(QLatin1Char('y'));
    };
    const TrustResult result = HostKeyTrust::trust(params);
    if (!result.ok() && result.failure.kind == FailureKind::HostKey && params.expectedFingerprint.isEmpty()
        && !always && !isatty(STDIN_FILENO))
        return context.fail(ExitHostKey, result.failure.message
                                             + QStringLiteral(" Compare it with the node's key, then run `fleetctl "
                                                              "trust %1 --expect %2`.")
                                                   .arg(shellQuote(parser.positionalArguments().at(1)), result.fingerprint));
    if (!result.ok())
        return context.fail(result.failure);
    if (context.json)
        context.printJson(RecordJson::typed(QStringLiteral("result"), {{QStringLiteral("node"), target.display()},
                                                                      {QStringLiteral("fingerprint"), result.fingerprint},
                                                                      {QStringLiteral("recorded"), result.recorded}}));
    else
        context.say(result.message);
    return ExitOk;
}

} // namespace fleet::cli
