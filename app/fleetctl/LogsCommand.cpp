// fleetctl logs NODE CONTAINER [--tail N] [--follow] [--timestamps] : a container's log, streamed from the node
// (core's ContainerLogs). Ctrl-C ends a follow; the node's `docker logs` ends with it.
#include "Commands.h"
#include "SignalCancel.h"

#include "actions/ContainerLogs.h"
#include "actions/RecordJson.h"
#include "util/TerminalText.h"

#include <QCommandLineParser>

#include <cstdio>

namespace fleet::cli {

int runLogs(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print a container's log from a node (docker logs over SSH): its stdout here on stdout, its stderr on "
        "stderr, escape sequences made harmless. --follow keeps printing until the container stops or Ctrl-C."));
    const QCommandLineOption tail({QStringLiteral("n"), QStringLiteral("tail")},
                                  QStringLiteral("Only the last N lines (0..%1). Default: all.")
                                      .arg(ContainerLogs::kMaxTail),
                                  QStringLiteral("N"));
    const QCommandLineOption follow({QStringLiteral("f"), QStringLiteral("follow")},
                                    QStringLiteral("Keep printing new lines."));
    const QCommandLineOption timestamps({QStringLiteral("t"), QStringLiteral("timestamps")},
                                        QStringLiteral("Prefix each line with docker's timestamp."));
    parser.addOptions({tail, follow, timestamps});
    parser.addPositionalArgument(QStringLiteral("node"), QStringLiteral("host, host:port or user@host"),
                                 QStringLiteral("NODE"));
    parser.addPositionalArgument(QStringLiteral("container"), QStringLiteral("its name or ID"),
                                 QStringLiteral("CONTAINER"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 2)
        return context.fail(ExitUsage,
                            QStringLiteral("usage: fleetctl logs NODE CONTAINER [--tail N] [--follow] [--timestamps]"));
    ContainerLogParams params;
    params.context = context.action();
    params.node = words.at(0);
    params.container = words.at(1);
    params.follow = parser.isSet(follow);
    params.timestamps = parser.isSet(timestamps);
    if (parser.isSet(tail) && !intOption(context, parser, tail, 0, ContainerLogs::kMaxTail, &params.tail))
        return ExitUsage;

    const SignalCancel interrupt; // the flag is polled every 100 ms at most
    params.cancel = interrupt.flag();
    const QString display = context.target(params.node).display();
    params.lines = [&](const QList<ContainerLogLine> &lines) {
        if (context.json) {
            for (const ContainerLogLine &line : lines)
                context.printJson(RecordJson::containerLog(line, display, params.container));
            return;
        }
        for (const ContainerLogLine &line : lines) {
            const QByteArray bytes = terminalSafe(line.text, TerminalKeep::Tabs).toUtf8() + '\n';
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), line.stderrStream ? stderr : stdout);
        }
        std::fflush(stdout);
    };
    const ContainerLogResult result = ContainerLogs::read(params);
    const int code = interrupt.received() ? interrupt.exitStatus() : exitStatusFor(result.failure.kind);
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("node"), result.display},
                           {QStringLiteral("container"), result.container},
                           {QStringLiteral("lines"), double(result.lines)},
                           {QStringLiteral("ok"), result.ok()},
                           {QStringLiteral("exit"), code},
                           {QStringLiteral("failure"), failureKindName(result.failure.kind)},
                           {QStringLiteral("message"), result.failure.message}});
    else if (!result.ok() && !interrupt.received())
        context.fail(result.failure);
    return code;
}

} // namespace fleet::cli
