#include "CliContext.h"

#include "util/TerminalText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>

namespace fleet::cli {

int exitStatusFor(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return ExitOk;
    case FailureKind::Usage:
        return ExitUsage;
    case FailureKind::HostKey:
        return ExitHostKey;
    case FailureKind::Unreachable:
        return ExitUnreachable;
    case FailureKind::Failed:
    case FailureKind::Cancelled:
        break;
    }
    return ExitFailed;
}

SshOptions CliContext::sshOptions() const
{
    SshOptions options;
    options.identityFile = identity;
    options.knownHostsFile = knownHosts;
    options.connectTimeoutMs = connectTimeoutMs;
    options.unknownHostKey = UnknownHostKeyPolicy::Refuse; // `fleetctl trust` is the explicit way in
    return options;
}

ActionContext CliContext::action() const
{
    ActionContext context;
    context.dbPath = dbPath;
    context.dockerHost = dockerHost;
    context.ssh = sshOptions();
    context.sshUser = user;
    context.settings = FleetSettings::load();
    return context;
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

void CliContext::warn(const QString &message) const
{
    if (json) {
        printJson({{QStringLiteral("type"), QStringLiteral("warning")}, {QStringLiteral("message"), message}});
        return;
    }
    const QByteArray bytes =
        (QStringLiteral("fleetctl: warning: ") + terminalSafe(message, TerminalKeep::Newlines | TerminalKeep::Tabs)).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

int CliContext::fail(int code, const QString &message) const
{
    return fail(code, message, code == ExitUsage ? FailureKind::Usage
                               : code == ExitHostKey ? FailureKind::HostKey
                               : code == ExitUnreachable ? FailureKind::Unreachable
                                                         : FailureKind::Failed);
}

int CliContext::fail(int code, const QString &message, FailureKind kind) const
{
    if (json) {
        printJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                              {QStringLiteral("exit"), code},
                              {QStringLiteral("failure"), failureKindName(kind)},
                              {QStringLiteral("message"), message}});
    } else {
        const QByteArray bytes =
            (QStringLiteral("fleetctl: ") + terminalSafe(message, TerminalKeep::Newlines | TerminalKeep::Tabs)).toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fputc('\n', stderr);
    }
    return code;
}

namespace CommonOptions {

namespace {

QCommandLineOption db()
{
    return {QStringLiteral("db"), QStringLiteral("History database file."), QStringLiteral("FILE")};
}
QCommandLineOption json()
{
    return {QStringLiteral("json"), QStringLiteral("Print one JSON object per line.")};
}
QCommandLineOption dockerHost()
{
    return {QStringLiteral("docker-host"), QStringLiteral("Local Docker Engine (unix:///path or tcp://host:port)."),
            QStringLiteral("URL")};
}
QCommandLineOption identity()
{
    return {QStringLiteral("identity"), QStringLiteral("SSH private key."), QStringLiteral("FILE")};
}
QCommandLineOption knownHosts()
{
    return {QStringLiteral("known-hosts"), QStringLiteral("SSH known_hosts file."), QStringLiteral("FILE")};
}
QCommandLineOption user()
{
    return {QStringLiteral("user"), QStringLiteral("SSH user name."), QStringLiteral("NAME")};
}
QCommandLineOption timeout()
{
    return {QStringLiteral("connect-timeout-ms"), QStringLiteral("SSH connect timeout (100..600000)."),
            QStringLiteral("MS")};
}

} // namespace

void add(QCommandLineParser &parser)
{
    parser.addOptions({db(), json(), dockerHost(), identity(), knownHosts(), user(), timeout()});
}

bool apply(const QCommandLineParser &parser, CliContext &context, QString *error)
{
    if (parser.isSet(json()))
        context.json = true;
    if (parser.isSet(db()))
        context.dbPath = parser.value(db());
    if (parser.isSet(dockerHost()))
        context.dockerHost = parser.value(dockerHost());
    if (parser.isSet(identity()))
        context.identity = parser.value(identity());
    if (parser.isSet(knownHosts()))
        context.knownHosts = parser.value(knownHosts());
    if (parser.isSet(user()))
        context.user = parser.value(user());
    if (parser.isSet(timeout())) {
        bool ok = false;
        const int ms = parser.value(timeout()).toInt(&ok);
        if (!ok || ms < 100 || ms > 600000) {
            *error = QStringLiteral("--connect-timeout-ms wants a whole number from 100 to 600000, not \"%1\"")
                         .arg(parser.value(timeout()));
            return false;
        }
        context.connectTimeoutMs = ms;
    }
    return true;
}

} // namespace CommonOptions

bool parseCommand(QCommandLineParser &parser, CliContext &context, const QStringList &args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    CommonOptions::add(parser);
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
    QString error;
    if (!CommonOptions::apply(parser, context, &error)) {
        context.fail(ExitUsage, error);
        return false;
    }
    return true;
}

bool intOption(const CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &option,
               int min, int max, int *value)
{
    bool ok = false;
    const int parsed = parser.value(option).trimmed().toInt(&ok);
    if (!ok || parsed < min || parsed > max) {
        context.fail(ExitUsage, QStringLiteral("--%1 wants a whole number from %2 to %3, not \"%4\"")
                                    .arg(option.names().constLast())
                                    .arg(min)
                                    .arg(max)
                                    .arg(parser.value(option)));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace fleet::cli
