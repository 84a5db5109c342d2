// fleetctl trust NODE [--forget] [--yes | --expect SHA256:…]
#include "Commands.h"

#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace fleet::cli {

int runTrust(const CliContext &context, const QStringList &args)
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
        const int removed = KnownHosts(context.knownHosts).forget(target.host, target.port);
        if (removed < 0)
            return context.fail(ExitFailed, QStringLiteral("cannot rewrite %1").arg(context.knownHosts));
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                          {QStringLiteral("node"), target.display()},
                          {QStringLiteral("removed"), removed}});
        else
            context.say(QStringLiteral("%1: %2 key(s) removed from %3").arg(target.display()).arg(removed)
                            .arg(context.knownHosts));
        return ExitOk;
    }

    SshOptions options = context.sshOptions();
    options.unknownHostKey = UnknownHostKeyPolicy::Ask;
    bool asked = false;
    options.confirmUnknownHostKey = [&](const QString &host, const QString &fingerprint) {
        asked = true;
        if (parser.isSet(expect))
            return fingerprint == parser.value(expect);
        if (parser.isSet(yes))
            return true;
        if (!isatty(STDIN_FILENO))
            return false;
        std::fprintf(stderr, "%s presents host key %s\nTrust it and record it in %s? [y/N] ", qPrintable(host),
                     qPrintable(fingerprint), qPrintable(context.knownHosts));
        QTextStream in(stdin);
        return in.readLine().trimmed().toLower().startsWith(QLatin1Char('y'));
    };
    SshSession session(target, options);
    const bool connected = session.connect();
    const SshError &error = session.error();
    // Authentication is not needed to trust a key: the host key check happens before it.
    if (!connected && error.kind != SshError::AuthDenied) {
        if (error.kind == SshError::HostKeyUnknown && parser.isSet(expect))
            return context.fail(ExitHostKey, QStringLiteral("%1 presents %2, not the expected %3; nothing recorded.")
                                                 .arg(target.display(), session.hostKeyFingerprint(),
                                                      parser.value(expect)));
        return context.fail(exitCodeFor(error), error.message);
    }
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                      {QStringLiteral("node"), target.display()},
                      {QStringLiteral("fingerprint"), session.hostKeyFingerprint()},
                      {QStringLiteral("recorded"), asked}});
    else
        context.say(asked ? QStringLiteral("%1: recorded %2").arg(target.display(), session.hostKeyFingerprint())
                          : QStringLiteral("%1: already trusted (%2)").arg(target.display(),
                                                                             session.hostKeyFingerprint()));
    return ExitOk;
}

} // namespace fleet::cli
