#include "CliContext.h"

#include "util/TerminalText.h"

#include <QDir>
#include <QSettings>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace fleet::cli {

SshOptions CliContext::sshOptions() const
{
    SshOptions options;
    options.identityFile = identity;
    options.knownHostsFile = knownHosts;
    options.connectTimeoutMs = connectTimeoutMs;
    options.unknownHostKey = UnknownHostKeyPolicy::Refuse; // `fleetctl trust` is the explicit way in
    return options;
}

TagPolicy::Settings CliContext::tagPolicy()
{
    QSettings settings;
    TagPolicy::Settings policy;
    if (settings.contains(QStringLiteral("policy/trustedRegistries")))
        policy.trustedRegistries = settings.value(QStringLiteral("policy/trustedRegistries")).toStringList();
    policy.requireSemverForBuilds = settings.value(QStringLiteral("policy/requireSemverForBuilds"), true).toBool();
    return policy;
}

SshTarget CliContext::target(const QString &node) const
{
    return SshTarget::parse(node, user);
}

void CliContext::printJson(const QJsonObject &object) const
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Human output carries text from nodes, agents and archives: no escape sequence of theirs reaches the terminal.
// JSON output stays exact (the JSON encoder escapes control characters itself).
void CliContext::say(const QString &line) const
{
    const QByteArray bytes = terminalSafe(line, TerminalKeep::Newlines | TerminalKeep::Tabs).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int CliContext::fail(int code, const QString &message) const
{
    if (json) {
        printJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                         {QStringLiteral("exit"), code},
                         {QStringLiteral("message"), message}});
    } else {
        const QByteArray bytes =
            (QStringLiteral("fleetctl: ") + terminalSafe(message, TerminalKeep::Newlines | TerminalKeep::Tabs)).toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fputc('\n', stderr);
    }
    return code;
}

} // namespace fleet::cli

#include <QCommandLineParser>

namespace fleet::cli {

bool parseCommand(QCommandLineParser &parser, const CliContext &context, const QStringList &args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(context.program);
    if (!parser.parse(argv)) {
        context.fail(ExitUsage, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText().replace(context.program + QStringLiteral(" [options]"),
                                                        context.program + QLatin1Char(' ') + args.first()
                                                            + QStringLiteral(" [options]"))),
                   stdout);
        std::exit(ExitOk);
    }
    return true;
}

} // namespace fleet::cli
