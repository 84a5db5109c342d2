#pragma once

#include "actions/ActionContext.h"
#include "model/Failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace fleet {

struct ContainerLogLine
{
    bool stderrStream = false; // the container wrote it to its stderr
    QString text;              // one line, without its newline (a line over kMaxLineBytes comes in pieces)
};

struct ContainerLogParams
{
    ActionContext context;
    QString node;
    QString container; // name or ID (checked before SSH is touched)
    int tail = -1;     // the last N lines; -1 all of them
    bool follow = false;
    bool timestamps = false;
    // The lines, in batches as they arrive, on the calling thread. Nothing is kept here: memory does not grow
    // with the log.
    std::function<void(const QList<ContainerLogLine> &lines)> lines;
    // Polled at least every 100 ms: a follow ends within that, and its `docker logs` on the node with it.
    const std::atomic_bool *cancel = nullptr;
};

struct ContainerLogResult
{
    QString node;
    QString display;
    QString container;
    Failure failure; // Cancelled when the cancel flag ended it
    qint64 lines = 0;
    bool ok() const { return failure.ok(); }
};

// A container's log (`docker logs`) streamed from the node through an SSH exec channel. The node-side script
// watches the channel's stdin: when the channel closes (a cancel here, a dropped connection, a killed process)
// it ends `docker logs --follow` at once, so no `docker logs` stays behind on the node.
class ContainerLogs final
{
    Q_DECLARE_TR_FUNCTIONS(ContainerLogs)

public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    static constexpr int kMaxTail = 1000000;

    static ContainerLogResult read(const ContainerLogParams &params);

    // The node-side command (every value quoted).
    static QString command(const QString &container, int tail, bool follow, bool timestamps);

    // Cuts a byte stream into lines: complete lines go to `out`, the rest stays in `pending` (never over
    // kMaxLineBytes: a longer line is handed on in pieces). A trailing carriage return is dropped.
    static void splitLines(QByteArray *pending, const QByteArray &chunk, bool stderrStream,
                           QList<ContainerLogLine> *out);
};

} // namespace fleet
