// fleetctl inventory [NODE...|@GROUP] [--parallel N]: which node holds which image (agent where it runs, SSH
// elsewhere), always asked afresh, and the drift: images a node's groups want that it lacks, and tags older than
// the catalog's newest.
#include "Commands.h"
#include "SignalCancel.h"

#include "actions/FleetInventory.h"
#include "actions/RecordJson.h"

#include <QCommandLineParser>

#include <cstdio>
#include <unistd.h>

namespace fleet::cli {

namespace {

void sayMatrix(const CliContext &context, const InventoryMatrix &matrix)
{
    int width = 5;
    for (const QString &image : matrix.images)
        width = qMax(width, int(image.size()));
    QString header = QStringLiteral("%1").arg(QStringLiteral("IMAGE"), -width);
    const auto columnWidth = [](const NodeInventory &node) { return qMax(int(node.display.size()), 16); };
    for (const NodeInventory &node : matrix.nodes)
        header += QStringLiteral("  ") + node.display.leftJustified(columnWidth(node));
    context.say(header.trimmed());
    for (const QString &image : matrix.images) {
        QString row = QStringLiteral("%1").arg(image, -width);
        for (int c = 0; c < matrix.nodes.size(); ++c) {
            const NodeInventory &node = matrix.nodes.at(c);
            // ✓ held (short ID), – missing, ? not asked; drift adds ! (missing for a group) or ↑ (older tag).
            QString cell;
            if (!node.ok())
                cell = QStringLiteral("?");
            else if (const std::optional<QString> id = matrix.cell(image, c))
                cell = QStringLiteral("✓ ") + id->mid(7, 12);
            else
                cell = QStringLiteral("–");
            if (const Drift *d = matrix.driftAt(image, c))
                cell += d->kind == DriftKind::Missing ? QStringLiteral(" !") : QStringLiteral(" ↑");
            row += QStringLiteral("  ") + cell.leftJustified(columnWidth(node));
        }
        context.say(row.trimmed());
    }
    QStringList sources;
    for (const NodeInventory &node : matrix.nodes)
        sources << QStringLiteral("%1 %2").arg(node.display, inventorySourceName(node.source));
    context.say(QStringLiteral("asked: ") + sources.join(QStringLiteral(", ")));
    if (matrix.drift.isEmpty()) {
        context.say(QStringLiteral("No drift."));
        return;
    }
    context.say(QStringLiteral("Drift (%1):").arg(matrix.drift.size()));
    for (const Drift &d : matrix.drift) {
        if (d.kind == DriftKind::Missing)
            context.say(QStringLiteral("  %1 lacks %2 (group %3 wants it); fix: %4").arg(d.node, d.image, d.group, d.fix));
        else
            context.say(QStringLiteral("  %1 holds %2, older than the catalog's %3; fix: %4")
                            .arg(d.node, d.held, d.image, d.fix));
    }
}

} // namespace

int runInventory(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Which node holds which image, asked now: from the Fleet Agent where it runs (and its secret is here), over "
        "SSH elsewhere. Drift: a node lacks an image its group wants (fleetctl group want), or holds an older tag "
        "of a repository than the catalog's newest. Each drift line names the command that fixes it."));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Nodes asked at once."),
                                      QStringLiteral("N"), QStringLiteral("8"));
    parser.addOption(parallel);
    parser.addPositionalArgument(QStringLiteral("nodes"),
                                 QStringLiteral("host, host:port, user@host or @GROUP; none: every known node"),
                                 QStringLiteral("[NODE...]"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    InventoryParams params;
    params.context = context.action();
    params.nodes = parser.positionalArguments().mid(1);
    if (!intOption(context, parser, parallel, 1, 64, &params.parallel))
        return ExitUsage;
    const SignalCancel interrupt;
    params.cancel = interrupt.flag();
    if (!context.json && isatty(STDERR_FILENO))
        params.nodeDone = [](const NodeInventory &node) {
            std::fprintf(stderr, "\r\033[K%s: %s…", qPrintable(node.display), qPrintable(inventorySourceName(node.source)));
        };
    const InventoryResult result = FleetInventory::collect(params);
    if (params.nodeDone)
        std::fputs("\r\033[K", stderr);
    if (result.failure.kind == FailureKind::Usage || (result.matrix.nodes.isEmpty() && !result.failure.ok()))
        return context.fail(result.failure);
    for (const NodeInventory &node : result.matrix.nodes) {
        if (context.json)
            context.printJson(RecordJson::inventory(node));
        else if (!node.ok())
            context.warn(node.failure.message);
        else if (!node.agentNote.isEmpty())
            context.warn(QStringLiteral("%1: asked over SSH (agent: %2)").arg(node.display, node.agentNote));
    }
    if (context.json) {
        for (const Drift &d : result.matrix.drift)
            context.printJson(RecordJson::drift(d));
    } else if (result.matrix.nodes.isEmpty()) {
        context.say(QStringLiteral("No nodes: name some, or find them with fleetctl scan."));
    } else {
        sayMatrix(context, result.matrix);
    }
    if (interrupt.received())
        return interrupt.exitStatus();
    const int code = exitStatusFor(result.failure.kind);
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("ok"), code == ExitOk},
                           {QStringLiteral("exit"), code},
                           {QStringLiteral("failure"), failureKindName(result.failure.kind)},
                           {QStringLiteral("nodes"), int(result.matrix.nodes.size())},
                           {QStringLiteral("images"), int(result.matrix.images.size())},
                           {QStringLiteral("drift"), int(result.matrix.drift.size())}});
    return code;
}

} // namespace fleet::cli
